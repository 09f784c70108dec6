#!/usr/bin/env python3
"""Loopback web of many hosts for the sharded-run tests (stdlib only), one threaded server that
plays every host by its Host header (workers reach it through --connect-to).

Prints one JSON line {"http": PORT} and runs until its stdin closes.
  any path        answers after DELAY seconds (argv[1], default 0.02), by the path's last part:
                  ...-404 and ...-500 answer that status, ...-301 redirects to the path + "-moved",
                  anything else 200 with a page titled after the path
  /control/stats  {"peak": {host: most requests in flight at once}, "hits": {host+path: count},
                  "requests": total}
  /control/reset  forgets the counts
"""
import json, sys, threading, time

import loopback

DELAY = float(sys.argv[1]) if len(sys.argv) > 1 else 0.02
LOCK = threading.Lock()
IN_FLIGHT, PEAK, HITS, TOTAL = {}, {}, {}, [0]


class Handler(loopback.Handler):
    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/control/stats":
            with LOCK:
                stats = {"peak": PEAK, "hits": HITS, "requests": TOTAL[0]}
                body = json.dumps(stats).encode()
            return self.send(200, body, "application/json")
        if path == "/control/reset":
            with LOCK:
                PEAK.clear(); HITS.clear(); TOTAL[0] = 0
            return self.send(200, b"{}", "application/json")
        host = self.headers.get("Host", "").split(":")[0]
        with LOCK:
            IN_FLIGHT[host] = IN_FLIGHT.get(host, 0) + 1
            PEAK[host] = max(PEAK.get(host, 0), IN_FLIGHT[host])
            HITS[host + path] = HITS.get(host + path, 0) + 1
            TOTAL[0] += 1
        try:
            time.sleep(DELAY)
        finally:
            with LOCK:
                IN_FLIGHT[host] -= 1
        last = path.rsplit("/", 1)[-1]
        if last.endswith("-404") or last.endswith("-500"):
            status = int(last[-3:])
            body = ("<html><head><title>Error %d</title></head><body>no</body></html>" % status).encode()
            return self.send(status, body)
        if last.endswith("-301"):
            return self.send(301, b"", headers=[("Location", path + "-moved")])
        body = ("<html><head><title>Page %s</title></head><body><main><p>The page at %s.</p></main></body></html>"
                % (path, path)).encode()
        self.send(200, body)

    def do_HEAD(self):
        self.do_GET()


def main():
    loopback.serve(Handler)


if __name__ == "__main__":
    main()
