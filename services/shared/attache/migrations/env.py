"""Alembic environment: the URL comes from the settings object, never from alembic.ini."""

from __future__ import annotations

from alembic import context

from attache.db import make_engine
from attache.models import Base
from attache.settings import get_settings

config = context.config


def run_migrations() -> None:
    url = config.attributes.get("database_url") or get_settings().database_url
    engine = make_engine(url)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A batch migration copies a table, drops the old one and renames the copy; with
            # foreign keys enforced, dropping it would cascade deletes into the tables that
            # refer to it. SQLite takes this pragma only outside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations()
