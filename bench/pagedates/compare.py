#!/usr/bin/env python3
"""Page-date evaluation: CiteCheck beside htmldate on the corpus written by generate.py.

Serves every corpus page on a loopback port under its own host and path (plain http, since the
corpus hosts have no certificates; every host is sent to the server with --connect-to), writes a
paper citing all of them, runs `citecheck check` once and reads links[].page.published, and runs
htmldate's find_date on the same served bytes in its default (fast) and extensive modes, with
original_date=True (the corpus's gold is the original publication date) and the page URL, as
htmldate's own evaluation does. Scored per page as htmldate scores: right day, wrong date, no date.

    swift build && python3 bench/pagedates/compare.py [--citecheck .build/debug/citecheck] [--misses]
"""
import argparse, collections, http.server, json, os, subprocess, sys, tempfile, threading, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Tests", "CiteCheckTests", "Fixtures", "PageDates")


def load():
    rows = []
    with open(os.path.join(CORPUS, "gold.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            file, url, gold, cls, reason = line.rstrip("\n").split("\t")
            rows.append(dict(file=file, url=url, gold=gold, cls=cls, reason=reason))
    return rows


def http_form(url):
    """The cited URL as served on loopback: http, the IDN host in punycode, the path as is."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(("http", parts.hostname.encode("idna").decode(), parts.path, parts.query, ""))


def serve(rows):
    by_key = {}
    for r in rows:
        p = urllib.parse.urlsplit(http_form(r["url"]))
        by_key[(p.hostname, p.path + ("?" + p.query if p.query else ""))] = r["file"]

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            file = by_key.get((host, self.path))
            if file is None:
                body, status = b"<html><head><title>404 Not Found</title></head><body>Not Found</body></html>", 404
            else:
                with open(os.path.join(CORPUS, "pages", file), "rb") as f:
                    body, status = f.read(), 200
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def fetch(url, port):
    p = urllib.parse.urlsplit(url)
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, p.path + ("?" + p.query if p.query else "")), headers={"Host": p.hostname})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.read().decode("utf-8")


def run_citecheck(binary, rows, port, folder):
    paper = os.path.join(folder, "paper.txt")
    with open(paper, "w", encoding="utf-8") as f:
        f.write("Page-date corpus\n\nIt cites %d pages.\n\nReferences\n\n" % len(rows))
        for i, r in enumerate(rows):
            f.write('[%d] Anonymous, "Corpus page %d", %s (accessed March 5, 2025).\n\n' % (i + 1, i + 1, http_form(r["url"])))
    hosts = sorted({urllib.parse.urlsplit(http_form(r["url"])).hostname for r in rows})
    report = os.path.join(folder, "report.json")
    dead = "http://127.0.0.1:9"  # the registries are not part of this evaluation
    cmd = [binary, "check", paper, "--output", report, "--no-store", "--no-archive", "--retries", "0", "--host-interval", "0",
           "--crossref-api", dead, "--datacite-api", dead, "--openalex-api", dead, "--openlibrary-api", dead,
           "--doi-handle-api", dead, "--doi-ra-api", dead]
    for h in hosts:
        cmd += ["--connect-to", "%s:80:127.0.0.1:%d" % (h, port)]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    with open(report, encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for link in data.get("links", []):
        page = link.get("page") or {}
        published = page.get("published")
        out[link["url"]] = dict(date=published[:10] if published and len(published) >= 10 else published, status=link.get("status"))
    return out


def score(results, rows):
    right = wrong = none = 0
    for r in rows:
        got = results.get(r["file"])
        if not got:
            none += 1
        elif got == r["gold"]:
            right += 1
        else:
            wrong += 1
    n = len(rows)
    return dict(right=right, wrong=wrong, none=none, accuracy=right / n, precision=right / (right + wrong) if right + wrong else 0.0)


def htmldate_both(page, url):
    """htmldate's find_date on one page in its default (fast) and extensive modes, original_date=True
    and the page URL, as htmldate's own evaluation runs it."""
    from htmldate import find_date
    return (find_date(page, extensive_search=False, original_date=True, url=url),
            find_date(page, extensive_search=True, original_date=True, url=url))


def table(tools, rows, extra=None):
    """The markdown table of every tool's score on `rows`; `extra` = (heading, results -> cell)."""
    head = "| tool | right day | wrong date | no date | accuracy | precision |" + (" %s |" % extra[0] if extra else "")
    lines = [head, "|---" * (head.count("|") - 1) + "|"]
    for name, res in tools.items():
        s = score(res, rows)
        line = "| %s | %d | %d | %d | %.3f | %.3f |" % (name, s["right"], s["wrong"], s["none"], s["accuracy"], s["precision"])
        lines.append(line + (" %s |" % extra[1](res) if extra else ""))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--citecheck", default=os.path.join(ROOT, ".build", "debug", "citecheck"))
    ap.add_argument("--misses", action="store_true", help="list CiteCheck's wrong and missing dates")
    args = ap.parse_args()
    rows = load()
    server = serve(rows)
    port = server.server_address[1]
    tools = collections.OrderedDict()
    fast, extensive = {}, {}
    for r in rows:
        fast[r["file"]], extensive[r["file"]] = htmldate_both(fetch(http_form(r["url"]), port), r["url"])
    tools["htmldate (default/fast)"] = fast
    tools["htmldate (extensive)"] = extensive
    with tempfile.TemporaryDirectory(prefix="pagedates-") as folder:
        found = run_citecheck(args.citecheck, rows, port, folder)
    cc = {r["file"]: (found.get(http_form(r["url"])) or {}).get("date") for r in rows}
    statuses = collections.Counter((found.get(http_form(r["url"])) or {}).get("status") for r in rows)
    tools["citecheck"] = cc
    server.shutdown()
    print(table(tools, rows))
    print("\n%d pages; citecheck link statuses: %s" % (len(rows), dict(statuses)))
    print("\nper class (right/total): citecheck · htmldate fast · htmldate extensive")
    for cls in dict.fromkeys(r["cls"] for r in rows):
        sub = [r for r in rows if r["cls"] == cls]
        print("  %-18s %s" % (cls, " · ".join("%d/%d" % (score(res, sub)["right"], len(sub)) for res in (cc, fast, extensive))))
    if args.misses:
        for r in rows:
            if cc.get(r["file"]) != r["gold"]:
                print("MISS %s gold %s got %s (fast %s, ext %s)" % (r["file"], r["gold"], cc.get(r["file"]), fast[r["file"]], extensive[r["file"]]))


if __name__ == "__main__":
    main()
