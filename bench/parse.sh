#!/usr/bin/env bash
# Parse benchmark (issue 1/7): wall time and peak memory of `citecheck parse` on synthetic CNKI-style
# papers of N notes, built from the seed paper's real notes. Usage: bench/parse.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 20000)
printf '%-8s %-10s %-12s %-10s\n' notes bytes "median s" "peak RSS"
for n in "${sizes[@]}"; do
  python3 bench/make_notes_paper.py References/un-ai-governance-main-channel.zh.txt "$n" "$work/paper.txt"
  times=()
  for run in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" -o "$work/time" .build/release/citecheck parse "$work/paper.txt" --format json --output "$work/out.json"
    times+=("$(cat "$work/time")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  printf '%-8s %-10s %-12s %-10s\n' "$n" "$(wc -c < "$work/paper.txt")" "${median% *}" "${median#* } KB"
done
