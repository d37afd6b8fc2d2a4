#!/usr/bin/python3
"""A fake brand-name SMS gateway for the notification tests.

Listens on 127.0.0.1 on a port chosen by the kernel and prints it on the first line of stdout.
Every request is appended as one JSON line to LOG (method, path, headers, body) before it is
answered. The first FAIL requests are answered 503; after that 200 with {"CodeResult": "100"}.
A request to /control?fail=N sets the number of failures still to come (-1 = fail for ever) and
is not logged.
"""
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

log_path = sys.argv[1]
state = {"fail": int(sys.argv[2]) if len(sys.argv) > 2 else 0}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        url = urlparse(self.path)
        if url.path == "/control":
            with lock:
                state["fail"] = int(parse_qs(url.query)["fail"][0])
            self._send(200, b'{"ok":true}')
            return
        with lock:
            with open(log_path, "a", encoding="utf-8") as f:
                f.write(json.dumps({"method": self.command, "path": self.path,
                                    "headers": {k.lower(): v for k, v in self.headers.items()},
                                    "body": body}, ensure_ascii=False) + "\n")
            failing = state["fail"] != 0
            if state["fail"] > 0:
                state["fail"] -= 1
        if failing:
            self._send(503, b'{"CodeResult":"99","ErrorMessage":"gateway busy"}')
        else:
            self._send(200, b'{"CodeResult":"100","SMSID":"fake-1"}')

    def _send(self, status, payload):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = _answer
    do_POST = _answer

    def log_message(self, *args):
        pass


def exit_with_parent():
    # The test keeps our stdin open; when it ends (even killed), stdin closes and so do we.
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=exit_with_parent, daemon=True).start()
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
