#!/usr/bin/env python3
"""Benchmark: what `--drift` and `--browser` cost on the loopback test web.

Starts Tests/IntegrationTests/Fixtures/contentweb.py (cited pages, an Internet Archive emulation,
a JavaScript challenge, a CAPTCHA wall and a script-built page) and runs `citecheck check`

  - on drift-paper.txt (7 links) without and with --drift (--no-store: nothing cached),
  - on browser-paper.txt (3 links) without and with --browser --browser-concurrency 2,

printing the wall time, the requests the server saw (archive requests apart), and Chromium's peak
memory: the sum of the proportional set size (PSS) of every process of citecheck's browser profiles
(`citecheck-browser-*`), sampled every 20 ms from /proc.

    bench/drift_browser.py [--citecheck .build/debug/citecheck]
"""
import argparse, json, os, subprocess, sys, tempfile, threading, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "IntegrationTests", "Fixtures")


def start():
    proc = subprocess.Popen([sys.executable, os.path.join(FIXTURES, "contentweb.py")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    return proc, json.loads(proc.stdout.readline())["http"]


def hits(port):
    return json.load(urllib.request.urlopen("http://127.0.0.1:%d/control/stats" % port))["hits"]


def browser_pss_kb():
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if b"citecheck-browser-" not in f.read():
                    continue
            # PSS, not RSS: Chromium's processes share most of their pages, and RSS counts them in each.
            with open("/proc/%s/smaps_rollup" % pid) as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def run(citecheck, paper, extra):
    proc, port = start()
    out = tempfile.mkdtemp(prefix="citecheck-bench-")
    args = [citecheck, "check", os.path.join(FIXTURES, paper), "--no-store", "--format", "json", "--output-dir", out,
            "--retries", "0", "--host-interval", "0", "--archive-url", "http://archive.test/wayback/available",
            "--now", "2026-12-03T12:00:00Z"]
    for host in ["reports.example.org", "guarded.example.org", "archive.test"]:
        args += ["--connect-to", "%s:80:127.0.0.1:%d" % (host, port)]
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], browser_pss_kb())
            time.sleep(0.02)
    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.monotonic()
    subprocess.run(args + extra, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - started
    done.set()
    sampler.join()
    seen = {k: v for k, v in hits(port).items() if k != "/control/stats"}
    proc.stdin.close()
    proc.wait()
    archive = sum(v for k, v in seen.items() if k.startswith("/wayback/") or k.startswith("/web/"))
    return wall, sum(seen.values()), archive, peak[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--citecheck", default=os.path.join(ROOT, ".build", "debug", "citecheck"))
    options = parser.parse_args()
    print("| run | wall (s) | requests | of which archive | Chromium peak PSS (MB) |")
    print("| --- | --- | --- | --- | --- |")
    for label, paper, extra in [
        ("drift-paper, plain", "drift-paper.txt", []),
        ("drift-paper, --drift", "drift-paper.txt", ["--drift"]),
        ("browser-paper, plain", "browser-paper.txt", ["--no-archive"]),
        ("browser-paper, --browser (2 tabs)", "browser-paper.txt", ["--no-archive", "--browser", "--browser-concurrency", "2"]),
    ]:
        wall, requests, archive, peak = run(options.citecheck, paper, extra)
        print("| %s | %.1f | %d | %d | %s |" % (label, wall, requests, archive, "%.0f" % (peak / 1024) if peak else "-"))


if __name__ == "__main__":
    main()
