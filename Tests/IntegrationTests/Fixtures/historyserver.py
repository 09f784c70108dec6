#!/usr/bin/env python3
"""Loopback server for the history tests (stdlib only): a small web whose pages tests switch
between answers from one audit to the next, and an emulation of the Internet Archive's
availability API.

Prints one JSON line {"http": PORT} and runs until its stdin closes.
  POST-less control:  GET /control/set?path=/a&status=404[&title=T]   sets what /a answers
  any other path:     the configured status (default 200) with a page titled after the path;
                      status "blocked" answers 403 with a Cloudflare challenge page;
                      status "moved:/b" answers 301 to /b
  /wayback/available?url=U&timestamp=T&closest=before|after   the capture of U closest to T,
                      in the direction asked (falling back to the other side, as the real API
                      returns the nearest), from SNAPSHOTS below; {} when none
  /control/stats      requests seen per path, as JSON
"""
import json, threading
from urllib.parse import urlsplit, parse_qs

import loopback

LOCK = threading.Lock()
ROUTES = {}   # path -> {"status": ..., "title": ...}
HITS = {}     # path -> count

# Captures the archive holds, by cited URL (any host: tests cite through --connect-to).
SNAPSHOTS = {
    "/reports/2019-annual": ["20190301120000", "20200115080000", "20230601000000"],
    "/only-later": ["20250101000000"],
}


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
        if parts.path == "/control/set":
            with LOCK:
                ROUTES[query["path"]] = {"status": query.get("status", "200"), "title": query.get("title")}
            return self.send(200, b"ok", "text/plain")
        if parts.path == "/control/stats":
            with LOCK:
                body = json.dumps({"hits": HITS}).encode()
            return self.send(200, body, "application/json")
        if parts.path == "/wayback/available":
            cited = urlsplit(query.get("url", ""))
            stamps = SNAPSHOTS.get(cited.path, [])
            stamp = closest(stamps, query.get("timestamp", "99999999999999"), query.get("closest", "either"))
            answer = {"url": query.get("url"), "archived_snapshots": {}}
            if stamp:
                answer["archived_snapshots"] = {"closest": {
                    "status": "200", "available": True, "timestamp": stamp,
                    "url": "http://web.archive.org/web/%s/%s" % (stamp, query.get("url"))}}
            return self.send(200, json.dumps(answer).encode(), "application/json")
        with LOCK:
            route = dict(ROUTES.get(parts.path, {"status": "200", "title": None}))
        title = route.get("title") or parts.path
        if route["status"] == "blocked":
            body = b"<html><head><title>Just a moment...</title></head><body><div id=challenge-platform></div></body></html>"
            return self.send(403, body, headers=[("cf-mitigated", "challenge"), ("Server", "cloudflare")])
        if route["status"].startswith("moved:"):
            target = route["status"][len("moved:"):]
            return self.send(301, b"", headers=[("Location", target)])
        status = int(route["status"])
        body = ("<!doctype html><html><head><title>%s</title></head><body><h1>%s</h1></body></html>" % (title, title)).encode()
        self.send(status, body)


def main():
    loopback.serve(Handler)


if __name__ == "__main__":
    main()
