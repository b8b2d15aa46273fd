"""SQL views for analysts, created by the same code on SQLite and PostgreSQL.

``create_views`` is idempotent (drop, then create) and runs whenever an
engine is opened, after the tables are up to date.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine


def create_views(engine: Engine) -> None:
    """Create or replace every view (none yet)."""
