#!/usr/bin/env bash
# Writes the readers' golden output again (src/test/resources/golden, held by ReaderGoldenTest in `mvn -B test`)
# after a reader or the recognizer was changed on purpose, then shows what changed. Read that diff before committing
# it: it is exactly what the change did to what the readers make of the test corpus.
#
#   bench/golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=ReaderGoldenTest -Dgolden.update=true
git add -N src/test/resources/golden
git diff --stat src/test/resources/golden | tail -5
