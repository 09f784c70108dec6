"""What every loopback test web here shares, so each server script holds only its routes.

`Handler` is a quiet HTTP/1.1 handler with one `send`; `serve` binds 127.0.0.1 on free ports,
prints them as one JSON line ({"http": PORT, ...}) and runs until the test closes our stdin, which
also happens when the test process dies. The test process may start us with SIGTERM blocked, so it
is unblocked here and ends us at once.
"""
import json, os, signal, ssl, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output quiet
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=(), method=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if (method or self.command) != "HEAD":
            self.wfile.write(data)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # many parallel connects from one client must not be refused


def tls_files(args):
    """The (certificate, key) paths given as `--cert C --key K`, or None."""
    if "--cert" not in args:
        return None
    return args[args.index("--cert") + 1], args[args.index("--key") + 1]


def serve(handler, tls=None, ports=None):
    """Serves `handler` on a free loopback port (and a TLS one when `tls` names the files), prints
    the ports (into `ports` too, for routes that need them) and never returns."""
    ports = {} if ports is None else ports
    servers = [("http", Server(("127.0.0.1", 0), handler))]
    if tls:
        https = Server(("127.0.0.1", 0), handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        https.socket = context.wrap_socket(https.socket, server_side=True)
        servers.append(("https", https))
    for name, server in servers:
        ports[name] = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print(json.dumps(ports), flush=True)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    sys.stdin.buffer.read()
    os._exit(0)
