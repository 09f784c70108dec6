#!/usr/bin/env python3
"""Benchmark: the work lookups of `citecheck check` on the 40-reference test paper.

Starts the loopback registry (Tests/IntegrationTests/Fixtures/doiregistry.py: Crossref, OpenAlex,
Open Library and the DOI handle API, answering from works.json) and runs

    citecheck check Tests/IntegrationTests/Fixtures/works-paper.md --no-store --no-archive \
        --mailto bench@example.org --doi-handle-api … --crossref-api … --openalex-api … --openlibrary-api …

RUNS times (and once without --mailto, in Crossref's public pool), then prints the median wall time,
the requests the registry saw by service, and the requests per reference.

    bench/works.py [--runs 3] [--citecheck .build/release/citecheck]
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "IntegrationTests", "Fixtures")


def start_registry():
    proc = subprocess.Popen([sys.executable, os.path.join(FIXTURES, "doiregistry.py")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = json.loads(proc.stdout.readline())["http"]
    return proc, "http://127.0.0.1:%d/" % port


def stats(base):
    return json.load(urllib.request.urlopen(base + "stats"))


def service(path):
    if path.startswith("/openalex/"): return "OpenAlex"
    if path.startswith("/openlibrary/"): return "Open Library"
    if path.startswith("/api/handles/"): return "doi.org handles"
    if path.startswith("/ra/"): return "doi.org RA"
    if path.startswith("/works"): return "Crossref"
    return "other"


def run(citecheck, base, mailto, out):
    args = [citecheck, "check", os.path.join(FIXTURES, "works-paper.md"), "--no-store", "--no-archive",
            "--output", out, "--doi-handle-api", base + "api/handles", "--doi-ra-api", base + "ra",
            "--crossref-api", base, "--datacite-api", base, "--openalex-api", base + "openalex/",
            "--openlibrary-api", base + "openlibrary/"]
    if mailto: args += ["--mailto", "bench@example.org"]
    start = time.monotonic()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--citecheck", default=os.path.join(ROOT, ".build", "release", "citecheck"))
    a = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for mailto, runs in ((True, a.runs), (False, 1)):
            times, counts = [], None
            for _ in range(runs):
                proc, base = start_registry()  # a fresh server per run: its counts are the run's own
                try:
                    times.append(run(a.citecheck, base, mailto, os.path.join(folder, "report.json")))
                    counts = {}
                    for path, n in stats(base)["hits"].items():
                        counts[service(path)] = counts.get(service(path), 0) + n
                finally:
                    proc.stdin.close(); proc.wait()
            report = json.load(open(os.path.join(folder, "report.json")))
            refs = len(report["references"])
            total = sum(counts.values())
            pool = "polite (--mailto)" if mailto else "public"
            print("%s pool: median wall %.2f s over %d run(s) (%s); %d requests for %d references = %.2f per reference"
                  % (pool, statistics.median(times), runs, ", ".join("%.2f" % t for t in times), total, refs, total / refs))
            print("  by service: " + ", ".join("%s %d" % kv for kv in sorted(counts.items())))
            statuses = {}
            for r in report["references"]:
                s = (r.get("work") or {}).get("status", "none")
                statuses[s] = statuses.get(s, 0) + 1
            print("  work statuses: " + ", ".join("%s %d" % kv for kv in sorted(statuses.items())))


if __name__ == "__main__":
    main()
