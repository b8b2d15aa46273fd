"""The bounds one download is held to (`actionplans fetch` and `update`).

Kept apart from pipeline.fetch_http so the commands' options can show these
defaults without importing an HTTP client.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0
DEFAULT_DELAY = 2.0
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchLimits:
    timeout: float = DEFAULT_TIMEOUT  # seconds for one read, and for a whole body
    max_bytes: int = DEFAULT_MAX_BYTES
    delay: float = DEFAULT_DELAY  # seconds between two requests to one host
    max_redirects: int = MAX_REDIRECTS
