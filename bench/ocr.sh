#!/usr/bin/env bash
# Accuracy and speed of reading scanned reports by OCR (src/test/java/org/nianbao/scan). Prints the seed, the real
# reports (with --real) and N generated reports (every other one with a seeded balance error) to page images by
# every scan recipe (150/200/300 dpi; colour, grey, black and white; turned 1–2°; JPEG; a red seal over the
# signature and a table corner; PDF or TIFF of every page, PNG or JPEG of the page the first table starts on),
# reads each scan back through check's own readers and prints, per scan:
# cells exact, unsure (marked so), silently wrong (another value, not marked: must be 0), missing, settled by the
# balances, false and missed errors, errors not judged, false warnings, and seconds per page.
# Usage: bench/ocr.sh [--generated N] [--seed S] [--recipes 300c,200g,200bw,150g,300t,200c,300bw,200p,300j] [--real]
#        (defaults: 4 generated, seed 21, every recipe; needs JDK 17, Maven, tesseract-ocr, tesseract-ocr-chi-sim
#        and a CJK TrueType font). The table goes to standard output and to target/ocr/ocr-accuracy.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
mvn -B -q test-compile
mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.nianbao.scan.ScanMain -Dexec.args="$*"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average$(uptime | sed 's/.*load average//')"
