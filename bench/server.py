#!/usr/bin/env python3
"""Benchmark web: 20 loopback hosts (127.0.0.1 … 127.0.0.20) on one port, every answer after
50 ms. /p/N answers 404 when N % 10 == 0, a 301 to /final/N when N % 10 == 1, else 200 with a
small HTML page. asyncio, keep-alive, stdlib only. Prints the port, runs until stdin closes."""
import asyncio, sys

LATENCY = float(sys.argv[1]) if len(sys.argv) > 1 else 0.05
HOSTS = ["127.0.0.%d" % i for i in range(1, 21)]


def page(n):
    body = ("<!doctype html><html><head><meta charset=utf-8><title>Document %d</title>"
            "<meta name=citation_publication_date content=2024/03/03></head><body>%s</body></html>"
            % (n, "<p>Lorem ipsum dolor sit amet.</p>" * 40)).encode()
    return body


def response(status, reason, body=b"", extra=""):
    return ("HTTP/1.1 %d %s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n%s\r\n"
            % (status, reason, len(body), extra)).encode() + body


async def handle(reader, writer):
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            while True:
                header = await reader.readline()
                if header in (b"\r\n", b"\n", b""):
                    break
            parts = line.decode("latin-1").split()
            method, path = (parts + ["GET", "/"])[:2]
            await asyncio.sleep(LATENCY)
            tail = path.rsplit("/", 1)[-1]
            n = int(tail) if tail.isdigit() else -1
            if path.startswith("/final/"):
                out = response(200, "OK", page(n))
            elif n < 0 or n % 10 == 0:
                out = response(404, "Not Found", b"<html><title>Not Found</title></html>")
            elif n % 10 == 1:
                out = response(301, "Moved Permanently", b"", "Location: /final/%d\r\n" % n)
            else:
                out = response(200, "OK", page(n))
            if method == "HEAD":
                out = out.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
            writer.write(out)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def main():
    first = await asyncio.start_server(handle, HOSTS[0], 0, backlog=1024)
    port = first.sockets[0].getsockname()[1]
    servers = [first] + [await asyncio.start_server(handle, h, port, backlog=1024) for h in HOSTS[1:]]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.buffer.read)  # stop when stdin closes
    for server in servers:
        server.close()


asyncio.run(main())
