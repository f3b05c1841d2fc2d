"""Time on the graph: when each actor was first and last seen, the time of each article naming
it, and the dates each initiative's reports give

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:30:00
"""

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_seen', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_seen', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_actors_last_seen'), ['last_seen'], unique=False)
    with op.batch_alter_table('article_actors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seen_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('initiatives', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dates', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.create_index(batch_op.f('ix_initiatives_article_count'), ['article_count'], unique=False)
    with op.batch_alter_table('article_initiatives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_initiatives_seen_at'), ['seen_at'], unique=False)

    _backfill()

    with op.batch_alter_table('article_actors', schema=None) as batch_op:
        batch_op.alter_column('seen_at', existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.create_index(batch_op.f('ix_article_actors_seen_at'), ['seen_at'], unique=False)
    with op.batch_alter_table('initiatives', schema=None) as batch_op:
        batch_op.alter_column('dates', existing_type=sa.JSON(), server_default=None)


def _backfill() -> None:
    """The same values storing every article again would give (attache.graph.aggregates)."""
    op.execute(
        "UPDATE article_actors SET seen_at = (SELECT COALESCE(a.published_at, a.submitted_at) "
        "FROM articles a WHERE a.id = article_actors.article_id)"
    )
    op.execute(
        "UPDATE actors SET "
        "first_seen = (SELECT MIN(r.seen_at) FROM article_actors r WHERE r.actor_id = actors.id), "
        "last_seen = (SELECT MAX(r.seen_at) FROM article_actors r WHERE r.actor_id = actors.id)"
    )
    # JSON is aggregated differently by each database; the lists are short, so here in Python.
    conn = op.get_bind()
    reports = sa.table('article_initiatives', sa.column('initiative_id'), sa.column('dates', sa.JSON()))
    initiatives = sa.table('initiatives', sa.column('id'), sa.column('dates', sa.JSON()))
    dates: dict[str, set[str]] = defaultdict(set)
    for initiative_id, given in conn.execute(sa.select(reports.c.initiative_id, reports.c.dates)):
        dates[initiative_id].update(str(d) for d in given or [])
    changes = [{'key': key, 'dates': sorted(found)} for key, found in dates.items() if found]
    if changes:
        stmt = initiatives.update().where(initiatives.c.id == sa.bindparam('key'))
        conn.execute(stmt.values(dates=sa.bindparam('dates')), changes)


def downgrade() -> None:
    with op.batch_alter_table('article_initiatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_initiatives_seen_at'))
    with op.batch_alter_table('initiatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_initiatives_article_count'))
        batch_op.drop_column('dates')
    with op.batch_alter_table('article_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_actors_seen_at'))
        batch_op.drop_column('seen_at')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_last_seen'))
        batch_op.drop_column('last_seen')
        batch_op.drop_column('first_seen')
