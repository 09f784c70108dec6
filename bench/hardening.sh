#!/usr/bin/env bash
# Times and peak memory of issue 19's hostile cases, run through the built binary (not in the tests:
# timings are never asserted). Usage: bench/hardening.sh [path/to/citecheck]
# Prints one line per case: seconds, peak resident KB, exit status.
set -u
BIN=${1:-.build/debug/citecheck}
HERE=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'kill "$SLEEPER" 2>/dev/null; rm -rf "$WORK"' EXIT
FIX=$HERE/Tests/IntegrationTests/Fixtures

measure() {  # name, then the command
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>&1
  local rc=$?
  read -r secs kb < <(tail -1 "$WORK/time")  # the last line: time prepends "Command exited…"
  printf '%-34s %8s s %9s KB  exit %s\n' "$name" "$secs" "$kb" "$rc"
}

# Inputs.
python3 - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
names = ["Family%d, Given%d" % (i, i) for i in range(10000)]
open(w + "/authors.bib", "w").write("@article{big,\n  author = {" + " and ".join(names) + "},\n  title = {A paper with many authors},\n  year = {2020},\n  url = {https://example.org/x}\n}\n")
open(w + "/authors.ris", "w").write("TY  - JOUR\n" + "".join("AU  - %s\n" % n for n in names) + "TI  - A paper with many authors\nPY  - 2020\nUR  - https://example.org/x\nER  - \n")
open(w + "/cut.ris", "w").write("TY  - JOUR\nAU  - Roe, Jane\nTI  - Cut off\nPY  - 2021\nUR  - https://example.org/last\n")
items = [{"id": "i%d" % i, "title": "Title %d" % i, "URL": "https://e.org/%d" % i} for i in range(300000)]
open(w + "/library.json", "w").write(json.dumps(items, separators=(",", ":")))
PY
python3 "$FIX/pdfbomb.py" "$WORK/bomb.pdf" 20
measure "BibTeX, 10,000 authors" "$BIN" parse "$WORK/authors.bib" --format json
measure "RIS, 10,000 authors" "$BIN" parse "$WORK/authors.ris" --format json
measure "RIS without ER" "$BIN" parse "$WORK/cut.ris" --format json
measure "CSL-JSON, 300,000 items (refused)" "$BIN" parse "$WORK/library.json" --format json
measure "PDF text bomb (20 pages)" "$BIN" parse "$WORK/bomb.pdf"

# Pages, from the hostile server; its stdin is a pipe held open by a sleeper.
mkfifo "$WORK/in"
sleep 3600 > "$WORK/in" & SLEEPER=$!
python3 "$FIX/hostileserver.py" < "$WORK/in" > "$WORK/port" &
for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.1; done
PORT=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['http'])" "$WORK/port")
for route in title-words endless links/1000000; do
  for body in 4M 64M; do
    printf 'A paper.[^1]\n\n[^1]: Jane Roe, "Quarterly Statistics of Fisheries", Example, 2024, http://127.0.0.1:%s/%s, accessed 2024-01-01.\n' "$PORT" "$route" > "$WORK/page.md"
    measure "page /$route, --max-body $body" "$BIN" check "$WORK/page.md" --no-store --no-archive --retries 0 --timeout 30 \
      --host-interval 0 --max-body "$body" --output "$WORK/r.json"
  done
done
