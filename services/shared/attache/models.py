"""Every table, imported in one place so metadata (and Alembic) sees them all."""

from attache.actors.models import Actor, ActorRelation, ArticleActor, Event, EventActor, Quote
from attache.articles.models import Article, ArticleStatus
from attache.db import Base
from attache.initiatives.models import (
    ArticleInitiative,
    Evidence,
    Initiative,
    InitiativeEvent,
    Participant,
)

__all__ = [
    "Actor",
    "ActorRelation",
    "Article",
    "ArticleActor",
    "ArticleInitiative",
    "ArticleStatus",
    "Base",
    "Event",
    "EventActor",
    "Evidence",
    "Initiative",
    "InitiativeEvent",
    "Participant",
    "Quote",
]
