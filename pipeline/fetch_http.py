"""One polite HTTP client for `actionplans fetch`.

Polite: a User-Agent naming the tool, a delay between two requests to one
host, robots.txt honoured (``urllib.robotparser``).  Bounded: a timeout per
read and for the whole body, a redirect limit, and a size cap checked while
the body streams in (a server may lie about Content-Length or send none).
Every failure is a ``Fetched`` with a specific outcome, never an exception.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from pipeline.fetch_limits import FetchLimits


def user_agent() -> str:
    try:
        number = version("actionplans")
    except PackageNotFoundError:
        number = "dev"
    return f"actionplans/{number} (fetches published council action plans; robots.txt honoured)"


@dataclass
class Fetched:
    """The answer to one request.

    ``outcome``: ``ok`` (the body is in ``body_path``), ``not_modified`` (304),
    ``not_found`` (404 or 410), ``http_error`` (any other 4xx or 5xx),
    ``timed_out``, ``too_large``, ``too_many_redirects``, ``blocked_by_robots``
    or ``network_error``.
    """

    url: str
    outcome: str
    message: str = ""
    final_url: str = ""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    body_path: Path | None = None


@dataclass
class PoliteClient:
    limits: FetchLimits = field(default_factory=FetchLimits)
    workdir: Path = field(default_factory=lambda: Path(tempfile.gettempdir()))
    sleep: Callable[[float], None] = time.sleep
    _client: httpx.Client | None = None
    _last_request: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, RobotFileParser] = field(default_factory=dict)

    def __enter__(self) -> PoliteClient:
        self._client = httpx.Client(
            headers={"User-Agent": user_agent()}, follow_redirects=True,
            max_redirects=self.limits.max_redirects, timeout=httpx.Timeout(self.limits.timeout))
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._client is not None:
            self._client.close()

    @property
    def client(self) -> httpx.Client:
        assert self._client is not None, "use PoliteClient in a with block"
        return self._client

    def wait_for_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            remaining = self.limits.delay - (time.monotonic() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last_request[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """robots.txt of the URL's site says this tool may fetch it (read once per site)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self.read_robots(site)
        return self._robots[site].can_fetch(user_agent(), url)

    def read_robots(self, site: str) -> RobotFileParser:
        """As urllib.robotparser reads it: 401/403 forbid everything, other errors allow."""
        parser = RobotFileParser(f"{site}/robots.txt")
        self.wait_for_turn(site)
        try:
            response = self.client.get(f"{site}/robots.txt")
        except httpx.HTTPError:
            response = None
        if response is None or (response.status_code >= 400 and response.status_code not in (401, 403)):
            parser.parse([])  # no robots.txt: everything allowed
        elif response.status_code in (401, 403):
            parser.parse(["User-agent: *", "Disallow: /"])
        else:
            parser.parse(response.text[:500_000].splitlines())
        return parser

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET the URL (conditionally, given the validators); the body goes to a temporary file."""
        if not self.allowed(url):
            return Fetched(url, "blocked_by_robots", "robots.txt disallows this URL")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self.wait_for_turn(url)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self.receive(url, response)
        except httpx.TooManyRedirects:
            return Fetched(url, "too_many_redirects",
                           f"more than {self.limits.max_redirects} redirects")
        except httpx.TimeoutException:
            return Fetched(url, "timed_out", f"no answer within {self.limits.timeout:g} s")
        except (httpx.HTTPError, OSError, ValueError) as exc:
            return Fetched(url, "network_error", f"{type(exc).__name__}: {str(exc)[:200]}")

    def receive(self, url: str, response: httpx.Response) -> Fetched:
        answer = Fetched(url, "ok", final_url=str(response.url),
                         content_type=response.headers.get("content-type", ""),
                         etag=response.headers.get("etag"),
                         last_modified=response.headers.get("last-modified"))
        code = response.status_code
        if code == 304:
            answer.outcome = "not_modified"
            return answer
        if code >= 400 or code < 200:
            answer.outcome = "not_found" if code in (404, 410) else "http_error"
            answer.message = f"HTTP {code} {response.reason_phrase}"
            return answer
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limits.max_bytes:
            answer.outcome, answer.message = "too_large", self.too_large(int(declared))
            return answer
        return self.save_body(answer, response)

    def too_large(self, size: int) -> str:
        return f"{size} bytes or more > limit {self.limits.max_bytes}"

    def save_body(self, answer: Fetched, response: httpx.Response) -> Fetched:
        """Stream the body to a temporary file, stopping at the size cap or the deadline."""
        deadline = time.monotonic() + self.limits.timeout
        handle = tempfile.NamedTemporaryFile(dir=self.workdir, prefix=".fetch-", delete=False)
        path = Path(handle.name)
        size = 0
        with handle:
            for chunk in response.iter_bytes(64 * 1024):
                size += len(chunk)
                if size > self.limits.max_bytes:
                    answer.outcome, answer.message = "too_large", self.too_large(size)
                    break
                if time.monotonic() > deadline:
                    answer.outcome = "timed_out"
                    answer.message = f"body not complete within {self.limits.timeout:g} s"
                    break
                handle.write(chunk)
        if answer.outcome != "ok":
            path.unlink(missing_ok=True)
            return answer
        answer.body_path = path
        return answer
