#!/usr/bin/env bash
# Soak test of `serve` (issue 17): for DURATION seconds, mixed uploads of good reports (the generated corpus) and
# hostile files (the audit's bombs, fan-out and lying PDFs, a zip of zeros, seeded mutations) go to a server on
# loopback faster than its two workers check them, while readers poll pages and the API and a killer ends a random
# worker process now and then (kill -9). The backlog is kept small (--max-queue 200) so the refusals it makes (503 with
# Retry-After; the uploader waits that long and sends the same files again) are part of the run.
# At the end it checks that the server still answers, that every accepted file of every batch has its stored result,
# and that no temporary file is left in the data folder, before and after the server stops; then it prints the
# figures. Loopback only; every loop is bounded in count and time; nothing is left running.
#
# Usage: nice bench/soak.sh [DURATION_SECONDS] [SEED]     (defaults 1800 and 17; needs JDK 17, Maven, python3)
# Not part of `mvn -B test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
duration=${1:-1800}
seed=${2:-17}
count=200
heap=${HEAP:--Xmx512m}

. bench/corpus.sh
attacks=target/bench/attacks-$seed
if [ ! -f "$attacks/fan-out.pdf" ]; then
    mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.nianbao.hostile.AttackMain \
        -Dexec.args="$attacks 100 $seed"
fi

out=target/soak
rm -rf "$out" && mkdir -p "$out"
cp target/nianbao.jar "$out/" # a build during the run must not change the server under test
data="$out/data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java "$heap" -jar "$out/nianbao.jar" serve --port "$port" --data "$data" --timeout 20 --workers 2 \
    --worker-memory 256 --max-files 100 --max-queue 200 > "$out/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 150); do curl -sf "http://127.0.0.1:$port/api/rules" > /dev/null && break; sleep 0.2; done

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); soak $duration s, seed $seed, server $heap," \
    "2 workers of 256 MB, 20 s per file, backlog 200 files"
python3 - "$port" "$pid" "$duration" "$seed" "$corpus" "$attacks" "$data" > "$out/summary.txt" <<'PY' || true
import json, os, random, signal, subprocess, sys, threading, time, urllib.request, uuid

port, server, duration, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
corpus, attacks, data = sys.argv[5], sys.argv[6], sys.argv[7]
base = f"http://127.0.0.1:{port}"
rnd = random.Random(seed)
good = sorted(os.path.join(corpus, f, n) for f in ("json", "html", "docx", "pdf") for n in os.listdir(os.path.join(corpus, f)))
bad = sorted(os.path.join(attacks, n) for n in os.listdir(attacks))
end = time.time() + duration
stats = {"uploads": 0, "refused": 0, "busy": 0, "files": 0, "kills": 0, "polls": 0, "poll_failures": 0,
         "upload_failures": 0, "busy_retry_s": []}
loads = []
batches, lock = [], threading.Lock()

answered = threading.local() # the last answer's Retry-After, per thread

def request(path, body=None, headers=None, timeout=120):
    req = urllib.request.Request(base + path, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        answered.retry_after = e.headers.get("Retry-After")
        return e.code, e.read()

def multipart(paths):
    boundary = "soak" + uuid.uuid4().hex
    parts = []
    for p in paths:
        with open(p, "rb") as f:
            content = f.read()
        parts.append((f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                      f"{os.path.basename(p)}\"\r\nContent-Type: application/octet-stream\r\n\r\n").encode() + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), "multipart/form-data; boundary=" + boundary

def uploader():
    files = None
    while time.time() < end:
        if files is None: # else the same files again, after the server said it was busy
            files = rnd.sample(good, rnd.randint(1, 12)) + rnd.sample(bad, rnd.randint(0, 2))
            rnd.shuffle(files)
        body, ctype = multipart(files)
        try:
            status, answer = request("/api/check", body, {"Content-Type": ctype, "X-Nianbao-Client": "soak"}, 300)
        except Exception as e:
            with lock:
                stats["upload_failures"] += 1
            continue
        wait = rnd.uniform(0.5, 3)
        with lock:
            stats["uploads"] += 1
            if status == 202:
                b = json.loads(answer)
                batches.append(b["id"])
                stats["files"] += b["total"]
                files = None
            elif status == 503:
                stats["busy"] += 1
                retry = int(getattr(answered, "retry_after", None) or 0)
                stats["busy_retry_s"].append(retry)
                wait = max(wait, min(retry, 60))
            else:
                stats["refused"] += 1
                files = None
        time.sleep(wait)

def poller():
    while time.time() < end:
        with lock:
            ids = list(batches[-5:])
        paths = ["/", "/rules"] + [f"/batches/{i}" for i in ids] + [f"/api/batches/{i}" for i in ids]
        for p in paths:
            try:
                status, _ = request(p, timeout=60)
                ok = status == 200
            except Exception:
                ok = False
            with lock:
                stats["polls"] += 1
                stats["poll_failures"] += 0 if ok else 1
        time.sleep(rnd.uniform(0.2, 1))

def killer():
    while time.time() < end:
        time.sleep(rnd.uniform(5, 40))
        kids = subprocess.run(["pgrep", "-P", str(server), "-f", "WorkerMain"], capture_output=True,
                              text=True).stdout.split()
        if kids:
            os.kill(int(rnd.choice(kids)), signal.SIGKILL)
            with lock:
                stats["kills"] += 1

def rss_mb(p):
    try:
        for line in open(f"/proc/{p}/status"):
            if line.startswith("VmHWM"):
                return int(line.split()[1]) // 1024
    except OSError:
        return 0
    return 0

peak = {"server": 0, "workers": 0}
def watcher():
    while time.time() < end:
        peak["server"] = max(peak["server"], rss_mb(server))
        kids = subprocess.run(["pgrep", "-P", str(server)], capture_output=True, text=True).stdout.split()
        peak["workers"] = max([peak["workers"]] + [rss_mb(k) for k in kids])
        loads.append(os.getloadavg()[0])
        time.sleep(2)

started = time.time()
threads = [threading.Thread(target=t) for t in (uploader, uploader, poller, poller, poller, killer, watcher)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# every batch finishes; every accepted file has its result
deadline = time.time() + 900
results, states, outcomes, lost = 0, {}, {}, 0
for b in batches:
    while True:
        status, body = request(f"/api/batches/{b}")
        batch = json.loads(body)
        if batch["state"] != "running" or time.time() > deadline:
            break
        time.sleep(1)
    states[batch["state"]] = states.get(batch["state"], 0) + 1
    results += len(batch["reports"])
    if len(batch["reports"]) != batch["total"]:
        lost += batch["total"] - len(batch["reports"])
        print(f"LOST: batch {b} ({batch['state']}) has {len(batch['reports'])} results of {batch['total']}")
    for r in batch["reports"]:
        key = r["status"] if r["status"] != "unreadable" else r["rules"][0]
        outcomes[key] = outcomes.get(key, 0) + 1
elapsed = time.time() - started
answering = request("/")[0] == 200
left = [os.path.join(d, f) for sub in ("uploads", "work") for d, _, fs in os.walk(os.path.join(data, sub)) for f in fs]
retries = sorted(stats["busy_retry_s"]) or [0]
print(f"soak: {elapsed:.0f} s, {stats['uploads']} uploads ({len(batches)} accepted, {stats['busy']} told the server is"
      f" busy with Retry-After {retries[0]}-{retries[-1]} s, {stats['refused']} refused otherwise,"
      f" {stats['upload_failures']} failed to send), {stats['files']} files accepted, {results} results stored"
      f" ({results / elapsed:.1f} per s), lost {lost}")
print(f"batches by state: {states}; outcomes: {dict(sorted(outcomes.items()))}")
print(f"workers killed at random: {stats['kills']}; polls {stats['polls']} ({stats['poll_failures']} failed);"
      f" server answering at the end: {answering}")
print(f"peak RSS: server {peak['server']} MB, a worker {peak['workers']} MB; temporary files in uploads/ and work/"
      f" after the batches: {len(left)}; load average (1 min) during the run: mean"
      f" {sum(loads) / max(1, len(loads)):.1f}, max {max(loads or [0]):.1f}")
print("RESULT " + ("ok" if answering and results == stats["files"] and lost == 0 and not left
                   and stats["poll_failures"] == 0 else "FAILED"))
PY
kill "$pid"
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
left=$(find "$data/uploads" "$data/work" "$data/tmp" -type f 2>/dev/null | wc -l)
workers=$(pgrep -f -- "-Djava.io.tmpdir=$(cd "$data" && pwd)/tmp" | wc -l || true)
echo "after the server stopped: $left temporary files in uploads/, work/ and tmp/, $workers worker processes left;" \
    "data folder $(du -sh "$data" | cut -f1); load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/summary.txt"
cat "$out/summary.txt"
grep -q "RESULT ok" "$out/summary.txt" && [ "$left" -eq 0 ] && [ "$workers" -eq 0 ]
