"""A happening told twice in one document is one event; two log items at different times stay two."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sitrep.extract import extract
from sitrep.extract.retold import told_at_other_times
from sitrep.model import CasualtyKind, Document
from sitrep.settings import Settings

RULES = replace(Settings.from_env(), event_filter=0.0)


def events(text: str):
    return extract(Document.from_text(text, published=date(2026, 8, 12)), RULES).events


def test_a_later_take_is_folded_into_the_first_with_its_newer_toll():
    [strike] = events(
        "QAMISHLI, Syria, Aug 11 (Example Wire) - A Turkish drone struck a car near Qamishli on Tuesday, killing two people, the SDF said.\n\n"
        "Qamishli is the largest city of the Kurdish-led administration.\n\nTurkey says it targets only militants.\n\n"
        "QAMISHLI, Syria, Aug 11 (Example Wire) - A Turkish drone strike on a car near Qamishli on Tuesday killed three people, the SDF said.")
    assert strike.casualty_count(CasualtyKind.KILLED) == 3
    assert len(strike.evidence) == 2  # both tellings can be checked


def test_another_incident_of_the_same_day_and_place_stays_apart():
    assert len(events("A Turkish drone struck a car near Qamishli on Tuesday, killing two people.\n\n"
                      "Another Turkish drone struck a motorcycle near Qamishli on Tuesday, killing one person.")) == 2


def test_log_items_at_different_clock_times_are_two_incidents():
    # before, the second line was merged into the first as the same happening and its two wounded were lost
    first, second = events("0630 hrs: IED struck an SDF vehicle in Hajin on 11 Aug, 1 KIA.\n"
                           "1410 hrs: IED struck an SDF patrol in Hajin on 11 Aug, 2 WIA.")
    assert first.casualty_count(CasualtyKind.KILLED) == 1
    assert second.casualty_count(CasualtyKind.INJURED) == 2


def test_clock_times():
    assert told_at_other_times("0630 hrs: IED ...", "1410 hrs: IED ...")
    assert told_at_other_times("14:05 — drone over Ariha", "[21 Jan, 19:41] drone over Ariha")
    assert not told_at_other_times("14:05 — drone over Ariha", "14:05 — the same drone")
    assert not told_at_other_times("A drone struck Ariha.", "14:05 — a drone struck Ariha")
    assert not told_at_other_times("DESK NOTE: a statement at 09:00 confirmed three dead.", "07:10 — drone strike on a car")


def test_a_follow_up_that_names_no_place_retells_the_event_just_before_it_and_adds_other_victims():
    # before, "One attacker was killed ..." was a second clash, since it named no place of its own
    text = ("On Thursday night, ISIS gunmen attacked an SDF checkpoint near Al-Busayrah, killing two fighters. "
            "One attacker was killed in the exchange of fire, according to the SDF.")
    [event] = extract(Document.from_text(text, published=date(2026, 9, 26)), RULES).events
    assert event.kind == "armed_clash" and event.casualty_count(CasualtyKind.KILLED) == 3
    assert len(event.evidence) == 2


def test_a_log_line_that_points_back_at_an_incident_retells_it_whatever_its_clock_time():
    # before, the different clock times made the update a second drone strike
    [strike] = events("16:50 Turkish drone targets a car on the Qamishli–Amuda road near Amuda; no information yet on casualties\n"
                      "17:02 Kobani: the municipality launches a summer cleaning campaign\n"
                      "17:15 Update: one SDF fighter killed in the drone strike near Amuda")
    assert strike.kind == "drone_strike"
    assert strike.casualty_count(CasualtyKind.KILLED) == 1
    assert len(strike.evidence) == 2
