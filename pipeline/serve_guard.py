"""`actionplans serve` is read-only over HTTP: anything but GET and HEAD is refused.

Datasette answers a POST to a table with a failed assertion (a 500, and a
traceback with local variables printed on the console) and some other
unknown POSTs by crashing its own error page.  This metadata enables no
writable canned query, so no request here needs another method: they get
405 Method Not Allowed before Datasette sees them.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any

from datasette import hookimpl

ASGIApp = Callable[[dict[str, Any], Any, Any], Awaitable[None]]
READ_METHODS = ("GET", "HEAD")
PLUGIN_NAME = "actionplans-read-only"


def read_only(app: ASGIApp) -> ASGIApp:
    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") == "http" and scope.get("method") not in READ_METHODS:
            await send({"type": "http.response.start", "status": 405,
                        "headers": [(b"allow", b"GET, HEAD"),
                                    (b"content-type", b"text/plain; charset=utf-8")]})
            await send({"type": "http.response.body",
                        "body": b"405 Method Not Allowed: this database is served read-only\n"})
            return
        await app(scope, receive, send)
    return guarded


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    """Datasette's plugin hook: this module is the plugin."""
    return read_only


def register() -> None:
    """Install the guard in this process's Datasette (once)."""
    from datasette.plugins import pm

    if not pm.has_plugin(PLUGIN_NAME):
        pm.register(sys.modules[__name__], name=PLUGIN_NAME)
