"""Initiatives merged by a scored match: reports keyed by the extraction's id, links between them

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:00:00

Each article's report of an initiative is now a row of its own (`article_initiatives`, keyed by
article and the extraction's id, `mention_id`) that says which merged initiative it belongs to;
participants, evidence and events hang off the report. `initiative_links` holds the pairs of
reports that matched. Existing rows keep their merged initiatives: every report keeps the
initiative it had, and reports of one initiative from several articles are linked as they were
merged before (by the extraction's key). Storing an article again resolves its reports anew.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHILDREN = {
    "initiative_participants": ["article_id", "mention_id", "actor_id", "role"],
    "evidence": ["article_id", "mention_id", "start"],
    "initiative_events": ["article_id", "mention_id", "seq"],
}
OLD_CHILD_KEYS = {
    "initiative_participants": ["article_id", "initiative_id", "actor_id", "role"],
    "evidence": ["article_id", "initiative_id", "start"],
    "initiative_events": ["article_id", "initiative_id", "seq"],
}
LEGACY_REASONS = [
    {
        "component": "legacy",
        "weight": 5.0,
        "detail": "merged by the extraction's key before scored matching",
    }
]


def upgrade() -> None:
    _reports_keyed_by_mention()
    for table, key in CHILDREN.items():
        _child_of_report(table, key)
    _links()


def _reports_keyed_by_mention() -> None:
    with op.batch_alter_table("article_initiatives") as batch:
        batch.add_column(sa.Column("mention_id", sa.String(200), nullable=True))
        batch.add_column(sa.Column("component", sa.String(200), nullable=True))
        batch.add_column(sa.Column("published_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("kind", sa.String(40), nullable=True))
        batch.add_column(sa.Column("frame", sa.String(80), nullable=True))
        batch.add_column(sa.Column("predicate", sa.String(80), nullable=True))
        batch.add_column(sa.Column("event_type", sa.String(32), nullable=True))
        batch.add_column(sa.Column("terms", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("places", sa.JSON(), nullable=True))
    op.execute(
        "UPDATE article_initiatives SET mention_id = initiative_id, component = initiative_id, "
        "terms = '[]', places = '[]', "
        "kind = (SELECT kind FROM initiatives WHERE initiatives.id = initiative_id), "
        "published_at = (SELECT published_at FROM articles "
        "WHERE articles.id = article_initiatives.article_id)"
    )
    op.execute("UPDATE article_initiatives SET frame = 'kind:' || kind")
    with op.batch_alter_table("article_initiatives") as batch:
        for name in ("mention_id", "component", "kind", "frame", "terms", "places"):
            batch.alter_column(name, nullable=False)
        batch.drop_constraint("pk_article_initiatives", type_="primary")
        batch.create_primary_key("pk_article_initiatives", ["article_id", "mention_id"])
        batch.create_index("ix_article_initiatives_component", ["component"])
        batch.create_index("ix_article_initiatives_frame_seen_at", ["frame", "seen_at"])


def _child_of_report(table: str, key: list[str]) -> None:
    with op.batch_alter_table(table) as batch:
        batch.add_column(sa.Column("mention_id", sa.String(200), nullable=True))
    op.execute(f"UPDATE {table} SET mention_id = initiative_id")
    with op.batch_alter_table(table) as batch:
        batch.alter_column("mention_id", nullable=False)
        batch.drop_constraint(f"fk_{table}_initiative_id_initiatives", type_="foreignkey")
        batch.drop_index(f"ix_{table}_initiative_id")
        batch.drop_constraint(f"pk_{table}", type_="primary")
        batch.drop_column("initiative_id")
        batch.create_primary_key(f"pk_{table}", key)
        batch.create_foreign_key(
            f"fk_{table}_mention_id_article_initiatives",
            "article_initiatives",
            ["article_id", "mention_id"],
            ["article_id", "mention_id"],
            ondelete="CASCADE",
        )


def _links() -> None:
    op.create_table(
        "initiative_links",
        sa.Column("article_id", sa.String(40), nullable=False),
        sa.Column("mention_id", sa.String(200), nullable=False),
        sa.Column("other_article_id", sa.String(40), nullable=False),
        sa.Column("other_mention_id", sa.String(200), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "mention_id"],
            ["article_initiatives.article_id", "article_initiatives.mention_id"],
            name="fk_initiative_links_mention_id_article_initiatives",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_article_id", "other_mention_id"],
            ["article_initiatives.article_id", "article_initiatives.mention_id"],
            name="fk_initiative_links_other_mention_id_article_initiatives",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "article_id",
            "mention_id",
            "other_article_id",
            "other_mention_id",
            name="pk_initiative_links",
        ),
    )
    op.create_index(
        "ix_initiative_links_other", "initiative_links", ["other_article_id", "other_mention_id"]
    )
    # The reports one initiative had from several articles stay together: each is linked to
    # the report of the initiative's first article.
    reports = sa.table(
        "article_initiatives",
        sa.column("article_id", sa.String),
        sa.column("mention_id", sa.String),
        sa.column("initiative_id", sa.String),
    )
    by_initiative: dict[str, list[tuple[str, str]]] = {}
    rows = op.get_bind().execute(
        sa.select(reports.c.initiative_id, reports.c.article_id, reports.c.mention_id)
    )
    for initiative_id, article_id, mention_id in rows:
        by_initiative.setdefault(initiative_id, []).append((article_id, mention_id))
    links = sa.table(
        "initiative_links",
        sa.column("article_id", sa.String),
        sa.column("mention_id", sa.String),
        sa.column("other_article_id", sa.String),
        sa.column("other_mention_id", sa.String),
        sa.column("score", sa.Float),
        sa.column("reasons", sa.JSON),
    )
    legacy = [
        {
            "article_id": first[0],
            "mention_id": first[1],
            "other_article_id": other[0],
            "other_mention_id": other[1],
            "score": 5.0,
            "reasons": LEGACY_REASONS,
        }
        for members in by_initiative.values()
        for first in [min(members)]
        for other in sorted(members)
        if other != first
    ]
    if legacy:
        op.bulk_insert(links, legacy)


def downgrade() -> None:
    """Back to one merged initiative per extraction key. Reports merged by a scored match part
    again; the totals of initiatives made here are approximate until articles are stored again.
    """
    op.drop_index("ix_initiative_links_other", table_name="initiative_links")
    op.drop_table("initiative_links")
    empty = "CAST('[]' AS JSON)" if op.get_bind().dialect.name == "postgresql" else "'[]'"
    op.execute(
        "INSERT INTO initiatives (id, title, kind, status, first_seen, last_seen, "
        f"article_count, quantities) "
        "SELECT mention_id, MIN(title), MIN(kind), MIN(status), MIN(seen_at), MAX(seen_at), "
        f"COUNT(DISTINCT article_id), {empty} FROM article_initiatives "
        "WHERE mention_id NOT IN (SELECT id FROM initiatives) GROUP BY mention_id"
    )
    op.execute("UPDATE article_initiatives SET initiative_id = mention_id")
    op.execute(
        "DELETE FROM initiatives WHERE id NOT IN (SELECT mention_id FROM article_initiatives)"
    )
    for table, key in OLD_CHILD_KEYS.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("initiative_id", sa.String(200), nullable=True))
        op.execute(f"UPDATE {table} SET initiative_id = mention_id")
        with op.batch_alter_table(table) as batch:
            batch.alter_column("initiative_id", nullable=False)
            batch.drop_constraint(f"fk_{table}_mention_id_article_initiatives", type_="foreignkey")
            batch.drop_constraint(f"pk_{table}", type_="primary")
            batch.drop_column("mention_id")
            batch.create_primary_key(f"pk_{table}", key)
            batch.create_index(f"ix_{table}_initiative_id", ["initiative_id"])
            batch.create_foreign_key(
                f"fk_{table}_initiative_id_initiatives",
                "initiatives",
                ["initiative_id"],
                ["id"],
                ondelete="CASCADE",
            )
    with op.batch_alter_table("article_initiatives") as batch:
        batch.drop_index("ix_article_initiatives_frame_seen_at")
        batch.drop_index("ix_article_initiatives_component")
        batch.drop_constraint("pk_article_initiatives", type_="primary")
        batch.create_primary_key("pk_article_initiatives", ["article_id", "initiative_id"])
        for name in (
            "places",
            "terms",
            "event_type",
            "predicate",
            "frame",
            "kind",
            "published_at",
            "component",
            "mention_id",
        ):
            batch.drop_column(name)
