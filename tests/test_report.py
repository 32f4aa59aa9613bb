"""The monthly report: campaigns, selection, de-duplication, totals, rendering."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from sitrep.errors import NotFoundError, VocabularyError
from sitrep.model import (
    Actor,
    ActorRole,
    Campaign,
    Casualty,
    CasualtyKind,
    Claim,
    Document,
    Event,
    EventActor,
    Evidence,
    Place,
    Quantity,
    ReviewStatus,
    TimePrecision,
)
from sitrep.report import campaign, load_campaign_configs, load_campaigns, monthly, ordinal, to_json, to_markdown
from sitrep.report.dates import days_text, span_text
from sitrep.report.incidents import normalise_place_name
from sitrep.report.schema import Agreement, MonthlyReport
from sitrep.report.vocab import kind_label, with_members
from sitrep.settings import DATA_DIR

FIXTURES = Path(__file__).parent / "data" / "report"
M98 = (date(2022, 10, 23), date(2022, 11, 22))

ACTOR_NAMES = {
    "coalition": "International Coalition",
    "us_forces": "US forces",
    "sdf": "Syrian Democratic Forces",
    "russian_forces": "Russian forces",
    "regime_forces": "Syrian regime forces",
    "isis": "Islamic State (ISIS)",
}


# --- factories -------------------------------------------------------------------------------


def coalition_syria() -> Campaign:
    return campaign("coalition-syria")


def doc(doc_id: str, title: str, published: date = date(2022, 11, 23)) -> Document:
    return Document(id=doc_id, text=f"text of {doc_id}", title=title, published=published)


def evidence(doc_id: str, sentence: str) -> list[Evidence]:
    return [Evidence(document_id=doc_id, start=0, end=len(sentence), text=sentence)]


def party(actor_id: str, role: str = "initiator") -> EventActor:
    return EventActor(actor=Actor(name=ACTOR_NAMES[actor_id], actor_id=actor_id), role=ActorRole(role))


def event(
    event_id: str,
    kind: str = "missile_attack",
    day: date = date(2022, 11, 17),
    *,
    end: date | None = None,
    precision: TimePrecision = TimePrecision.DAY,
    place: str | None = "Al-Omar oil field",
    gazetteer_id: str | None = None,
    actors: tuple[str, ...] = ("coalition",),
    doc_id: str = "daily",
    quantities: dict[str, int] | None = None,
    casualties: dict[CasualtyKind, int] | None = None,
    **fields,
) -> Event:
    return Event(
        id=event_id,
        kind=kind,
        date_start=day,
        date_end=end,
        time_precision=precision,
        place=Place(name=place, gazetteer_id=gazetteer_id) if place else None,
        actors=[party(a) for a in actors],
        quantities=[Quantity(unit=u, value=v) for u, v in (quantities or {}).items()],
        casualties=[Casualty(kind=k, count=v) for k, v in (casualties or {}).items()],
        summary=f"summary of {event_id}",
        evidence=evidence(doc_id, f"Sentence reporting {event_id}."),
        **fields,
    )


def claim(
    claim_id: str,
    kind: str = "convoy",
    *,
    period: tuple[date, date] = M98,
    quantities: dict[str, int] | None = None,
    casualties: dict[CasualtyKind, int] | None = None,
    dates: list[date] | None = None,
    actors: tuple[str, ...] = ("coalition",),
    doc_id: str = "monthly",
) -> Claim:
    return Claim(
        id=claim_id,
        kind=kind,
        period_start=period[0],
        period_end=period[1],
        quantities=[Quantity(unit=u, value=v) for u, v in (quantities or {}).items()],
        casualties=[Casualty(kind=k, count=v) for k, v in (casualties or {}).items()],
        dates=dates or [],
        actors=[party(a) for a in actors],
        evidence=evidence(doc_id, f"Sentence stating {claim_id}."),
    )


DOCS = [
    doc("daily", "Daily report: shelling in Deir Ezzor", date(2022, 11, 17)),
    doc("monthly", "98th month of Coalition operations in Syria"),
    doc("other", "Russian patrols in Al-Hasakah countryside"),
]


def report_of(events=(), claims=(), documents=DOCS, month: int = 98) -> MonthlyReport:
    return monthly(coalition_syria(), month, list(events), list(claims), list(documents))


def load_month98() -> tuple[list[Event], list[Claim], list[Document]]:
    data = json.loads((FIXTURES / "month98.json").read_text(encoding="utf-8"))
    return (
        [Event.model_validate(e) for e in data["events"]],
        [Claim.model_validate(c) for c in data["claims"]],
        [Document.model_validate(d) for d in data["documents"]],
    )


# --- campaigns ---------------------------------------------------------------------------------


def test_campaigns_file_is_valid_and_names_known_actors_and_kinds():
    campaigns = load_campaigns()
    assert "coalition-syria" in campaigns
    syria = campaigns["coalition-syria"]
    assert syria.name == "International Coalition operations in Syria"
    assert syria.start == date(2014, 9, 23)
    assert syria.actors == ["coalition"] and syria.region == ["SY"] and syria.kinds == []
    assert "Coalition" in load_campaign_configs()["coalition-syria"].keywords


def test_unknown_campaign_lists_the_known_ones():
    with pytest.raises(NotFoundError, match="coalition-syria"):
        campaign("no-such-campaign")


@pytest.mark.parametrize(
    "body, problem",
    [
        ('name = "X"\nstart = 2014-09-23\nactors = ["nobody"]', "unknown actor"),
        ('name = "X"\nstart = "2014-09-23"\nactors = ["coalition"]', "start must be"),
        ('name = "X"\nstart = 2014-09-23\nactors = ["coalition"]\nregion = ["Syria"]', "ISO 3166"),
        ('name = "X"\nstart = 2014-09-23\nactors = ["coalition"]\nkinds = ["picnic"]', "unknown kind"),
        ('name = "X"\nstart = 2014-09-23\nactors = ["coalition"]\ncolour = "red"', "unknown field"),
        ('start = 2014-09-23\nactors = ["coalition"]', "name"),
    ],
)
def test_malformed_campaigns_file_is_a_vocabulary_error(tmp_path, body, problem):
    for name in ("actors.toml", "ontology.toml"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "campaigns.toml").write_text(f"[campaigns.bad]\n{body}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=problem):
        load_campaigns(tmp_path)


def test_broken_toml_is_a_vocabulary_error(tmp_path):
    for name in ("actors.toml", "ontology.toml"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "campaigns.toml").write_text("[campaigns.bad\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="not valid TOML"):
        load_campaigns(tmp_path)


def test_member_actors_count_for_their_parent():
    members = with_members(["coalition"])
    assert {"coalition", "us_forces"} <= members
    assert "sdf" not in members and "russian_forces" not in members


def test_kind_labels_come_from_the_ontology():
    assert kind_label("missile_attack") == "Missile, rocket or artillery attack"
    assert kind_label("made_up_kind") == "Made up kind"


# --- month windows and wording -----------------------------------------------------------------


def test_month_window_of_the_seed_month():
    assert coalition_syria().month_window(98) == M98
    assert coalition_syria().month_window(1) == (date(2014, 9, 23), date(2014, 10, 22))


@pytest.mark.parametrize(
    "n, text",
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"),
     (22, "22nd"), (98, "98th"), (101, "101st"), (111, "111th"), (112, "112th"), (123, "123rd")],
)
def test_ordinals(n, text):
    assert ordinal(n) == text


def test_report_title_uses_the_ordinal():
    assert report_of(month=101).title == "101st month of International Coalition operations in Syria"


@pytest.mark.parametrize(
    "start, end, precision, text",
    [
        (date(2022, 11, 17), None, TimePrecision.DAY, "17 November 2022"),
        (date(2022, 11, 3), date(2022, 11, 5), TimePrecision.DAY, "3–5 November 2022"),
        (date(2022, 11, 1), date(2022, 11, 10), TimePrecision.MONTH, "early November 2022"),
        (date(2022, 11, 11), date(2022, 11, 20), TimePrecision.MONTH, "mid-November 2022"),
        (date(2022, 11, 21), date(2022, 11, 30), TimePrecision.MONTH, "late November 2022"),
        (date(2022, 11, 1), date(2022, 11, 30), TimePrecision.MONTH, "November 2022"),
        (None, None, TimePrecision.DAY, "date unknown"),
    ],
)
def test_dates_are_rendered_by_precision(start, end, precision, text):
    assert span_text(start, end, precision) == text


def test_lists_of_days_read_like_the_desk_writes_them():
    days = [date(2022, 11, d) for d in (21, 3, 16, 5)]
    assert days_text(days) == "3, 5, 16 and 21 November 2022"
    assert days_text([date(2022, 10, 30), date(2022, 11, 2)]) == "30 October 2022; 2 November 2022"


# --- selection ---------------------------------------------------------------------------------


def _selected_ids(report: MonthlyReport) -> set[str]:
    return {ref.id for ref in report.references}


def test_events_are_selected_by_window():
    report = report_of(
        [
            event("inside", day=date(2022, 11, 17)),
            event("first-day", day=date(2022, 10, 23), place="A"),
            event("last-day", day=date(2022, 11, 22), place="B"),
            event("before", day=date(2022, 10, 22), place="C"),
            event("after", day=date(2022, 11, 23), place="D"),
            event("baghouz-2019", kind="airstrike", day=date(2019, 3, 21), place="Al-Baghouz"),
        ]
    )
    assert _selected_ids(report) == {"inside", "first-day", "last-day"}


def test_month_precision_event_counts_in_the_month_its_start_falls_in():
    november = dict(precision=TimePrecision.MONTH, kind="base_established")
    report = report_of(
        [
            event("november", day=date(2022, 11, 1), end=date(2022, 11, 30), place="Raqqa", **november),
            event("october", day=date(2022, 10, 1), end=date(2022, 10, 31), place="Raqqa", **november),
        ]
    )
    assert _selected_ids(report) == {"november"}
    assert report.developments[0].date_text == "November 2022"


def test_events_are_selected_by_campaign_actor_or_campaign_document():
    report = report_of(
        [
            event("coalition", actors=("coalition",), doc_id="other", place="A"),
            event("us-member", actors=("us_forces",), doc_id="other", place="B"),
            event("russian", actors=("russian_forces",), doc_id="other", place="C"),
            event("russian-in-coalition-doc", actors=("russian_forces",), doc_id="monthly", place="D"),
            event("no-actor-in-coalition-doc", actors=(), doc_id="monthly", place="E"),
        ]
    )
    assert _selected_ids(report) == {"coalition", "us-member", "russian-in-coalition-doc", "no-actor-in-coalition-doc"}


def test_rejected_events_are_left_out():
    report = report_of(
        [event("kept", place="A"), event("rejected", place="B", review_status=ReviewStatus.REJECTED)]
    )
    assert _selected_ids(report) == {"kept"}


def test_claims_are_selected_by_overlapping_period_and_campaign():
    stated = {"trucks": 10}
    report = report_of(
        claims=[
            claim("this-month", quantities=stated),
            claim("overlapping", period=(date(2022, 11, 1), date(2022, 11, 30)), quantities=stated),
            claim("last-month", period=(date(2022, 9, 23), date(2022, 10, 22)), quantities=stated),
            claim("other-actor", actors=("russian_forces",), doc_id="other", quantities=stated),
        ]
    )
    assert _selected_ids(report) == {"this-month", "overlapping"}


# --- totals ------------------------------------------------------------------------------------


def _convoys(day: int, trucks: int, place: str) -> Event:
    return event(f"convoy-{day}", kind="convoy", day=date(2022, 11, day), place=place, quantities={"trucks": trucks})


def test_stated_and_counted_convoys_agree():
    days = [3, 5, 16, 21]
    events = [_convoys(d, t, "Al-Waleed crossing") for d, t in zip(days, [50, 45, 40, 50])]
    stated = claim("c", quantities={"trucks": 185, "batches": 4}, dates=[date(2022, 11, d) for d in days])
    convoys = report_of(events, [stated]).headline("convoys")
    assert (convoys.figure("trucks").stated, convoys.figure("trucks").counted) == (185, 185)
    assert (convoys.figure("convoys").stated, convoys.figure("convoys").counted) == (4, 4)
    assert convoys.dates.counted == convoys.dates.stated
    assert not convoys.disagrees
    assert all(f.agreement == Agreement.AGREE for f in convoys.figures)


def test_a_disagreement_is_flagged_and_shown():
    events = [_convoys(3, 50, "Al-Waleed crossing"), _convoys(9, 20, "Al-Waleed crossing")]
    stated = claim("c", quantities={"trucks": 185, "batches": 4}, dates=[date(2022, 11, 3), date(2022, 11, 5)])
    report = report_of(events, [stated])
    convoys = report.headline("convoys")
    assert convoys.disagrees
    assert convoys.figure("trucks").agreement == Agreement.DISAGREE
    assert convoys.figure("trucks").counted == 70
    assert convoys.dates.agreement == Agreement.DISAGREE
    markdown = to_markdown(report)
    assert "**Disagreement:**" in markdown and "trucks: stated 185, counted 70" in markdown


def test_stated_figure_without_events_is_not_a_disagreement():
    report = report_of(claims=[claim("c", quantities={"trucks": 185})])
    trucks = report.headline("convoys").figure("trucks")
    assert trucks.agreement == Agreement.STATED_ONLY and not report.headline("convoys").disagrees


def test_joint_operations_count_raids_airdrops_and_campaign_arrests():
    arrested, killed = CasualtyKind.ARRESTED, CasualtyKind.KILLED
    events = [
        event("raid", kind="raid", day=date(2022, 11, 2), place="Thiban", actors=("coalition", "sdf"),
              casualties={arrested: 3}),
        event("airdrop", kind="airdrop", day=date(2022, 11, 8), place="Al-Busayrah", casualties={killed: 2}),
        event("arrest", kind="arrest", day=date(2022, 11, 12), place="Al-Shuhayl", actors=("us_forces",),
              casualties={arrested: 1}),
        event("sdf-arrest", kind="arrest", day=date(2022, 11, 13), place="Hajin", actors=("sdf",), doc_id="monthly",
              casualties={arrested: 5}),
    ]
    stated = claim("ops", kind="joint_operation", quantities={"operations": 4}, casualties={arrested: 10, killed: 4})
    report = report_of(events, [stated])
    ops = report.headline("joint_operations")
    assert [(f.name, f.stated, f.counted) for f in ops.figures] == [
        ("operations", 4, 3), ("arrested", 10, 4), ("killed", 4, 2)
    ]
    assert [d.refs for d in report.developments] == [["sdf-arrest"]]


# --- de-duplication ----------------------------------------------------------------------------


def test_a_daily_event_and_its_monthly_retelling_are_one_incident():
    daily = event("daily-missiles", day=date(2022, 11, 17), gazetteer_id="site:omar", doc_id="daily",
                  quantities={"missiles": 4})
    retold = event("monthly-missiles", day=date(2022, 11, 17), place="Al Omar Oil Field", doc_id="monthly",
                   quantities={"missiles": 3})
    elsewhere = event("other-missiles", day=date(2022, 11, 17), place="Conoco gas field", doc_id="daily")
    report = report_of([daily, retold, elsewhere])
    assert len(report.developments) == 2
    omar = next(d for d in report.developments if "daily-missiles" in d.refs)
    assert omar.refs == ["daily-missiles", "monthly-missiles"]
    assert [q.value for q in omar.quantities] == [4]  # the largest report, not 7
    sources = {s.document_id for r in report.references if r.id in omar.refs for s in r.sources}
    assert sources == {"daily", "monthly"}


def test_an_early_month_retelling_merges_with_the_dated_report():
    dated = event("stones-daily", kind="violent_demonstration", day=date(2022, 11, 6), place="Jadid Bakara")
    retold = event("stones-monthly", kind="violent_demonstration", day=date(2022, 11, 1), end=date(2022, 11, 10),
                   precision=TimePrecision.MONTH, place="Jadid Bakara", doc_id="monthly")
    (only,) = report_of([retold, dated]).developments
    assert only.date_text == "6 November 2022"  # the exact date speaks for the incident
    assert only.refs == ["stones-daily", "stones-monthly"]


def test_totals_count_incidents_and_take_the_largest_figure():
    arrested = CasualtyKind.ARRESTED
    daily = event("raid-daily", kind="raid", day=date(2022, 11, 2), place="Thiban", casualties={arrested: 3})
    retold = event("raid-monthly", kind="raid", day=date(2022, 11, 2), place="Thiban", casualties={arrested: 4},
                   doc_id="monthly")
    ops = report_of([daily, retold]).headline("joint_operations")
    assert ops.figure("operations").counted == 1
    assert ops.figure("arrested").counted == 4
    assert ops.figure("arrested").counted_refs == ["raid-daily", "raid-monthly"]


def test_unplaced_events_are_never_merged():
    report = report_of([event("a", place=None), event("b", place=None)])
    assert len(report.developments) == 2


def test_place_names_are_normalised():
    assert normalise_place_name("Al-Omar oil field") == normalise_place_name("Omar Oil Field")


def test_developments_are_in_date_order():
    events = [
        event("late", day=date(2022, 11, 22), place="A"),
        event("early", day=date(2022, 10, 25), place="B"),
        event("middle", day=date(2022, 11, 9), place="C"),
    ]
    report = report_of(events)
    assert [d.refs[0] for d in report.developments] == ["early", "middle", "late"]


# --- rendering and traceability ----------------------------------------------------------------


def _mixed_report() -> MonthlyReport:
    events = [
        _convoys(3, 50, "Al-Waleed crossing"),
        event("raid", kind="raid", day=date(2022, 11, 2), place="Thiban", casualties={CasualtyKind.ARRESTED: 3}),
        event("missiles", day=date(2022, 11, 17), quantities={"missiles": 4}),
        event("missiles-again", day=date(2022, 11, 17), doc_id="monthly"),
    ]
    claims = [
        claim("convoys", quantities={"trucks": 185, "batches": 4}, dates=[date(2022, 11, 3)]),
        claim("ops", kind="joint_operation", quantities={"operations": 4}, casualties={CasualtyKind.ARRESTED: 10}),
    ]
    return report_of(events, claims)


def test_every_reference_in_the_markdown_is_in_the_references_section():
    report = _mixed_report()
    markdown = to_markdown(report)
    body, references = markdown.split("## References", 1)
    cited = set(re.findall(r"\[([EC]\d+)\]", body))
    listed = set(re.findall(r"\*\*\[([EC]\d+)\]\*\* `([^`]+)`", references))
    assert cited and cited == {label for label, _ in listed}
    for ref in report.references:
        assert f"**[{ref.label}]** `{ref.id}`" in references
        for source in ref.sources:
            assert source.text in references


def test_every_figure_and_development_is_backed_by_references():
    report = _mixed_report()
    known = {ref.id for ref in report.references}
    for headline in report.headlines:
        for figure in [*headline.figures, headline.dates] if headline.dates else headline.figures:
            assert set(figure.stated_refs) <= known and set(figure.counted_refs) <= known
            if figure.stated not in (None, []):
                assert figure.stated_refs
            if figure.counted not in (None, [], 0):
                assert figure.counted_refs
    for development in report.developments:
        assert development.refs and set(development.refs) <= known


def test_json_and_markdown_carry_the_same_numbers():
    report = _mixed_report()
    data = json.loads(to_json(report))
    assert MonthlyReport.model_validate(data) == report
    markdown = to_markdown(report)
    for headline in data["headlines"]:
        section = markdown.split(f"### {headline['label']}", 1)[1].split("###", 1)[0]
        stated_line = next(line for line in section.splitlines() if line.startswith("- Stated"))
        counted_line = next((line for line in section.splitlines() if line.startswith("- Counted")), "")
        for figure in headline["figures"]:
            if figure["stated"] is not None:
                assert re.search(rf"\b{figure['stated']}\b", stated_line)
            if figure["counted"] is not None and headline["incident_ids"]:
                assert re.search(rf"\b{figure['counted']}\b", counted_line)
    for development in data["developments"]:
        line = next(line for line in markdown.splitlines() if development["summary"] in line)
        for quantity in development["quantities"]:
            assert f"{quantity['value']} {quantity['unit']}" in line
    assert data["window_start"] == "2022-10-23" and data["window_end"] == "2022-11-22"
    assert {r["id"] for r in data["references"]} == {r.id for r in report.references}


# --- the seed's month 98, built by hand ---------------------------------------------------------


def test_seed_month_98():
    events, claims, documents = load_month98()
    report = monthly(coalition_syria(), 98, events, claims, documents)
    markdown = to_markdown(report)

    assert markdown.startswith("# 98th month of International Coalition operations in Syria")
    for phrase in ("185 trucks", "4 batches", "3, 5, 16 and 21 November 2022", "4 joint", "10 arrested", "4 killed"):
        assert phrase in markdown, phrase
    assert "Al-Baghouz" not in markdown and "2019" not in markdown
    assert "ev-m98-baghouz-2019" not in {r.id for r in report.references}

    developments = markdown.split("## Most prominent developments", 1)[1].split("## References", 1)[0]
    order = ["Jadid Bakara", "Ar-Raqqah", "Al-Omar oil field", "Asthah Al-Wazir"]
    assert [developments.index(place) for place in order] == sorted(developments.index(place) for place in order)
    assert "**17 November 2022** · Missile, rocket or artillery attack · Al-Omar oil field, Deir Ezzor" in developments
    drone = next(line for line in developments.splitlines() if "Asthah Al-Wazir" in line)
    assert "2 killed" in drone and "3 injured" in drone and "22 November 2022" in drone

    stated_dates = report.headline("convoys").dates.stated
    assert stated_dates == [date(2022, 11, d) for d in (3, 5, 16, 21)]
    ops = report.headline("joint_operations")
    assert [(f.name, f.stated) for f in ops.figures] == [("operations", 4), ("arrested", 10), ("killed", 4)]
    assert ops.figure("operations").stated_refs == ["claim-m98-joint-ops"]


def test_claims_of_other_kinds_are_shown_as_stated_totals():
    stated = claim("civilian-deaths", kind="airstrike", casualties={CasualtyKind.KILLED: 7}, quantities={"airstrikes": 3})
    report = report_of(claims=[stated])
    headline = report.headline("stated_airstrike")
    assert not headline.counts_events
    assert [(f.name, f.stated, f.stated_refs) for f in headline.figures] == [
        ("airstrikes", 3, ["civilian-deaths"]), ("killed", 7, ["civilian-deaths"])
    ]
    markdown = to_markdown(report)
    assert "### Airstrike (stated)" in markdown and "3 airstrikes, 7 killed [C1]" in markdown


def test_date_spans_read_as_a_desk_writes_them():
    from sitrep.report.dates import span_text

    assert span_text(date(2023, 1, 12), date(2023, 1, 16), TimePrecision.WEEK) == "12–16 January 2023"
    assert span_text(date(2022, 10, 23), date(2022, 11, 22), TimePrecision.MONTH) == "between 23 October 2022 and 22 November 2022"
