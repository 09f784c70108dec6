#!/usr/bin/env bash
# Parse benchmark of unnumbered reference lists (issue 13), of Markdown notes defined under each
# paragraph (issue 19) and of CNKI-style footnotes (issue 17, `cnki`: bench/make_notes_paper.py on the
# seed paper's notes): median wall time of RUNS runs (default 5), its user CPU and peak memory of
# `citecheck parse` on synthetic papers of N entries / notes.
# BIN=path runs another binary (a build of main, for before and after). Usage: [RUNS=n] [NO_BUILD=1] [BIN=…] bench/reference-list.sh [list|notes|cnki] [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-list}; shift || true
[ -n "${NO_BUILD:-}" ] || swift build -c release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 2000 5000 10000)
flag=""; [ "$mode" = notes ] && flag="--markdown-notes"
printf '%-8s %-10s %-10s %-12s %-10s %-10s\n' "$mode" bytes refs "median s" "user s" "peak RSS"
paper="$work/paper.md"; [ "$mode" = cnki ] && paper="$work/paper.txt"
for n in "${sizes[@]}"; do
  if [ "$mode" = cnki ]; then
    python3 bench/make_notes_paper.py References/un-ai-governance-main-channel.zh.txt "$n" "$paper"
  else
    python3 bench/make_reference_list.py "$n" "$paper" $flag
  fi
  times=()
  for run in $(seq "${RUNS:-5}"); do
    /usr/bin/time -f "%e %U %M" -o "$work/time" "${BIN:-.build/release/citecheck}" parse "$paper" --format json --output "$work/out.json"
    times+=("$(cat "$work/time")")
  done
  refs=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['references']))" "$work/out.json")
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (${#times[@]} + 1) / 2 ))p")
  read -r wall user rss <<< "$median"
  printf '%-8s %-10s %-10s %-12s %-10s %-10s\n' "$n" "$(wc -c < "$paper")" "$refs" "$wall" "$user" "$rss KB"
done
