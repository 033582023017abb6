"""Benchmark: bare spaCy ``nlp.pipe`` against the full eventwire pipeline on the same texts.

The question the benchmark answers is *what eventwire costs on top of the parse it cannot avoid*:
both sides use the same spaCy model over the same articles, both are warmed up first, and the
ratio is ``eventwire_articles_per_s / spacy_articles_per_s`` (1.0 = eventwire is as fast as the
bare model although it also extracts places, times, actors, quotes and events).

Corpora are read by :func:`read_corpus`: a directory of ``.txt`` files (searched recursively, e.g.
PolNeAR ``text/`` directories) or a JSONL file with one article per line (e.g. IPE ``docs.jsonl``,
text field ``doc_text``).
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import ArticleInput
from .errors import DataError, InputError
from .ingest.records import json_objects
from .options import Options
from .pipeline import Pipeline

# Fields tried, in order, for the article text and id of a JSONL line when none is named.
TEXT_FIELDS = ("text", "doc_text", "body", "content", "article")
ID_FIELDS = ("id", "doc_id", "article_id", "url")
WARMUP_ARTICLES = 8


# --------------------------------------------------------------------------------------------- corpus


def _jsonl_items(path: Path, text_field: str | None) -> Iterator[ArticleInput]:
    fields = (text_field,) if text_field else TEXT_FIELDS
    try:
        for lineno, obj, error in json_objects(path):
            if obj is None:
                raise DataError(f"{path}:{lineno}: {error}")
            field = next((f for f in fields if isinstance(obj.get(f), str)), None)
            if field is None:
                raise DataError(
                    f"{path}:{lineno}: no text field ({', '.join(fields)})",
                    hint="name the field with --text-field",
                )
            ident = next((str(obj[f]) for f in ID_FIELDS if obj.get(f) is not None), f"{path.name}:{lineno}")
            yield ArticleInput(
                text=obj[field],
                published=obj.get("published") if isinstance(obj.get("published"), str) else None,
                source=obj.get("source") if isinstance(obj.get("source"), str) else None,
                meta={"id": ident, "corpus": str(path)},
            )
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _dir_items(path: Path) -> Iterator[ArticleInput]:
    files = sorted(p for p in path.rglob("*.txt") if p.is_file())
    if not files:
        raise InputError(f"{path}: no .txt files in this directory")
    for p in files:
        try:
            text = p.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
        yield ArticleInput(text=text, meta={"id": str(p.relative_to(path)), "corpus": str(path)})


def iter_corpus(path: Path, *, text_field: str | None = None) -> Iterator[ArticleInput]:
    """Articles of one corpus: a directory of ``.txt`` files or a ``.jsonl`` file."""
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        return _dir_items(path)
    return _jsonl_items(path, text_field)


def iter_corpora(
    paths: Sequence[Path], *, limit: int | None = None, text_field: str | None = None
) -> Iterator[ArticleInput]:
    """The articles of ``paths`` in order, streamed; ``limit`` caps the articles of *each* corpus.

    Arguments are checked before the first article is read (a generator would defer the errors).
    """
    if not paths:
        raise InputError("no corpus given", hint="pass --corpus DIR_OR_JSONL (repeatable)")
    if limit is not None and limit < 1:
        raise InputError("--limit must be at least 1")
    for path in paths:
        if not Path(path).exists():
            raise InputError(f"{path}: no such file or directory")

    def gen() -> Iterator[ArticleInput]:
        for path in paths:
            for i, item in enumerate(iter_corpus(Path(path), text_field=text_field)):
                if limit is not None and i >= limit:
                    break
                yield item

    return gen()


def read_corpus(
    paths: Sequence[Path], *, limit: int | None = None, text_field: str | None = None
) -> list[ArticleInput]:
    """All articles of ``paths`` in order; ``limit`` caps the articles taken from *each* corpus."""
    return list(iter_corpora(paths, limit=limit, text_field=text_field))


def standard_corpus(shared: Path) -> list[Path]:
    """The standard benchmark corpus under ``shared/data``: PolNeAR texts and IPE documents."""
    data = shared / "data"
    paths = [
        data / "quotes" / "polnear" / "dev" / "text",
        data / "quotes" / "polnear" / "train" / "text",
        data / "events" / "ipe" / "docs.jsonl",
    ]
    return [p for p in paths if p.exists()]


def count_words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --------------------------------------------------------------------------------------------- memory


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB.

    ``VmHWM`` from ``/proc/self/status`` where there is one: unlike ``ru_maxrss`` it starts afresh
    in a spawned worker (``ru_maxrss`` survives ``exec`` and would report the parent's peak).
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024, 1)


def reset_peak_rss() -> bool:
    """Restart the ``VmHWM`` peak at the current RSS (Linux: ``/proc/self/clear_refs``)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024), 1)
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


# ---------------------------------------------------------------------------------------------- bench


@dataclass(frozen=True)
class Timing:
    seconds: float
    """Wall-clock time."""
    cpu_seconds: float
    """CPU time of this process (all threads): robust when other processes load the machine."""
    errors: int = 0


def time_spacy(nlp: Any, texts: Sequence[str], batch_size: int) -> Timing:
    """Bare ``nlp.pipe`` over ``texts`` (docs are consumed and dropped, as a real run would)."""
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return Timing(time.perf_counter() - t0, time.process_time() - c0)


def time_eventwire(pipeline: Pipeline, items: Sequence[ArticleInput]) -> tuple[Timing, dict[str, float]]:
    """The full pipeline, records built (serialised JSON) as the product; per-stage seconds."""
    for name in pipeline.timings:
        pipeline.timings[name] = 0.0
    record_s = 0.0
    errors = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for doc in pipeline.run_documents(items):
        if doc.error is not None:
            errors += 1
            continue
        r0 = time.perf_counter()
        doc.to_record().model_dump_json()
        record_s += time.perf_counter() - r0
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    stages = dict(pipeline.timings)
    stages["record"] = record_s
    return Timing(total, cpu, errors), stages


def load_baseline_model(options: Options) -> Any:
    """The same spaCy model eventwire uses, loaded plainly (all components, no eventwire additions)."""
    import spacy

    from .errors import ConfigError
    from .nlp import resolve_model_name

    name = resolve_model_name(options.model)
    try:
        nlp = spacy.load(Path(name) if Path(name).exists() else name)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy pipeline {name!r}", hint="install it or pass --model") from exc
    nlp.max_length = max(nlp.max_length, options.max_chars + 1)
    return nlp


def run_bench(
    items: Sequence[ArticleInput],
    options: Options | None = None,
    *,
    repeat: int = 1,
    spacy_batch_size: int | None = None,
) -> dict[str, Any]:
    """Time bare spaCy and the full pipeline on ``items`` after warm-up; best of ``repeat`` rounds.

    Rounds alternate spaCy and eventwire so that load from other processes hits both sides alike.
    """
    if not items:
        raise InputError("the corpus is empty")
    if repeat < 1:
        raise InputError("--repeat must be at least 1")
    options = options or Options()
    texts = [it.text for it in items]
    started = time.perf_counter()
    nlp = load_baseline_model(options)
    spacy_load = time.perf_counter() - started
    # Same batch size as eventwire's by default: spaCy's own default (256 for these pipelines) is
    # about a quarter slower on news articles and would flatter the ratio.
    batch = spacy_batch_size or options.batch_size

    # eventwire loads its models lazily (the encoder on the first sentence that needs it): its load
    # time is the pipeline's construction plus its first article, end to end.
    started = time.perf_counter()
    pipeline = Pipeline.from_options(options)
    time_eventwire(pipeline, list(items[:1]))
    ew_load = time.perf_counter() - started

    warm = list(items[:WARMUP_ARTICLES])
    time_spacy(nlp, [w.text for w in warm], batch)
    time_eventwire(pipeline, warm)

    spacy_runs: list[Timing] = []
    ew_runs: list[tuple[Timing, dict[str, float]]] = []
    overall_peak = peak_rss_mb()
    ew_peak: float | None = None
    for _ in range(repeat):
        spacy_runs.append(time_spacy(nlp, texts, batch))
        overall_peak = max(overall_peak, peak_rss_mb())
        # The peak while eventwire runs, without the baseline's batch buffers (Linux only).
        can_reset = reset_peak_rss()
        ew_runs.append(time_eventwire(pipeline, items))
        peak = peak_rss_mb()
        overall_peak = max(overall_peak, peak)
        if can_reset:
            ew_peak = max(ew_peak or 0.0, peak)
    best_spacy = min(spacy_runs, key=lambda t: t.seconds)
    best_ew, stage_s = min(ew_runs, key=lambda r: r[0].seconds)

    n = len(items)
    spacy_rate = n / best_spacy.seconds
    ew_rate = n / best_ew.seconds
    stage_total = sum(stage_s.values()) or 1.0
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    from .nlp import model_version

    return {
        "spacy_load_s": round(spacy_load, 3),
        "eventwire_load_first_article_s": round(ew_load, 3),
        "articles": n,
        "words": count_words(texts),
        "chars": sum(len(t) for t in texts),
        "spacy_articles_per_s": round(spacy_rate, 3),
        "eventwire_articles_per_s": round(ew_rate, 3),
        "ratio": round(ew_rate / spacy_rate, 3),
        "spacy_s": round(best_spacy.seconds, 3),
        "eventwire_s": round(best_ew.seconds, 3),
        "spacy_cpu_s": round(best_spacy.cpu_seconds, 3),
        "eventwire_cpu_s": round(best_ew.cpu_seconds, 3),
        "ratio_cpu": round(best_spacy.cpu_seconds / best_ew.cpu_seconds, 3) if best_ew.cpu_seconds else None,
        "errors": best_ew.errors,
        "peak_rss_mb": overall_peak,
        "eventwire_peak_rss_mb": ew_peak,
        "stage_shares": {k: round(v / stage_total, 4) for k, v in stage_s.items()},
        "stage_s": {k: round(v, 3) for k, v in stage_s.items()},
        "model": model_version(nlp),
        "spacy_batch_size": batch,
        "eventwire_batch_size": options.batch_size,
        "repeat": repeat,
        "cpus": os.cpu_count(),
        "load_avg_1m": round(load, 2),
    }


# ------------------------------------------------------------------------------------------ synthetic

_CITIES = ("Harbour City", "Norvale", "Eastbridge", "Port Ellis", "Kestrel Bay", "Amberfield", "Dunmore")
_COUNTRIES = ("Freedonia", "Sylvania", "Ruritania", "Carpathia", "Genovia")
_PEOPLE = ("Maria Olsen", "David Achebe", "Lena Marchetti", "Tomas Keller", "Aisha Rahman", "Peter Novak")
_ROLES = ("interior minister", "police chief", "opposition leader", "mayor", "army spokesman")
_ORGS = ("the National Guard", "the border police", "the Workers' Union", "the Green Movement", "rebel forces")
_ACTS = (
    "arrested {n} protesters outside the parliament building",
    "clashed with demonstrators near the central market, leaving {n} people injured",
    "signed a ceasefire agreement with government negotiators",
    "called for talks to end the strike that has closed {n} factories",
    "fired on a convoy on the main highway, killing {n} soldiers",
    "met foreign diplomats to discuss aid for {n} displaced families",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "March", "May", "July", "September", "November")


def synthetic_articles(n: int, *, seed: int = 0) -> list[ArticleInput]:
    """``n`` short, original, news-like articles made from templates (deterministic for a seed).

    For tests and smoke benchmarks where no corpus is at hand; every name is invented.
    """
    out: list[ArticleInput] = []
    for i in range(n):
        k = i + seed
        city, country = _CITIES[k % len(_CITIES)], _COUNTRIES[(k // 2) % len(_COUNTRIES)]
        person, role = _PEOPLE[k % len(_PEOPLE)], _ROLES[(k // 3) % len(_ROLES)]
        other = _PEOPLE[(k + 2) % len(_PEOPLE)]
        org, other_org = _ORGS[k % len(_ORGS)], _ORGS[(k + 1) % len(_ORGS)]
        act = _ACTS[k % len(_ACTS)].format(n=3 + (k * 7) % 40)
        day, month = _DAYS[k % len(_DAYS)], _MONTHS[k % len(_MONTHS)]
        paragraphs = [
            f"{org.replace('the ', '').title()} {act.split(' ')[0]} in {city}",
            f"{city.upper()}, {month} {1 + k % 27}, 2023 (Wire) - {org[0].upper() + org[1:]} {act} on {day}, "
            f"the {role} of {country} said.",
            f'"We will not allow this to happen again," {person} told reporters in {city}. '
            f"{other}, who leads {other_org}, said the government had ignored repeated warnings.",
            f"According to local officials, the situation in the {country} capital remained tense on "
            f"{_DAYS[(k + 1) % len(_DAYS)]} evening. {other_org[0].upper() + other_org[1:]} denied any "
            f"involvement and demanded an independent inquiry.",
        ]
        if k % 4 == 0:
            paragraphs.append(
                f"Last week {person} visited {_CITIES[(k + 3) % len(_CITIES)]}, where she promised to "
                f"rebuild {2 + k % 9} schools destroyed during the floods."
            )
        out.append(
            ArticleInput(
                text="\n\n".join(paragraphs) + "\n",
                published=f"2023-{1 + 2 * (k % 6):02d}-{1 + k % 27:02d}",
                source="Wire",
                meta={"id": f"synthetic-{k}"},
            )
        )
    return out
