"""The seed report, read the way a careful analyst would code it, field by field.

The seed lives in ../shared/seeds (not in this repository); these tests skip without it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.extract import extract
from sitrep.ingest import read
from sitrep.model import ActorRole, CasualtyKind, Certainty, GeoPrecision, TimePrecision

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_307ddc1b2551862a.txt"
PUBLISHED = date(2022, 11, 23)
MONTH_98 = (date(2022, 10, 23), date(2022, 11, 22))

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not present")


@pytest.fixture(scope="module")
def seed():
    document = next(read(SEED, published=PUBLISHED))
    return document, extract(document)


def _event(seed, kind: str, place_id_or_name: str):
    _, extraction = seed
    found = [e for e in extraction.events if e.kind == kind and e.place and place_id_or_name in (e.place.resolved_name, e.place.gazetteer_id)]
    assert len(found) == 1, [(e.kind, e.place and e.place.resolved_name) for e in extraction.events]
    return found[0]


def _roles(event, role: ActorRole) -> set[str]:
    return {a.actor_id for a in event.actors_in(role)}


def _near(place, lat: float, lon: float, km: float = 5.0) -> bool:
    from sitrep.geo.distance import distance_km

    return place.latitude is not None and distance_km(place.latitude, place.longitude, lat, lon) <= km


def test_exactly_the_events_an_analyst_codes(seed):
    _, extraction = seed
    coded = sorted((e.kind, e.place.resolved_name if e.place else None) for e in extraction.events)
    assert coded == sorted([
        ("missile_attack", "Al-Omar oil field"),
        ("movement", "Al-Hesayniyah"),
        ("base_established", "17th Division"),
        ("violent_demonstration", "Jadid Bakara"),
        ("movement", "Manbij"),
        ("movement", "Ain Al-Arab"),
        ("drone_strike", "Asthah Al-Wazir"),
        ("airstrike", "Al-Baghouz camp"),
    ])
    assert len(extraction.claims) == 2
    assert extraction.notes == []


def test_missile_attack_on_al_omar(seed):
    event = _event(seed, "missile_attack", "Al-Omar oil field")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (event.date_start, event.date_end, event.time_precision) == (date(2022, 11, 17), date(2022, 11, 17), TimePrecision.DAY)
    assert event.quantity("missiles") == 4
    assert _roles(event, ActorRole.INITIATOR) == {"iran_militias"}
    assert _roles(event, ActorRole.TARGET) == {"coalition"}
    assert event.place.admin1 == "Deir ez-Zor" and event.place.precision == GeoPrecision.POINT
    assert _near(event.place, 35.03, 40.55, km=10)
    assert "four missiles were fired" in event.evidence[0].text


def test_militia_alert_at_al_hesayniyah(seed):
    event = _event(seed, "movement", "Al-Hesayniyah")
    assert event.sub_event_type == "Change to group/activity" and event.event_type == "Strategic developments"
    assert _roles(event, ActorRole.INITIATOR) == {"iran_militias"}
    assert (event.date_start, event.time_precision) == (date(2022, 11, 17), TimePrecision.APPROXIMATE)  # "after the attack"
    assert event.place.precision == GeoPrecision.POINT and event.place.admin1 == "Deir ez-Zor"
    assert event.attribution == "Observatory sources"
    assert event.quantities == []  # "four-wheel drive vehicles (4×4)" is not a count


def test_us_base_at_the_17th_division(seed):
    event = _event(seed, "base_established", "17th Division")
    assert event.sub_event_type == "Headquarters or base established"
    assert _roles(event, ActorRole.INITIATOR) == {"us_forces"}
    assert _roles(event, ActorRole.TARGET) == set()  # the regime abandoned the barracks; SDF were stationed there
    assert (event.date_start, event.date_end, event.time_precision) == (*MONTH_98, TimePrecision.MONTH)
    assert event.place.admin1 == "Ar-Raqqah"
    assert len(event.evidence) == 2 and "helipad" in event.evidence[1].text


def test_stones_thrown_at_coalition_patrol_in_jadid_bakara(seed):
    event = _event(seed, "violent_demonstration", "Jadid Bakara")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert (event.date_start, event.date_end, event.time_precision) == (date(2022, 11, 1), date(2022, 11, 10), TimePrecision.MONTH)
    assert _roles(event, ActorRole.INITIATOR) == {"protesters"}
    assert _roles(event, ActorRole.TARGET) == {"coalition", "us_forces"}  # "in SDF-held areas" is no target
    assert event.place.admin1 == "Deir ez-Zor"
    assert any("threw stones" in e.text for e in event.evidence)


def test_coalition_convoys_into_manbij_and_kobani(seed):
    manbij = _event(seed, "movement", "Manbij")
    assert (manbij.date_start, manbij.time_precision) == (date(2022, 11, 9), TimePrecision.DAY)
    assert manbij.quantity("vehicles") == 8
    assert _roles(manbij, ActorRole.INITIATOR) == {"coalition"}
    assert _roles(manbij, ActorRole.PARTNER) == {"sdf"}
    assert manbij.place.admin1 == "Aleppo" and _near(manbij.place, 36.53, 37.95)
    kobani = _event(seed, "movement", "Ain Al-Arab")
    assert _roles(kobani, ActorRole.INITIATOR) == {"coalition"}  # "another convoy"
    assert (kobani.date_start, kobani.time_precision) == (date(2022, 11, 9), TimePrecision.APPROXIMATE)
    assert kobani.place.admin1 == "Aleppo" and _near(kobani.place, 36.89, 38.35)


def test_turkish_drone_strike_on_asthah_al_wazir(seed):
    event = _event(seed, "drone_strike", "Asthah Al-Wazir")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert (event.date_start, event.time_precision) == (date(2022, 11, 22), TimePrecision.DAY)
    assert _roles(event, ActorRole.INITIATOR) == {"turkish_forces"}
    assert _roles(event, ActorRole.TARGET) == {"coalition", "sdf_counter_terrorism"}
    assert event.casualty_count(CasualtyKind.KILLED) == 2 and event.casualty_count(CasualtyKind.INJURED) == 3
    assert {c.group for c in event.casualties} == {"sdf_counter_terrorism"}
    assert event.certainty == Certainty.INITIAL
    assert event.place.admin1 == "Al-Hasakah" and event.place.latitude is not None
    assert len(event.evidence) == 2  # "the attack left two ... dead" belongs to it


def test_baghouz_2019_is_a_historical_alleged_event(seed):
    event = _event(seed, "airstrike", "Al-Baghouz camp")
    assert (event.date_start, event.time_precision) == (date(2019, 3, 21), TimePrecision.DAY)
    assert event.date_start < MONTH_98[0]
    assert _roles(event, ActorRole.INITIATOR) == {"coalition"}
    assert "isis" in _roles(event, ActorRole.TARGET)
    assert event.casualty_count(CasualtyKind.KILLED) == 200
    assert event.certainty == Certainty.ALLEGED
    assert _near(event.place, 34.46, 40.93, km=10)


def test_stated_totals_are_claims(seed):
    _, extraction = seed
    convoy = next(c for c in extraction.claims if c.kind == "convoy")
    assert convoy.quantity("trucks") == 185 and convoy.quantity("batches") == 4
    assert convoy.dates == [date(2022, 11, 3), date(2022, 11, 5), date(2022, 11, 16), date(2022, 11, 21)]
    assert (convoy.period_start, convoy.period_end) == MONTH_98
    assert convoy.origin.resolved_name == "Kurdistan Region of Iraq"
    assert {d.admin1 for d in convoy.destinations} == {"Al-Hasakah", "Deir ez-Zor"}
    assert {a.actor.actor_id for a in convoy.actors if a.role is ActorRole.INITIATOR} == {"coalition"}
    raids = next(c for c in extraction.claims if c.kind == "raid")
    assert raids.quantity("operations") == 4
    assert raids.casualty_count(CasualtyKind.ARRESTED) == 10 and raids.casualty_count(CasualtyKind.KILLED) == 4
    assert {(a.actor.actor_id, a.role) for a in raids.actors} == {
        ("coalition", ActorRole.INITIATOR), ("sdf", ActorRole.PARTNER), ("isis", ActorRole.TARGET)}
    assert (raids.period_start, raids.period_end) == MONTH_98
    assert len(raids.evidence) == 2  # "These security operations left four ISIS members dead."


def test_appeals_and_background_are_not_events(seed):
    document, extraction = seed
    used = {e.text for item in extraction.events + extraction.claims for e in item.evidence}
    for phrase in ("renews its calls", "oil and gas resources", "Turkish military intervention", "continues sending"):
        assert not any(phrase in sentence for sentence in used), phrase


def test_evidence_spans_point_into_the_document(seed):
    document, extraction = seed
    for item in extraction.events + extraction.claims:
        for evidence in item.evidence:
            assert document.text[evidence.start:evidence.end] == evidence.text


def test_reprocessing_gives_the_same_ids(seed):
    document, extraction = seed
    again = extract(document)
    assert [e.id for e in again.events] == [e.id for e in extraction.events]
    assert [c.id for c in again.claims] == [c.id for c in extraction.claims]
