#!/usr/bin/env bash
# Batch benchmark: generate N mixed reports (a quarter each JSON, HTML, docx, PDF), then time
#   bin/nianbao check --format json …  > /dev/null
# (the release's launcher, from the plain zip unpacked in target/bench/release, with its start-up choices: the
# class-data archive and, under 2,000 files, the quick JIT) over all of them and over each format's folder alone,
# with /usr/bin/time -v for wall time, CPU time (user + system: what to read on a shared machine) and peak RSS;
# then one file checked alone (hyperfine, JVM start included).
# Usage: bench/batch.sh [COUNT] [SEED]      (defaults 1000, 20240116; needs JDK 17, Maven, python3,
#        /usr/bin/time, hyperfine for the one-file runs and fonts-wqy-zenhei for the PDFs). ALL=0 skips the run over
#        all, PER_FORMAT=0 the per-format runs, ONE=0 the one-file runs; HEAP=-Xmx… changes the heap; CHECK_ARGS=--isolate reads every file
#        in worker processes; JAVA_OPTS adds options after the launcher's (e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1,
#        or -XX:-TieredCompilation… to compare); RUN=jar runs `java HEAP JAVA_OPTS -jar target/nianbao.jar` instead of
#        the launcher. The corpus is kept in target/bench/corpus-COUNT and reused. Run it with nice -n 10 on a
#        shared machine and quote the load average it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
count=${1:-1000}
seed=${2:-20240116}
heap=${HEAP:--Xmx512m}

. bench/corpus.sh

release=target/bench/release
rm -rf "$release"
mkdir -p "$release"
(cd "$release" && python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall('.')" \
    "$OLDPWD"/target/nianbao-*[0-9].zip)
home=$(echo "$PWD/$release"/nianbao-*)
chmod +x "$home/bin/nianbao"
# what each run starts: the launcher, or (RUN=jar) java on the jar
runner=$PWD/$release/run
if [ "${RUN:-launcher}" = jar ]; then
    printf '#!/bin/sh\nexec java %s %s -jar %s "$@"\n' "$heap" "${JAVA_OPTS:-}" "$PWD/target/nianbao.jar" > "$runner"
else
    printf '#!/bin/sh\nNIANBAO_JAVA_OPTS="%s" exec %s "$@"\n' "$heap ${JAVA_OPTS:-}" "$home/bin/nianbao" > "$runner"
fi
chmod +x "$runner"
# the launcher's first check writes the class-data archive: not part of any figure below
"$runner" check --format json samples/seed.json > /dev/null || true

# one timed run of check; prints "wall_s cpu_s peak_rss_mb/peak_heap_mb"; the check's JSON goes to $2 (/dev/null for the main run)
timed() {
    local result=$1 json=$2
    shift 2
    # shellcheck disable=SC2086 # CHECK_ARGS is a list of options
    # the JSON goes to a file (-o), so the closing summary, with the peak heap, comes on standard error
    /usr/bin/time -v -o "$result.time" "$runner" check -o "json:$json" ${CHECK_ARGS:-} "$@" > /dev/null \
        2> "$result.err" || true
    python3 - "$result.time" "$result.err" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
heap = re.search(r"内存峰值 (\d+) MB", open(sys.argv[2], encoding="utf-8").read())
m = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)", t)
wall = (int(m.group(1) or 0) * 3600) + int(m.group(2)) * 60 + float(m.group(3))
cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1)) \
    + float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
print(f"{wall:.2f} {cpu:.2f} {rss:.0f}/{heap.group(1) if heap else '?'}")
PY
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "corpus: $corpus ($count reports), heap $heap, run ${RUN:-launcher} ${JAVA_OPTS:-} ${CHECK_ARGS:-}; load $(load)"
if [ "${ALL:-1}" != 0 ]; then
    read -r wall cpu rss < <(timed "$corpus/all" /dev/null "$corpus/json" "$corpus/html" "$corpus/docx" "$corpus/pdf")
    python3 -c "print(f'all   {$count:6d} reports  wall {$wall:7.2f} s  CPU {$cpu:7.2f} s  {$count/$wall:7.1f} reports/s'
                f'  peak RSS/heap $rss MB  (load after: $(load))')"
fi
if [ "${PER_FORMAT:-1}" != 0 ]; then
    for f in json html docx pdf; do
        n=$(find "$corpus/$f" -type f | wc -l)
        read -r wall cpu rss < <(timed "$corpus/$f" "$corpus/$f.result.json" "$corpus/$f")
        # in-process time per file from check's own "millis" (the first file includes class loading)
        python3 - "$corpus/$f.result.json" "$f" "$n" "$wall" "$cpu" "$rss" <<'PY'
import json, statistics, sys
res = json.load(open(sys.argv[1]))
ms = [r["millis"] for r in res["reports"]]
f, n, wall, cpu, rss = sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
warm = ms[1:] or ms
print(f"{f:5s} {n:6d} reports  wall {wall:7.2f} s  CPU {cpu:7.2f} s  {cpu * 1000 / n:6.1f} ms CPU/report"
      f"  in-process mean {statistics.mean(warm):5.1f} ms, median {statistics.median(warm):4.0f} ms,"
      f" first {ms[0]} ms  peak RSS/heap {rss} MB")
PY
    done
fi
if [ "${ONE:-1}" != 0 ] && command -v hyperfine > /dev/null; then
    # one file, JVM start included: what a publisher's CI job checking its report waits for
    one_pdf=$(find "$corpus/pdf" -type f | sort | sed -n 1p) # sed reads it all: no broken pipe
    for file in samples/seed.json "$one_pdf"; do
        hyperfine -N -i --warmup 2 --runs 10 --export-json "$corpus/one.json" "$runner check --format json $file" \
            > /dev/null
        python3 - "$corpus/one.json" "$file" "$(load)" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"one   {sys.argv[2]}: wall {r['mean']:.2f} ± {r['stddev']:.2f} s (min {r['min']:.2f})"
      f"  CPU {r['user'] + r['system']:.2f} s  (10 runs, load after: {sys.argv[3]})")
PY
    done
fi
