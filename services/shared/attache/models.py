"""Every table, imported in one place so metadata (and Alembic) sees them all."""

from attache.actors.models import Actor, ArticleActor, Event, Quote
from attache.articles.models import Article, ArticleStatus
from attache.db import Base
from attache.initiatives.models import ArticleInitiative, Evidence, Initiative, Participant

__all__ = [
    "Actor",
    "Article",
    "ArticleActor",
    "ArticleInitiative",
    "ArticleStatus",
    "Base",
    "Event",
    "Evidence",
    "Initiative",
    "Participant",
    "Quote",
]
