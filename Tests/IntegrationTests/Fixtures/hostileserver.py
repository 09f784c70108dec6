#!/usr/bin/env python3
"""A hostile loopback web for CiteCheck's hardening tests (stdlib only): pages and registry answers
built to make a check hang, crash or eat memory (issue 19).

Binds 127.0.0.1 on a free port, prints {"http": PORT} and exits when stdin closes. Routes:
  /title-words        a <title> of 400 distinct words, each a site-name segment of its own
  /escape-title       a <title> holding terminal escape sequences (colour, window title, bell)
  /endless            a 200 response whose chunked body never ends
  /links/N            a page with N links and N meta tags (streamed)
  /stall              answers after 60 s (a run is interrupted while waiting for it)
  /huge-headers       a 200 whose headers total 400 KB, past libcurl's 300 KB per response
  /redirect/N         a 302 to /redirect/N+1, for ever
  /gone               a 404
  /wayback/available  the Internet Archive availability API: a capture of any ?url= asked about
  /works?...          any Crossref-like path: 404 with the rate-limit headers given by ?interval=
Everything else: a small page titled by its path.
"""
import json, os, sys, time
from urllib.parse import urlsplit, parse_qs

import loopback

WORDS = ["w%dx%s" % (i, chr(97 + i % 26) * (1 + i % 5)) for i in range(400)]


class Handler(loopback.Handler):
    def do_HEAD(self):
        self.do_GET()

    def start_chunked(self):
        """Sends a 200 with a chunked body; False for HEAD, which gets no body."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        return self.command != "HEAD"

    def chunk(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    def do_GET(self):
        url = urlsplit(self.path)
        path, query = url.path, parse_qs(url.query)
        if path == "/title-words":
            title = " | ".join(WORDS)
            return self.send(200, ("<html><head><title>%s</title></head><body><p>%s</p></body></html>"
                                   % (title, " ".join(WORDS))).encode())
        if path == "/stall":
            time.sleep(60)
            return self.send(200, b"<html><head><title>Late</title></head></html>")
        if path == "/huge-headers":
            try:
                self.send(200, b"<html><head><title>Huge headers</title></head></html>",
                          headers=[("X-Padding-%d" % i, "p" * 90) for i in range(4000)])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up at its header cap
            return
        if path == "/gone":
            return self.send(404, b"<html><head><title>Not Found</title></head><body><p>No such page.</p></body></html>")
        if path == "/wayback/available":
            # The Internet Archive availability API: a capture of every URL asked about.
            stamp = "20240102030405"
            asked = query.get("url", [""])[0]
            answer = {"url": asked, "archived_snapshots": {"closest": {
                "available": True, "status": "200", "timestamp": stamp,
                "url": "http://web.archive.org/web/%s/%s" % (stamp, asked)}}}
            return self.send(200, json.dumps(answer).encode(), ctype="application/json")
        if path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            return self.send(302, b"", headers=[("Location", "/redirect/%d" % (n + 1))])
        if path == "/escape-title":
            title = "Annual \x1b[31mReport\x1b[0m\x1b]0;pwned\x07 on Things"
            return self.send(200, ("<html><head><title>%s</title></head><body><p>text</p></body></html>"
                                   % title).encode())
        if path == "/endless":
            if not self.start_chunked():
                return
            self.chunk(b"<html><head><title>Endless</title></head><body>")
            block = b"<p>" + b"more " * 2000 + b"</p>"
            try:
                while True:
                    self.chunk(block)
            except (BrokenPipeError, ConnectionResetError):
                return
        if path.startswith("/links/"):
            n = int(path.rsplit("/", 1)[1])
            if not self.start_chunked():
                return
            try:
                self.chunk(b"<html><head><title>Many links</title>")
                for start in range(0, n, 10_000):
                    self.chunk(b"".join(b'<meta name="m%d" content="v%d">' % (i, i) for i in range(start, min(n, start + 10_000))))
                self.chunk(b"</head><body>")
                for start in range(0, n, 10_000):
                    self.chunk(b"".join(b'<a href="/p/%d">link %d</a>' % (i, i) for i in range(start, min(n, start + 10_000))))
                self.chunk(b"</body></html>")
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        interval = query.get("interval", [None])[0] or os.environ.get("HOSTILE_INTERVAL")
        if interval and path != "/":
            body = json.dumps({"status": "error", "message": "not found"}).encode()
            return self.send(404, body, headers=[("X-Rate-Limit-Limit", "1"), ("X-Rate-Limit-Interval", interval)])
        return self.send(200, ("<html><head><title>Page %s</title></head><body>ok</body></html>" % path).encode())


def main():
    if len(sys.argv) > 1:
        os.environ["HOSTILE_INTERVAL"] = sys.argv[1]
    loopback.serve(Handler)


if __name__ == "__main__":
    main()
