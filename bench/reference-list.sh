#!/usr/bin/env bash
# Parse benchmark of unnumbered reference lists (issue 13) and of Markdown notes defined under each
# paragraph (issue 19): median wall time of RUNS runs (default 5) and peak memory of `citecheck parse`
# on synthetic papers of N entries / notes. Usage: [RUNS=n] bench/reference-list.sh [list|notes] [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-list}; shift || true
[ -n "${NO_BUILD:-}" ] || swift build -c release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 2000 5000 10000)
flag=""; [ "$mode" = notes ] && flag="--markdown-notes"
printf '%-8s %-10s %-10s %-12s %-10s\n' "$mode" bytes refs "median s" "peak RSS"
for n in "${sizes[@]}"; do
  python3 bench/make_reference_list.py "$n" "$work/paper.md" $flag
  times=()
  for run in $(seq "${RUNS:-5}"); do
    /usr/bin/time -f "%e %M" -o "$work/time" .build/release/citecheck parse "$work/paper.md" --format json --output "$work/out.json"
    times+=("$(cat "$work/time")")
  done
  refs=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['references']))" "$work/out.json")
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (${#times[@]} + 1) / 2 ))p")
  printf '%-8s %-10s %-10s %-12s %-10s\n' "$n" "$(wc -c < "$work/paper.md")" "$refs" "${median% *}" "${median#* } KB"
done
