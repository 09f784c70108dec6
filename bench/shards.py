#!/usr/bin/env python3
"""Benchmark: wall time of a sharded run against the number of workers (issue 16).

A politeness-bound loopback web: one threaded server plays HOSTS hosts (host00.bench.test …, by
the Host header, via --connect-to); every answer takes 50 ms, and the workers keep 250 ms between
requests to a host (--host-interval 250, --host-concurrency 2). A generated corpus of PAPERS papers
cites LINKS distinct links spread over the hosts. For each N in WORKERS it runs

    citecheck check corpus --shard K/N --run-id bench-N --store STORE --no-archive --no-page-checks \
        --host-interval 250 --host-concurrency 2 --retries 0 --connect-to …     (K = 1..N, all at once)
    citecheck report --store STORE --run-id bench-N --output-dir OUT

and prints the wall time of the workers and of the report step. The server also records the most
requests it saw in flight to one host at once, which must never pass --host-concurrency.

    bench/shards.py [--papers 40] [--links 400] [--hosts 16] [--workers 1,2,4,8] [--citecheck .build/release/citecheck]
                    [--store sqlite | postgres | postgres://user@host:port/db]

--store sqlite (the default) gives each N a SQLite file of its own; --store postgres starts a
throw-away PostgreSQL server (initdb in a temporary folder, as the `postgres` user under root,
stopped at the end) and every worker of every N writes to its one database, as workers on several
machines would; a postgres:// URI uses that server instead.
"""
import argparse, atexit, http.server, json, os, pwd, shutil, socket, socketserver, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOCK = threading.Lock()
IN_FLIGHT, PEAK, HITS = {}, {}, [0]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self, body_too=True):
        host = self.headers.get("Host", "").split(":")[0]
        with LOCK:
            IN_FLIGHT[host] = IN_FLIGHT.get(host, 0) + 1
            PEAK[host] = max(PEAK.get(host, 0), IN_FLIGHT[host])
            HITS[0] += 1
        time.sleep(0.05)
        body = ("<html><head><title>%s</title></head><body>page</body></html>" % self.path).encode()
        with LOCK:
            IN_FLIGHT[host] -= 1
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body_too:
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET(body_too=False)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def corpus(folder, papers, links, hosts):
    os.makedirs(os.path.join(folder, "corpus"))
    per = max(1, links // papers)
    n = 0
    for p in range(papers):
        lines = ["# Paper %d" % p, "", " ".join("Claim.[^%d]" % (i + 1) for i in range(per)), ""]
        for i in range(per):
            host = "host%02d.bench.test" % (n % hosts)
            lines.append('[^%d]: Author, "Page %d," http://%s/p/%d (accessed 2024-05-01).' % (i + 1, n, host, n))
            n += 1
        with open(os.path.join(folder, "corpus", "paper-%03d.md" % p), "w") as f:
            f.write("\n".join(lines) + "\n")
    return n


def postgres_cluster():
    """A throw-away PostgreSQL server on a Unix socket in a temporary folder; its store URI."""
    bins = sorted((int(v), v) for v in os.listdir("/usr/lib/postgresql") if v.isdigit()) if os.path.isdir("/usr/lib/postgresql") else []
    bindir = "/usr/lib/postgresql/%s/bin" % bins[-1][1] if bins else os.path.dirname(shutil.which("initdb") or "")
    if not os.path.exists(os.path.join(bindir, "initdb")):
        sys.exit("no PostgreSQL server installed (initdb not found): make test-deps")
    folder = tempfile.mkdtemp(prefix="citecheck-bench-pg-")
    as_user = []
    if os.getuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
        os.chmod(folder, 0o755)
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = os.path.join(folder, "data")
    subprocess.run(as_user + [bindir + "/initdb", "-D", data, "-U", "citecheck", "-A", "trust", "--no-sync"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(as_user + [bindir + "/pg_ctl", "-D", data, "-l", folder + "/server.log", "-w", "-o",
                              "-k %s -p %d -c listen_addresses='' -c fsync=off -c max_connections=60" % (folder, port), "start"],
                   check=True, stdout=subprocess.DEVNULL)
    atexit.register(lambda: (subprocess.run(as_user + [bindir + "/pg_ctl", "-D", data, "-m", "fast", "stop"],
                                            stdout=subprocess.DEVNULL), shutil.rmtree(folder, ignore_errors=True)))
    return "postgresql://citecheck@/postgres?host=%s&port=%d" % (folder, port)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--papers", type=int, default=40)
    ap.add_argument("--links", type=int, default=400)
    ap.add_argument("--hosts", type=int, default=16)
    ap.add_argument("--workers", default="1,2,4,8")
    ap.add_argument("--citecheck", default=os.path.join(ROOT, ".build", "release", "citecheck"))
    ap.add_argument("--store", default="sqlite", help="sqlite, postgres (a throw-away server), or a postgres:// URI")
    args = ap.parse_args()
    uri = postgres_cluster() if args.store == "postgres" else args.store if "://" in args.store else None
    args.citecheck = os.path.abspath(args.citecheck)
    server = Server(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    folder = tempfile.mkdtemp(prefix="citecheck-shards-")
    total = corpus(folder, args.papers, args.links, args.hosts)
    connect = []
    for h in range(args.hosts):
        connect += ["--connect-to", "host%02d.bench.test:80:127.0.0.1:%d" % (h, port)]
    print("%d papers, %d links on %d hosts; 50 ms per answer, 250 ms gap, 2 in flight per host; store %s"
          % (args.papers, total, args.hosts, "postgresql" if uri else "sqlite"))
    print("workers  check wall (s)  report (s)  requests  peak per host")
    for n in [int(x) for x in args.workers.split(",")]:
        store = uri or os.path.join(folder, "store-%d.sqlite" % n)
        common = ["corpus", "--run-id", "bench-%d" % n, "--store", store, "--no-archive", "--no-page-checks",
                  "--host-interval", "250", "--host-concurrency", "2", "--retries", "0",
                  "--now", "2026-12-03T06:00:00Z"] + connect
        with LOCK:
            HITS[0] = 0
            PEAK.clear()
        start = time.monotonic()
        procs = [subprocess.Popen([args.citecheck, "check"] + common + ["--shard", "%d/%d" % (k, n)] +
                                  ([] if n > 1 else ["--output-dir", os.path.join(folder, "single")]),
                                  cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for k in range(1, n + 1)]
        codes = [p.wait() for p in procs]
        wall = time.monotonic() - start
        start = time.monotonic()
        rep = subprocess.run([args.citecheck, "report", "--store", store, "--run-id", "bench-%d" % n,
                              "--output-dir", os.path.join(folder, "out-%d" % n)], cwd=folder,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        report = time.monotonic() - start
        if any(c not in (0, 1) for c in codes) or rep.returncode not in (0, 1):
            print("failed: workers %s, report %d %s" % (codes, rep.returncode, rep.stderr.strip()), file=sys.stderr)
            sys.exit(1)
        print("%7d  %14.1f  %10.1f  %8d  %13d" % (n, wall, report, HITS[0], max(PEAK.values() or [0])))
    server.shutdown()


if __name__ == "__main__":
    main()
