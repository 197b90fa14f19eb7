#!/usr/bin/env bash
# Writes the readers' golden output again (src/test/resources/golden, held by ReaderGoldenTest in `mvn -B test`)
# after a reader or the recognizer was changed on purpose, then shows what changed. Read that diff before committing
# it: it is exactly what the change did to what the readers make of the test corpus. The rules' findings on the same
# corpus (src/test/resources/golden-findings, held by FindingsGoldenTest) are written again too: a reader's change
# shows there as the findings it changes.
#
#   bench/golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest='ReaderGoldenTest,FindingsGoldenTest' -Dgolden.update=true
git add -N src/test/resources/golden src/test/resources/golden-findings
git diff --stat src/test/resources/golden src/test/resources/golden-findings | tail -5
