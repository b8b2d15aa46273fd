"""A council website for tests: http.server in a thread on 127.0.0.1 (never any other address).

``Site.routes`` maps a path to a ``Route``: the bytes served, with an ETag
and Last-Modified honoured on conditional requests, or a misbehaviour
(status, delay, a body that never ends, a redirect).  ``Site.log`` records
every request as (path, status) so tests can count what a run cost.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Wed, 01 Jul 2026 09:00:00 GMT"


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/pdf"
    status: int = 200
    delay: float = 0.0  # seconds before the answer starts
    endless: bool = False  # keep sending bytes until the client hangs up
    redirect: str | None = None  # Location of a 302
    conditional: bool = True  # honour If-None-Match / If-Modified-Since

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass
class Site:
    host: str = "127.0.0.1"
    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def requests_for(self, path: str) -> list[int]:
        return [status for p, status in self.log if p == path]


def handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet: the tests read site.log

        def answer(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
            site.log.append((self.path, status))
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            try:
                self.end_headers()
                if body:
                    self.wfile.write(body)
            except OSError:
                pass  # the client gave up first (a timeout test): nothing to report

        def do_GET(self) -> None:  # noqa: N802
            route = site.routes.get(self.path)
            if route is None:
                self.answer(404, {"Content-Type": "text/html"}, b"<html>not found</html>")
                return
            time.sleep(route.delay)
            if route.redirect:
                self.answer(302, {"Location": route.redirect})
            elif route.endless:
                self.answer(route.status, {"Content-Type": route.content_type})
                self.send_forever()
            elif route.conditional and route.status == 200 and self.not_modified(route):
                self.answer(304, {"ETag": route.etag})
            else:
                self.answer(route.status, {"Content-Type": route.content_type, "ETag": route.etag,
                                           "Last-Modified": LAST_MODIFIED,
                                           "Content-Length": str(len(route.body))}, route.body)

        def not_modified(self, route: Route) -> bool:
            return (self.headers.get("If-None-Match") == route.etag
                    or (self.headers.get("If-None-Match") is None
                        and self.headers.get("If-Modified-Since") == LAST_MODIFIED))

        def send_forever(self) -> None:
            block = b"%PDF-1.4\n" + b"0" * 65_536
            try:
                for _ in range(100_000):
                    self.wfile.write(block)
            except OSError:
                pass  # the client hung up, as it should

    return Handler


@contextmanager
def local_site() -> Iterator[Site]:
    site = Site()
    server = ThreadingHTTPServer((site.host, 0), handler_for(site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
