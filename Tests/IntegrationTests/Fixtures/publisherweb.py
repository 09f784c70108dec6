#!/usr/bin/env python3
"""Loopback publisher for `check URL` and `check DOI` (stdlib only): article pages as journal
platforms serve them, the DOI handle API that resolves their DOIs, and the pages they cite.

Prints one JSON line {"http": PORT} and runs until its stdin closes. Any Host is served, since
tests reach made-up hosts (journal.test, cited.test) through --connect-to.
  /articles/s44999-026-0001-x   publisher/springer-article.html (Springer Nature shape: citation_reference tags)
  /plosone/article?id=…         publisher/plos-article.html (PLOS shape: ol.references, no tags)
  /articles/no-references       an article page without a reference list or notes
  /content/pdf/article.pdf      a PDF, not a page
  /articles/gone                404
  /api/handles/<doi>            the DOI handle API: 10.5555/s44999-026-0001-x and
                                10.5555/journal.pone.0301234 resolve to the pages above, 10.5555/no-url has
                                no URL value, any other DOI is not found (responseCode 100, HTTP 404)
  /reports/…, /articles/…, /about/…   cited pages (200, a small HTML page with the path as title)
  /control/stats                requests seen per path and the User-Agent of each, as JSON
"""
import json, os, threading
from urllib.parse import urlsplit, unquote

import loopback

HERE = os.path.dirname(os.path.abspath(__file__))
LOCK = threading.Lock()
HITS = {}
AGENTS = {}


def fixture(name):
    with open(os.path.join(HERE, "publisher", name), "rb") as f:
        return f.read()


ARTICLES = {
    "/articles/s44999-026-0001-x": "springer-article.html",
    "/plosone/article": "plos-article.html",
}
HANDLES = {
    "10.5555/s44999-026-0001-x": "http://journal.test/articles/s44999-026-0001-x",
    "10.5555/journal.pone.0301234": "http://journals.test/plosone/article?id=10.5555/journal.pone.0301234",
}
NO_REFERENCES = (b"<!doctype html><html><head><meta charset=utf-8><title>Editorial</title></head><body>"
                 b"<main><h1>Editorial</h1><p>This issue collects six papers on the archiving of the web.</p>"
                 b"</main></body></html>")


class Handler(loopback.Handler):
    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        parts = urlsplit(self.path)
        path = parts.path
        with LOCK:
            HITS[path] = HITS.get(path, 0) + 1
            AGENTS.setdefault(path, []).append(self.headers.get("User-Agent", ""))
        if path == "/control/stats":
            with LOCK:
                return self.send(200, json.dumps({"hits": HITS, "agents": AGENTS}).encode(), "application/json")
        if path in ARTICLES:
            return self.send(200, fixture(ARTICLES[path]))
        if path == "/articles/no-references":
            return self.send(200, NO_REFERENCES)
        if path == "/content/pdf/article.pdf":
            return self.send(200, b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "application/pdf")
        if path == "/articles/gone":
            return self.send(404, b"<html><head><title>Page not found</title></head><body>Not found</body></html>")
        if path.startswith("/api/handles/"):
            doi = unquote(path[len("/api/handles/"):])
            if doi.lower() == "10.5555/no-url":
                body = {"responseCode": 200, "handle": doi, "values": []}
                return self.send(200, json.dumps(body).encode(), "application/json")
            url = HANDLES.get(doi.lower())
            if url is None:
                return self.send(404, json.dumps({"responseCode": 100, "handle": doi}).encode(), "application/json")
            body = {"responseCode": 1, "handle": doi,
                    "values": [{"index": 1, "type": "URL", "data": {"format": "string", "value": url}}]}
            return self.send(200, json.dumps(body).encode(), "application/json")
        if path.startswith(("/reports/", "/articles/", "/about/")):
            return self.send(200, b"<!doctype html><html><head><meta charset=utf-8><title>%s</title></head>"
                                  b"<body><p>A cited page.</p></body></html>" % path.encode())
        self.send(404, b"<html><head><title>Not found</title></head><body>Not found</body></html>")


def main():
    loopback.serve(Handler)


if __name__ == "__main__":
    main()
