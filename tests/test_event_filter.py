"""The learned event filter: its shipped weights, what it drops, and that it can be turned off."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from sitrep.extract import extract
from sitrep.extract.event_filter import (EVENT_LABEL, FILTER_DIR, context_words, event_probability, filter_text,
                                        sorted_events)
from sitrep.extract.learned import load_model
from sitrep.model import Document
from sitrep.settings import Settings

PUBLISHED = date(2026, 3, 12)


def found(text: str, floor: float):
    settings = replace(Settings.from_env(), event_filter=floor)
    return extract(Document.from_text(text, published=PUBLISHED), settings).events


def test_weights_load_with_two_labels():
    model = load_model(FILTER_DIR)
    assert model.labels == ("not", EVENT_LABEL)
    assert model.coef.shape == (2, len(model.vocabulary))
    assert not model.coef[0].any()  # the score of "not" is fixed at zero: a logistic regression


def test_the_default_floor_is_one_the_cross_validation_measured_and_it_helped():
    metadata = json.loads((FILTER_DIR / "metadata.json").read_text(encoding="utf-8"))
    validation = metadata["cross_validation"]
    chosen = validation[f"floor_{Settings().event_filter}"]
    assert chosen["f1"] > validation["rules_alone"]["f1"]
    assert chosen["dropped_wrong"] > 5 * chosen["dropped_right"]


# Sentences written for this test, not taken from the corpus the model was trained on.
@pytest.mark.parametrize("text", [
    "Access to the field hospital from Hajin is closed because of the fighting.",
    "Medical sources later raised the toll to three killed.",
])
def test_drops_what_the_rules_take_for_an_event_but_reports_none(text):
    assert found(text, 0.0), "the rules are expected to read an event here"
    assert found(text, Settings().event_filter) == []


@pytest.mark.parametrize("text", [
    "A roadside bomb wounded two SDF fighters near Hajin on Monday.",
    "Turkish artillery shelled the village of Tal Tamr on Tuesday, wounding a woman.",
])
def test_keeps_plain_events(text):
    assert len(found(text, Settings().event_filter)) == 1


def test_a_floor_of_zero_keeps_every_event():
    events = found("Access to the field hospital from Hajin is closed because of the fighting. "
                   "Medical sources later raised the toll to three killed.", 0.0)
    assert sorted_events(events, 0.0) == (events, [])
    assert all(0.0 <= event_probability(e) <= 1.0 for e in events)


def test_the_model_reads_kind_certainty_and_confidence_as_marker_words():
    assert filter_text("ied", "alleged", 0.55, "A bomb went off.") == "xkind_ied xcert_alleged xconf_55 A bomb went off."
    assert filter_text("ied", "alleged", 0.55, "A bomb went off.", "xfirst_event") == \
        "xfirst_event xkind_ied xcert_alleged xconf_55 A bomb went off."


def test_the_model_reads_what_the_rules_found_around_an_event():
    events = found("A roadside bomb wounded two SDF fighters near Hajin on Monday.\n\n"
                   "Local sources said a roadside bomb wounded two fighters near Hajin on Monday.\n\n"
                   "Protesters gathered somewhere on Monday.", 0.0)
    assert [e.kind for e in events] == ["ied", "ied", "peaceful_protest"]
    first, retold, protest = (context_words(events, i).split() for i in range(3))
    assert "xfirst_event" in first and "xretold_kind_day_place" not in first and "xevents_3" in first
    assert {"xretold_kind_day_place", "xretold_day_place", "xretold_kind_day"} <= set(retold)
    assert "xno_place" in protest and "xretold_kind_day" not in protest


def test_a_sentence_announcing_another_incident_is_kept_whatever_the_model_says():
    events = found("A Turkish drone struck a car near Qamishli on Monday, killing two people.\n\n"
                   "Another military convoy also entered Kobani to discuss developments in the region.", 0.0)
    assert len(events) == 2
    assert sorted_events(events, 0.999)[0] == events[1:]


def test_the_floor_is_a_setting(monkeypatch):
    monkeypatch.setenv("SITREP_EVENT_FILTER", "0")
    assert Settings.from_env().event_filter == 0.0


def test_knows_the_gold_file_it_was_trained_on(tmp_path):
    from pathlib import Path

    from sitrep.extract.event_filter import trained_on

    dev = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "gold.jsonl"
    copy = tmp_path / "gold.jsonl"
    copy.write_text("{}\\n", encoding="utf-8")
    assert not trained_on(copy)
    if dev.exists():
        assert trained_on(dev), "retrain with scripts/train_event_filter.py after changing corpus/dev/gold.jsonl"


def test_a_dropped_sentence_that_states_a_total_is_kept_as_a_claim():
    text = "Across the governorate, landmines killed 7 people and wounded 12 during May, the directorate said."
    rules = extract(Document.from_text(text, published=date(2026, 6, 3)), replace(Settings.from_env(), event_filter=0.0))
    assert (len(rules.events), len(rules.claims)) == (1, 0)  # the rules read one explosion
    learned = extract(Document.from_text(text, published=date(2026, 6, 3)), replace(Settings.from_env(), event_filter=0.25))
    assert learned.events == []
    [total] = learned.claims
    assert (total.kind, total.period_start, total.period_end) == ("ied", date(2026, 5, 1), date(2026, 5, 31))
    assert total.evidence[0].text == text


def test_the_totals_model_loads_and_its_cross_validation_is_mostly_right():
    from sitrep.extract.event_filter import TOTAL_LABEL, TOTALS_DIR

    assert load_model(TOTALS_DIR).labels == ("not", TOTAL_LABEL)
    totals = json.loads((FILTER_DIR / "metadata.json").read_text(encoding="utf-8"))["cross_validation"]["totals"]
    # more of the dropped events it keeps as claims are gold totals than not (22 of 28 on 1120 documents, 14 of 26 on
    # 1240: the rules now read the plainer totals themselves, so fewer easy ones are left to it), and each wrong one
    # was a wrong event anyway
    assert totals["of_them_gold_totals"] > 0.5 * totals["turned_into_claims"] > 0


def test_the_three_learned_models_stay_loaded_together():
    # with room for two, extracting (filter, totals) and classifying (snippet model) read weights from disk each time
    from sitrep.extract.event_filter import TOTALS_DIR
    from sitrep.extract.learned import MODEL_DIR

    for directory in (MODEL_DIR, FILTER_DIR, TOTALS_DIR):
        load_model(directory)
    misses = load_model.cache_info().misses
    for directory in (MODEL_DIR, FILTER_DIR, TOTALS_DIR):
        load_model(directory)
    assert load_model.cache_info().misses == misses
