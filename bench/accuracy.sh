#!/usr/bin/env bash
# Accuracy of the readers on real producers' renderings: the rendering matrix (src/test/java/org/nianbao/matrix).
# Renders the seed, the real 洪泽区 report and COUNT generated reports (default 6: the set `mvn -B test` runs) with
# Chromium print-to-PDF (Letter, A4), LibreOffice PDF (A4 portrait, landscape, narrow margins; Noto CJK and
# WenQuanYi Zen Hei) and LibreOffice docx/doc/odt, reads every rendering back through check's own readers and
# prints the table: cells exact, wrong and missing, sections lost, false and missed errors per producer.
# Usage: bench/accuracy.sh [COUNT] [SEED]     (defaults 6 and 14; needs JDK 17, Maven, chromium,
#        libreoffice-writer-nogui, fonts-noto-cjk, fonts-wqy-zenhei; a missing producer's column is skipped).
#        Renderings are cached in target/matrix/cache (by source and recipe), so a rerun only reads.
#        The table goes to standard output and to target/matrix/accuracy-COUNT.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
count=${1:-6}
seed=${2:-14}
mvn -B -q test-compile
mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.nianbao.matrix.MatrixMain \
    -Dexec.args="--generated $count --seed $seed --out target/matrix/accuracy-$count.md"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average$(uptime | sed 's/.*load average//')"
