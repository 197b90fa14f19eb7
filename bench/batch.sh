#!/usr/bin/env bash
# Batch benchmark: generate N mixed reports (a quarter each JSON, HTML, docx, PDF), then time
#   java -Xmx512m -jar target/nianbao.jar check --format json …  > /dev/null
# over all of them and over each format's folder alone, with /usr/bin/time -v for wall time and peak RSS.
# Usage: bench/batch.sh [COUNT] [SEED]      (defaults 1000, 20240116; needs JDK 17, Maven, python3,
#        /usr/bin/time and fonts-wqy-zenhei for the PDFs). PER_FORMAT=0 skips the per-format runs;
#        HEAP=-Xmx… changes the heap; CHECK_ARGS=--isolate reads every file in worker processes. The corpus is
#        kept in target/bench/corpus-COUNT and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
count=${1:-1000}
seed=${2:-20240116}
heap=${HEAP:--Xmx512m}

. bench/corpus.sh

# one timed run of check; prints "wall_s peak_rss_mb"; the check's JSON goes to $2 (/dev/null for the main run)
timed() {
    local result=$1 json=$2
    shift 2
    # shellcheck disable=SC2086 # CHECK_ARGS is a list of options
    /usr/bin/time -v -o "$result.time" java "$heap" -jar target/nianbao.jar check --format json ${CHECK_ARGS:-} "$@" \
        > "$json" || true
    python3 - "$result.time" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
m = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)", t)
wall = (int(m.group(1) or 0) * 3600) + int(m.group(2)) * 60 + float(m.group(3))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
print(f"{wall:.2f} {rss:.0f}")
PY
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "corpus: $corpus ($count reports), heap $heap ${CHECK_ARGS:-}; load $(cut -d' ' -f1-3 /proc/loadavg)"
read -r wall rss < <(timed "$corpus/all" /dev/null "$corpus/json" "$corpus/html" "$corpus/docx" "$corpus/pdf")
python3 -c "print(f'all   {$count:6d} reports  wall {$wall:7.2f} s  {$count/$wall:7.1f} reports/s  peak RSS {$rss} MB')"
[ "${PER_FORMAT:-1}" = 0 ] && exit 0
for f in json html docx pdf; do
    n=$(find "$corpus/$f" -type f | wc -l)
    read -r wall rss < <(timed "$corpus/$f" "$corpus/$f.result.json" "$corpus/$f")
    # in-process time per file from check's own "millis" (the first file includes class loading)
    python3 - "$corpus/$f.result.json" "$f" "$n" "$wall" "$rss" <<'PY'
import json, statistics, sys
res = json.load(open(sys.argv[1]))
ms = [r["millis"] for r in res["reports"]]
f, n, wall, rss = sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
warm = ms[1:] or ms
print(f"{f:5s} {n:6d} reports  wall {wall:7.2f} s  {wall * 1000 / n:6.1f} ms/report (wall, JVM start included)"
      f"  in-process mean {statistics.mean(warm):5.1f} ms, median {statistics.median(warm):4.0f} ms,"
      f" first {ms[0]} ms  peak RSS {rss} MB")
PY
done
