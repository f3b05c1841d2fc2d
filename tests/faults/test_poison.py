"""A poison article, one whose text makes extraction raise, fails alone: with its reason, after
a bounded number of attempts, while the articles around it are processed as usual."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.faults.articles import distinct_articles
from tests.faults.conftest import MakeService
from tests.faults.service import submit
from tests.faults.storage import graph_problems, wait_until_final

# Longer than the spaCy model accepts (its max_length, a million characters), which makes the
# pipeline raise; a larger body limit than the default lets the API accept such a text.
POISON = "Talks continue. " * 75_000
BODY_LIMIT = str(2 * len(POISON))
MAX_ATTEMPTS = 6  # task_max_retries (5) + 1


def test_a_poison_article_fails_alone_with_its_reason(
    make_service: MakeService, engine: Engine
) -> None:
    service = make_service(max_body_bytes=BODY_LIMIT)
    texts = distinct_articles(10, tag="Around")
    with service.client() as client:
        good = [submit(client, text) for text in texts[:5]]
        poison = submit(client, POISON)
        good += [submit(client, text) for text in texts[5:]]

        counts = wait_until_final(engine, len(good) + 1, timeout=120)
        assert counts == {"done": len(good), "failed": 1}, service.log_tail()
        failed = client.get(f"/v1/articles/{poison}").json()
        statuses = {client.get(f"/v1/articles/{i}").json()["status"] for i in good}
    assert failed["status"] == "failed"
    assert "extraction failed" in failed["error"]
    assert "exceeds maximum" in failed["error"]
    assert 1 <= failed["attempts"] <= MAX_ATTEMPTS
    assert statuses == {"done"}
    assert graph_problems(engine) == []
