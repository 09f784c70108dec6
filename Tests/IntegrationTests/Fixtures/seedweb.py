#!/usr/bin/env python3
"""A loopback copy of the web a paper cites, for CiteCheck's integration tests (stdlib only).

Usage: seedweb.py PAGES.json [--cert CERT --key KEY]

PAGES.json is a list of page definitions written by the test, one per cited URL:
  {"url": "https://host/path", "status": 200, "type": "html" | "pdf",
   "lang": "en", "charset": "utf-8" | "gbk" | ..., "title": "...", "h1": "...",
   "meta": [["name" | "property", KEY, VALUE], ...],
   "jsonld": {...} or null,                       # for html
   "pdfTitle": "...", "pdfCreated": "D:..."}       # for pdf
Requests are matched by Host header (port dropped) and percent-decoded path; the query is ignored.
Anything else answers 404, as a real site answers a path that does not exist.
Binds 127.0.0.1 on free ports and prints one JSON line: {"http": PORT, "https": PORT or null}.
Stops when its stdin closes.
"""
import email.utils, html, json, sys
from urllib.parse import unquote, urlsplit

import loopback

PAGES = {}  # (host, path) -> definition


def key(host, path):
    return host.lower(), unquote(path)


def render_html(page):
    e = lambda s: html.escape(s, quote=True)
    charset = page.get("charset", "utf-8")
    head = ['<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
            "<title>%s</title>" % e(page.get("title", ""))]
    for attribute, name, value in page.get("meta", []):
        head.append('<meta %s="%s" content="%s">' % (attribute, e(name), e(value)))
    if page.get("jsonld") is not None:
        head.append('<script type="application/ld+json">%s</script>' % json.dumps(page["jsonld"], ensure_ascii=False))
    body = "<header><nav><a href=\"/\">Home</a></nav></header><main><article><h1>%s</h1>" \
           "<p>%s</p></article></main><footer>&copy; site</footer>" % (e(page.get("h1", page.get("title", ""))),
                                                                        "Text of the page. " * 40)
    return ('<!DOCTYPE html>\n<html lang="%s"><head>%s</head><body>%s</body></html>\n'
            % (e(page.get("lang", "en")), "\n".join(head), body)).encode(charset)


def pdf_text(text):
    """A PDF text string: literal for ASCII, UTF-16BE with a byte-order mark in hex otherwise."""
    if all(32 <= ord(c) < 127 for c in text):
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def render_pdf(page):
    """A tiny valid PDF (one empty page) whose Info dictionary holds the Title and CreationDate."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Title %s /CreationDate (%s) /Producer (Microsoft Word) >>" % (
            pdf_text(page.get("pdfTitle", "")), page.get("pdfCreated", "")),
    ]
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, text in enumerate(objects, start=1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (number, text)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    for offset in offsets:
        out += ("%010d 00000 n \n" % offset).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, xref)).encode()
    return out


NOT_FOUND = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"


class Handler(loopback.Handler):
    def do_GET(self):
        self.answer("GET")

    def do_HEAD(self):
        self.answer("HEAD")

    def answer(self, method):
        host = self.headers.get("Host", "")
        host = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        page = PAGES.get(key(host, self.path.split("?", 1)[0]))
        if page is None:
            return self.send(404, NOT_FOUND, "text/html; charset=utf-8", method)
        if page.get("type") == "pdf":
            body, ctype = render_pdf(page), "application/pdf"
        else:
            # Like many older Chinese government sites, a GBK page names its charset only in the page itself.
            body, ctype = render_html(page), "text/html" if page.get("charset") else "text/html; charset=utf-8"
        self.send(page.get("status", 200), body, ctype, method)

    def send(self, status, body, ctype, method):
        # As dynamic sites do: the moment the page was rendered, which says nothing of the work.
        super().send(status, body, ctype, [("Last-Modified", email.utils.formatdate(usegmt=True))], method)


def main():
    args = sys.argv[1:]
    with open(args[0], encoding="utf-8") as f:
        for page in json.load(f):
            parts = urlsplit(page["url"])
            PAGES[key(parts.hostname or "", parts.path or "/")] = page
    loopback.serve(Handler, loopback.tls_files(args), {"http": None, "https": None})


if __name__ == "__main__":
    main()
