"""Pure extraction: article text in, `attache.contract.Extraction` out (see `pipeline`)."""

from attache_worker.extraction.nlp import load_model
from attache_worker.extraction.pipeline import extract, extract_many, warm_up

__all__ = ["extract", "extract_many", "load_model", "warm_up"]
