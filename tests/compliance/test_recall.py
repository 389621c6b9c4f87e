"""The learned second reader: what it adds, where it keeps quiet, and the shipped weights."""

from __future__ import annotations

import hashlib
import io
import json
import math
from dataclasses import replace
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vitrine.compliance import Config, check
from vitrine.compliance.evaluation import corpus_dir
from vitrine.compliance.recall import CHUNK, RecallModel, grams, passages, shipped_model, words
from vitrine.compliance.registry import all_rules
from vitrine.compliance.train_recall import RULES, weights_hash

PRESSING = "Madame, votre devis expire bientôt et ensuite il n'y aura plus de place avant l'été, on valide ?"


def model() -> RecallModel:
    found = shipped_model()
    assert found is not None, "compliance/data/recall_model.npz is missing"
    return found


def test_it_flags_a_wording_the_rules_have_no_words_for_as_a_passage_to_reread() -> None:
    assert "incitation" not in {f.rule for f in check(PRESSING, channel="message", learned=False).findings}
    [finding] = [f for f in check(PRESSING, channel="message").findings if f.rule == "incitation"]
    assert finding.severity == "risque"  # never « interdit »: a statistical reading blocks nothing
    assert finding.message.startswith("Passage à relire")
    assert "estimation statistique" in finding.message
    assert finding.excerpt == PRESSING[finding.start : finding.end]
    assert finding.replacement is None


def test_it_does_not_overrule_a_trigger_the_rules_set_aside() -> None:
    # A stock notice, not a promotion: the rules saw the product and set it aside; the model,
    # which reads words, would have spoken.
    text = "Le filler Volumax de chez Corneo est en rupture de stock."
    assert [hit.rule for hit in model().predict(text, "x", {"produit-sante"})] == ["produit-sante"]
    assert check(text, channel="x").findings == []


def test_half_of_a_two_part_trigger_does_not_silence_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # « clinique » opens a `denigrement` trigger that needs a judgement near it (« boucher »,
    # « bâclé »…). Without one the rules saw nothing to set aside, so the reader may still speak;
    # with one, negated, the rules' « no » stands. The threshold is zeroed so that only the
    # deference decides, not the learnt weights.
    eager = replace(model(), thresholds={**model().thresholds, "denigrement": 0.0})
    monkeypatch.setattr("vitrine.compliance.engine.shipped_model", lambda: eager)
    alone = "Les patientes qui arrivent de la clinique du port racontent toutes la même histoire."
    assert "denigrement" not in {f.rule for f in check(alone, channel="facebook", learned=False).findings}
    assert "denigrement" in {f.rule for f in check(alone, channel="facebook").findings}
    negated = "Aucun confrère de la clinique du port n'est un boucher."
    assert "denigrement" not in {f.rule for f in check(negated, channel="facebook").findings}


def test_it_judges_personal_advice_only_where_every_text_has_an_addressee() -> None:
    text = "Après une blépharoplastie, le gonflement va diminuer en deux à trois semaines."
    # every passage over the threshold, so that only the channel decides (not the learnt weights)
    eager = replace(model(), thresholds={**model().thresholds, "conseil-personnalise": 0.0})
    assert "conseil-personnalise" in {h.rule for h in eager.predict(text, "message", set(RULES))}
    assert eager.predict(text, "site", {"conseil-personnalise"}) == []


def test_it_adds_nothing_for_a_rule_the_rules_already_reported() -> None:
    text = "Ne ratez pas nos derniers créneaux : réservez vite, il ne reste que 3 places !"
    rules = [f.rule for f in check(text, channel="instagram").findings]
    assert "incitation" in rules
    assert not any(
        f.message.startswith("Passage à relire") for f in check(text, channel="instagram").findings
    )


def test_a_disabled_rule_gets_no_learned_finding() -> None:
    report = check(PRESSING, channel="message", config=Config(disable=frozenset({"incitation"})))
    assert "incitation" not in {f.rule for f in report.findings}


def test_the_practices_allowed_terms_are_hidden_from_it() -> None:
    config = Config(allowed_terms=("Silhouette Miracle",))
    assert check("La méthode Silhouette Miracle du cabinet.", channel="site", config=config).findings == []


def test_it_only_judges_the_rules_it_was_trained_for() -> None:
    assert set(model().rules) == set(RULES)
    # identifiers, a structural check and a closed list of titles are the rules' alone (ADR 0015)
    assert {"donnees-patient", "sources-absentes", "titre-non-reconnu"}.isdisjoint(model().rules)


@given(st.text(alphabet=st.sampled_from("ab .!?\n…é"), max_size=2_000))
def test_passages_are_ordered_disjoint_and_trimmed(text: str) -> None:
    spans = passages(text)
    for (_, end), (following, _) in pairwise(spans):
        assert end <= following
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
    covered = "".join(text[start:end] for start, end in spans)
    assert sum(not c.isspace() for c in covered) <= sum(not c.isspace() for c in text)


def test_a_long_text_is_read_in_passages_of_whole_sentences_under_the_chunk_size() -> None:
    sentence = "Le cabinet est ouvert du lundi au vendredi de neuf heures à dix-huit heures."
    text = " ".join([sentence] * 20)
    spans = passages(text)
    assert len(spans) == 5  # 77 characters a sentence: four to a passage
    assert all(end - start <= CHUNK for start, end in spans)
    assert all(text[start:end].startswith("Le cabinet") and text[end - 1] == "." for start, end in spans)


def test_the_shipped_weights_match_their_hash_and_the_current_dev_corpus() -> None:
    shipped = model()
    corpus = corpus_dir() / "conformite" / "dev.jsonl"
    assert shipped.meta["corpus_sha256"] == hashlib.sha256(corpus.read_bytes()).hexdigest(), (
        "dev.jsonl changed: retrain with `python -m vitrine.compliance.train_recall`"
    )
    assert shipped.meta["weights_sha256"] == weights_hash(shipped)
    assert json.loads(json.dumps(shipped.to_json()))["thresholds"] == {
        rule: round(value, 4) for rule, value in shipped.thresholds.items()
    }


def test_the_weights_saved_as_arrays_load_back_to_the_same_model() -> None:
    shipped = model()
    buffer = io.BytesIO()
    shipped.save(buffer)
    buffer.seek(0)
    loaded = RecallModel.load(buffer)
    assert weights_hash(loaded) == shipped.meta["weights_sha256"]
    assert loaded.thresholds == shipped.thresholds and loaded.doubts == shipped.doubts
    assert loaded.score(PRESSING, "message")["incitation"].probability == pytest.approx(
        shipped.score(PRESSING, "message")["incitation"].probability, abs=1e-9
    )


@given(
    st.text(alphabet=st.sampled_from("abcdeéèoiu rstlnm'-"), max_size=300),
    st.sampled_from(["site", "message"]),
)
def test_the_fast_feature_row_equals_the_grams_it_was_trained_on(text: str, channel: str) -> None:
    shipped = model()
    expected = {
        column: (1.0 + math.log(count)) * shipped.idf[column]
        for gram, count in grams(text, channel).items()
        if (column := shipped.grams.get(gram)) is not None
    }
    columns, values = shipped.row(words(text), channel)
    norm = math.sqrt(sum(value * value for value in expected.values()))
    assert sorted(expected) == columns.tolist()
    for column, value in zip(columns.tolist(), values.tolist(), strict=True):
        assert value == pytest.approx(expected[column] / norm)


def _doubting(monkeypatch: pytest.MonkeyPatch, rule: str, below: float) -> None:
    doubtful = replace(model(), doubts={rule: below})
    monkeypatch.setattr("vitrine.compliance.engine.shipped_model", lambda: doubtful)


def test_a_finding_the_reader_doubts_is_set_aside_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Résultat garanti pour votre rhinoplastie."
    assert "garantie-resultat" in {f.rule for f in check(text, channel="instagram").findings}
    _doubting(monkeypatch, "garantie-resultat", 1.01)  # above any probability: always doubted
    report = check(text, channel="instagram")
    assert "garantie-resultat" not in {f.rule for f in report.findings}
    [doubted] = [s for s in report.suppressed if s.finding.rule == "garantie-resultat"]
    assert doubted.by == "lecteur"
    assert doubted.reason.startswith("Mis de côté par le second lecteur")
    assert doubted.finding.excerpt == "Résultat garanti"
    assert "garantie-resultat" in {f.rule for f in check(text, channel="instagram", learned=False).findings}


def test_a_doubt_under_the_texts_probability_keeps_the_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Résultat garanti pour votre rhinoplastie."
    _doubting(monkeypatch, "garantie-resultat", 0.0)
    assert "garantie-resultat" in {f.rule for f in check(text, channel="instagram").findings}
    assert check(text, channel="instagram").suppressed == []


def test_the_shipped_doubts_never_set_aside_a_rules_documented_failing_example() -> None:
    shipped = model()
    for rule in all_rules():
        if rule.id not in shipped.doubts:
            continue
        for example in rule.fail_examples:
            report = check(example.text, channel=example.channel, input_format=example.input_format)
            assert rule.id in {f.rule for f in report.findings}, (rule.id, example.text)


def test_the_reader_adds_paid_promotion_only_where_money_or_its_means_are_named() -> None:
    model = shipped_model()
    assert model is not None
    assert "promotion-payante" not in model.wanted("autre", {"promotion-payante"}, "Rhinoplastie à Lyon")
    assert "promotion-payante" in model.wanted("autre", {"promotion-payante"}, "Boost de 50 € sur le post")
    post = "Rhinoplastie à Lyon : résultat garanti, pour un nez naturel."
    assert [f.rule for f in check(post, channel="autre").findings] == ["garantie-resultat"]


def test_a_text_of_several_passages_is_judged_whole_and_located_at_its_best_passage() -> None:
    info = "Le cabinet est ouvert du lundi au vendredi, l'accès est possible en tramway et en bus. "
    pressing = "Dernières places à -30 % sur la lipo, réservez vite avant dimanche soir, après c'est fini !"
    text = info * 4 + pressing + " " + info * 4
    spans = passages(text)
    assert len(spans) > 2
    folded = [words(text[start:end]) for start, end in spans]
    whole = model().probabilities([[word for passage in folded for word in passage]], "instagram")[0]
    each = model().probabilities(folded, "instagram")
    scored = model().score(text, "instagram")
    column = model().rules.index("incitation")
    # the whole text's probability, not its best passage's: one passage among many gets no
    # chance of its own to look like a violation
    assert scored["incitation"].probability == pytest.approx(float(whole[column]))
    assert scored["incitation"].probability < float(each[:, column].max())
    best = spans[int(each[:, column].argmax())]
    assert (scored["incitation"].start, scored["incitation"].end) == best
    assert pressing[:20] in text[best[0] : best[1]]


def test_the_reader_adds_a_before_after_only_where_a_change_is_shown() -> None:
    follow_up = "Un suivi est prévu 1 mois après l'intervention, puis 6 mois après."
    shown = "Profil à 6 mois, photo de gauche en janvier, à droite en juin ✨"
    assert "avant-apres" not in model().wanted("instagram", {"avant-apres"}, follow_up)
    assert "avant-apres" in model().wanted("instagram", {"avant-apres"}, shown)
