#!/usr/bin/env bash
# The auditor's run (issue 6): the generated 1,000-report corpus plus broken and odd files (truncated docx, PDF and
# JSON, an empty file, random bytes named .docx and .pdf, real .doc files), checked at once into html, xlsx, sarif
# and junit, timed with /usr/bin/time -v (wall and peak RSS); then counts that every file is in every output.
# Usage: bench/audit.sh [COUNT] [SEED]   (defaults 1000, 20240116; the corpus is shared with bench/batch.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
count=${1:-1000}
seed=${2:-20240116}
out=target/bench/audit-$count

. bench/corpus.sh
rm -rf "$out" && mkdir -p "$out/broken"
for f in $(ls "$corpus/docx" | head -10); do head -c 3000 "$corpus/docx/$f" > "$out/broken/truncated-$f"; done
for f in $(ls "$corpus/pdf" | head -10); do head -c 5000 "$corpus/pdf/$f" > "$out/broken/truncated-$f"; done
for f in $(ls "$corpus/json" | head -5); do head -c 200 "$corpus/json/$f" > "$out/broken/truncated-$f"; done
: > "$out/broken/empty.docx"
head -c 20000 /dev/urandom > "$out/broken/garbage.docx"
head -c 20000 /dev/urandom > "$out/broken/garbage.pdf"
for n in 1 2 3 4 5; do cp src/test/resources/reports/samples/seed.doc "$out/broken/seed-$n.doc"; done

/usr/bin/time -v -o "$out/time.txt" java -Xmx512m -jar target/nianbao.jar check \
    "$corpus/json" "$corpus/html" "$corpus/docx" "$corpus/pdf" "$out/broken" \
    -o "$out/report.html" -o "$out/report.xlsx" -o "$out/report.sarif" -o "$out/junit.xml" 2> "$out/summary.txt" \
    || true   # exit 1 or 3 is expected: there are errors and unreadable files
grep -E "^共|^用时" "$out/summary.txt"
grep -E "Elapsed \(wall clock\)|Maximum resident" "$out/time.txt"
files=$(( $(find "$corpus/json" "$corpus/html" "$corpus/docx" "$corpus/pdf" "$out/broken" -type f | wc -l) ))
echo "files given: $files; testsuites in junit.xml: $(grep -o '<testsuite ' "$out/junit.xml" | wc -l)"
ls -l "$out" | awk 'NR > 1 {print $5, $9}'
