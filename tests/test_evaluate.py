import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import SitrepError
from sitrep.evaluate import GoldClaim, GoldDocument, GoldEvent, load_gold, normalise_place, score
from sitrep.model import (
    Actor,
    ActorRole,
    Casualty,
    CasualtyKind,
    Certainty,
    Claim,
    Event,
    EventActor,
    Evidence,
    Extraction,
    Place,
    Quantity,
    TimePrecision,
)

DATA = Path(__file__).parent / "data" / "evaluate"
EXAMPLES = Path(__file__).parent.parent / "examples"
FILE = "report.txt"


@pytest.fixture
def text() -> str:
    return (DATA / FILE).read_text(encoding="utf-8")


@pytest.fixture
def gold() -> list[GoldDocument]:
    return load_gold(DATA / "gold.jsonl")


def evidence(text: str, sentence: str) -> list[Evidence]:
    start = text.index(sentence)
    return [Evidence(document_id=FILE, start=start, end=start + len(sentence), text=sentence)]


def actor(actor_id: str | None, role: ActorRole, name: str | None = None) -> EventActor:
    return EventActor(actor=Actor(name=name or actor_id or "?", actor_id=actor_id), role=role)


def event_from_gold(g: GoldEvent, text: str, index: int = 0) -> Event:
    """The prediction a perfect extractor would make for a gold event."""
    roles = [(g.initiators, ActorRole.INITIATOR), (g.targets, ActorRole.TARGET), (g.partners, ActorRole.PARTNER)]
    return Event(
        id=f"e{index}",
        kind=g.kind,
        date_start=g.date_start,
        date_end=g.date_end,
        time_precision=g.time_precision or TimePrecision.DAY,
        place=Place(name=g.place.upper(), resolved_name=g.place) if g.place else None,
        actors=[actor(name, role, name=name) for names, role in roles for name in names],
        quantities=[Quantity(unit=u, value=v) for u, v in g.quantities.items()],
        casualties=[
            Casualty(kind=k, count=getattr(g, k.value)) for k in CasualtyKind if getattr(g, k.value)
        ],
        certainty=g.certainty,
        evidence=evidence(text, g.evidence),
    )


def claim_from_gold(g: GoldClaim, text: str, index: int = 0) -> Claim:
    roles = [(g.initiators, ActorRole.INITIATOR), (g.partners, ActorRole.PARTNER)]
    return Claim(
        id=f"c{index}",
        kind=g.kind,
        quantities=[Quantity(unit=u, value=v) for u, v in g.quantities.items()],
        casualties=[Casualty(kind=k, count=getattr(g, k.value)) for k in CasualtyKind if getattr(g, k.value)],
        period_start=g.period_start,
        period_end=g.period_end,
        dates=g.dates,
        actors=[actor(name, role) for names, role in roles for name in names],
        evidence=evidence(text, g.evidence),
    )


def perfect(gold: list[GoldDocument], texts: dict[str, str]) -> dict[str, Extraction]:
    return {
        d.file: Extraction(
            document_id=d.file,
            events=[event_from_gold(g, texts[d.file], i) for i, g in enumerate(d.events)],
            claims=[claim_from_gold(g, texts[d.file], i) for i, g in enumerate(d.claims)],
        )
        for d in gold
    }


def test_load_gold_reads_events_and_claims(gold):
    [document] = gold
    assert document.file == FILE
    assert [e.kind for e in document.events] == ["convoy", "raid"]
    assert document.events[0].quantities == {"trucks": 40}
    assert document.events[1].date_start == date(2022, 12, 12)
    assert document.claims[0].dates[-1] == date(2022, 12, 15)


def test_perfect_prediction_scores_one_everywhere(gold, text):
    scores = score(gold, perfect(gold, {FILE: text}), {FILE: text})
    assert scores.misses == []
    for name, field in scores.fields.items():
        assert (field.precision, field.recall, field.f1) == (1.0, 1.0, 1.0), name
    assert scores["event"].support == 2
    assert scores["event.quantity.trucks"].support == 1
    assert scores["claim.dates"].support == 1
    assert scores["event.killed"].support == 1  # only the raid states a death toll


def test_one_wrong_date_halves_date_score(gold, text):
    predicted = perfect(gold, {FILE: text})
    predicted[FILE].events[1].date_end = date(2022, 12, 13)
    predicted[FILE].events[1].date_start = date(2022, 12, 13)
    scores = score(gold, predicted, {FILE: text})
    assert (scores["event.date"].precision, scores["event.date"].recall, scores["event.date"].f1) == (0.5, 0.5, 0.5)
    assert scores["event.kind"].f1 == 1.0
    [miss] = scores.misses
    assert miss.field == "event.date"
    assert miss.gold == (date(2022, 12, 12), date(2022, 12, 12))
    assert miss.predicted == (date(2022, 12, 13), date(2022, 12, 13))
    assert miss.evidence.startswith("Two ISIS members")


def test_extra_event_lowers_precision_only(gold, text):
    predicted = perfect(gold, {FILE: text})
    sentence = "Observers expect more convoys in the coming weeks."
    predicted[FILE].events.append(Event(id="extra", kind="convoy", evidence=evidence(text, sentence)))
    scores = score(gold, predicted, {FILE: text})
    assert scores["event"].precision == pytest.approx(2 / 3)
    assert scores["event"].recall == 1.0
    assert scores["event.kind"].precision == 1.0  # fields are scored over matched pairs
    [miss] = scores.misses
    assert (miss.field, miss.evidence, miss.gold) == ("event", None, None)
    assert sentence in miss.predicted


def test_missed_event_lowers_recall_of_detection_and_of_its_fields(gold, text):
    predicted = perfect(gold, {FILE: text})
    del predicted[FILE].events[1]
    scores = score(gold, predicted, {FILE: text})
    assert (scores["event"].precision, scores["event"].recall) == (1.0, 0.5)
    assert (scores["event.kind"].precision, scores["event.kind"].recall) == (1.0, 0.5)
    assert scores["event.arrested"].recall == 0.0
    assert scores["event.arrested"].support == 1
    assert scores["event.quantity.trucks"].recall == 1.0
    assert [(m.field, m.gold, m.predicted) for m in scores.misses] == [("event", "raid", None)]


def test_document_without_extraction_misses_everything(gold, text):
    scores = score(gold, {}, {FILE: text})
    assert scores["event"].recall == 0.0
    assert scores["claim"].recall == 0.0
    assert scores["event"].precision == 0.0


def test_unset_field_counts_as_not_predicted(gold, text):
    predicted = perfect(gold, {FILE: text})
    predicted[FILE].events[0].place = None
    scores = score(gold, predicted, {FILE: text})
    assert (scores["event.place"].precision, scores["event.place"].recall) == (1.0, 0.5)


def test_place_matches_after_normalisation(gold, text):
    predicted = perfect(gold, {FILE: text})
    predicted[FILE].events[0].place = Place(name="al-omar oil field")
    predicted[FILE].events[1].place = Place(name="Dibaan", resolved_name="Diban")
    scores = score(gold, predicted, {FILE: text})
    assert scores["event.place"].f1 == 1.0
    assert normalise_place("Al-Shuhayl") == normalise_place("Shuhayl") == "shuhayl"
    assert normalise_place("Deir ez-Zor") != normalise_place("Deir Ezzor city")


def test_actors_compare_by_id_then_by_lower_case_name(gold, text):
    predicted = perfect(gold, {FILE: text})
    raid = predicted[FILE].events[1]
    raid.actors = [
        actor("sdf", ActorRole.INITIATOR),
        actor(None, ActorRole.TARGET, name="ISIS"),
        actor("us_forces", ActorRole.PARTNER),
    ]
    scores = score(gold, predicted, {FILE: text})
    assert scores["event.initiators"].f1 == 1.0
    assert scores["event.targets"].f1 == 1.0  # "ISIS" lower-cased is the gold id "isis"
    assert scores["event.partners"].precision == 0.0
    [miss] = scores.misses
    assert miss.gold == frozenset({"coalition"}) and miss.predicted == frozenset({"us_forces"})


def test_casualties_and_certainty_are_scored(gold, text):
    predicted = perfect(gold, {FILE: text})
    raid = predicted[FILE].events[1]
    raid.casualties = [Casualty(kind=CasualtyKind.KILLED, count=1), Casualty(kind=CasualtyKind.KILLED, count=1)]
    raid.certainty = Certainty.ALLEGED
    scores = score(gold, predicted, {FILE: text})
    assert scores["event.killed"].f1 == 1.0  # two casualty entries add up to the gold toll
    assert scores["event.arrested"].recall == 0.0
    assert scores["event.certainty"].precision == 0.5


def test_wrong_claim_quantity_is_a_claim_miss(gold, text):
    predicted = perfect(gold, {FILE: text})
    predicted[FILE].claims[0].quantities = [Quantity(unit="trucks", value=185), Quantity(unit="batches", value=3)]
    scores = score(gold, predicted, {FILE: text})
    assert scores["claim"].f1 == 1.0
    assert scores["claim.quantity.trucks"].f1 == 0.0
    assert scores["claim.quantity.batches"].f1 == 1.0
    assert scores["claim.dates"].f1 == 1.0
    [miss] = scores.misses
    assert (miss.field, miss.gold, miss.predicted) == ("claim.quantity.trucks", 140, 185)


def test_matching_is_one_to_one_with_largest_overlap_first(gold, text):
    predicted = perfect(gold, {FILE: text})
    convoy = predicted[FILE].events[0]
    partial = convoy.evidence[0].model_copy(update={"end": convoy.evidence[0].start + 10})
    partial = partial.model_copy(update={"text": text[partial.start : partial.end]})
    predicted[FILE].events.insert(0, Event(id="dup", kind="patrol", evidence=[partial]))
    scores = score(gold, predicted, {FILE: text})
    assert scores["event.kind"].f1 == 1.0  # the full-sentence convoy wins the gold event
    assert scores["event"].precision == pytest.approx(2 / 3)


def test_evidence_with_stale_offsets_is_found_by_its_words(gold, text):
    predicted = perfect(gold, {FILE: text})
    for event in predicted[FILE].events:
        event.evidence = [e.model_copy(update={"start": 0, "end": 5}) for e in event.evidence]
    scores = score(gold, predicted, {FILE: text})
    assert scores["event"].f1 == 1.0


def test_gold_evidence_missing_from_text_raises(gold):
    with pytest.raises(SitrepError, match="report.txt: gold evidence not found"):
        score(gold, {}, {FILE: "Some other report."})


def test_missing_text_raises(gold):
    with pytest.raises(SitrepError, match="no text given"):
        score(gold, {}, {})


def test_malformed_gold_line_names_the_line():
    with pytest.raises(SitrepError, match=r"malformed\.jsonl, line 2: not valid JSON"):
        load_gold(DATA / "malformed.jsonl")


def test_gold_line_missing_a_field_names_the_line_and_field():
    with pytest.raises(SitrepError, match=r"invalid\.jsonl, line 2: not a gold document: events\.0\.evidence"):
        load_gold(DATA / "invalid.jsonl")


def test_gold_document_annotated_twice_is_refused(tmp_path):
    line = json.dumps({"file": "a.txt", "events": [], "claims": []})
    path = tmp_path / "gold.jsonl"
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    with pytest.raises(SitrepError, match="line 2: 'a.txt' is annotated twice"):
        load_gold(path)


def test_unreadable_gold_file_raises(tmp_path):
    with pytest.raises(SitrepError, match="cannot read gold file"):
        load_gold(tmp_path / "absent.jsonl")


def test_renderings(gold, text):
    predicted = perfect(gold, {FILE: text})
    predicted[FILE].events[1].date_start = None
    predicted[FILE].events[1].date_end = None
    scores = score(gold, predicted, {FILE: text})
    table = scores.to_table()
    assert table.splitlines()[0].split() == ["field", "precision", "recall", "f1", "support"]
    assert any(line.split()[0] == "event.date" and line.split()[1:] == ["1.000", "0.500", "0.667", "2"] for line in table.splitlines())
    rendered = json.loads(scores.to_json())
    assert rendered["fields"]["event"]["f1"] == 1.0
    # without a date, the default time precision does not count as predicted
    assert [m["field"] for m in rendered["misses"]] == ["event.date", "event.time_precision"]
    assert rendered["misses"][0] == {
        "document": FILE,
        "evidence": gold[0].events[1].evidence,
        "field": "event.date",
        "gold": ["2022-12-12", "2022-12-12"],
        "predicted": None,
    }


# ---------------------------------------------------------------- the bundled examples


def example_bodies(gold: list[GoldDocument]) -> dict[str, str]:
    return {d.file: (EXAMPLES / d.file).read_text(encoding="utf-8").split("---\n", 2)[2] for d in gold}


def test_examples_gold_is_valid_and_scores_one_against_itself():
    gold = load_gold(EXAMPLES / "gold.jsonl")
    texts = example_bodies(gold)
    assert len(gold) == len(list((EXAMPLES / "reports").rglob("*.txt"))) >= 30
    scores = score(gold, perfect(gold, texts), texts)
    assert scores.misses == []
    assert scores["event"].support == sum(len(d.events) for d in gold)
    assert all(f.f1 == 1.0 for f in scores.fields.values())


def test_examples_use_only_known_kinds_and_actors():
    import tomllib

    data = Path(__file__).parent.parent / "src" / "sitrep" / "data"
    kinds = set(tomllib.loads((data / "ontology.toml").read_text(encoding="utf-8"))["kinds"])
    actors = set(tomllib.loads((data / "actors.toml").read_text(encoding="utf-8"))["actors"])
    for document in load_gold(EXAMPLES / "gold.jsonl"):
        for item in [*document.events, *document.claims]:
            assert item.kind in kinds, (document.file, item.kind)
            for name in [*item.initiators, *getattr(item, "targets", []), *item.partners]:
                assert name in actors or " " in name, (document.file, name)


def test_examples_monthly_totals_agree_with_daily_reports():
    gold = load_gold(EXAMPLES / "gold.jsonl")
    daily = [e for d in gold if "/daily/" in d.file for e in d.events]
    for claim in (c for d in gold for c in d.claims):
        in_period = [e for e in daily if claim.period_start <= e.date_start <= claim.period_end]
        if claim.kind == "convoy":
            convoys = [e for e in in_period if e.kind == "convoy"]
            assert sum(e.quantities["trucks"] for e in convoys) == claim.quantities["trucks"]
            assert sorted(e.date_start for e in convoys) == claim.dates
        else:
            joint = [e for e in in_period if e.kind in {"raid", "airdrop"} and "coalition" in e.initiators + e.partners]
            assert len(joint) == claim.quantities["operations"]
            assert sum(e.arrested for e in joint) == claim.arrested
            assert sum(e.killed for e in joint) == claim.killed


def test_equal_overlaps_of_the_same_kind_pair_the_items_that_agree_on_more_fields():
    # one line listing two incidents of one kind: before, the first found was paired with the first gold whatever its day
    from sitrep.evaluate import match_spans

    gold_days, found_days = ["3 May", "11 May"], ["11 May", "3 May"]
    pairs = match_spans([(0, 80), (0, 80)], [[(0, 40)], [(42, 80)]], lambda g, p: True,
                        lambda g, p: int(gold_days[g] == found_days[p]))
    assert pairs == [(0, 1), (1, 0)]
