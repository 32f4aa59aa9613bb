"""One sentence, two events: an attack and its interception, an abduction and the body found, land razed and a post
set up, a shelling and its clash (sitrep.extract.twins)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.evaluate import match_spans
from sitrep.extract import extract
from sitrep.model import ActorRole, CasualtyKind, Document


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    monkeypatch.setenv("SITREP_EVENT_FILTER", "0")


def events_of(text: str):
    return extract(Document.from_text(text, published=date(2026, 6, 1))).events


def by_kind(events):
    return {e.kind: e for e in events}


def ids(event, role):
    return {a.actor_id for a in event.actors_in(role)}


def test_rockets_fired_at_a_base_and_one_intercepted_are_an_attack_and_a_downing():
    events = by_kind(events_of("On May 14, two rockets were fired at the Coalition base at the Conoco gas field; "
                               "the Coalition said its air defences intercepted one of them."))
    assert set(events) == {"missile_attack", "disrupted_weapons"}
    assert events["missile_attack"].quantity("rockets") == 2
    downing = events["disrupted_weapons"]
    assert ids(downing, ActorRole.INITIATOR) == {"coalition"}
    assert downing.quantity("rockets") == 1
    assert downing.date_start == date(2026, 5, 14)


def test_air_defences_that_intercept_israeli_missiles_are_syrian_and_the_israelis_their_target():
    events = by_kind(events_of("On 28 May Israeli warplanes struck military sites south-west of Damascus, Syrian state media said, "
                               "adding that air defences intercepted most of the hostile missiles."))
    downing = events["disrupted_weapons"]
    assert ids(downing, ActorRole.INITIATOR) == {"regime_forces"}
    assert ids(downing, ActorRole.TARGET) == {"israeli_forces"}
    assert downing.quantities == []  # "most" is no count


def test_a_log_line_of_drones_launched_and_all_intercepted_keeps_the_attack():
    events = by_kind(events_of("08 MAY: 3x drones launched vs Koniko gas field, all intercepted by Coalition air defences."))
    assert set(events) == {"drone_strike", "disrupted_weapons"}
    assert events["drone_strike"].quantity("drones") == 3
    assert events["disrupted_weapons"].quantity("drones") == 3


def test_an_interception_in_the_next_sentence_is_its_own_event():
    # before, "Syrian air defences confronted the hostile missiles ..." had no date or place of its own and was lost
    events = by_kind(events_of("On 17 May Israeli warplanes struck a weapons depot near Al-Kiswah, south of Damascus. "
                               "Syrian air defences confronted the hostile missiles and shot down a number of them, "
                               "a military source said."))
    assert set(events) == {"airstrike", "disrupted_weapons"}
    assert events["disrupted_weapons"].place.name == events["airstrike"].place.name


@pytest.mark.parametrize("text", [
    "On 4 May the air defence systems of Hmeimim airbase destroyed six drones launched by terrorist groups from Idlib.",
    "On 4 May a Turkish drone struck a car near Qamishli; the drone was not shot down.",
])
def test_no_twin_where_the_sentence_tells_only_one_event(text):
    assert len(events_of(text)) == 1


def test_equal_overlaps_pair_events_of_the_same_kind():
    # two gold events and two predictions on one sentence: kinds decide the pairs, not the order
    spans = [(0, 50), (0, 50)]
    kinds_gold, kinds_pred = ["missile_attack", "disrupted_weapons"], ["disrupted_weapons", "missile_attack"]
    pairs = match_spans(spans, [[(0, 50)], [(0, 50)]], lambda g, p: kinds_gold[g] == kinds_pred[p])
    assert pairs == [(0, 1), (1, 0)]


def test_a_body_found_after_an_abduction_is_the_abduction_and_a_killing():
    # before, one event, dated by the first day the sentence named
    events = by_kind(events_of("The body of a young man from Baniyas who had been abducted on 10 March was found on "
                               "16 March on the coastal road south of Tartus, with gunshot wounds."))
    assert events["abduction"].date_start == date(2026, 3, 10)
    assert events["attack"].date_start == date(2026, 3, 16)
    assert events["attack"].casualty_count(CasualtyKind.KILLED) == 1


def test_a_body_found_days_later_is_dated_from_the_abduction():
    events = by_kind(events_of("A pharmacist in Jasim was abducted by unknown gunmen on 27 May; his body was found two "
                               "days later on the Jasim-Nawa road."))
    assert (events["abduction"].date_start, events["attack"].date_start) == (date(2026, 5, 27), date(2026, 5, 29))
    assert not events["attack"].actors_in(ActorRole.INITIATOR)


def test_one_of_the_abducted_found_dead_is_no_second_abduction():
    events = events_of("On 9 June the body of one of the abducted, a 19-year-old student, was found near the Al-Busayrah bridge.")
    assert [e.kind for e in events] == ["attack"]


def test_land_razed_and_a_position_set_up_are_two_events():
    # before, one event of whichever kind the rules read first
    events = by_kind(events_of("On 12 May, Israeli army bulldozers levelled farmland on the edge of the village of Bariqa, "
                               "south of Quneitra, and set up a new earth berm close to the houses."))
    assert set(events) == {"property_destruction", "base_established"}
    assert all(ids(e, ActorRole.INITIATOR) == {"israeli_forces"} for e in events.values())


def test_shells_that_fell_during_clashes_are_the_shelling_and_the_clash_between_the_sides():
    # before, one shelling, its initiator a side of the clash the sentence names only after "during"
    events = by_kind(events_of("On 18 May, a woman was killed and her daughter wounded when a mortar shell struck their "
                               "house in the western countryside of Sweida during clashes between Druze fighters and "
                               "Bedouin gunmen."))
    assert set(events) == {"missile_attack", "armed_clash"}
    shelling, clash = events["missile_attack"], events["armed_clash"]
    assert not shelling.actors_in(ActorRole.INITIATOR)
    assert shelling.casualty_count(CasualtyKind.KILLED) == 1 and clash.casualties == []
    assert [a.name for a in clash.actors_in(ActorRole.INITIATOR)] == ["druze fighters"]
    assert [a.name for a in clash.actors_in(ActorRole.TARGET)] == ["bedouin gunmen"]
    assert clash.date_start == shelling.date_start == date(2026, 5, 18)


@pytest.mark.parametrize("text", [
    "On 12 May, Israeli army bulldozers levelled farmland on the edge of the village of Bariqa, south of Quneitra.",
    "On 18 May, a mortar shell struck a house in the western countryside of Sweida, killing a woman.",
])
def test_no_second_event_where_only_one_is_told(text):
    assert len(events_of(text)) == 1
