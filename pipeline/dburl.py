"""Database URLs as users type them: the forms that work, passwords never shown.

Accepted: ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``, ``sqlite://``
(in memory), and PostgreSQL as ``postgresql://``, ``postgres://`` or
``postgresql+psycopg://`` (the first two are rewritten to the last, the driver we ship).
Every password seen in a URL is remembered so that messages and log lines can
be scrubbed of it, whatever library wrote them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, quote_plus

import click

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# SQLAlchemy is imported inside the functions below, when a command first
# opens a database: `--help` and usage errors never pay for it.

FORMS = ("sqlite:///PATH (sqlite:////ABSOLUTE/PATH) or "
         "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME (also postgres:// or postgresql+psycopg://)")
POSTGRES_SCHEMES = {"postgres", "postgresql", "postgresql+psycopg"}
MASK = "***"
_secrets: set[str] = set()


def remember_secret(secret: str | None) -> None:
    """A secret to scrub from every message and log line from now on (and its URL-quoted forms)."""
    if secret:
        _secrets.update({secret, quote(secret, safe=""), quote_plus(secret)})


def redact(text: str) -> str:
    """The text with every remembered secret replaced by ***."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def parse(url: str) -> URL:
    """The URL in the form our engine opens; a usage error naming the forms that work."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None:
        raise click.UsageError(f"not a database URL: {redact(url)!r}; use {FORMS}")
    remember_secret(parsed.password if isinstance(parsed.password, str) else None)
    if parsed.drivername in POSTGRES_SCHEMES:
        return parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        return parsed
    raise click.UsageError(f"unsupported database URL {shown(parsed)}; use {FORMS}")


def shown(url: URL | str) -> str:
    """The URL as it may be printed or logged: the password as ***."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.render_as_string(hide_password=True)


def resolve(url: str | None) -> str:
    """--db, else $ACTIONPLANS_DB, else the default file, in the form the engine opens."""
    from models.db import database_url

    return parse(database_url(url)).render_as_string(hide_password=False)


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for PostgreSQL or an in-memory database)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def require_existing(url: str) -> None:
    """Read-only commands never create a database: a missing SQLite file is a usage error."""
    path = sqlite_file(url)
    if path is not None and not path.is_file():
        raise click.UsageError(f"no database at {path}: run `actionplans ingest` first, "
                               "or name one with --db / $ACTIONPLANS_DB")
