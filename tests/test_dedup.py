"""Cross-article dedup: hard constraints, scoring, and clustering quality on synthetic re-reports.

The synthetic set is generated here: true events (type, place, day, actors, what happened) each
re-reported by 1-4 outlets with the perturbations real re-reports have — coordinates a few km off
or missing (country only), the date a day off, actor names shortened or with titles, different
wording — plus hard negatives: other events of the same type in the same area and week.
"""

from __future__ import annotations

import datetime as dt
import random

from eventwire.dedup import (
    DedupConfig,
    EventFeatures,
    cluster,
    combined_status,
    compatible,
    pairwise_prf,
    similarity,
)


def feat(i: str, **kw: object) -> EventFeatures:
    base: dict[str, object] = dict(type="ASSAULT", date="2025-05-01", lat=10.0, lon=20.0, country="ABC",
                                   actors=["Red Brigade"], text="gunmen attacked a police post near the market")
    base.update(kw)
    return EventFeatures.build(i, **base)  # type: ignore[arg-type]


def test_hard_constraints() -> None:
    a = feat("a")
    assert compatible(a, feat("b"))
    assert not compatible(a, feat("b", type="PROTEST"))
    assert not compatible(a, feat("b", date="2025-05-09"))
    assert compatible(a, feat("b", date="2025-05-03"))
    assert not compatible(a, feat("b", lat=11.0))  # ~111 km away
    assert not compatible(a, feat("b", lat=None, lon=None, country="XYZ"))
    assert compatible(a, feat("b", lat=None, lon=None))
    assert not compatible(feat("a", status="future"), feat("b", status="historical"))


def test_similarity_uses_evidence() -> None:
    a = feat("a")
    same = feat("b", lat=10.03, actors=["the Red Brigade militia"], text="a police post near the market was attacked")
    other = feat("c", actors=["Blue Front"], text="rebels shelled an army convoy on the highway")
    assert similarity(a, same) > 0.7 > similarity(a, other)
    # Without place, actors or text there is not enough evidence to merge two same-day events.
    bare = EventFeatures.build("x", "ASSAULT", date="2025-05-01")
    assert similarity(bare, EventFeatures.build("y", "ASSAULT", date="2025-05-01")) == 0.0


def test_combined_status() -> None:
    assert combined_status(["asserted", "denied"]) == "disputed"
    assert combined_status(["claimed", "claimed"]) == "claimed"
    assert combined_status(["asserted", "claimed"]) == "asserted"
    assert combined_status(["denied"]) == "denied"


TYPES = ["ASSAULT", "PROTEST", "COERCE"]
GROUPS = ["Northern Brigade", "Delta Front", "Valley Defence Force", "River Guard militia", "Farmers Union",
          "Teachers Association", "Interior Ministry police", "Port Workers Union", "Hill Tribes Council"]
TITLES = ["", "the ", "members of the ", "fighters of the "]
VERBS = {"ASSAULT": ["attacked", "shelled", "raided", "opened fire on"],
         "PROTEST": ["marched against", "rallied against", "demonstrated against", "protested"],
         "COERCE": ["arrested", "detained", "rounded up", "seized"]}
OBJECTS = ["the market", "a checkpoint", "the town hall", "a fuel depot", "the bus station", "a school",
           "the bridge", "an aid warehouse", "the mayor's office", "the grain silo"]
FILLER = ["officials said", "witnesses said", "according to local media", "residents reported",
          "police confirmed on", "a spokesman told reporters", "the ministry said in a statement"]


def synthetic(seed: int, n_events: int = 60) -> tuple[list[EventFeatures], list[int]]:
    rng = random.Random(seed)
    towns = [(f"Town{k}", rng.uniform(-5, 5), rng.uniform(30, 40)) for k in range(8)]
    mentions: list[tuple[EventFeatures, int]] = []
    start = dt.date(2025, 6, 1)
    for e in range(n_events):
        etype = rng.choice(TYPES)
        town, lat, lon = rng.choice(towns)
        lat, lon = lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05)
        day = start + dt.timedelta(days=rng.randint(0, 9))
        actor = rng.choice(GROUPS)
        target = rng.choice(OBJECTS)
        for r in range(rng.choice([1, 2, 2, 3, 3, 4])):
            d = day + dt.timedelta(days=rng.choice([0, 0, 0, 1, -1]))
            # 70% geocoded, 20% only the town name, 10% only the country.
            located, named = rng.random() < 0.7, rng.random() < 0.67
            words = actor.split()
            name = rng.choice(TITLES) + (" ".join(words[:-1]) if len(words) > 2 and rng.random() < 0.3 else actor)
            text = f"{name} {rng.choice(VERBS[etype])} {target} in the town on {d:%A}, {rng.choice(FILLER)}"
            mentions.append((EventFeatures.build(
                f"m{e}-{r}", etype, article_id=f"a{e}-{r}", date=d,
                lat=lat + rng.uniform(-0.04, 0.04) if located else None,
                lon=lon + rng.uniform(-0.04, 0.04) if located else None,
                country="ABC", place=town if located or named else None, actors=[name], text=text), e))
    rng.shuffle(mentions)  # articles arrive in any order
    return [m for m, _ in mentions], [g for _, g in mentions]


def test_clustering_quality_on_synthetic_re_reports() -> None:
    # Weights were chosen on seeds 1-3; these seeds were not looked at while tuning.
    scores = []
    for seed in (4, 5, 6):
        mentions, gold = synthetic(seed)
        scores.append(pairwise_prf(gold, cluster(mentions)))
    mean = {k: sum(s[k] for s in scores) / len(scores) for k in scores[0]}
    print("dedup synthetic (3 seeds):", {k: round(v, 3) for k, v in mean.items()})
    assert mean["pair_precision"] >= 0.75
    assert mean["pair_recall"] >= 0.85
    assert mean["bcubed_f1"] >= 0.9
    # Singletons baseline (no dedup) has recall 0; merging everything compatible has poor precision.
    mentions, gold = synthetic(1)
    loose = pairwise_prf(gold, cluster(mentions, DedupConfig(threshold=0.0, min_evidence=0)))
    assert loose["pair_precision"] < mean["pair_precision"]


def test_pairwise_prf() -> None:
    assert pairwise_prf([1, 1, 2], [1, 1, 2])["pair_f1"] == 1.0
    s = pairwise_prf([1, 1, 2, 2], [1, 2, 3, 4])
    assert s["pair_recall"] == 0.0 and s["bcubed_precision"] == 1.0
