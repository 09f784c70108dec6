#!/usr/bin/env python3
"""Page-date evaluation on pages we did not write: htmldate's own test pages and the dates its authors assert.

htmldate's source distribution on PyPI up to 1.2.3 ships its test pages (tests/cache/*.html, saved from
real sites) and tests/unit_tests.py, whose asserts say which date each page has. This script obtains that
sdist with pip (into a cache folder outside the repository; nothing third-party is committed), pairs each
page with its gold date by reading the asserts with Python's ast module, serves the pages byte for byte on
a loopback port under their own host and path, and scores citecheck (links[].page.published) and
htmldate's installed version (default and extensive mode, original_date=True, with the page URL) as
compare.py does: right day, wrong date, no date.

The gold rule, per page (asserts of the form `find_date(load_mock_page(URL), ...) == 'DATE'`):
  - only asserts in test_no_date, test_exact_date, test_readme_examples and test_dependencies count; the asserts in
    test_approximate_date are the authors' own approximations ("somewhere in 2016", "most probably …"),
    and test_search_html calls search_page, not find_date: those pages are excluded;
  - an assert with original_date=True wins (that is the meaning scored: the original publication date);
    else an assert without original_date; an assert with original_date=False alone is the page's latest
    date, not its publication date, so the page is excluded;
  - an extensive_search=True date counts (the authors assert the page has that date; the default mode
    merely does not find it); outputformat asserts are converted back to YYYY-MM-DD;
  - `is None` with extensive_search=False is ignored (that mode merely finds nothing); a page whose
    remaining asserts all say `is None` is a dateless page: scored apart (a date there is a false date);
  - EXCLUDED lists pages whose assert the authors themselves doubt in a comment, or that is a copyright year.

    swift build && python3 bench/pagedates/htmldate_tests.py [--citecheck .build/debug/citecheck] [--misses]
"""
import argparse, ast, datetime, http.server, os, subprocess, sys, tarfile, tempfile, threading, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compare  # noqa: E402  (run_citecheck, http_form, htmldate_both, table)

SDIST_VERSION = "1.2.3"  # the last htmldate sdist that ships tests/cache
CACHE = os.environ.get("PAGEDATES_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "citecheck-bench", "htmldate-sdist"))
COUNTED = {"test_no_date", "test_exact_date", "test_readme_examples", "test_dependencies"}
# Pages whose assert the htmldate authors mark as doubtful in the assert's own comment, or that is a year.
EXCLUDED = {
    "https://www.rosneft.com/business/Upstream/Licensing/": "asserts 2017-02-27, comment: 'most probably 2014-12-31, found in text'",
    "https://www.hertie-school.org/en/debate/detail/content/whats-on-the-cards-for-von-der-leyen/": "asserts 2019-12-02, comment: '2019-02-12?'",
    "https://exporo.de/wiki/europaeische-zentralbank-ezb/": "asserts 2018-01-01, a year: htmldate's debug log says 'using copyright year as default'",
    "https://www.gnu.org/licenses/gpl-3.0.en.html": "the assert is the latest date (18 November 2016); comment: original 'could also be: 29 June 2007'",
}


def obtain():
    """The unpacked sdist's tests folder, downloaded once with pip."""
    root = os.path.join(CACHE, "htmldate-%s" % SDIST_VERSION)
    if not os.path.isdir(os.path.join(root, "tests", "cache")):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "htmldate==%s" % SDIST_VERSION, "-d", CACHE], check=True, stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(CACHE, "htmldate-%s.tar.gz" % SDIST_VERSION)) as tar:
            tar.extractall(CACHE, members=[m for m in tar.getmembers() if m.name.startswith("htmldate-%s/tests/" % SDIST_VERSION)])
    return os.path.join(root, "tests")


def asserts(tests):
    """(function, url, keywords, expected) for every `find_date(load_mock_page(URL), ...) == X` / `is None`."""
    with open(os.path.join(tests, "unit_tests.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    mock = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            mock = ast.literal_eval(node.value)
    out = []
    for fn in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        for node in ast.walk(fn):
            if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
                continue
            call, expected = node.test.left, node.test.comparators[0]
            if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "find_date" and call.args):
                continue
            arg = call.args[0]
            if not (isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "load_mock_page"):
                continue
            url = ast.literal_eval(arg.args[0])
            kw = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
            out.append((fn.name, url, kw, ast.literal_eval(expected) if isinstance(expected, ast.Constant) else None))
    return mock, out


def gold(tests):
    """[(url, file, gold or None)], [(url, why excluded)] by the rule in the module docstring."""
    mock, found = asserts(tests)
    by_url = {}
    for fn, url, kw, expected in found:
        by_url.setdefault(url, []).append((fn, kw, expected))
    rows, excluded = [], []
    for url, file in mock.items():
        all_asserts = by_url.get(url, [])
        # `is None` in the default (fast) mode only says that mode finds nothing, not that the page is dateless
        counted = [(kw, e) for fn, kw, e in all_asserts if fn in COUNTED and not (e is None and kw.get("extensive_search") is False)]
        if url in EXCLUDED:
            excluded.append((url, EXCLUDED[url]))
            continue
        if not counted:
            why = "no exact-date assert (its asserts are in %s)" % ", ".join(sorted({fn for fn, _, _ in all_asserts})) if all_asserts else "no find_date assert"
            excluded.append((url, why))
            continue
        dated = []
        for kw, e in counted:
            if e is None:
                continue
            if "outputformat" in kw:
                e = datetime.datetime.strptime(e, kw["outputformat"]).strftime("%Y-%m-%d")
            dated.append((kw, e))
        original = [e for kw, e in dated if kw.get("original_date") is True]
        plain = [e for kw, e in dated if "original_date" not in kw]
        if original:
            rows.append((url, file, original[0]))
        elif plain:
            rows.append((url, file, plain[0]))
        elif dated:
            excluded.append((url, "only an original_date=False assert (the latest date, not the publication date)"))
        else:
            rows.append((url, file, None))
    return rows, excluded


def serve(rows, cache):
    """Each page's bytes unchanged, under its own host and path (query compared decoded); 404 elsewhere."""
    by_key = {}
    for url, file, _ in rows:
        p = urllib.parse.urlsplit(compare.http_form(url))
        by_key[(p.hostname, urllib.parse.unquote(p.path + ("?" + p.query if p.query else "")))] = file

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            file = by_key.get((host, urllib.parse.unquote(self.path)))
            if file is None:
                body, status = b"<html><head><title>404 Not Found</title></head><body>Not Found</body></html>", 404
            else:
                with open(os.path.join(cache, file), "rb") as f:
                    body, status = f.read(), 200
            self.send_response(status)
            self.send_header("Content-Type", "text/html")  # no charset: the page's own declaration decides
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--citecheck", default=os.path.join(compare.ROOT, ".build", "debug", "citecheck"))
    ap.add_argument("--misses", action="store_true", help="list every page where a tool is not right")
    args = ap.parse_args()
    import htmldate
    tests = obtain()
    cache = os.path.join(tests, "cache")
    rows, excluded = gold(tests)
    server = serve(rows, cache)
    port = server.server_address[1]
    fast, extensive = {}, {}
    for url, file, _ in rows:
        with open(os.path.join(cache, file), "rb") as f:
            fast[file], extensive[file] = compare.htmldate_both(f.read(), url)
    with tempfile.TemporaryDirectory(prefix="pagedates-htmldate-") as folder:
        found = compare.run_citecheck(args.citecheck, [dict(url=u) for u, _, _ in rows], port, folder)
    server.shutdown()
    cc = {file: (found.get(compare.http_form(url)) or {}).get("date") for url, file, _ in rows}
    status = {file: (found.get(compare.http_form(url)) or {}).get("status") for url, file, _ in rows}
    dated = [dict(file=file, gold=g) for _, file, g in rows if g]
    dateless = [file for _, file, g in rows if not g]
    tools = {"htmldate %s, default" % htmldate.__version__: fast, "htmldate %s, extensive" % htmldate.__version__: extensive, "citecheck": cc}
    print("htmldate %s sdist test pages: %d dated, %d dateless, %d excluded\n" % (SDIST_VERSION, len(dated), len(dateless), len(excluded)))
    print(compare.table(tools, dated, ("dates on the %d dateless pages" % len(dateless), lambda res: sum(1 for f in dateless if res.get(f)))))
    print("\ncitecheck link statuses: %s" % dict(__import__("collections").Counter(status.values())))
    print("\nexcluded:")
    for url, why in excluded:
        print("  %s — %s" % (url, why))
    if args.misses:
        print()
        for url, file, g in rows:
            if cc.get(file) != g:
                print("MISS %s gold %s citecheck %s (%s) fast %s ext %s" % (file, g, cc.get(file), status.get(file), fast[file], extensive[file]))


if __name__ == "__main__":
    main()
