#!/usr/bin/env bash
# Builds target/benchmarks.jar (Maven profile "bench"; the normal build and the tests never compile it), runs every
# JMH benchmark (one thread, 5 × 1 s warm-up, 5 × 1 s measurement, one fork each: 46 runs, about 11 minutes on 2
# cores) and prints ms/op per format and stage, the targets and the ratios to the floors. JMH times the wall clock:
# run it on an otherwise idle machine (the load average is printed before and after). CpuTimeProfiler adds the CPU
# time of the benchmark thread per operation, which competing processes do not inflate.
#
#   bench/jmh.sh                       # build, run all, print the table
#   bench/jmh.sh ReadBenchmark.read    # any JMH arguments: a regexp of benchmarks, -p sample=docx, -prof stack …
#   NO_BUILD=1 bench/jmh.sh …          # reuse target/benchmarks.jar
#
# Run from anywhere; the real report is read from src/test/resources/reports/real beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
if [[ -z "${NO_BUILD:-}" ]]; then
  mvn -B -q -Pbench package -Dmaven.test.skip=true
fi
result=target/jmh-result.json
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar target/benchmarks.jar -prof org.nianbao.bench.CpuTimeProfiler -rf json -rff "$result" "$@" | tee target/jmh-output.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java -cp target/benchmarks.jar org.nianbao.bench.ResultTable "$result"
