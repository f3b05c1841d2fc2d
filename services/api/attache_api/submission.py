"""The request boundary for submitting an article, shared by REST and the GraphQL mutation."""

from __future__ import annotations

import logging

from kombu.exceptions import OperationalError as BrokerError
from starlette.concurrency import run_in_threadpool

from attache.articles.models import Article
from attache.articles.service import NewArticle, submit_article
from attache.jobs import JobBuffer
from attache.notify import ArticleStatusChanged, news_travels
from attache_api.state import AppState

log = logging.getLogger(__name__)


async def submit(state: AppState, new: NewArticle) -> tuple[Article, bool]:
    """Store the article, commit, then send its job.

    A broker failure after the commit does not fail the request: the article is stored as
    queued, and the periodic sweep sends it again once the broker answers.
    """
    jobs = JobBuffer()
    async with state.sessions() as session:
        article, created = await submit_article(session, new, jobs)
        await session.commit()
    if news_travels(state.settings):
        # Every API process's subscriptions and kept answers hear of the new article; this
        # one's at once, so that its client reads what it just wrote.
        notice = ArticleStatusChanged(article.id, article.status)
        if state.results is not None:
            state.results.offer(notice)
        await state.events.announce([notice])
    try:
        await run_in_threadpool(jobs.send_all, state.celery)
    except (BrokerError, OSError):
        log.warning("broker unavailable; article %s stays queued for the sweep", article.id)
    return article, created
