#!/usr/bin/env python3
"""Loopback server for the drift and browser tests (stdlib only): cited pages as they are today,
an emulation of the Internet Archive (availability API and /web/<timestamp>id_/<url> captures
holding the pages as they were), and pages only a browser gets through.

Prints one JSON line {"http": PORT} and runs until its stdin closes. Any Host is served, since
tests cite made-up hosts through --connect-to.
  /reports/unchanged     the same today as in its capture
  /reports/edited        a sentence reworded and one added since the capture
  /reports/replaced      a different page under the same address (new title, new text)
  /                      the site's home page: new headlines since the capture
  /search?q=ai           a search page: different results since the capture
  /reports/uncaptured    no capture at all
  /reports/old-capture   only a capture from 2009, years before it was cited
  /wayback/available?url=U&timestamp=T&closest=before|after   as archive.org answers
  /web/<ts>id_/<url>     the capture's original bytes; /web/<ts>/<url> the same with a toolbar
  /browser/challenge     403 with a script that sets a cookie and reloads; with the cookie, the page
  /browser/wall          403 with a CAPTCHA wall, whatever the browser does
  /browser/built         200 with an empty body that a script fills in (title, date, text)
  /control/stats         requests seen per path, as JSON
"""
import json, re, threading
from urllib.parse import urlsplit, parse_qs

import loopback

LOCK = threading.Lock()
HITS = {}

LOREM = ("The committee reviewed the governance of artificial intelligence across member states and "
         "found that national strategies differ widely in scope, in funding and in the institutions they "
         "create. Most strategies name a lead ministry, but few give it the budget to coordinate the "
         "others. The report recommends a shared registry of high-risk systems, common audit standards "
         "for public procurement, and regular reporting to the General Assembly on progress made. It "
         "notes that capacity building for developing countries remains underfunded and asks donors to "
         "commit multi-year resources. The annex lists the consultations held with civil society, "
         "industry and academic experts between January and June, and the written submissions received.")

EDITED = LOREM.replace("found that national strategies differ widely", "found that the national strategies still differ widely") \
    + " A corrigendum issued later fixed two figures in the annex."

OTHER = ("Welcome to our new online shop. Browse thousands of products in electronics, fashion, home and "
         "garden. Sign up for the newsletter to receive exclusive discounts, free shipping on your first "
         "order and early access to seasonal sales. Our customer service team is available around the "
         "clock by chat, telephone and e-mail to answer any question about orders, returns and delivery.")


def page(title, text, nav="Home | About | Contact"):
    return ("<!doctype html><html><head><meta charset=utf-8><title>%s</title></head><body>"
            "<header><nav>%s</nav></header><main><h1>%s</h1><p>%s</p></main>"
            "<aside>Related: other reports</aside><footer>Copyright the site</footer></body></html>"
            % (title, nav, title, text)).encode()


# Today's pages, and each path's captures: timestamp -> page as it was.
TODAY = {
    "/reports/unchanged": page("AI Governance Report 2019", LOREM, nav="Home | Reports | Data | Contact us"),
    "/reports/edited": page("AI Governance Report 2019 (revised)", EDITED),
    "/reports/replaced": page("Shop online | Best deals", OTHER),
    "/": page("Example Organisation", "Today's headlines: a new shop opens; the annual meeting moves online."),
    "/search": page("Search results for ai", "Results 1-10: shop, deals, newsletter."),
    "/reports/uncaptured": page("An uncaptured report", LOREM),
    "/reports/old-capture": page("AI Governance Report 2019", OTHER),
}
CAPTURES = {
    "/reports/unchanged": {"20190301120000": page("AI Governance Report 2019", LOREM),
                           "20230601000000": page("AI Governance Report 2019", OTHER)},
    "/reports/edited": {"20190315000000": page("AI Governance Report 2019", LOREM)},
    "/reports/replaced": {"20190320000000": page("AI Governance Report 2019", LOREM),
                          "20240101000000": page("Shop online | Best deals", OTHER)},
    "/": {"20190301000000": page("Example Organisation", "Headlines of 2019: the committee publishes its AI report.")},
    "/search": {"20190301000000": page("Search results for ai", "Results 1-10: governance report, registry, audit.")},
    "/reports/old-capture": {"20090101000000": page("AI Governance Report 2019", LOREM)},
}

CHALLENGE = b"""<!doctype html><html><head><title>Just a moment...</title></head><body>
<div id="challenge-platform">Checking your browser before accessing the site.</div>
<script>document.cookie = "cc_pass=ok; path=/"; setTimeout(function () { location.reload(); }, 200);</script>
</body></html>"""

WALL = b"""<!doctype html><html><head><title>Just a moment...</title></head><body>
<div id="challenge-platform">Verify you are human: solve the CAPTCHA below.</div>
<div class="g-recaptcha"></div></body></html>"""

PASSED = page("Guarded Report on AI Audits", LOREM)

BUILT = b"""<!doctype html><html><head><meta charset=utf-8></head><body><div id="app"></div>
<script>
document.title = "Script-Built Report on AI Registries";
var meta = document.createElement("meta");
meta.name = "citation_publication_date"; meta.content = "2021-06-15";
document.head.appendChild(meta);
document.getElementById("app").innerHTML = "<main><h1>Script-Built Report on AI Registries</h1><p>Registries of AI systems, compared.</p></main>";
</script></body></html>"""


def closest(stamps, timestamp, direction):
    before = [s for s in stamps if s <= timestamp]
    after = [s for s in stamps if s > timestamp]
    if direction == "after":
        return after[0] if after else (before[-1] if before else None)
    return before[-1] if before else (after[0] if after else None)


class Handler(loopback.Handler):
    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        with LOCK:
            HITS[parts.path] = HITS.get(parts.path, 0) + 1
        if parts.path == "/control/stats":
            with LOCK:
                body = json.dumps({"hits": HITS}).encode()
            return self.send(200, body, "application/json")
        if parts.path == "/wayback/available":
            cited = urlsplit(query.get("url", ""))
            stamps = sorted(CAPTURES.get(cited.path or "/", {}))
            stamp = closest(stamps, query.get("timestamp", "99999999999999"), query.get("closest", "either"))
            answer = {"url": query.get("url"), "archived_snapshots": {}}
            if stamp:
                answer["archived_snapshots"] = {"closest": {
                    "status": "200", "available": True, "timestamp": stamp,
                    "url": "http://archive.test/web/%s/%s" % (stamp, query.get("url"))}}
            return self.send(200, json.dumps(answer).encode(), "application/json")
        match = re.match(r"^/web/([0-9]{8,14})(id_)?/(.*)$", self.path)
        if match:
            stamp, original, cited = match.group(1), match.group(2), match.group(3)
            body = CAPTURES.get(urlsplit(cited).path or "/", {}).get(stamp)
            if body is None:
                return self.send(404, b"not in the archive")
            if not original:
                body = body.replace(b"<body>", b"<body><div id=wm-ipp>Wayback Machine toolbar</div>")
            return self.send(200, body)
        if parts.path == "/browser/challenge":
            if "cc_pass=ok" in self.headers.get("Cookie", ""):
                return self.send(200, PASSED)
            return self.send(403, CHALLENGE, headers=[("cf-mitigated", "challenge"), ("Server", "cloudflare")])
        if parts.path == "/browser/wall":
            return self.send(403, WALL, headers=[("cf-mitigated", "challenge"), ("Server", "cloudflare")])
        if parts.path == "/browser/built":
            return self.send(200, BUILT)
        body = TODAY.get(parts.path)
        if body is None:
            return self.send(404, b"<html><head><title>Not found</title></head><body>Not found</body></html>")
        self.send(200, body)


def main():
    loopback.serve(Handler)


if __name__ == "__main__":
    main()
