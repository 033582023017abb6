"""``eventwire bench``: corpus readers and the timing of bare spaCy against the full pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.bench import (
    count_words,
    peak_rss_mb,
    read_corpus,
    run_bench,
    standard_corpus,
    synthetic_articles,
)
from eventwire.cli import main
from eventwire.errors import DataError, InputError
from eventwire.options import Options

KEYS = {
    "articles",
    "words",
    "spacy_articles_per_s",
    "eventwire_articles_per_s",
    "ratio",
    "peak_rss_mb",
    "stage_shares",
    "spacy_load_s",
    "eventwire_load_first_article_s",
}


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    d = tmp_path / "text"
    (d / "sub").mkdir(parents=True)
    for i, art in enumerate(synthetic_articles(4)):
        (d / ("sub" if i % 2 else ".") / f"a{i}.txt").write_text(art.text, encoding="utf-8")
    (d / "notes.md").write_text("not an article file", encoding="utf-8")
    return d


def test_read_directory_and_jsonl(corpus_dir: Path, tmp_path: Path) -> None:
    items = read_corpus([corpus_dir])
    assert [it.meta["id"] for it in items] == ["a0.txt", "a2.txt", "sub/a1.txt", "sub/a3.txt"]
    jl = tmp_path / "docs.jsonl"
    arts = synthetic_articles(3, seed=5)
    jl.write_text(
        "\n".join(json.dumps({"doc_id": i, "doc_text": a.text}) for i, a in enumerate(arts)) + "\n\n",
        encoding="utf-8",
    )
    got = read_corpus([jl, corpus_dir], limit=2)
    assert [it.meta["id"] for it in got] == ["0", "1", "a0.txt", "a2.txt"]
    assert got[0].text == arts[0].text
    assert read_corpus([jl], text_field="doc_text")[2].text == arts[2].text


def test_corpus_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_corpus([tmp_path / "missing.jsonl"])
    with pytest.raises(InputError):
        read_corpus([tmp_path])  # a directory without .txt files
    with pytest.raises(InputError):
        read_corpus([])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\n{oops\n', encoding="utf-8")
    with pytest.raises(DataError, match=":2:"):
        read_corpus([bad])
    nofield = tmp_path / "nofield.jsonl"
    nofield.write_text('{"headline": "x"}\n', encoding="utf-8")
    with pytest.raises(DataError, match="no text field") as info:
        read_corpus([nofield])
    assert "--text-field" in (info.value.hint or "")


def test_run_bench_values() -> None:
    items = synthetic_articles(12)
    result = run_bench(items, Options(batch_size=4))
    assert set(result) >= KEYS
    assert result["articles"] == 12
    assert result["spacy_batch_size"] == result["eventwire_batch_size"] == 4
    assert result["words"] == count_words(it.text for it in items) > 12 * 50
    assert result["spacy_articles_per_s"] > 0 and result["eventwire_articles_per_s"] > 0
    ratio = result["eventwire_articles_per_s"] / result["spacy_articles_per_s"]
    assert result["ratio"] == pytest.approx(ratio, abs=0.002)
    shares = result["stage_shares"]
    assert set(shares) >= {"read", "parse", "places", "times", "actors", "quotes", "events", "record"}
    assert sum(shares.values()) == pytest.approx(1.0, abs=0.01)
    # Parsing is real work: it cannot be free (its share of the time is a timing, so no threshold).
    assert shares["parse"] > 0 and all(v >= 0 for v in shares.values())
    assert result["errors"] == 0
    assert result["spacy_load_s"] > 0 and result["eventwire_load_first_article_s"] > 0
    assert 100 < result["peak_rss_mb"] < 4096
    ew_peak = result["eventwire_peak_rss_mb"]
    # VmHWM is synced lazily by the kernel, so a later reading can be a little lower.
    assert ew_peak is None or 100 < ew_peak <= min(result["peak_rss_mb"], peak_rss_mb()) + 8
    assert result["spacy_cpu_s"] > 0 and result["eventwire_cpu_s"] > 0


def test_bench_command_json(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["bench", "--corpus", str(corpus_dir), "--limit", "3", "--json", "--stages", "read,parse",
               "--spacy-batch-size", "2"])
    assert rc == 0
    result = json.loads(capsys.readouterr().out)
    assert result["spacy_batch_size"] == 2
    assert set(result) >= KEYS
    assert result["articles"] == 3
    assert set(result["stage_shares"]) == {"read", "parse", "record"}


def test_bench_command_table(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["bench", "--corpus", str(corpus_dir), "--limit", "2", "--stages", "read,parse"])
    assert rc == 0
    out = capsys.readouterr().out
    assert "ratio" in out and "parse" in out


def test_standard_corpus_is_readable(shared_data: Path) -> None:
    paths = standard_corpus(shared_data.parent)
    assert len(paths) == 3
    items = read_corpus(paths, limit=2)
    assert len(items) == 6
    assert all(it.text.strip() for it in items)
