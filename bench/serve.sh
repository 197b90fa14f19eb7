#!/usr/bin/env bash
# Web server benchmark: the batch benchmark's N mixed reports (a quarter each JSON, HTML, docx, PDF) zipped and
# uploaded in one request to `serve`'s API, then the pages an auditor opens on that batch, timed with curl.
#   POST /api/check?wait=600  (upload + unzip + store + check + store every result + the batch's 8 downloads)
#   GET  the batch page (N rows), sorted by errors, one report page, the xlsx download: median of 5 each
# and the server's peak RSS. Usage: bench/serve.sh [COUNT] [SEED] (defaults 1000, 20240116; needs JDK 17, Maven,
# python3, curl). The corpus is shared with bench/batch.sh (target/bench/corpus-COUNT).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
count=${1:-1000}
seed=${2:-20240116}
heap=${HEAP:--Xmx512m}

. bench/corpus.sh
zip=target/bench/corpus-$count.zip
[ -f "$zip" ] || python3 - "$corpus" "$zip" <<'PY'
import os, sys, zipfile
root, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
    for f in ("json", "html", "docx", "pdf"):
        for name in sorted(os.listdir(os.path.join(root, f))):
            z.write(os.path.join(root, f, name), f + "/" + name)
PY

data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java "$heap" -jar target/nianbao.jar serve --port "$port" --data "$data" --max-files "$((count + 10))" \
    > "$data/server.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/rules" > /dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "upload: $zip ($(du -h "$zip" | cut -f1), $count reports), server heap $heap"
curl -s -o "$data/batch.json" -w '%{time_total}\n' -H 'X-Nianbao-Client: bench' -F "files=@$zip" \
    "$base/api/check?wait=600" > "$data/upload.time"
batch=$(python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); print(b["id"])' "$data/batch.json")
python3 - "$data/batch.json" "$(cat "$data/upload.time")" <<'PY'
import collections, json, sys
b = json.load(open(sys.argv[1])); t = float(sys.argv[2])
st = collections.Counter(r["status"] for r in b["reports"])
print(f"POST /api/check  {b['total']} reports  state {b['state']}  {t:.2f} s  {b['total']/t:.1f} reports/s  "
      f"pass {st['pass']} fail {st['fail']} unreadable {st['unreadable']}")
PY
report=$(python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); print(b["reports"][0]["page"])' "$data/batch.json")
median() {
    local path=$1
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "$base$path"; done \
        | sort -n | sed -n 3p
}
for p in "/batches/$batch" "/batches/$batch?sort=errors&dir=desc" "$report" "/batches/$batch/download/xlsx"; do
    read -r t size < <(median "$p")
    printf 'GET %-45s %7.1f ms  %8d bytes\n' "$p" "$(python3 -c "print($t*1000)")" "$size"
done
workers=$(for w in $(pgrep -P "$pid"); do grep VmHWM "/proc/$w/status" | awk '{print int($2/1024)}'; done | tr '\n' ' ')
echo "server peak RSS $(grep VmHWM /proc/$pid/status | awk '{print int($2/1024)}') MB, its worker processes' ${workers:-(none)}MB;" \
    "data folder $(du -sh "$data" | cut -f1); load $(cut -d' ' -f1-3 /proc/loadavg)"
