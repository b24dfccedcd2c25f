"""A tiny HTTP server for crawl tests: answers by ``Host`` header and path, records requests.

Routes map ``(host, path_with_query)`` to a :class:`Reply`; anything else is a 404. It stands in
for the sample mirror so these tests judge the spiders and the routing, not the mirror.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (to provoke timeouts)

    @classmethod
    def html(cls, body: bytes | str, charset: str = "utf-8") -> Reply:
        data = body.encode(charset) if isinstance(body, str) else body
        return cls(200, data, {"Content-Type": f"text/html; charset={charset}"})

    @classmethod
    def xml(cls, body: bytes | str) -> Reply:
        data = body.encode("utf-8") if isinstance(body, str) else body
        return cls(200, data, {"Content-Type": "application/xml"})

    @classmethod
    def redirect(cls, location: str, status: int = 301) -> Reply:
        return cls(status, b"", {"Location": location})


@dataclass
class Seen:
    host: str
    path: str
    user_agent: str


class FakeSite:
    def __init__(self, routes: dict[tuple[str, str], Reply]):
        self.routes = routes
        self.seen: list[Seen] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                site.seen.append(Seen(host, self.path, self.headers.get("User-Agent", "")))
                reply = site.routes.get((host, self.path), Reply(404, b"not found"))
                time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler gave up waiting (a timeout test)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
