"""Distinct, realistic articles for fault tests, built from the seed articles."""

from __future__ import annotations

from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def distinct_articles(count: int, tag: str = "Dispatch") -> list[str]:
    """`count` different texts: pairs of seed articles, so actors and initiatives recur across
    many of them and their merged rows are written by many jobs."""
    seeds = [path.read_text() for path in SEEDS]
    texts = []
    for n in range(count):
        first, second = seeds[n % len(seeds)], seeds[(n // len(seeds) + n + 1) % len(seeds)]
        texts.append(f"{first}\n\n{second}\n\n({tag} {n}.)")
    return texts
