"""Bring a database to the newest schema: `python -m attache.migrate` or `migrate_to_head(url)`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from attache.settings import get_settings


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["database_url"] = database_url
    return cfg


def migrate_to_head(database_url: str) -> None:
    command.upgrade(alembic_config(database_url), "head")


if __name__ == "__main__":
    migrate_to_head(get_settings().database_url)
