#!/usr/bin/env python3
"""Loopback test web for CiteCheck's integration tests (stdlib only).

Binds 127.0.0.1 on free ports and prints one JSON line: {"http": PORT, "https": PORT or null}.
Routes are chosen by path (see ROUTES below); /stats reports what the server saw, so tests can
assert politeness on the server side. Runs until killed.
"""
import email.utils, gzip, json, ssl, sys, threading, time

import loopback

LOCK = threading.Lock()
IN_FLIGHT = {}        # host -> requests being answered now
MAX_IN_FLIGHT = {}    # host -> the most ever seen at once
HITS = {}             # path -> requests seen (GET and HEAD)
METHODS = {}          # path -> methods seen, in order
RANGES = {}           # path -> Range headers seen
STARTS = {}           # host -> start times (monotonic), for interval checks
PORTS = {"http": None, "https": None}

HOME = b"<!doctype html><html><head><title>Home</title></head><body>Welcome</body></html>"


# A site that answers 200 with its publications catalogue for every path it does not know, as many
# CMSs do: the soft-404 that only the per-host probe can tell from a real page.
CATALOGUE = ("<!doctype html><html><head><meta charset=utf-8><title>Publications - Example Institute</title></head>"
             "<body><h1>Publications</h1>" + "".join(
                 "<p>Series %d: working papers, policy briefs and annual reports of the institute, listed by year "
                 "and by programme, with abstracts and downloads.</p>" % i for i in range(12))
             + "</body></html>").encode()
REAL_REPORT = ("<!doctype html><html><head><meta charset=utf-8><title>Real Report on Things - Example Institute</title>"
               "</head><body><h1>Real Report on Things</h1>" + "".join(
                   "<p>Chapter %d examines how things were measured, what changed between the survey waves, "
                   "and which findings hold across the regions studied.</p>" % i for i in range(12))
               + "</body></html>").encode()


def page(title, extra=""):
    return ("<!doctype html><html><head><meta charset=utf-8><title>%s</title></head>"
            "<body><h1>%s</h1>%s</body></html>" % (title, title, extra)).encode()


class Handler(loopback.Handler):
    def do_GET(self):
        self.handle_any("GET")

    def do_HEAD(self):
        self.handle_any("HEAD")

    def host(self):
        host = self.headers.get("Host", "")
        return host.rsplit(":", 1)[0] if not host.endswith("]") else host

    def handle_any(self, method):
        path = self.path.split("?", 1)[0]
        if path == "/stats":
            with LOCK:
                body = json.dumps({"maxInFlight": MAX_IN_FLIGHT, "hits": HITS, "methods": METHODS,
                                   "ranges": RANGES, "starts": STARTS}).encode()
            return self.send(200, body, "application/json", method=method)
        host = self.host()
        with LOCK:
            IN_FLIGHT[host] = IN_FLIGHT.get(host, 0) + 1
            MAX_IN_FLIGHT[host] = max(MAX_IN_FLIGHT.get(host, 0), IN_FLIGHT[host])
            HITS[path] = HITS.get(path, 0) + 1
            METHODS.setdefault(path, []).append(method)
            STARTS.setdefault(host, []).append(time.monotonic())
            if "Range" in self.headers:
                RANGES.setdefault(path, []).append(self.headers["Range"])
            hits = HITS[path]
        try:
            self.route(method, path, hits)
        finally:
            with LOCK:
                IN_FLIGHT[host] -= 1

    def redirect(self, status, location, method, headers=()):
        self.send(status, page("Moved"), headers=[("Location", location)] + list(headers), method=method)

    def route(self, method, path, hits):
        scheme = "https" if isinstance(self.connection, ssl.SSLSocket) else "http"
        if self.host() in ("catalogue.example", "xn--katalg-0xa.example"):  # the second is katalög.example
            # Slow enough that a probe queued apart from the host's links would overlap one of them.
            time.sleep(0.25)
            return self.send(200, REAL_REPORT if path == "/reports/real-report" else CATALOGUE, method=method)
        if path == "/" or path == "/index.html":
            return self.send(200, HOME, method=method)
        if path in ("/ok", "/ok/", "/final", "/slash/", "/new-place", "/elsewhere", "/https-upgrade") \
                and not (path == "/https-upgrade" and scheme == "http"):
            # Real titles for the pages the links paper cites, so its correct references raise no title finding.
            titles = {"/ok": "Page One", "/new-place": "Moved Page"}
            return self.send(200, page(titles.get(path, "Page " + path)), method=method)
        if path == "/https-upgrade":
            return self.redirect(301, "https://%s/https-upgrade" % self.host(), method)
        if path == "/slash":
            return self.redirect(301, "/slash/", method)
        chain = {"/chain/301": (301, "/chain/302"), "/chain/302": (302, "/chain/307"),
                 "/chain/307": (307, "/chain/308"), "/chain/308": (308, "/final"),
                 "/moved": (301, "/new-place"), "/temp": (302, "/elsewhere"),
                 "/loop/a": (302, "/loop/b"), "/loop/b": (302, "/loop/a"),
                 "/gone": (302, "/"), "/missing": (302, "/404.html")}
        if path in chain:
            status, location = chain[path]
            return self.redirect(status, location, method)
        if path == "/404.html":
            return self.send(200, page("Page not found"), method=method)
        if path == "/404":
            return self.send(404, page("Not Found"), method=method)
        if path == "/410":
            return self.send(410, page("Gone"), method=method)
        if path.startswith("/retry-after/"):
            if hits == 1:
                return self.send(429, page("Too Many Requests"), headers=[("Retry-After", "1")], method=method)
            return self.send(200, page("Patience rewarded"), method=method)
        if path.startswith("/retry-date/"):
            if hits == 1:
                when = email.utils.formatdate(time.time() + 2, usegmt=True)
                return self.send(429, page("Too Many Requests"), headers=[("Retry-After", when)], method=method)
            return self.send(200, page("Patience rewarded"), method=method)
        if path == "/always429":
            return self.send(429, page("Too Many Requests"), headers=[("Retry-After", "1")], method=method)
        if path.startswith("/flaky/"):
            if hits == 1:
                return self.send(503, page("Service Unavailable"), method=method)
            return self.send(200, page("Back again"), method=method)
        if path == "/503":
            return self.send(503, page("Service Unavailable"), method=method)
        if path == "/cf":
            return self.send(403, b"<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
                             b"<body><div id=challenge-platform>Checking your browser</div></body></html>",
                             headers=[("Server", "cloudflare"), ("CF-RAY", "8a1b2c3d4e5f-AMS"),
                                      ("cf-mitigated", "challenge")], method=method)
        if path == "/999":
            return self.send(999, page("Request denied"), method=method)
        if path == "/js":
            return self.send(200, b"<html><head><title></title></head><body><noscript>Please enable "
                             b"JavaScript to view this page.</noscript></body></html>", method=method)
        if path == "/head405/file.zip":
            if method == "HEAD":
                return self.send(405, b"", method=method)
            return self.send(200, b"PK\x03\x04" + b"\0" * 100, "application/zip", method=method)
        if path == "/big":
            return self.send(200, page("Big", "x" * 1_000_000), method=method)
        if path == "/gzip":
            body = page("Gzip page", "compressed " * 200)
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                return self.send(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")], method=method)
            return self.send(200, body, method=method)
        if path == "/stall":
            time.sleep(30)
            return
        if path == "/close":
            self.close_connection = True
            return
        if path in ("/paper.pdf", "/download"):
            body = b"%PDF-1.7\n% head\n" + b"0" * 2_000_000 + b"\ntrailer << /Info << /CreationDate (D:20240303) >> >>\n%%EOF\n"
            rng = self.headers.get("Range", "")
            if rng.startswith("bytes=-"):
                n = int(rng[len("bytes=-"):])
                part = body[-n:]
                return self.send(206, part, "application/pdf", method=method, headers=[
                    ("Content-Range", "bytes %d-%d/%d" % (len(body) - len(part), len(body) - 1, len(body)))])
            return self.send(200, body, "application/pdf", method=method)
        if path.startswith("/slow/"):
            time.sleep(0.05)
            return self.send(200, page("Slow " + path), method=method)
        if path == "/cookie":
            if "cc=1" in self.headers.get("Cookie", ""):
                return self.send(200, page("Cookie accepted"), method=method)
            return self.redirect(302, "/cookie", method, headers=[("Set-Cookie", "cc=1; Path=/")])
        return self.send(404, page("Not Found"), method=method)


def main():
    loopback.serve(Handler, loopback.tls_files(sys.argv[1:]), PORTS)


if __name__ == "__main__":
    main()
