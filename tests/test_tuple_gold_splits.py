"""The repository's tuple gold (tests/gold/tuples/): dev and test hold no near-duplicate articles, so the test
split stays unseen (the same story syndicated under two corpus ids would otherwise sit on both sides)."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

from eventwire.evaluation.tuples import read_gold

from .conftest import DATA, need

GOLD = Path(__file__).parent / "gold" / "tuples"
SHINGLE = 5
NEAR = 0.5  # share of the smaller article's 5-word shingles found in the other


def shingles(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(" ".join(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1)))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def test_overlap_sees_a_reposted_story_and_not_two_stories_on_one_topic() -> None:
    story = "Police arrested two men in Leeds on Tuesday after a fight outside a bar on the high street."
    other = "Two women were hurt in Leeds on Tuesday when a car hit a bus shelter on the ring road."
    assert overlap(shingles(story), shingles("LEEDS (AP) -- " + story + " Read more.")) > NEAR
    assert overlap(shingles(story), shingles(other)) < NEAR


def test_no_article_is_coded_twice_or_on_both_sides_of_the_split() -> None:
    need(DATA)
    texts: dict[str, frozenset[str]] = {}
    for path in sorted(GOLD.glob("*/*.json")):
        for article in read_gold(path):
            texts[f"{path.parent.name}/{path.name}"] = shingles(article.text)
    assert len(texts) > 100
    near = [(a, b, round(overlap(texts[a], texts[b]), 2)) for a, b in combinations(texts, 2)
            if overlap(texts[a], texts[b]) > NEAR]
    assert near == []
