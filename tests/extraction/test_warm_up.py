from attache_worker.extraction import extract
from attache_worker.extraction.pipeline import _WARM_UP_TEXT


def test_the_warm_up_text_goes_through_every_stage_of_the_pipeline() -> None:
    """Otherwise some table would still be built while the first real articles wait."""
    extraction = extract(_WARM_UP_TEXT)
    kinds = {a.kind for a in extraction.actors}
    assert {"COUNTRY", "PERSON", "ORGANIZATION"} <= kinds
    assert any(q.quantities for q in extraction.initiatives)
    assert extraction.quotes
    assert extraction.events
