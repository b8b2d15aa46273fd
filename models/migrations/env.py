"""Alembic environment: runs on the connection models.migrate hands over."""

from __future__ import annotations

from alembic import context

from models.db import Base

config = context.config


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through models.migrate (it passes a connection)")
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    # `alembic upgrade --sql` style output, for DBAs who apply SQL by hand
    context.configure(url=config.get_main_option("sqlalchemy.url"),
                      target_metadata=Base.metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
