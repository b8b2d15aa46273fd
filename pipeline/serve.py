"""`actionplans serve`: browse the SQLite database in Datasette.

The database is first opened the usual way (so its views and full-text
index exist and are current), then handed to Datasette's own `serve`
command. Datasette reads a mutable database file through ``mode=ro``
connections and this metadata enables no writable canned query, so nothing
here writes to it.
"""

from __future__ import annotations

import json
import socket
import tempfile
from pathlib import Path

import click

from pipeline import dburl, serve_guard
from pipeline.cli import open_engine
from pipeline.cli_errors import usage_error
from pipeline.serve_metadata import build_metadata


def sqlite_path(url: str | None) -> Path:
    """The database file behind a SQLite URL; anything else is a usage error."""
    resolved = dburl.resolve(url)
    path = dburl.sqlite_file(resolved)
    if path is None:
        raise click.UsageError("serve browses a SQLite database file; for PostgreSQL point a "
                               "BI tool at its views (see the README)")
    dburl.require_existing(resolved)
    return path


def check_port(host: str, port: int) -> None:
    """A usage error, before any banner, when the address cannot be listened on."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise usage_error(f"cannot serve on {host}: {exc.strerror or exc}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # as the server will bind it (uvicorn sets SO_REUSEADDR), so a port in
        # TIME_WAIT after a previous run is not called busy
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise usage_error(f"cannot serve on {host}:{port}: {exc.strerror or exc} "
                              "(choose another with --port)") from None


def datasette_args(path: Path, metadata: Path, host: str, port: int,
                   open_browser: bool) -> list[str]:
    args = [str(path), "--metadata", str(metadata), "--host", host, "--port", str(port),
            "--setting", "sql_time_limit_ms", "5000",
            "--setting", "default_facet_size", "20"]
    return args + (["--open"] if open_browser else [])


def serve_database(db: str | None, host: str = "127.0.0.1", port: int = 8001,
                   open_browser: bool = False) -> None:
    """Serve until interrupted."""
    from datasette.cli import serve as datasette_serve

    serve_guard.register()
    path = sqlite_path(db)
    check_port(host, port)
    engine = open_engine(db)
    metadata = build_metadata(engine, path.stem)
    engine.dispose()
    with tempfile.TemporaryDirectory(prefix="actionplans-serve-") as tmp:
        meta_file = Path(tmp) / "metadata.json"
        meta_file.write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        click.echo(f"Datasette on http://{host}:{port}/{path.stem} (Ctrl-C to stop)", err=True)
        datasette_serve.main(datasette_args(path, meta_file, host, port, open_browser),
                             standalone_mode=False)
