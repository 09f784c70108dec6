#!/usr/bin/env python3
"""Benchmark: citecheck against lychee and curl --parallel on a synthetic paper.

Writes a paper of N numbered references citing N URLs spread evenly over 20 loopback hosts served with
50 ms latency (10% 404, 10% one 301 redirect), then runs each tool RUNS times with the same limits
(128 in flight, 10 per host where the tool has such a limit, no pause between requests, no retries,
redirects followed) under /usr/bin/time -v, and prints the median wall time and peak RSS.

    bench/run.py [N ...] [--runs 3] [--tools citecheck,citecheck-links,lychee,curl] [--callgrind]
                 [--citecheck PATH] [--papers P]

--papers P splits the N links over P papers of N/P links each (the same URLs, one note each) in
one folder, and checks the folder as one batch (`check FOLDER --output-dir`, a report folder per
paper); lychee and curl get the same links. `bench/run.py 20000 --papers 1000` is issue 17's
batch of 1,000 papers of 20 links.

citecheck is taken from .build/release/citecheck (build it with `make release`).

--callgrind adds, per tool, one run under valgrind's callgrind and prints the instructions it
executed per link (all threads, the client's own code and libraries). Wall times on this shared
2-core machine are noisy; instruction counts are not, so they show a change's effect through the
noise. Under valgrind the client runs ~50x slower, so the run uses a 120 s per-request timeout.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write_inputs(folder, n, port, papers=1):
    # Blocks of ten consecutive URLs per host, so every host gets the same mix: the server answers
    # /p/N with 404 when N % 10 == 0 and a redirect when N % 10 == 1.
    urls = ["http://127.0.0.%d:%d/p/%d" % ((i // 10) % 20 + 1, port, i) for i in range(n)]
    # One URL per note up to 9,000 notes; beyond that four per note, because the parser reads at
    # most 9,999 numbered notes. A blank line between notes keeps each one its own paragraph.
    per_note = 1 if n <= 9000 else 4
    if papers > 1:
        write_batch(folder, urls, papers)
    with open(os.path.join(folder, "paper.txt"), "w") as f:
        f.write("A synthetic paper for the link benchmark\n\nIt cites %d pages.\n\nReferences\n\n" % n)
        for note, start in enumerate(range(0, n, per_note)):
            f.write('[%d] Author %d, "Document %d", Bench Site, March 3, 2024, %s (accessed March 5, 2025).\n\n'
                    % (note + 1, note, note, " ".join(urls[start:start + per_note])))
    with open(os.path.join(folder, "curl.cfg"), "w") as f:
        for url in urls:
            f.write('url = "%s"\noutput = "/dev/null"\n' % url)
    return urls


def write_batch(folder, urls, papers):
    """The links split over `papers` papers in folder/batch, one URL per note."""
    os.makedirs(os.path.join(folder, "batch"))
    per = -(-len(urls) // papers)
    for p in range(papers):
        chunk = urls[p * per:(p + 1) * per]
        with open(os.path.join(folder, "batch", "paper-%04d.txt" % p), "w") as f:
            f.write("Batch paper %d\n\nIt cites %d pages.\n\nReferences\n\n" % (p, len(chunk)))
            for note, url in enumerate(chunk):
                f.write('[%d] Author %d, "Document %d", Bench Site, March 3, 2024, %s (accessed March 5, 2025).\n\n'
                        % (note + 1, p, note, url))


def commands(folder, citecheck, papers=1):
    paper = os.path.join(folder, "paper.txt")
    if papers > 1:
        batch = os.path.join(folder, "batch")
        limits = ["--concurrency", "128", "--host-concurrency", "10", "--host-interval", "0",
                  "--retries", "0", "--timeout", "30", "--no-store", "--no-archive"]
        return {
            "citecheck": [citecheck, "check", batch, "--output-dir", os.path.join(folder, "reports")] + limits,
            "citecheck-links": [citecheck, "check", batch, "--output-dir", os.path.join(folder, "reports-links")]
                               + limits + ["--no-page-checks"],
            "lychee": ["lychee", "--no-progress", "--cache=false", "--max-concurrency", "128",
                       "--host-concurrency", "10", "--host-request-interval", "0ms", "--max-retries", "0",
                       "--timeout", "30"] + sorted(os.path.join(batch, name) for name in os.listdir(batch)),
            "curl": commands(folder, citecheck)["curl"],
        }
    return {
        "citecheck": [citecheck, "check", paper, "--output", os.path.join(folder, "report.json"),
                      "--concurrency", "128", "--host-concurrency", "10", "--host-interval", "0",
                      "--retries", "0", "--timeout", "30", "--no-store", "--no-archive"],
        # The same run with page reading off: the difference is what the evidence stage costs.
        "citecheck-links": [citecheck, "check", paper, "--output", os.path.join(folder, "report-links.json"),
                            "--concurrency", "128", "--host-concurrency", "10", "--host-interval", "0",
                            "--retries", "0", "--timeout", "30", "--no-store", "--no-archive", "--no-page-checks"],
        "lychee": ["lychee", "--no-progress", "--cache=false", "--max-concurrency", "128",
                   "--host-concurrency", "10", "--host-request-interval", "0ms", "--max-retries", "0",
                   "--timeout", "30", paper],
        # curl has no per-host limit on the command line; --parallel-max is its only limit.
        "curl": ["curl", "--parallel", "--parallel-max", "128", "--parallel-immediate", "-s", "-L",
                 "--max-redirs", "10", "-K", os.path.join(folder, "curl.cfg")],
    }


def measure(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall.split(":"))))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return seconds, rss / 1024, result.returncode


def stripped(command, folder):
    """The command with a stripped copy of its program: valgrind 3.19 (Debian 12) gives up on the
    DWARF 5 debug information of a Swift release build ("unhandled dwarf2 abbrev form code 0x25 ...
    Possibly corrupted debuginfo file") and runs nothing; instruction counts need no symbols."""
    program = shutil.which(command[0]) or command[0]
    copy = os.path.join(folder, os.path.basename(program) + ".stripped")
    if not os.path.exists(copy) and subprocess.run(["strip", "-o", copy, program], stderr=subprocess.DEVNULL).returncode != 0:
        return command
    return [copy] + command[1:]


def instructions(command, folder):
    """Instructions executed by `command` under callgrind, all its threads summed."""
    out = os.path.join(folder, "callgrind.out.%p")
    slow = [a if a != "30" else "120" for a in stripped(command, folder)]
    subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=no", "--callgrind-out-file=" + out] + slow,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    total = 0
    for name in os.listdir(folder):
        if name.startswith("callgrind.out."):
            with open(os.path.join(folder, name)) as f:
                # One file per process, its threads summed; "summary:" holds the Ir total.
                total += next((int(line.split()[1]) for line in f if line.startswith("summary:")), 0)
            os.remove(os.path.join(folder, name))
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tools", default="citecheck,lychee,curl")
    parser.add_argument("--callgrind", action="store_true", help="also count instructions per link")
    parser.add_argument("--papers", type=int, default=1, help="split the links over this many papers, checked as one batch")
    parser.add_argument("--citecheck", default=os.path.join(ROOT, ".build/release/citecheck"))
    args = parser.parse_args()
    citecheck = args.citecheck
    server = subprocess.Popen([sys.executable, os.path.join(ROOT, "bench/server.py")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = int(server.stdout.readline())
    try:
        extra = " instructions per link |" if args.callgrind else ""
        print("| N | tool | median wall (s) | median peak RSS (MB) | exit | runs |" + extra)
        print("|---|---|---|---|---|---|" + ("---|" if args.callgrind else ""))
        for n in args.sizes:
            folder = tempfile.mkdtemp(prefix="citecheck-bench-")
            write_inputs(folder, n, port, args.papers)
            cmds = commands(folder, citecheck, args.papers)
            for tool in args.tools.split(","):
                runs = [measure(cmds[tool]) for _ in range(args.runs)]
                wall = statistics.median(r[0] for r in runs)
                rss = statistics.median(r[1] for r in runs)
                row = "| %d | %s | %.2f | %.1f | %d | %s |" % (n, tool, wall, rss, runs[-1][2],
                      ", ".join("%.2f" % r[0] for r in runs))
                if args.callgrind:
                    row += " %s |" % format(instructions(cmds[tool], folder) // n, ",")
                print(row, flush=True)
            shutil.rmtree(folder)
    finally:
        server.stdin.close()
        server.wait()


if __name__ == "__main__":
    main()
