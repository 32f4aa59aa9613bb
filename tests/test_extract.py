"""Extraction: its parts on small sentences, and the whole on the bundled example desk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.extract import extract
from sitrep.extract.arguments import find_casualties, find_quantities
from sitrep.extract.dates import declares_month_first, find_dates
from sitrep.extract.nlp import join_broken_words
from sitrep.extract.numbers import find_numbers, parse_number
from sitrep.model import ActorRole, CasualtyKind, Certainty, Document, TimePrecision

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PUBLISHED = date(2022, 11, 23)


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    """These tests pin down the rules one wording at a time; the learned event filter, which drops some
    one-line events with no date of their own, has its own tests (test_event_filter.py, and the seed's)."""
    monkeypatch.setenv("SITREP_EVENT_FILTER", "0")


def doc(text: str, published: date | None = PUBLISHED, title: str | None = None) -> Document:
    return Document.from_text(text, published=published, title=title)


def totals_only(text: str, published: date | None = PUBLISHED) -> list:
    """The claims a text gives, once it is checked that it gives no event: for sentences that state a total."""
    extraction = extract(doc(text, published=published))
    assert extraction.events == []
    return extraction.claims


@pytest.mark.parametrize("words, value", [
    ("185", 185), ("four", 4), ("twenty-two", 22), ("two hundred and five", 205), ("1,200", 1200), ("dozens", 12),
])
def test_numbers_in_digits_and_words(words, value):
    assert parse_number(words) == value


def test_number_qualifiers_are_kept_not_rounded():
    numbers = find_numbers("nearly 185 trucks, at least 10 killed and dozens of people")
    assert [(n.value, n.qualifier) for n in numbers] == [(185, "nearly"), (10, "at least"), (12, "dozens of")]


def test_compounds_and_ordinals_are_not_counts():
    assert find_numbers("four-wheel drive vehicles (4×4) on the 3rd") == []


@pytest.mark.parametrize("text, start, end, precision", [
    ("On November 17, four missiles", date(2022, 11, 17), date(2022, 11, 17), TimePrecision.DAY),
    ("on March 21, 2019", date(2019, 3, 21), date(2019, 3, 21), TimePrecision.DAY),
    ("In early November, a group", date(2022, 11, 1), date(2022, 11, 10), TimePrecision.MONTH),
    ("in mid-November", date(2022, 11, 11), date(2022, 11, 20), TimePrecision.MONTH),
    ("yesterday at dawn", date(2022, 11, 22), date(2022, 11, 22), TimePrecision.DAY),
    ("On Monday, a convoy", date(2022, 11, 21), date(2022, 11, 21), TimePrecision.DAY),
    ("between November 12 and 16", date(2022, 11, 12), date(2022, 11, 16), TimePrecision.WEEK),
    ("On the night of November 3", date(2022, 11, 3), date(2022, 11, 3), TimePrecision.DAY),
    ("on December 4", date(2021, 12, 4), date(2021, 12, 4), TimePrecision.DAY),  # after publication: last year
])
def test_dates_resolve_against_the_publication_date(text, start, end, precision):
    [mention] = find_dates(text, PUBLISHED)
    assert (mention.date_start, mention.date_end, mention.precision) == (start, end, precision)


def test_a_list_of_days_gives_each_day():
    [mention] = find_dates("on the 26th of November, 4th and 15th of December", date(2022, 12, 23))
    assert mention.days == [date(2022, 11, 26), date(2022, 12, 4), date(2022, 12, 15)]


def test_without_a_publication_date_yearless_dates_stay_unresolved():
    assert find_dates("On November 17, four missiles", None) == []
    assert find_dates("on March 21, 2019", None)[0].date_start == date(2019, 3, 21)


def test_counts_and_casualties_with_their_groups():
    assert [(q.unit, q.value) for q in find_quantities("185 trucks and vehicles in four batches")] == [("trucks", 185), ("batches", 4)]
    casualties = find_casualties("the attack left two fighters of anti-terrorism units dead and three others critically injured")
    assert [(c.kind, c.count, c.group) for c in casualties] == [
        (CasualtyKind.KILLED, 2, "sdf_counter_terrorism"), (CasualtyKind.INJURED, 3, "sdf_counter_terrorism")]
    single = find_casualties("ISIS gunmen killed two SDF members and wounded a third")
    assert [(c.kind, c.count) for c in single] == [(CasualtyKind.KILLED, 2), (CasualtyKind.INJURED, 1)]


def test_one_event_with_roles_place_and_counts():
    result = extract(doc("On November 20, a Turkish drone struck a car carrying SDF members near Qamishli, killing two of them."))
    [event] = result.events
    assert event.kind == "drone_strike" and event.date_start == date(2022, 11, 20)
    assert {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)} == {"turkish_forces"}
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == {"sdf"}
    assert event.place.resolved_name and event.place.admin1 == "Al-Hasakah"
    assert event.casualty_count(CasualtyKind.KILLED) == 2


def test_joint_raid_partners_and_frame():
    result = extract(doc("Two ISIS members were killed and two others were arrested last night in a joint raid by the SDF and Coalition forces in Diban."))
    [event] = result.events
    assert event.kind == "raid"
    assert {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)} == {"sdf"}
    assert {a.actor_id for a in event.actors_in(ActorRole.PARTNER)} == {"coalition"}
    assert (event.casualty_count(CasualtyKind.KILLED), event.casualty_count(CasualtyKind.ARRESTED)) == (2, 2)


def test_follow_up_sentence_folds_into_its_event():
    result = extract(doc("On November 22, a Turkish drone hit an SDF position in Tal Tamr. According to initial reports, the attack left two fighters dead."))
    [event] = result.events
    assert event.casualty_count(CasualtyKind.KILLED) == 2 and event.certainty == Certainty.INITIAL
    assert len(event.evidence) == 2


def test_denied_event_is_kept_as_negated():
    text = ("An SDF fighter was killed last night in a clash with ISIS near Al-Kasrah. "
            "Local sources denied reports that Coalition warplanes had bombed the area during the fighting.")
    events = extract(doc(text)).events
    assert [e.certainty for e in events] == [Certainty.REPORTED, Certainty.NEGATED]


def test_background_appeals_and_forecasts_yield_nothing():
    text = ("The desk renews its call on all parties to protect civilians. "
            "ISIS cells have stepped up their attacks in the riverside villages over the past weeks. "
            "Residents expect the militias to keep testing the bases' defences.")
    assert extract(doc(text)).events == []


def test_period_totals_are_claims_not_events():
    text = "In the past month, 120 trucks of the International Coalition crossed into Syria in three batches."
    result = extract(doc(text))
    assert result.events == []
    [claim] = result.claims
    assert claim.kind == "convoy" and claim.quantity("trucks") == 120 and claim.quantity("batches") == 3


def test_missing_publication_date_is_reported():
    result = extract(doc("On November 17, four missiles hit the Coalition base in Al-Omar oil field.", published=None))
    assert result.notes and "no publication date" in result.notes[0]
    assert result.events[0].date_start is None


@pytest.mark.parametrize("text", ["", "   \n  ", "x" * 20000, ("word " * 10000).strip(), "هذا نص عربي عن قصف في دير الزور"])
def test_odd_input_does_not_crash(text):
    if not text.strip():
        with pytest.raises(ValueError):
            doc(text)
        return
    result = extract(doc(text))
    assert isinstance(result.events, list)


# The bundled example desk: scores are printed and must not fall below the recorded baseline.
BASELINE = {"event": 0.95, "event.kind": 0.95, "event.date": 0.95, "event.place": 0.95, "event.initiators": 0.95,
            "event.targets": 0.90, "event.partners": 0.95, "event.killed": 0.95, "event.arrested": 0.95,
            "claim": 0.95, "claim.kind": 0.95, "claim.dates": 0.95}


@pytest.mark.skipif(not (EXAMPLES / "gold.jsonl").exists(), reason="examples/gold.jsonl missing")
def test_examples_scores_do_not_regress(capsys):
    from sitrep.evaluate import evaluate_corpus

    scores = evaluate_corpus(EXAMPLES / "gold.jsonl")
    with capsys.disabled():
        print("\nexample desk, field by field:\n" + scores.to_table())
    table = {name: result.f1 for name, result in scores.fields.items()}
    low = {name: round(table.get(name, 0.0), 3) for name, floor in BASELINE.items() if table.get(name, 0.0) < floor}
    assert not low, f"below baseline: {low}"


def test_text_in_another_language_is_noted_not_guessed():
    result = extract(doc("هذا نص عربي عن قصف في دير الزور أمس"))
    assert result.events == [] and "only English is supported" in result.notes[0]
    french = "Les forces de la coalition ont mené hier soir une opération dans la ville avec les FDS et ont arrêté trois personnes."
    assert "only English" in extract(doc(french)).notes[0]


def test_listed_days_and_clauses_become_one_event_each():
    text = ("Iranian-backed militias fired rockets at the Coalition base in Al-Omar oil field on November 4 and 9. "
            "Rockets hit the Coalition base at Koniko gas field on November 12; another attack on the base followed on November 15.")
    events = extract(doc(text)).events
    assert [(e.kind, e.date_start.day, e.place.resolved_name) for e in events] == [
        ("missile_attack", 4, "Al-Omar oil field"), ("missile_attack", 9, "Al-Omar oil field"),
        ("missile_attack", 12, "Koniko gas field"), ("missile_attack", 15, "Koniko gas field")]
    assert len({e.id for e in events}) == 4


def test_generic_parties_are_kept_as_written_with_an_actor_type():
    text = "Unknown gunmen shot dead a shepherd near Hajin yesterday. ISIS gunmen attacked an SDF checkpoint in Al-Izba on Sunday."
    first, second = extract(doc(text)).events
    [gunmen] = first.actors_in(ActorRole.INITIATOR)
    assert (gunmen.actor_id, gunmen.name, gunmen.acled_inter) == (None, "unknown gunmen", 3)
    assert [a.actor_id for a in second.actors_in(ActorRole.INITIATOR)] == ["isis"]  # "ISIS gunmen" is ISIS


def test_a_one_sentence_report_is_not_skipped_as_its_own_title():
    text = "A Turkish drone struck a car near Qamishli city on November 1, killing two SDF fighters."
    assert len(extract(doc(text, title=text)).events) == 1


# The development corpus (corpus/dev): other styles, hard cases. Figures recorded when this guard was set;
# the issue's target is 0.95 for every field, and the README says how far each still is.
DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev" / "gold.jsonl"
# The corpus grew from 40 to 1000 documents in styles extraction had not seen (translated local news, humanitarian
# updates, briefs, feeds, live blogs, state media, armed groups' channels, trackers, exports, PDF and web text, ...);
# floors sit just under the figures measured at the commit that recorded them (docs/evaluation.md), so a change that
# loses ground on any field fails here.
# Recorded at the end of session 18 on the 1570-document corpus, rules alone (event 0.864, kind 0.855, date 0.856,
# place 0.872, initiators 0.764, targets 0.666, partners 0.627, killed 0.809, injured 0.816, arrested 0.821,
# certainty 0.907, claim 0.776), each floor a little below its figure. Documents 1541-1570 were added blind that
# session and kept unread; initiators' floor is a little lower than session 17's, which was set on 1540 documents.
DEV_BASELINE = {"event": 0.861, "event.kind": 0.851, "event.date": 0.852, "event.place": 0.868, "event.initiators": 0.760,
                "event.targets": 0.662, "event.partners": 0.623, "event.killed": 0.805, "event.injured": 0.812,
                "event.arrested": 0.817, "event.certainty": 0.903, "claim": 0.772}


@pytest.mark.skipif(not DEV.exists(), reason="corpus/dev/gold.jsonl missing")
def test_dev_corpus_scores_do_not_regress(capsys):
    from dataclasses import replace

    from sitrep.evaluate import evaluate_corpus
    from sitrep.settings import Settings

    # The rules alone: the learned event filter is trained on this corpus, so with it on the figures would
    # partly measure what it memorised (its cross-validated gain is checked in test_event_filter.py).
    scores = evaluate_corpus(DEV, replace(Settings.from_env(), event_filter=0.0))
    with capsys.disabled():
        print("\ndevelopment corpus (rules alone), field by field:\n" + scores.to_table())
    table = {name: result.f1 for name, result in scores.fields.items()}
    low = {name: round(table.get(name, 0.0), 3) for name, floor in DEV_BASELINE.items() if table.get(name, 0.0) < floor}
    assert not low, f"below baseline: {low}"


def test_counts_joined_after_the_verb_add_up_and_name_civilians():
    [killed] = find_casualties("Shells struck a family home in Kobani, killing a woman and her two children.")
    assert (killed.kind, killed.count, killed.group) == (CasualtyKind.KILLED, 3, "civilians")


def test_an_unnamed_group_that_acts_is_kept_as_written():
    events = extract(doc("On November 20, 8th Brigade fighters took over two checkpoints at the entrance of Busra al-Sham.")).events
    [party] = events[0].actors_in(ActorRole.INITIATOR)
    assert (party.actor_id, party.name, party.acled_inter) == (None, "8th brigade fighters", 3)


def test_who_came_under_fire_is_the_target():
    [event] = extract(doc("On November 20, SDF positions near Tal Tamr came under fire from Turkish-backed factions.")).events
    assert event.kind == "armed_clash"
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == {"sdf"}
    assert {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)} == {"sna"}


def test_nobody_hurt_counts_no_casualty():
    [event] = extract(doc("Local sources said no one was hurt when a mortar shell landed near the Coalition base in Al-Shaddadi on Monday.")).events
    assert event.casualties == []


def test_times_and_day_ranges_and_relative_month_parts():
    published = date(2024, 12, 10)
    [rockets] = extract(doc("At around 3 a.m. on Friday, rockets hit the Coalition base at Koniko gas field.", published)).events
    assert rockets.quantities == [] and rockets.date_start == date(2024, 12, 6)
    [clash] = extract(doc("Clashes erupted between the SDF and tribal fighters in Diban on December 1-2, leaving 7 dead.", published)).events
    assert (clash.date_start, clash.date_end, clash.time_precision) == (date(2024, 12, 1), date(2024, 12, 2), TimePrecision.WEEK)
    [convoy] = extract(doc("Early this month, the Coalition sent 20 trucks to the Omar field base.", published)).events
    assert (convoy.date_start, convoy.date_end) == (date(2024, 12, 1), date(2024, 12, 10))


def test_a_total_since_a_day_is_a_claim_up_to_the_report():
    result = extract(doc("Since the start of December, the SDF has arrested 45 people in a campaign against ISIS cells.", date(2024, 12, 20)))
    [claim] = result.claims
    assert (claim.period_start, claim.period_end) == (date(2024, 12, 1), date(2024, 12, 20))
    assert claim.casualty_count(CasualtyKind.ARRESTED) == 45 and result.events == []


def test_aircraft_strikes_and_strikes_by_workers():
    [strike] = extract(doc("On December 8, Coalition aircraft targeted an ISIS hideout east of Palmyra.")).events
    assert strike.kind == "airstrike" and {a.actor_id for a in strike.actors_in(ActorRole.TARGET)} == {"isis"}
    [walkout] = extract(doc("Dozens of teachers held a strike in Qamishli on Monday demanding higher wages.")).events
    assert walkout.kind == "peaceful_protest"
    [bomb] = extract(doc("A car packed with explosives detonated outside a police station in Al-Bab on Sunday.")).events
    assert bomb.kind == "ied" and all(a.actor.name != "police" for a in bomb.actors)


def test_an_event_told_only_as_time_is_no_event():
    assert extract(doc("Hundreds of families fled Tal Rifaat after days of Turkish shelling.")).events == []


@pytest.mark.parametrize("text, kind, initiators, targets", [
    ("Security forces fired tear gas to disperse protesters in Sweida on Friday.", "protest_with_intervention", {"regime_forces"}, {"protesters"}),
    ("Russian and Turkish troops conducted a joint patrol east of Ain Al-Arab on Thursday.", "patrol", {"russian_forces"}, set()),
    ("Government forces retook the village of Kafr Nabl from rebels after heavy fighting.", "territory_regained", {"regime_forces"}, {"rebels"}),
    ("A Russian airstrike hit a camp for displaced people near Maarat Misrin, killing four.", "airstrike", {"russian_forces"}, {"civilians"}),
    ("Asayish members detained a man suspected of belonging to an ISIS cell in Qamishli.", "arrest", {"asayish"}, {"isis"}),
    ("A mob attacked a man accused of theft in Al-Bab and beat him to death.", "mob_violence", {"mob"}, {"civilians"}),
    ("The SDF handed over the Tal Rifaat area to regime forces under a Russian-brokered deal.", "territory_handover", {"sdf"}, set()),
    ("Unknown persons set fire to a grain silo in Al-Hasakah countryside.", "property_destruction", {"unknown persons"}, set()),
    ("A civilian was wounded by sniper fire from regime positions near Daraa on Monday.", "attack", {"regime_forces"}, {"civilians"}),
    ("SDF fighters attacked a Turkish base near Al-Bab with anti-tank missiles.", "armed_clash", {"sdf"}, {"turkish_forces"}),
    ("Pro-government militias looted homes in Tafas on Sunday.", "property_destruction", {"pro-government militias"}, set()),
    ("Iran-backed militias attacked the US base at Al-Omar oil field with drones.", "drone_strike", {"iran_militias"}, {"us_forces"}),
    ("Gunmen attacked a checkpoint in Daraa with grenades, wounding two policemen.", "grenade", {"gunmen"}, {"regime_forces"}),
    ("On 20 January, shelling on the town of Darat Izza killed two civilians.", "missile_attack", set(), {"civilians"}),
    ("A woman was killed as a result of artillery shelling that targeted Ariha on Tuesday.", "missile_attack", set(), {"civilians"}),
    ("Russian warplanes carried out 3 raids on the outskirts of Ariha at noon.", "airstrike", {"russian_forces"}, set()),
    ("On January 22, SDF units backed by Coalition aircraft raided a house in Al-Shuhayl and arrested an ISIS official.",
     "raid", {"sdf"}, {"isis"}),
    ("Deir Hafer: SAA and SDF exchanged artillery fire for two hours on the night of 10 June.", "armed_clash", {"regime_forces"}, {"sdf"}),
    ("Afrin | Infighting between the Sultan Murad Division and the Hamza Division in the centre of Afrin since the afternoon.",
     "armed_clash", {"sultan murad division"}, {"hamza division"}),
    ("Azaz | Three SNA factions announced today their merger into a single body named the Northern Shield Brigade.",
     "change_to_group_activity", {"sna"}, set()),
    ("Nawa | The house of a local council member in Nawa was set on fire overnight by unknown persons.", "property_destruction",
     {"unknown persons"}, {"local council member"}),
    ("Al-Hasakah | Asayish closed the entrances of the city and started a search campaign in the Ghuwayran neighbourhood.",
     "raid", {"asayish"}, set()),
    ("Azaz | A car belonging to a commander of Jaysh al-Islam exploded this morning near the industrial zone of Azaz.", "ied", set(), {"jaysh al-islam"}),
    ("Amuda | A rally of dozens of women denounced the bombing this evening.", "peaceful_protest", {"protesters"}, set()),
    ("Al-Bab: market trader shot dead by masked men on a motorbike on 10 June.", "attack", {"masked men"}, {"market trader"}),
    ("Tafas | 4 men detained this morning at a checkpoint of the Military Security at the entrance of Tafas.", "arrest",
     {"regime_forces"}, {"civilians"}),
    # the driver of a car no one is said to own is a civilian (the annotators never code a bare "driver")
    ("On Tuesday night, gunmen believed to belong to a local militia opened fire on a car near Salkhad, wounding a driver.",
     "attack", {"local militia"}, {"civilians"}),
    ("On April 27, an angry crowd in Shahba beat an alleged livestock thief to death.", "mob_violence", {"angry crowd"},
     {"alleged livestock thief"}),
    ("On 28 May, members of an SNA faction raided a house near Afrin and beat a family of five.", "raid", {"sna"}, {"family of five"}),
    ("A Turkish drone struck a car near Amuda on Monday, according to a statement of the General Command of the Asayish.",
     "drone_strike", {"turkish_forces"}, set()),
    ("On 13 May, PMF units redeployed 20 vehicles to the border fence near Al-Qaim following reports of ISIS movement.",
     "movement", {"iraqi_forces"}, set()),
    ("Between 10 and 14 January, government security forces arrested at least 23 men in Al-Sanamayn during house searches.",
     "arrest", {"regime_forces"}, {"civilians"}),
    ("Turkish security forces detained 14 suspects in operations targeting the PKK in Sanliurfa on Thursday.", "arrest",
     {"turkish_forces"}, {"pkk"}),
    ("The occupation's drone also targeted a car near Amuda on Sunday, martyring two members of the Internal Security Forces.",
     "drone_strike", set(), {"asayish"}),
    ("US forces and the SDF carried out a helicopter-borne raid on a house near Markadah on Thursday, capturing an ISIS official.",
     "airdrop", {"us_forces"}, {"isis"}),
    ("On 10 April, Israeli forces made incursions into 2 villages near Khan Arnabah and detained 4 shepherds.", "raid",
     {"israeli_forces"}, {"civilians"}),
    ("The SNA military police arrested 15 residents of Jinderes on 3 July on accusations of dealing with the Autonomous Administration.",
     # those held as the Administration's are its, as corpus/dev annotates (092, 244, 341), not also civilians
     "arrest", {"sna"}, {"autonomous_administration"}),
    ("On 10 October, a government security delegation met tribal leaders in Al-Mayadin to discuss the handover of wanted persons.",
     "visit_meeting", {"regime_forces"}, set()),
    ("The body of a farmer arrested in the campaign was handed to his family on 2 February, bearing marks of torture.",
     "attack", set(), {"civilians"}),
    ("In Al-Tabqah, the Asayish dispersed by force a sit-in of families of detainees near the court building yesterday.",
     "protest_with_intervention", {"asayish"}, {"protesters"}),
    ("Hundreds of teachers protested in Raqqa on Monday, demanding that the Autonomous Administration pay their salaries.",
     "peaceful_protest", {"protesters"}, {"autonomous_administration"}),
    ("Rabia: Iraqi army arrested five smugglers crossing from Syria on 13 May and seized a quantity of light weapons.",
     "arrest", {"iraqi_forces"}, {"smugglers"}),
    ("Masked men kidnapped a pharmacist in Al-Bab on Tuesday.", "abduction", {"masked men"}, {"pharmacist"}),
    ("SDF fighters raided the office of a local news agency in Raqqa.", "raid", {"sdf"}, {"local news agency"}),
    ("Protesters in Sweida burned the headquarters of the Baath Party.", "violent_demonstration", {"protesters"}, {"baath party"}),
    ("An explosive device went off under a car belonging to an HTS commander in Idlib.", "ied", set(), {"hts"}),
    # people named by their work or home are civilians when harmed (before: "shepherds" as written, or nobody)
    ("Gunmen shot dead a shopkeeper in Raqqa on Tuesday.", "attack", {"gunmen"}, {"civilians"}),
    ("A Turkish drone struck a car near Amuda on Tuesday, wounding a passer-by.", "drone_strike", {"turkish_forces"}, {"civilians"}),
    # people taken, not said to be kidnapped (missing-person appeals): before, no event
    # (since session 13 the man taken is a civilian: one person named only by a pronoun, as the gold codes him)
    ("He was taken from his family's shop in Al-Mayadin on Monday night by masked gunmen in a white car.", "abduction", {"masked gunmen in a white car"}, {"civilians"}),
    ("Three truck drivers were taken at a fake checkpoint on the road between Baiji and Tikrit on Sunday.", "abduction", set(), {"truck drivers"}),
])
def test_common_wordings(text, kind, initiators, targets):
    [event] = extract(doc(text)).events
    assert event.kind == kind
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.INITIATOR)} == initiators
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.TARGET)} == targets


@pytest.mark.parametrize("text", [
    "DEIR EZZOR, Syria (Example Wire) — Gunmen attacked a checkpoint in Al-Busayrah on Friday.",
    "Deir Ezzor – Example Euphrates Voice: Gunmen attacked a checkpoint in Al-Busayrah on Friday.",
    "URGENT | Deir Ezzor: gunmen attacked a checkpoint in Al-Busayrah this morning.",
    "Deir Ezzor: gunmen attacked a checkpoint in Al-Busayrah on Friday (src: local).",
    "• Deir Ezzor: gunmen attacked a checkpoint in Al-Busayrah on Friday (src: local).",
])
def test_a_dateline_names_where_the_story_was_filed_not_the_event(text):
    [event] = extract(doc(text)).events
    assert event.place.resolved_name == "Al Busayrah"


@pytest.mark.parametrize("text, partner", [
    ("Government forces attacked HTS positions near Kafr Nabl with the support of Russian warplanes.", "russian_forces"),
    ("Russian jets struck HTS positions west of Jisr al-Shughur in support of SAA ground operations.", "regime_forces"),
    ("07 JUL: Syrian Free Army patrol w/ US forces intercepted 1x truck smuggling weapons nr Al-Tanf.", "us_forces"),
])
def test_partners_named_by_support_and_shorthand(text, partner):
    [event] = extract(doc(text)).events
    assert partner in {a.actor_id for a in event.actors_in(ActorRole.PARTNER)}


@pytest.mark.parametrize("text, killed, injured, target", [
    ("A Turkish drone targeted a car near Amuda, killing him and his driver.", 2, None, None),
    ("Three fighters of the SDF ascended as martyrs on Friday in an attack on a checkpoint near Al-Busayrah.", 3, None, "sdf"),
    ("Unknown persons opened fire on the car of a former opposition fighter near Nawa, which led to his death.", 1, None,
     "former opposition fighter"),
    ("Drone strikes hit a fuel depot near Al-Qahtaniyah, killing a night watchman.", 1, None, "night watchman"),
    ("A woman and her two children were killed and four other civilians were wounded when shells hit Ariha.", 3, 4, "civilians"),
    ("Gunmen opened fire on a car near Salkhad, seriously wounding him.", None, 1, None),
    ("Two truffle collectors were killed by a landmine near Al-Dumayr on Monday.", 2, None, "truffle collectors"),
])
def test_tolls_told_with_pronouns_kin_and_martyrdom(text, killed, injured, target):
    [event] = extract(doc(text)).events
    assert event.casualty_count(CasualtyKind.KILLED) == (killed or 0)
    assert event.casualty_count(CasualtyKind.INJURED) == (injured or 0)
    if target:
        assert target in {a.actor_id or a.name for a in event.actors_in(ActorRole.TARGET)}


def test_a_place_owning_what_was_hit_is_no_party():
    [event] = extract(doc("Turkish airstrikes hit the power station of Al-Qahtaniyah on December 26.")).events
    assert event.actors_in(ActorRole.TARGET) == []


def test_air_raids_are_counted_as_airstrikes():
    [event] = extract(doc("Russian warplanes carried out nearly a dozen air raids on Ariha on Monday.")).events
    assert [(q.unit, q.value) for q in event.quantities] == [("airstrikes", 12)]


def test_a_takeover_under_a_deal_is_a_handover_by_the_side_that_gave_up():
    [event] = extract(doc("On June 21, Iraqi forces took over two border posts near Rabia from the SDF under a deal reached in Baghdad.")).events
    assert event.kind == "territory_handover"
    assert {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)} == {"sdf"}
    assert {a.actor_id for a in event.actors_in(ActorRole.PARTNER)} == {"iraqi_forces"}


def test_a_follow_up_told_by_a_witness_folds_into_its_event():
    text = ("Masked men kidnapped an engineer in Shahba on Wednesday. "
            "The family added that the kidnappers contacted them hours later and demanded a ransom.")
    assert [e.kind for e in extract(doc(text)).events] == ["abduction"]


def test_forecasts_and_ongoing_services_are_not_events():
    for text in ("An inter-agency convoy of 14 trucks is planned to cross into Idlib next week, pending security guarantees.",
                 "Water trucking to Al-Hol camp continues, with 40 trucks delivering water daily."):
        assert extract(doc(text)).events == [], text


def test_live_fire_on_a_protest_that_wounds_is_force_against_protesters():
    text = "Security forces dispersed a demonstration in Raqqa on Monday, firing live rounds and wounding two protesters."
    [event] = extract(doc(text)).events
    assert event.kind == "force_against_protest"


def test_an_hour_with_no_day_is_the_day_of_posting():
    [event] = extract(doc("Idlib | Russian warplanes struck the outskirts of Ariha at noon.")).events
    assert event.date_start == PUBLISHED and event.time_precision is TimePrecision.DAY


def test_a_month_of_drone_strikes_is_a_claim_of_strikes():
    text = "In February, Turkish forces carried out 31 drone strikes on areas held by the SDF, killing 14 people."
    extraction = extract(doc(text))
    assert extraction.events == []
    [claim] = extraction.claims
    assert claim.kind == "drone_strike" and [(q.unit, q.value) for q in claim.quantities] == [("strikes", 31)]


def test_a_log_line_keeps_its_details_after_semicolons_in_one_event():
    text = "FIELD LOG\n07 JUL, Al-Tanf: Syrian Free Army patrol w/ US forces intercepted 1x truck smuggling weapons; 3x det.\n"
    [event] = extract(doc(text)).events
    assert event.kind == "disrupted_weapons" and event.casualty_count(CasualtyKind.ARRESTED) == 3
    assert event.evidence[0].text.startswith("07 JUL")


@pytest.mark.parametrize("text, certainty", [
    ("Gunmen ambushed an army convoy near Al-Sukhnah on Monday, killing six soldiers; ISIS claimed the attack.", Certainty.REPORTED),
    ("A car bomb went off in Al-Hasakah on Monday, killing two people, according to first information.", Certainty.INITIAL),
])
def test_claims_of_responsibility_and_first_information(text, certainty):
    [event] = extract(doc(text)).events
    assert event.certainty is certainty


LIVE_BLOG = """LIVE: Car bomb in Raqqa city
12:02 — Large explosion reported in central Raqqa; cause unknown.
12:20 — A car bomb went off near the Al-Naim roundabout in Raqqa, killing at least 3 people, the Asayish say.
12:55 — Update: toll now 7 dead and 19 wounded, according to the Asayish.
13:10 — Update: SDF reinforcements arrived in Raqqa from Al-Tabqah, about 15 vehicles.
"""


def test_a_live_blog_is_read_line_by_line_and_updates_revise_the_item_before():
    events = extract(doc(LIVE_BLOG)).events
    bomb = next(e for e in events if e.kind == "ied")
    assert bomb.casualty_count(CasualtyKind.KILLED) == 7 and bomb.casualty_count(CasualtyKind.INJURED) == 19
    assert bomb.date_start == PUBLISHED and bomb.time_precision is TimePrecision.DAY
    assert not any("LIVE" in e.evidence[0].text for e in events)
    assert "convoy" in {e.kind for e in events}  # an update that tells something new is its own event
    assert not any(q.unit == "explosions" and q.value == 2 for e in events for q in e.quantities)  # "12:02" counts nothing


def test_a_second_source_s_toll_keeps_the_lowest_figure():
    text = ("Clashes between Iraqi forces and ISIS militants near Al-Qaim on Monday killed five militants, officials said. "
            "A police source gave a higher toll, saying seven militants had died.")
    [event] = extract(doc(text)).events
    assert event.casualty_count(CasualtyKind.KILLED) == 5


def test_seizing_homes_and_groves_is_property_destruction():
    text = "On 2 September, the Sultan Murad Division seized 3 houses of displaced Kurdish residents in Afrin."
    [event] = extract(doc(text)).events
    assert event.kind == "property_destruction"


def test_a_week_of_strikes_is_a_claim():
    text = "Throughout the week, Turkish drones carried out 6 strikes in the Qamishli countryside, killing 3 SDF fighters."
    assert [c.kind for c in totals_only(text)] == ["drone_strike"]


def test_numbered_items_are_read_one_by_one_without_their_numbers():
    text = ("2.2 2 Sep, Afrin: the Sultan Murad Division seized 3 houses of displaced Kurdish residents.\n"
            "2.3 3 Sep, Aleppo city: the SDF and government security forces signed an agreement on joint checkpoints.\n")
    events = extract(doc(text, published=date(2026, 9, 7))).events
    assert [e.kind for e in events] == ["property_destruction", "agreement"]
    assert events[1].evidence[0].text.startswith("3 Sep")


@pytest.mark.parametrize("text, killed", [
    ("Later on Tuesday, unidentified gunmen shot dead a former local council member in Al-Asharah.", 1),
    ("6 April, Tafas: unknown gunmen killed a former opposition commander and his companion.", 2),
    ("02:30 — Another Turkish drone strike, on a car near Qamishli, kills 1 Asayish member.", 1),
    # competing sources keep the lowest; possessives, families and assassinations count too
    ("SDF and SNA factions clashed near Dayr Hafir on 31 August; 6 killed according to a monitor, 3 according to local sources.", 3),
    ("A Turkish drone targeted a motorcycle near Ain Issa on Monday, killing its two riders.", 2),
    ("On 12 June, gunmen killed a family of three in a village near Jableh.", 3),
    ("On 12 June, three children from one family were killed when unexploded ordnance exploded near Tal Hamis.", 3),
    ("Unidentified gunmen assassinated a former opposition commander in Tafas on Tuesday evening.", 1),
])
def test_more_ways_of_telling_a_toll(text, killed):
    [event] = extract(doc(text)).events
    assert event.casualty_count(CasualtyKind.KILLED) == killed


def test_a_weekly_report_with_headings_and_numbered_items_is_read_item_by_item():
    text = ("WEEKLY SITUATION REPORT – NORTH-EAST SYRIA\nPeriod: 2–8 February 2026\nSECURITY INCIDENTS\n"
            "1. 3 Feb, Hajin: ISIS gunmen attacked an SDF checkpoint, killing 2 SDF members.\n"
            "2. 5 Feb, west of Qamishli: a motorcycle bomb exploded near Amuda, wounding 4 passers-by.\n")
    events = extract(doc(text, published=date(2026, 2, 9))).events
    assert [(e.kind, e.date_start) for e in events] == [("armed_clash", date(2026, 2, 3)), ("ied", date(2026, 2, 5))]
    assert events[1].place.resolved_name == "Amude"  # the item's own place, not its header's


def test_on_or_about_a_day_is_approximate():
    [event] = extract(doc("Gunmen abducted a teacher in Nawa on or about 20 May 2026, his family said.")).events
    assert event.date_start == date(2026, 5, 20) and event.time_precision is TimePrecision.APPROXIMATE


@pytest.mark.parametrize("text, place", [
    ("6 Oct, Al-Sukhnah: ISIS fighters ambushed a government convoy on the Palmyra–Deir Ezzor road, killing 8 soldiers.", "As Sukhnah"),
    ("30 Jun, Rabia: Iraqi border guards arrested 5 suspected ISIS members attempting to cross from Syria.", "Rabi'ah"),
    ("Earlier in the day, demonstrators blocked the main road to Damascus with burning tyres near the town of Shahba.", "Shahba"),
])
def test_roads_and_countries_do_not_place_an_event(text, place):
    [event] = extract(doc(text, published=date(2026, 10, 12))).events
    assert event.place.resolved_name == place


@pytest.mark.parametrize("text, army", [
    ("A roadside bomb hit a military bus near Palmyra on Wednesday, wounding 11 soldiers.", "regime_forces"),
    ("A roadside bomb hit an army vehicle near Al-Qaim on Wednesday, wounding 3 soldiers.", "iraqi_forces"),
])
def test_unnamed_soldiers_are_the_army_of_the_country(text, army):
    [event] = extract(doc(text)).events
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == {army}


@pytest.mark.parametrize("text, initiators", [
    ("Security forces fired tear gas to disperse hundreds of people protesting over power cuts in Sweida on Monday.",
     {"regime_forces"}),
    ("On Monday, security forces arrested 12 members of these groups in Al-Mayadin.", {"regime_forces"}),
    ("On Monday, security forces arrested 12 members of ISIS cells in Kirkuk.", {"iraqi_forces"}),
    # the Kurdistan Region's own, named as the desk names them (session 12; before, "security forces" as written)
    ("On Monday, security forces arrested two journalists in Duhok.", {"kurdistan region security forces"}),
])
def test_unnamed_security_forces_are_the_state_forces_of_the_country(text, initiators):
    [event] = extract(doc(text)).events
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.INITIATOR)} == initiators


def test_residents_who_tell_are_no_party():
    [event] = extract(doc("09:40 — Heavy clashes broke out between SDF fighters and tribal gunmen in Dhiban, residents tell us.")).events
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.TARGET)} == {"tribal gunmen"}


def test_a_party_s_weapon_downed_in_a_log_makes_it_the_target():
    text = "FIELD LOG\n08 SEP: 1x SAA drone downed by HTS over Atarib.\n09 SEP: SDF forces, backed by CF, raided a house in Hajin.\n"
    downed, raid = extract(doc(text)).events
    assert {a.actor_id for a in downed.actors_in(ActorRole.INITIATOR)} == {"hts"}
    assert {a.actor_id for a in downed.actors_in(ActorRole.TARGET)} == {"regime_forces"}
    assert {a.actor_id for a in raid.actors_in(ActorRole.INITIATOR)} == {"sdf"}


def test_our_forces_in_a_group_s_own_channel_are_that_group():
    document = Document.from_text("Our air defence units shot down a Turkish reconnaissance drone over the countryside of Manbij "
                                  "this afternoon.", published=PUBLISHED, publisher="Example MMC Media Channel (fictional)")
    [event] = extract(document).events
    assert {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)} == {"manbij_military_council"}


def test_a_channel_s_voice_comes_from_its_title_or_opening_line_and_can_be_the_target():
    channel = Document.from_text("Statement of the Islamic Resistance in Iraq\nOur mujahideen targeted a convoy of the "
                                 "American occupation with an explosive device near Al-Qaim on Monday.\n"
                                 "On Tuesday, the occupation army used chemical weapons against our guerrilla positions "
                                 "near Amadiya.", published=PUBLISHED, publisher="Example Channel Monitor (fictional)")
    bomb, chemical = extract(channel).events
    assert {a.actor_id for a in bomb.actors_in(ActorRole.INITIATOR)} == {"iran_militias"}
    assert "iran_militias" in {a.actor_id for a in chemical.actors_in(ActorRole.TARGET)}
    titled = Document.from_text("Our artillery targeted positions of the SDF north of Tal Tamr on Monday.",
                                published=PUBLISHED, title="National Army faction channel: posts from the front")
    [shelling] = extract(titled).events
    assert {a.actor_id for a in shelling.actors_in(ActorRole.INITIATOR)} == {"sna"}


@pytest.mark.parametrize("text", [
    "Unknown gunmen on a motorcycle shot dead a young man near the Al-Wahda roundabout in Tabqa on Monday.",
    "On Monday, a drone strike on a car near Amuda killed a 14-year-old boy and his father.",
])
def test_people_named_only_by_age_or_kin_are_civilians_when_harmed(text):
    [event] = extract(doc(text)).events
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == {"civilians"}


@pytest.mark.parametrize("text, target", [
    ("Asayish forces arrested a young man at a checkpoint in Qamishli on Monday.", {"civilians"}),
    ("Government forces arrested 14 people in villages near Jableh on Monday, according to local monitors.", {"civilians"}),
    ("Asayish forces arrested three men suspected of smuggling cigarettes at a checkpoint in Qamishli on Monday.", set()),
    ("Government forces arrested three people in Izra on Monday on charges of involvement in kidnappings.", set()),
])
def test_people_detained_for_no_crime_the_text_gives_are_civilians(text, target):
    [event] = extract(doc(text)).events
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == target


@pytest.mark.parametrize("text, initiator", [
    ("Soldiers of the Caliphate detonated an explosive device on an SDF vehicle in Al-Kishkiyah on Monday.", "isis"),
    ("The mujahideen of the Islamic Resistance in Iraq targeted the American occupation base at Al-Tanf with a drone on Monday.",
     "iran_militias"),
    ("Israeli occupation aircraft launched two raids on military sites near Izra on Monday.", "israeli_forces"),
])
def test_names_used_by_channels_and_state_media(text, initiator):
    [event] = extract(doc(text)).events
    assert initiator in {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)}


@pytest.mark.parametrize("text, kind", [
    ("Army units restored security and stability to the town of Dayr Hafir on Sunday after clearing it of the terrorists.",
     "territory_regained"),
    ("The Turkish Armed Forces neutralised 7 PKK terrorists near Amadiya on Monday, the ministry said.", "armed_clash"),
    ("Our guerrillas carried out a sabotage action against the Turkish army near Amadiya on 3 September.", "ied"),
    ("Rebels destroyed an army vehicle with a guided missile near Ras al-Ain on Monday.", "missile_attack"),
    ("Israeli forces searched a number of houses in Khan Arnabah on Monday and arrested two young men.", "raid"),
    ("On 14 March 2026, a crowd of residents beat to death a man accused of kidnapping a child in Tafas.", "mob_violence"),
    ("14:10 Tal Afar: PMF column of about 25 vehicles moving from Tal Afar towards Al-Baaj.", "movement"),
])
def test_wordings_of_state_media_channels_notes_and_emails(text, kind):
    [event] = extract(doc(text, published=date(2026, 9, 6))).events
    assert event.kind == kind


@pytest.mark.parametrize("text", [
    "Between 1 and 10 March, we have verified the killing of at least 27 civilians in hostilities across Syria.",
    "At least 11 children have been killed and 19 injured in north-east Syria since 1 June, according to our office.",
])
def test_verified_tolls_over_days_are_claims(text):
    assert len(totals_only(text, published=date(2026, 6, 19))) == 1


def test_unconfirmed_reports_being_checked_and_cancelled_visits_are_no_events():
    for text in ("15:00 Taftanaz: unconfirmed reports of an airstrike; we are checking.",
                 "Staff movement: all field visits to Binnish cancelled for tomorrow."):
        assert extract(doc(text)).events == [], text


def test_a_school_damaged_with_no_one_hurt_names_no_civilian_target():
    [event] = extract(doc("A school in Amadiya was damaged by artillery fire on 25 September, but no one was hurt.")).events
    assert event.actors_in(ActorRole.TARGET) == []


def test_a_boy_or_a_young_man_killed_are_civilians():
    from sitrep.extract.arguments import find_casualties
    assert {c.group for c in find_casualties("a drone strike killed a 14-year-old boy and his father")} == {"civilians"}
    assert {c.group for c in find_casualties("gunmen shot dead a young man near Da'el")} == {"civilians"}


def test_members_of_a_party_killed_make_that_party_the_target():
    text = "Two members of the security forces were killed in an attack by outlaw groups on a checkpoint near Jableh on Monday."
    [event] = extract(doc(text)).events
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.INITIATOR)} == {"outlaw groups"}
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.TARGET)} == {"regime_forces"}


def test_the_same_faction_is_the_one_told_before():
    text = ("On April 2, fighters of the Hamza Division demolished seven homes in Afrin. "
            "On April 22, fighters of the same faction detained a local council member in Afrin, his brother said.")
    first, second = extract(doc(text)).events
    assert {a.actor_id or a.name for a in second.actors_in(ActorRole.INITIATOR)} == {"hamza division"}


@pytest.mark.parametrize("text, initiator", [
    ("On 13 March, a suicide bomber, whom security sources attributed to ISIS, blew himself up at a checkpoint in Daraa.", "isis"),
    ("The military police of the National Army arrested a man in Ras al-Ain on Monday.", "sna"),
])
def test_attributed_perpetrators_and_the_national_army(text, initiator):
    [event] = extract(doc(text)).events
    assert initiator in {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)}


@pytest.mark.parametrize("text, target", [
    ("On 28 June, tribal fighters took control of the town of Dhiban after expelling SDF forces from it.", "sdf"),
    ("Our air defence units shot down a Turkish reconnaissance drone over the countryside of Manbij on Monday.", "turkish_forces"),
])
def test_the_expelled_side_and_the_owner_of_a_downed_drone_are_targets(text, target):
    [event] = extract(doc(text)).events
    assert target in {a.actor_id for a in event.actors_in(ActorRole.TARGET)}


@pytest.mark.parametrize("text, kind", [
    ("UPDATE: Iraqi security forces arrest three suspects in the Erbil rocket attack near Makhmour on Monday.", "arrest"),
    ("Government and SDF sign deal to hand over the Tishrin Dam east of Manbij to state control on Monday.", "agreement"),
    ("Tribal elders and SDF officials met in Al-Kasrah on June 27 and agreed to form a committee to investigate the killing.",
     "agreement"),
    ("On Wednesday its forces arrested two suspects in the bombing in a raid on a farm near Al-Muzayrib.", "raid"),
    ("On August 4, three rockets were fired at the Coalition base in Conoco gas field, while no party claimed responsibility.",
     "missile_attack"),
])
def test_what_an_agreement_provides_for_and_what_suspects_are_suspected_of_are_no_events(text, kind):
    [event] = extract(doc(text)).events
    assert event.kind == kind


def test_a_claim_of_responsibility_names_the_attacker_of_the_event_before():
    text = ("12:20 — A car bomb exploded at a checkpoint in Raqqa, killing three people.\n"
            "14:05 — ISIS claims the Raqqa checkpoint attack through its news agency.\n")
    [event] = extract(doc(text)).events
    assert {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)} == {"isis"}


def test_a_month_of_attacks_is_a_claim():
    text = "ISIS cells carried out 27 attacks in SDF-held areas in July, killing 11 SDF fighters, according to an SDF official."
    assert len(totals_only(text, published=date(2026, 8, 21))) == 1


@pytest.mark.parametrize("text, kind", [
    ("On Wednesday, the Internal Security Forces detained six suspected ISIS members during a search campaign in Raqqa city.", "arrest"),
    ("On April 10, the police arrested three suspects in the kidnapping of a teacher in Al-Rastan.", "arrest"),
])
def test_arrests_in_a_search_campaign_and_in_a_raid(text, kind):
    [event] = extract(doc(text)).events
    assert event.kind == kind


@pytest.mark.parametrize("text, initiators, targets", [
    ("The next morning, hundreds of tribesmen blocked the road near Al-Kasrah and set fire to an SDF checkpoint.", None, {"sdf"}),
    ("Turkish drone strike kills three in car near Qamishli on Monday, local Asayish security forces say.", {"turkish_forces"}, None),
    ("Clashes broke out on Monday night between local Druze factions and government forces near Al-Mazraa in Sweida province.",
     {"local druze factions"}, {"regime_forces"}),
    ("The Observatory documented the killing of an SDF fighter on Monday, when gunmen believed to belong to ISIS cells opened fire "
     "on him near Hajin.", {"isis"}, None),
])
def test_owners_reporters_and_when_clauses(text, initiators, targets):
    [event] = extract(doc(text)).events
    if initiators is not None:
        assert {a.actor_id or a.name for a in event.actors_in(ActorRole.INITIATOR)} == initiators
    if targets is not None:
        assert targets <= {a.actor_id or a.name for a in event.actors_in(ActorRole.TARGET)}


@pytest.mark.parametrize("text", [
    "Further Turkish drone strikes are likely in the coming week; the risk to road travel east of Qamishli remains high.",
    "The integration talks between the SDF and Damascus made no visible progress this week.",
    "05:30 Batifa area: jets heard over the hills north of the town.",
    "Islamic State lost its last territory in Iraq in 2017, but its cells still stage attacks along the Syrian border.",
])
def test_forecasts_noise_history_and_notes_to_readers_are_no_events(text):
    assert extract(doc(text, published=date(2026, 6, 17))).events == []


def test_a_follow_up_stamped_with_an_hour_folds_into_its_event():
    text = ("Dozens of teachers gathered in front of the Education Committee in Raqqa this morning to protest unpaid salaries. "
            "The protesters chanted slogans, and the gathering ended peacefully at noon.")
    assert len(extract(doc(text)).events) == 1


def test_a_count_of_recorded_attacks_with_its_toll_is_a_claim():
    text = "ISIS activity in the central desert rose sharply, with 11 attacks recorded against government forces, killing 17 soldiers."
    assert len(totals_only(text)) == 1


def test_a_running_total_line_updates_the_item_before():
    text = ("06:15 Al-Hol camp: Asayish launched a search operation in sector 5 and arrested 6 ISIS suspects.\n"
            "09:00 12 ISIS suspects detained so far (Asayish statement).\n")
    [event] = extract(doc(text)).events
    assert event.casualty_count(CasualtyKind.ARRESTED) == 12


def test_a_heading_above_the_text_without_a_blank_line_is_not_read_into_the_first_sentence():
    text = ("WHAT THE ARABIC AND TURKISH PAPERS SAY TODAY – 11 February\n"
            "Example Al-Watan daily reports that a Turkish drone struck a car near Qamishli on Monday, killing three "
            "members of the Asayish.\n")
    [event] = extract(doc(text, published=date(2026, 2, 11))).events
    assert event.kind == "drone_strike" and event.evidence[0].text.startswith("Example Al-Watan")


def test_questions_report_nothing_and_their_answers_do():
    text = ("Q: How many ISIS suspects did you detain in Al-Shuhayl on Monday?\n"
            "A: Our forces raided a hideout in Al-Shuhayl on Monday and arrested four suspects.\n")
    [event] = extract(doc(text)).events
    assert event.kind == "raid" and "Q:" not in event.evidence[0].text


def test_a_tracker_table_gives_one_event_per_row_with_the_tracked_force():
    text = ("COALITION LOGISTICS TRACKER – FEBRUARY 2026\n"
            "| date | size | route | cargo |\n"
            "| 03 Feb | 45 trucks | Al-Waleed crossing -> Kharab al-Jir base | fuel, armoured vehicles |\n"
            "| 26 Feb | 12 tankers | Al-Waleed crossing -> Al-Omar oil field | fuel |\n")
    events = extract(doc(text, published=date(2026, 3, 3))).events
    assert [(e.kind, e.date_start.day) for e in events] == [("convoy", 3), ("convoy", 26)]
    assert [e.place.resolved_name for e in events] == ["Kharab Al-Jeir base", "Al-Omar oil field"]
    assert all({a.actor_id for a in e.actors_in(ActorRole.INITIATOR)} == {"coalition"} for e in events)
    assert [q.value for q in events[1].quantities] == [12]


def test_evacuating_a_base_is_a_movement_placed_where_it_was_left():
    [event] = extract(doc("US forces evacuated the Tel Baydar base on Monday and moved its equipment to Qasrak.")).events
    assert event.kind == "movement" and "Tel Baydar" in event.place.name


@pytest.mark.parametrize("text, published, period", [
    ("This week, 17 suspects were detained in Deir Ezzor and Al-Hasakah, in six operations.", date(2026, 1, 28),
     (date(2026, 1, 26), date(2026, 1, 28))),
    ("In the past week, Turkish drones carried out 9 strikes in the Qamishli countryside.", date(2026, 6, 4),
     (date(2026, 5, 28), date(2026, 6, 3))),
    ("Since Sunday our forces have arrested 23 wanted persons in Kirkuk, Nineveh and Anbar.", date(2026, 3, 18),
     (date(2026, 3, 15), date(2026, 3, 18))),
])
def test_totals_of_a_week_or_since_a_day_are_claims_over_that_span(text, published, period):
    result = extract(doc(text, published=published))
    [claim] = result.claims
    assert result.events == [] and (claim.period_start, claim.period_end) == period and claim.dates == []


@pytest.mark.parametrize("text, kind", [
    ("15 October, west of Tal Afar: two farmers were injured when an unexploded mortar round went off.", "ied"),
    ("28 October, Makhmour: a boy was killed and another injured by a cluster submunition near the camp.", "ied"),
    ("3 July, Al-Mansurah: an EOD team carried out the controlled demolition of 2 unexploded rockets found in a school yard.",
     "disrupted_weapons"),
])
def test_remnants_of_war_are_explosions_not_attacks(text, kind):
    [event] = extract(doc(text, published=date(2026, 11, 10))).events
    assert event.kind == kind


def test_a_labelled_item_number_is_not_the_first_day_of_a_range():
    [event] = extract(doc("Incident 1 – 7 October, near Amadiya: a shepherd was killed by an old anti-personnel mine.",
                          published=date(2026, 11, 10))).events
    assert (event.date_start, event.date_end) == (date(2026, 10, 7), date(2026, 10, 7))


def test_outlet_names_and_spoken_answers_are_neither_dates_nor_places():
    [event] = extract(doc("Example Suwayda Today reports a protest in Al-Karama Square in Sweida on Tuesday demanding "
                          "the release of detainees.", published=date(2026, 8, 19))).events
    assert event.date_start == date(2026, 8, 18)
    [raid] = extract(doc("Yes, residents say an Israeli force of about ten vehicles entered Khan Arnabah this afternoon and "
                         "searched several houses.")).events
    assert "Arnabah" in raid.place.resolved_name


def test_a_report_found_false_yields_nothing():
    text = "17:20 Taftanaz: the 15:00 report is false, the noise came from a controlled demolition."
    assert extract(doc(text)).events == []


def test_an_intervention_told_after_a_protest_makes_one_protest_with_intervention():
    text = ("On 4 October 2026, teachers demonstrated in front of the education directorate in Duhok to demand salaries.\n\n"
            "Security forces of the Kurdistan Region detained three local journalists covering the demonstration.\n")
    [event] = extract(doc(text, published=date(2026, 10, 9))).events
    assert event.kind == "protest_with_intervention"
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == {"protesters"}
    elsewhere = ("Hundreds of protesters rallied in Raqqa on Tuesday against a rise in fuel prices.\n"
                 "In Al-Tabqah, internal security forces fired into the air to disperse a smaller gathering outside the "
                 "municipality.\n")
    assert [e.kind for e in extract(doc(elsewhere)).events][0] == "peaceful_protest"


def test_the_group_whose_members_a_toll_counts_is_the_target():
    text = ("A day earlier, an improvised explosive device planted between Al-Muzayrib and Tafas went off as a General "
            "Security patrol was passing, wounding three of its members.")
    [event] = extract(doc(text)).events
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == {"regime_forces"}
    assert not event.actors_in(ActorRole.INITIATOR)


def test_arrests_of_the_attackers_target_the_attack_s_initiator_but_a_search_after_an_attack_does_not():
    text = ("ISIS cells attacked an SDF checkpoint at the entrance of Al-Busayrah on Sunday night, killing two fighters.\n"
            "The next morning SDF forces raided a hideout in Al-Shuhayl and arrested four of the attackers.\n")
    attack, raid = extract(doc(text)).events
    assert {a.actor_id for a in raid.actors_in(ActorRole.TARGET)} == {"isis"}
    search = ("ISIS cells attacked an SDF checkpoint at the entrance of Al-Busayrah on Sunday night, killing two fighters.\n"
              "SDF forces launched a search campaign in the area after the attack, arresting seven people.\n")
    assert "isis" not in {a.actor_id for a in extract(doc(search)).events[1].actors_in(ActorRole.TARGET)}


@pytest.mark.parametrize("text, target", [
    ("2 July, Al-Karamah: two brothers herding goats were killed by a landmine on the bank of the Euphrates.", {"civilians"}),
    ("On 28 October, the Asayish arrested three men at a checkpoint near Al-Yarubiyah.", {"civilians"}),
    ("On 28 October, the Asayish arrested three men wanted for murder at a checkpoint near Al-Yarubiyah.", set()),
])
def test_kin_and_sex_are_civilians_when_harmed_or_held_for_no_crime(text, target):
    [event] = extract(doc(text, published=date(2026, 11, 2))).events
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == target


@pytest.mark.parametrize("text, initiators", [
    ("On the night of 25 August, residents of Tal Tamr filmed Russian military police vehicles patrolling the M4 highway.",
     {"russian_forces"}),
    ("Two shepherds grazing sheep near Tal Tamr on Monday stepped on a landmine; one died at the scene.", set()),
    ("Albu Kamal (SYR): unidentified aircraft struck a warehouse on the outskirts of Albu Kamal late on 13 MAY.",
     {"unidentified aircraft"}),
    ("On Sunday, Iraqi F-16 aircraft carried out two airstrikes on an ISIS hideout in the Wadi al-Shay area of Kirkuk.",
     {"iraqi_forces"}),
])
def test_who_carried_it_out_never_civilians_and_unnamed_aircraft_as_written(text, initiators):
    [event] = extract(doc(text, published=date(2026, 8, 27))).events
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.INITIATOR)} == initiators


def test_a_shortened_name_refers_to_the_party_named_in_full_before():
    text = ("Our guerrillas carried out a sabotage action against the Turkish occupation army near Amadiya on Monday.\n"
            "On Tuesday, the occupation army used banned chemical weapons against guerrilla positions near Amadiya.\n")
    chemical = extract(doc(text)).events[-1]
    assert {a.actor_id for a in chemical.actors_in(ActorRole.INITIATOR)} == {"turkish_forces"}


@pytest.mark.parametrize("text", [
    "Dozens of residents of Qamishli gathered in front of the headquarters of the United Nations on Monday to denounce "
    "the repeated Turkish attacks.",
    "In north-east Syria, residents of Al-Hasakah city demonstrated on 11 June against repeated water cuts.",
])
def test_people_gathering_to_denounce_is_a_protest_whatever_they_denounce(text):
    [event] = extract(doc(text, published=date(2026, 6, 17))).events
    assert event.kind == "peaceful_protest"


@pytest.mark.parametrize("text, day", [
    ("Date: 04.08.2026", date(2026, 8, 4)),
    ("Date: 12/04/2026", date(2026, 4, 12)),
])
def test_numeric_dates_are_day_first(text, day):
    [mention] = find_dates(text, date(2026, 8, 11))
    assert (mention.date_start, mention.precision) == (day, TimePrecision.DAY)
    assert find_dates("Date: 31/02/2026", date(2026, 8, 11)) == []


def test_an_export_that_declares_its_dates_month_first_is_read_month_first():
    text = ("Export settings: dates are MM/DD/YYYY (US format).\n"
            "Record #7203 | Date: 11/10/2026 | Location: Saraqib, Idlib | Type: Attack\n"
            "Description: Unidentified gunmen shot dead a money changer in the centre of Saraqib.\n")
    [event] = extract(doc(text, published=date(2026, 11, 18))).events
    assert event.date_start == date(2026, 11, 10)
    day_first = text.replace("Export settings: dates are MM/DD/YYYY (US format).\n", "")
    [event] = extract(doc(day_first, published=date(2026, 11, 18))).events
    assert event.date_start == date(2026, 10, 11)  # the declaration holds for its own document only


def test_the_month_first_declaration_is_read_from_the_document():
    assert declares_month_first("Export settings: dates are MM/DD/YYYY (US format)")
    assert not declares_month_first("Export settings: dates are DD/MM/YYYY")


def test_an_exported_record_is_one_event_dated_by_its_date_field():
    text = ("Record: #5120\nDate: 04.08.2026\nLocation: Dhiban, Deir Ezzor\nActor 1: ISIS | Actor 2: SDF\n"
            "Type: Battles – Armed clash\nFatalities: 2\n"
            "Description: ISIS cell members attacked an SDF checkpoint at the western entrance of Dhiban with machine guns.\n"
            "Status: verified\n")
    [event] = extract(doc(text, published=date(2026, 8, 11))).events
    assert event.date_start == date(2026, 8, 4) and event.evidence[0].text.startswith("Description")


def test_a_record_is_dated_by_its_date_field_even_in_a_report_of_a_month():
    text = ("Incident code: RS-0419\nDate: 9 February 2026\nLocation: Jisr al-Shughur, Idlib governorate\n"
            "Summary: An air raid hit the vegetable market of Jisr al-Shughur during the morning, killing three civilians.\n\n"
            "Incident code: RS-0421\nDate: 14 February 2026\nLocation: Ariha, Idlib governorate\n"
            "Summary: Russian aircraft struck a residential street in Ariha, destroying two houses.\n")
    document = Document.from_text(text, published=date(2026, 2, 20), title="Civilian harm tracker: Idlib, February 2026")
    assert [(e.date_start, e.time_precision) for e in extract(document).events] == [
        (date(2026, 2, 9), TimePrecision.DAY), (date(2026, 2, 14), TimePrecision.DAY)]


@pytest.mark.parametrize("text, day", [
    ("[27 Mar] Last night Turkish artillery shelled an SDF checkpoint near Tal Tamr, wounding two SDF fighters.",
     date(2026, 3, 26)),
    ("📌 Milblogger, 14 August: Our guys in Qamishli say that last night unknown persons threw a grenade at the gate of "
     "the Russian base at the airport.", date(2026, 8, 13)),
    ('"Example Desert Fox", 19 October:\nLast night ISIS fighters attacked a Syrian army checkpoint near Al-Sukhnah, '
     "3 soldiers killed, 2 wounded.", date(2026, 10, 18)),
])
def test_a_post_is_dated_from_its_own_stamp_or_label(text, day):
    [event] = extract(doc(text, published=date(2026, 11, 2))).events
    assert event.date_start == day


def test_a_stamped_post_starts_afresh_and_its_stamp_is_no_count():
    text = ("[22 Jan, 08:20] Channel comment: nobody in the West noticed, of course 🙄\n"
            "[22 Jan, 09:05] This morning the Russian military police escorted a convoy of 25 Syrian army trucks "
            "from Hama to Saraqib.\n")
    [event] = extract(doc(text, published=date(2026, 1, 23))).events
    assert event.date_start == date(2026, 1, 22) and "of course" not in event.evidence[0].text
    assert event.quantity("trucks") == 25


def test_a_record_names_the_parties_its_description_leaves_out():
    text = ("Record #7201 | Date: 05/11/2026 | Location: Ariha, Idlib | Actor 1: Unidentified gunmen | Actor 2: Civilians "
            "| Type: Attack | Fatalities: 1\n"
            "Description: Unidentified gunmen shot dead a money changer in the centre of Ariha.\n"
            "Record #7202 | Date: 08/11/2026 | Location: Derik | Belligerent: Turkish military\n"
            "Description: A drone strike hit a fuel station at the western entrance of Derik, wounding three workers.\n"
            "Record #7203 | Date: 09/11/2026 | Location: Jisr al-Shughur | Belligerent: Russian military or Syrian "
            "government forces (contested)\n"
            "Description: An air raid hit the vegetable market of Jisr al-Shughur, killing three civilians.\n")
    gunmen, drone, raid = extract(doc(text, published=date(2026, 11, 18))).events
    assert gunmen.evidence[0].text.startswith("Description: Unidentified gunmen")
    assert [a.name for a in gunmen.actors_in(ActorRole.INITIATOR)] == ["unidentified gunmen"]
    assert {a.actor_id for a in gunmen.actors_in(ActorRole.TARGET)} == {"civilians"}
    assert {a.actor_id for a in drone.actors_in(ActorRole.INITIATOR)} == {"turkish_forces"}
    assert raid.actors_in(ActorRole.INITIATOR) == []  # the field hedges between two parties


def test_a_sheet_pasted_as_text_is_read_by_its_columns():
    text = ("date,location,governorate,event,actor1,actor2,killed,injured,notes\n"
            "2026-06-29,Al-Hawija,Kirkuk,IED,ISIS,Iraqi army,2,1,\"roadside bomb on an army patrol\"\n"
            "2026-06-29,Al-Hawija,Kirkuk,IED,ISIS,Iraqi army,2,1,duplicate of previous row\n"
            "2026-08-11,Qamishli,Al-Hasakah,drone strike,Turkish forces,\"Asayish, civilians\",2,1,\"car hit near the airport\"\n")
    bomb, drone = extract(doc(text, published=date(2026, 8, 20))).events
    assert {a.actor_id for a in bomb.actors_in(ActorRole.INITIATOR)} == {"isis"}
    assert {a.actor_id for a in bomb.actors_in(ActorRole.TARGET)} == {"iraqi_forces"}
    assert (bomb.casualty_count(CasualtyKind.KILLED), bomb.casualty_count(CasualtyKind.INJURED)) == (2, 1)
    assert {a.actor_id for a in drone.actors_in(ActorRole.TARGET)} == {"asayish", "civilians"}
    assert bomb.date_start == date(2026, 6, 29) and bomb.place.resolved_name == "Al Hawijah"


@pytest.mark.parametrize("text, initiator", [
    ("On side other, a drone Turkish targeted a car civilian on the road Qamishli – Amuda yesterday evening.", "turkish_forces"),
    ("The aircraft Turkish bombed with the missiles positions in the area of Zakho this morning.", "turkish_forces"),
])
def test_an_adjective_that_machine_translation_puts_after_its_noun_still_names_the_actor(text, initiator):
    [event] = extract(doc(text)).events
    assert {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)} == {initiator}


def test_police_work_against_common_crime_is_no_event_and_no_detail_of_the_one_before():
    text = ("1. The Internal Security Command in Homs arrested five persons belonging to the ISIS organisation "
            "in the Al-Waer neighbourhood on Wednesday.\n"
            "2. In implementation of judicial warrants, the Criminal Security Branch in Hama arrested 11 persons wanted for "
            "theft, fraud and drug dealing.\n"
            "3. Drug control units seized 300,000 Captagon pills hidden in a vegetable truck at a checkpoint near Homs.\n"
            "4. In Raqqa, the Asayish arrested two ISIS members carrying hashish at a checkpoint on Wednesday.\n")
    cell, members = extract(doc(text, published=date(2026, 2, 26))).events
    assert cell.casualty_count(CasualtyKind.ARRESTED) == 5 and cell.kind == "arrest"
    assert {a.actor_id for a in members.actors_in(ActorRole.TARGET)} == {"isis"}  # an armed group: still an event


def test_history_told_by_its_month_is_no_event():
    text = "In May 2021, protests against fuel prices in Raqqa and Al-Hasakah left several dead."
    assert extract(doc(text, published=date(2026, 6, 8))).events == []


def test_a_spotters_feed_is_read_line_by_line_and_only_what_landed_is_an_event():
    text = ("PLANE SPOTTERS NETWORK — Hama observers — Thursday 9 April 2026\n"
            "06:40 Observer H3: L-39 took off from Hama airbase heading N\n"
            "06:52 Observer H7: L-39 dropped 2 bombs on the outskirts of Qalaat al-Madiq, impact confirmed\n"
            "07:40 Observer H3: 2x helicopters over Suqaylabiyah, no drop observed\n"
            "08:00 Turkish drone orbiting Kobani since dawn\n"
            "09:30 Observer H1: a suicide drone exploded near army positions at Kafr Zita, 2 soldiers wounded\n")
    events = extract(doc(text, published=date(2026, 4, 10))).events
    assert [e.kind for e in events] == ["airstrike", "drone_strike"]
    assert {e.date_start for e in events} == {date(2026, 4, 9)}  # "since dawn" names no day of its own


@pytest.mark.parametrize("text, killed, injured", [
    ("On 2 August 2026, an explosive device hidden in a car killed a member of the local council of Nawa and wounded "
     "his son.", 1, 1),
    ("Unidentified gunmen shot dead a pharmacist in the centre of Ariha on Monday.", 1, 0),
    ("Martyrdom of two of the fighters of the Hashd in explosion of a device in Hawija yesterday.", 2, 0),
])
def test_one_victim_named_by_an_article_and_killed_however_worded_are_counted(text, killed, injured):
    [event] = extract(doc(text, published=date(2026, 8, 12))).events
    assert (event.casualty_count(CasualtyKind.KILLED), event.casualty_count(CasualtyKind.INJURED)) == (killed, injured)


@pytest.mark.parametrize("text, targets", [
    ("UPDATE: a car bomb exploded near a police station in Damascus on Monday, killing at least four people.", {"civilians"}),
    ("On Monday, the forces of the regime arrested five of the youth in the town of Inkhil.", {"civilians"}),
    ("Turkish artillery shelled villages near Tal Tamr on Monday, wounding seven.", {"civilians"}),
    ("The Turkish army shelled villages south of Tell Abyad on Monday; no one was hurt.", set()),
])
def test_unnamed_people_killed_or_held_and_villages_where_people_were_hurt_are_civilians(text, targets):
    [event] = extract(doc(text)).events
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} - {"regime_forces"} == targets


def test_perpetrators_known_by_how_they_came_keep_it():
    [event] = extract(doc("On Monday, unidentified gunmen on a motorcycle shot dead a former commander in Tafas.")).events
    assert [a.name for a in event.actors_in(ActorRole.INITIATOR)] == ["unidentified gunmen on a motorcycle"]


def test_posts_are_read_one_by_one_without_their_handles():
    text = ("@deir_24: They say Coalition helicopters landed near #Hajin tonight and took 2 guys, nobody knows who yet\n"
            "@deir_24: Coalition convoy of ~30 trucks passed Tal Tamr heading south to the bases #Hasakah\n")
    events = extract(doc(text)).events
    assert [e.kind for e in events] == ["airdrop", "convoy"]
    assert not events[0].evidence[0].text.startswith("@")


@pytest.mark.parametrize("text, kind, period", [
    ("Between Jan. 29 and Feb. 9, CENTCOM and partner forces conducted 11 operations against ISIS in Iraq and Syria, "
     "killing 4 ISIS operatives.", "raid", (date(2026, 1, 29), date(2026, 2, 9))),
    ("Between 19 and 25 October, the local monitoring committee recorded 11 violations of the Suwayda truce.",
     "armed_clash", (date(2026, 10, 19), date(2026, 10, 25))),
])
def test_counts_of_operations_or_violations_over_a_span_of_days_are_claims(text, kind, period):
    result = extract(doc(text, published=date(2026, 10, 28)))
    [claim] = result.claims
    assert result.events == [] and claim.kind == kind and (claim.period_start, claim.period_end) == period


def test_a_message_stamp_is_the_day_its_relative_dates_count_from():
    text = ("[12/3 08:10] Contact D1 (Hajin): good morning, yesterday night SDF make raid in Hajin, they take 4 young men\n"
            "[12/3 08:12] Contact D1 (Hajin): nobody know why, families very angry\n"
            "[14/3 07:30] Contact D3 (Al-Mayadin): before 2 days unknown gunmen kidnap a teacher in Al-Mayadin\n")
    raid, kidnapping = extract(doc(text, published=date(2026, 3, 15))).events
    assert raid.date_start == date(2026, 3, 11) and kidnapping.date_start == date(2026, 3, 12)


@pytest.mark.parametrize("text", [
    "@SyriaFactCheck: The video going round of a \"drone strike on Qamishli market\" is from 2019. Do not share.",
    "RT @deirezzor_news: Unconfirmed: explosion heard near the Coalition base at Al-Omar field, no details yet",
    "@nawa_now: Israeli drone flying over #Nawa since the morning, no strikes",
])
def test_old_footage_noise_and_overflights_yield_nothing(text):
    assert extract(doc(text)).events == []


def test_an_unconfirmed_post_is_an_alleged_event():
    text = ("@kurd_voice: Asayish arrested 3 people in Ghuwayran, Al-Hasakah, today, accused of working for ISIS cells. "
            "Source: local friends, not confirmed yet.\n@hasakah_local: Praying for the families #Hasakah\n")
    [event] = extract(doc(text)).events
    assert event.kind == "arrest" and event.certainty == Certainty.ALLEGED


def test_a_protest_against_a_bombing_is_a_protest_and_an_alert_label_no_heading():
    text = ("@w: Villagers from Kani Masi blocked the road to the Turkish base in protest this morning, chanting against "
            "the bombing #Amedi\n"
            "@x: ALERT ALERT: clashes NOW in #Jasim between local gunmen and General Security, heavy gunfire\n"
            "SOUTHERN SYRIA: ACCESS SNAPSHOT, WEEK OF 2–8 MARCH 2026\n")
    events = extract(doc(text)).events
    assert [e.kind for e in events] == ["peaceful_protest", "armed_clash"]


@pytest.mark.parametrize("text, target", [
    ("Unknown persons threw a hand grenade at the house of a member of the Raqqa Civil Council in Raqqa city at dawn "
     "today, causing material damage.", "raqqa civil council"),
    ("Azaz | A car belonging to a commander of Jaysh al-Islam exploded this morning near the industrial zone of Azaz, "
     "wounding him.\nAfrin | Shelling on the outskirts of Afrin this afternoon.", "jaysh al-islam"),
])
def test_the_group_of_the_person_whose_property_was_hit_is_the_target(text, target):
    event = extract(doc(text)).events[0]
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.TARGET)} == {target}


def test_a_web_page_s_furniture_and_related_headlines_yield_nothing():
    text = ("Home | News | Syria | Iraq | Contact\n"
            "Share this article\n"
            "Turkish warplanes bombed the area around the village of Sarkale, near Amedi, late on Wednesday, setting "
            "orchards on fire.\n"
            "Related:\n"
            "Two PKK fighters killed in Turkish strike near Zakho\n"
            "Duhok governor meets Turkish consul\n"
            "Tags: Duhok, Turkey\n"
            "© Example Duhok Online\n")
    [event] = extract(doc(text)).events
    assert event.kind == "airstrike" and event.evidence[0].text.startswith("Turkish warplanes")


def test_a_wrapped_line_that_ends_a_sentence_ends_it_even_with_a_footnote_mark():
    text = ("During the period, the Centre documented 41 assassinations in the governorate, which killed 33 people.7\n"
            "On 11 March, unknown gunmen shot dead a former opposition commander near\n"
            "the Omari mosque in Daraa city.\n")
    kinds = [e.kind for e in extract(doc(text, published=date(2026, 5, 12))).events]
    assert kinds == ["attack"]


@pytest.mark.parametrize("text, kind, place, initiator", [
    ("On 2 May, Coalition helicopters land-\ned near Al-Busay-\nrah and detained two men.", "airdrop", "Al Busayrah",
     "coalition"),
    ("On 14 April, unknown gunmen assassina-\nted a former commander in Jasim.", "attack", "Jasim", "unknown gunmen"),
    ("On 9 March, Turkish-\nbacked factions shelled Tal Tamr.", "missile_attack", "Tal Tamr", "sna"),
])
def test_words_broken_across_a_line_end_are_read_whole(text, kind, place, initiator):
    [event] = extract(doc(text, published=date(2026, 7, 8))).events
    assert (event.kind, event.place.resolved_name) == (kind, place)
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.INITIATOR)} == {initiator}
    assert event.evidence[0].text == text  # the evidence is the text as written


def test_joining_broken_words_keeps_every_offset_and_every_real_hyphen():
    text = "forces raid-\ned near Jisr al-Shu-\nghur, Al-\nSanamayn and pro-\ngovernment posts"
    joined = join_broken_words(text)
    assert len(joined) == len(text)
    assert joined.split() == ["forces", "raided", "near", "Jisr", "al-Shughur,", "Al-Sanamayn", "and",
                              "pro-government", "posts"]


def test_whom_protesters_gathered_to_protest_against_stays_the_target():
    text = ("Dozens of demonstrators gathered in Al-Shuhayl on Monday to protest against the SDF and the Autonomous "
            "Administration, demanding lower fuel prices.")
    [event] = extract(doc(text)).events
    assert {a.actor_id for a in event.actors_in(ActorRole.TARGET)} == {"sdf", "autonomous_administration"}


def test_the_mujahideen_of_a_channel_are_its_own_fighters():
    channel = Document.from_text("Statement of the Islamic Resistance in Iraq\nThe mujahideen also targeted the Al-Tanf "
                                 "base with two drones at dawn on Monday, achieving direct hits.",
                                 published=PUBLISHED, publisher="Example Channel Monitor (fictional)")
    [event] = extract(channel).events
    assert {a.actor_id for a in event.actors_in(ActorRole.INITIATOR)} == {"iran_militias"}


@pytest.mark.parametrize("text, target", [
    ("On 14 April, a drone struck near a warehouse of a medical NGO on the outskirts of Ariha, damaging its roof.",
     "medical ngo"),
    ("Unknown persons set fire to a warehouse of a local NGO in Raqqa on Monday night.", "local ngo"),
])
def test_an_organisation_named_by_its_kind_keeps_its_qualifier_as_the_target(text, target):
    [event] = extract(doc(text, published=date(2026, 4, 20))).events
    assert {a.actor_id or a.name for a in event.actors_in(ActorRole.TARGET)} == {target}


@pytest.mark.parametrize("text, published, period", [
    ("Throughout the week, Turkish drones carried out 6 strikes in the Qamishli countryside.", date(2026, 2, 9),
     (date(2026, 2, 2), date(2026, 2, 8))),
    ("Over the past 24 hours, 14 ceasefire violations by terrorist groups were recorded in the Idlib zone.", date(2026, 5, 18),
     (date(2026, 5, 17), date(2026, 5, 18))),
    ("2026-05-25–31 – Turkish forces carry out 14 airstrikes in the Duhok mountains, according to a local monitor.",
     date(2026, 6, 10), (date(2026, 5, 25), date(2026, 5, 31))),
])
def test_a_report_s_week_a_day_and_a_chronology_s_range_are_claim_periods(text, published, period):
    [claim] = extract(doc(text, published=published)).claims
    assert (claim.period_start, claim.period_end) == period


def test_a_feed_item_is_its_summary_dated_from_its_published_line():
    text = ("Example Horan Online – English RSS feed – saved 9 June 2026\n"
            "Gunmen kill former opposition commander in Tafas\n"
            "Published: Mon, 08 Jun 2026 05:50:00 GMT\n"
            "Unknown gunmen shot dead a former opposition commander in front of his house in Tafas last night.\n")
    [event] = extract(doc(text, published=date(2026, 6, 9))).events
    assert event.evidence[0].text.startswith("Unknown gunmen") and event.date_start == date(2026, 6, 7)


def test_a_transcripts_fillers_and_stutters_are_not_read_as_words():
    from sitrep.extract.nlp import quiet_fillers

    said = "so uh tonight a drone uh Turkish drone hit a car on the the road [inaudible] near Um Batna, er-Rai"
    quiet = quiet_fillers(said)
    assert len(quiet) == len(said)  # offsets into the document still hold
    assert quiet.split() == "so tonight a drone Turkish drone hit a car on the road near Um Batna, er-Rai".split()


def test_a_voice_note_with_fillers_gives_its_event():
    # before, "a drone uh Turkish drone yes they hit a car" was parsed with "uh" as a word and read no strike
    [strike] = extract(doc("ok uh so tonight uh a drone uh Turkish drone yes they hit a car on the the road from Tal Afar "
                           "uh two people inside both from the YBS they are dead")).events
    assert strike.kind == "drone_strike"
    assert {a.actor_id for a in strike.actors_in(ActorRole.INITIATOR)} == {"turkish_forces"}


@pytest.mark.parametrize("text, killed, injured", [
    # a digest's shorthand outside a field log: before, "3x" was no number and KIA/WIA no casualty word
    ("14 APR, Al-Shuhayl: SVBIED detonated at an SDF checkpoint at the town's northern entrance; 3x SDF KIA, 5x WIA.", 3, 5),
    ("13 FEB, Abu Ghraib: IED targeted an IA patrol on the Abu Ghraib expressway; 1x IA soldier KIA, 2x WIA.", 1, 2),
    # a register's "name, sex, age": before, the age was read as the toll; the row's one person is the toll
    ("03/04/2026 | Al-Hawija | shepherd, m, 34 | killed | IED legacy | grazing sheep near the Lower Zab", 1, 0),
    ("The landmine wounded a boy, 12, near his home.", 0, 1),
])
def test_digest_shorthand_counts_and_register_ages(text, killed, injured):
    casualties = find_casualties(text)
    assert sum(c.count for c in casualties if c.kind is CasualtyKind.KILLED) == killed
    assert sum(c.count for c in casualties if c.kind is CasualtyKind.INJURED) == injured


def test_times_sign_counts_but_four_by_four_does_not():
    assert [n.value for n in find_numbers("2x drones and a 4x4 pickup")] == [2]


def test_a_security_digest_with_severity_lines_is_read_as_a_log():
    from sitrep.extract.shorthand import is_log

    digest = ("INCIDENTS\n17 APR, Qamishli: TUR UAV strike on a car on the Qamishli–Amuda road, 2x KIA.\n"
              "Incident severity: MEDIUM\n15 APR, Hajin: SAF vs SDF patrol from unk gunmen; 1x WIA.\nIncident severity: LOW")
    assert is_log(digest)  # before, "Incident severity:" was no log line and the shorthand stayed unread
    strike, clash = extract(doc(digest, published=date(2026, 4, 22))).events
    assert (strike.kind, strike.casualty_count(CasualtyKind.KILLED)) == ("drone_strike", 2)
    assert {a.actor_id for a in strike.actors_in(ActorRole.INITIATOR)} == {"turkish_forces"}
    assert clash.casualty_count(CasualtyKind.INJURED) == 1


@pytest.mark.parametrize("text", [
    # counts and ranks of a period's events with no toll: before, events (or nothing)
    "Since the beginning of August, this bulletin has counted 11 kidnappings in the governorate.",
    "It was the 14th drone operation claimed by the Iraqi resistance against US bases in Syria and Iraq since the beginning of June.",
    "Since 1 August 2026, Israeli forces have carried out no fewer than 43 incursions into villages of Quneitra and Daraa.",
])
def test_a_periods_count_or_rank_of_events_is_a_claim(text):
    extraction = extract(doc(text, published=date(2026, 8, 20)))
    assert extraction.events == []
    assert len(extraction.claims) == 1


def test_kidnappings_are_counted_as_abductions():
    [claim] = extract(doc("Since the beginning of August, this bulletin has counted 11 kidnappings in the governorate.",
                          published=date(2026, 8, 20))).claims
    assert claim.quantity("abductions") == 11


def test_a_registers_day_month_year_with_hyphens_is_a_day():
    [day] = find_dates("NIN-0612 | 04-06-2026 | Sinjar / Sinuni | returnee, m, 38 | killed", date(2026, 7, 9))
    assert (day.date_start, day.precision) == (date(2026, 6, 4), TimePrecision.DAY)
    assert find_dates("the 2014-2016 war", date(2026, 7, 9)) == []


def test_a_voice_notes_received_header_dates_what_is_said_in_it():
    # before, "tonight" counted from the publication day (11 Feb), not from when the note came in
    text = ("[voice note 1, 00:52] Contact H2 (Hajin), received 9 Feb 23:10\n"
            "so tonight like one hour ago the SDF they make a raid in Hajin and they take three young men")
    [raid] = extract(doc(text, published=date(2026, 2, 11))).events
    assert raid.date_start == date(2026, 2, 9)


def _ids(event, role):
    return {a.actor_id or a.name for a in event.actors_in(role)}


@pytest.mark.parametrize("text, initiator", [
    # an adjective before a shell, a force, a soldier names whose they were (before: no initiator)
    ("On 22 May, a Turkish shell landed in an orchard near Amadiya, killing a farmer.", "turkish_forces"),
    ("On 12 May an Israeli force of eight vehicles entered Khan Arnabah and detained three young men.", "israeli_forces"),
    # fire from a side's ground is that side's fire
    ("On 14 April, mortar rounds fired from government-held areas hit farmland near Kafr Nubl, injuring a farmer.",
     "regime_forces"),
    ("On 9 February, a shell fired from the Turkish-held side of the M4 struck a house in Tal Tamr, killing a woman.",
     "turkish_forces"),
    # the Syrian interior ministry's provincial commands are the state's forces
    ("On 12 May the Internal Security Command raided a farm west of Tafas and arrested three men.", "regime_forces"),
    # a strike attributed to Israel, or one that politicians blamed on it
    ("On 25 May a drone attributed to Israel struck a truck near Al-Qusayr, killing its driver.", "israeli_forces"),
    # capitalised words before a generic party are part of its name (before: "security forces", "clan fighters")
    ("On 9 May Kurdistan Region security forces dispersed the crowd in Duhok and detained four.", "kurdistan region security forces"),
    ("On 9 May Bedouin clan fighters clashed with Druze factions near Al-Mazraa; 7 were killed.", "bedouin clan fighters"),
    ("On 9 May local Druze armed groups clashed with Bedouin fighters near Al-Mazraa.", "local druze armed groups"),
    # but not the day or month that opens the sentence, nor a town's name
    ("Monday unidentified gunmen shot dead a pharmacist in Jasim, on 9 May.", "unidentified gunmen"),
])
def test_who_acted_is_read_from_adjectives_held_ground_attribution_and_names_before_a_party(text, initiator):
    [event] = extract(doc(text)).events
    assert initiator in _ids(event, ActorRole.INITIATOR)


def test_whom_someone_described_as_members_of_a_group_are_that_groups_dead():
    # before, the Asayish who described the man were taken for his group, and a relative clause's
    # speaker (the IDF) for the dead
    text = "On 26 May a Turkish drone struck a vehicle near Zakho, wounding a man whom the Asayish of Zakho described as a member of the PKK."
    [event] = extract(doc(text)).events
    assert _ids(event, ActorRole.TARGET) == {"pkk"}
    [hurt] = find_casualties("killed two men whom the Israel Defense Forces described as fighters; relatives said they were farmers")
    assert hurt.group != "israeli_forces"


def test_people_who_set_off_a_mine_are_its_victims():
    # before: no target, and "the other lost a foot" was no injury
    text = "Two shepherds grazing sheep near Al-Hawija stepped on a landmine on 23 May; one died at the scene and the other lost a foot."
    [event] = extract(doc(text)).events
    assert _ids(event, ActorRole.TARGET) == {"civilians"}
    assert (event.casualty_count(CasualtyKind.KILLED), event.casualty_count(CasualtyKind.INJURED)) == (1, 1)


def test_a_toll_told_after_a_semicolon_names_the_target():
    # before, the second clause added the toll but not who the two men were
    text = "Yesterday a Turkish drone struck a car near Makhmour; camp officials said the two men in it were wounded."
    [event] = extract(doc(text)).events
    assert _ids(event, ActorRole.TARGET) == {"civilians"}


def test_her_before_a_count_is_no_casualty_of_its_own():
    [killed, injured] = find_casualties("a shell struck a house, killing a woman and injuring her two children.")
    assert (killed.count, injured.count) == (1, 2)


@pytest.mark.parametrize("text, kind", [
    # arrests the text places in one raid are the raid (before: arrest)
    ("The Asayish arrested four people suspected of belonging to ISIS cells in a raid on a house in Al-Hasakah yesterday.", "raid"),
    ("On March 3, a partnered raid in Al-Busayrah resulted in the capture of an ISIS facilitator.", "raid"),
    ("Overnight, IDF troops operated in the area of Khan Arnabah, located weapons and detained two suspects.", "raid"),
    # an incursion that only detains people is the arrest (before: territory taken)
    ("On Wednesday an Israeli force of four vehicles advanced into the outskirts of Khan Arnabah and detained two shepherds.", "arrest"),
])
def test_raids_and_incursions_that_detain_people(text, kind):
    [event] = extract(doc(text)).events
    assert event.kind == kind


def test_civilians_shot_by_a_patrol_are_an_attack_not_a_clash():
    # before, "patrol" made any attack an armed clash
    text = "On 18 January a young farmer was shot dead by a patrol of the SDF at the entrance of Dhiban."
    [event] = extract(doc(text)).events
    assert event.kind == "attack"


REGISTER = """RAQQA CIVIL COUNCIL - MINE ACTION OFFICE
Register of casualties of mines and explosive remnants of war

No. | Date | Place | Casualty | Result | Cause / remarks
1 | 02/03/2026 | Al-Karamah, desert east of the town | truffle hunter, m, 40 | killed | landmine in the desert
2 | 02/03/2026 | Al-Karamah | truffle hunter, m, 37 | killed | same blast as No. 1
3 | 02/03/2026 | Al-Karamah | truffle hunter, m, 19 | injured | same blast as No. 1; taken to Raqqa National Hospital
4 | 17/03/2026 | Tabqa, western farms | farmer, m, 45 | killed | legacy IED buried in a field
5 | 29/03/2026 | Al-Mansoura | — | — | IED found by residents beside the road and destroyed in place by the engineering team
"""


def test_each_row_of_a_pasted_register_is_one_item():
    # before, a row that ended "...; taken to hospital" ran on into the next row, and the row's number and the
    # victim's age were read as tolls
    events = extract(doc(REGISTER, published=date(2026, 4, 7))).events
    by_day = {e.date_start: e for e in events}
    blast = by_day[date(2026, 3, 2)]
    assert (blast.casualty_count(CasualtyKind.KILLED), blast.casualty_count(CasualtyKind.INJURED)) == (2, 1)
    farmer = by_day[date(2026, 3, 17)]
    assert farmer.kind == "ied" and farmer.casualty_count(CasualtyKind.KILLED) == 1
    assert "civilians" in _ids(farmer, ActorRole.TARGET)
    assert by_day[date(2026, 3, 29)].kind == "disrupted_weapons"


def test_a_headers_events_of_day_dates_the_items_below_it():
    # before, the items took the map's own day (13 January)
    text = ("SECURITY MAP - NORTH-EAST SYRIA - Tuesday 13 January 2026 - events of Monday 12 January unless stated\n"
            "Tal Tamr: Turkish artillery shelled Umm al-Kayf and Tal Shamiram, no casualties.\n"
            "Qamishli: Asayish checkpoint fired on by unknown gunmen, 1 Asayish member injured.\n")
    events = extract(doc(text, published=date(2026, 1, 13))).events
    assert events and {e.date_start for e in events} == {date(2026, 1, 12)}


def test_the_previous_period_given_for_comparison_is_no_claim():
    text = ("April-June 2026: 9 incidents, 12 casualties (5 killed, 7 injured).\n"
            "January-March 2026 (Q1, for comparison): 11 incidents, 16 casualties (6 killed, 10 injured).")
    claims = extract(doc(text, published=date(2026, 7, 5))).claims
    assert [c.casualty_count(CasualtyKind.KILLED) for c in claims] == [5]


@pytest.mark.parametrize("text, published", [
    # a total needs no day or town of its own (before: dropped as unspecific)
    ("Since the beginning of the month, we have recorded more than 60 civilians killed across Syria.", date(2026, 3, 26)),
    # counted events over days, with no toll (before: an event)
    ("Between 1 January and 31 August 2026, at least 31 attacks on US forces were recorded in the two countries.",
     date(2026, 9, 15)),
    ("The Institute recorded six ISIS attacks in Iraq between October 1 and October 7, which killed five members of "
     "the Iraqi security forces.", date(2026, 10, 8)),
    ("During the period under review, the Commission verified the killing of 63 civilians in north-east Syria.",
     date(2026, 3, 16)),
])
def test_totals_stated_over_a_period_are_claims(text, published):
    extraction = extract(doc(text, published=published))
    assert extraction.events == []
    assert len(extraction.claims) == 1


def test_a_convoy_of_a_named_force_hit_by_a_bomb_makes_that_force_the_target():
    # before, the wounded driver was the target and the Coalition, whose convoy it was, nobody
    text = "On 3 March a device exploded next to a logistics convoy of the Coalition near Al-Musayyib, wounding a driver."
    [event] = extract(doc(text)).events
    assert _ids(event, ActorRole.TARGET) == {"coalition"}
    # but the patrol that made an arrest is the arrest's, not its target
    text = "Hours later, on 3 March, three residents of Nawa were arrested by a patrol of the Military Security."
    [arrest] = extract(doc(text)).events
    assert "regime_forces" not in _ids(arrest, ActorRole.TARGET)


def test_an_unattributed_drone_strike_takes_the_documents_one_operator():
    # before, the second strike had no initiator although the document names only Turkish drones
    text = ("On 2 March a Turkish drone struck a car near Amuda, killing two SDF fighters.\n\n"
            "On 5 March a drone struck a motorcycle near Tal Tamr, killing two young men.")
    events = extract(doc(text)).events
    assert [_ids(e, ActorRole.INITIATOR) for e in events] == [{"turkish_forces"}, {"turkish_forces"}]


def test_those_a_force_neutralised_are_its_targets():
    # before, the "PKK terrorists" whom "its forces had neutralised" were read as the initiators
    text = "The Turkish defence ministry said on 9 May that its forces had neutralised four PKK terrorists in the Amadiya area."
    [event] = extract(doc(text)).events
    assert _ids(event, ActorRole.TARGET) == {"pkk"} and "pkk" not in _ids(event, ActorRole.INITIATOR)


@pytest.mark.parametrize("text, certainty", [
    # reports the writer could not check (before: reported)
    ("The task force received reports that a drone struck a school bus near Ariha on 27 March 2022, but was not able "
     "to verify them.", Certainty.ALLEGED),
    ("4 July, Raqqa–Tabqa road: reports of a vehicle hitting a mine could not be confirmed by our teams.", Certainty.ALLEGED),
    # denials and checked rumours (before: reported)
    ("27 August – Reports of a rocket attack on the Harir base north of Erbil were denied by Kurdistan Region officials.",
     Certainty.NEGATED),
    ("A second claim, that Russian jets struck Ariha on 6 June, is false: no airstrike took place.", Certainty.NEGATED),
])
def test_unchecked_reports_are_alleged_and_denied_ones_negated(text, certainty):
    [event] = extract(doc(text)).events
    assert event.certainty is certainty


@pytest.mark.parametrize("text, kind", [
    # a former commander shot dead at home is killed, not fought (before: armed clash, for the commander's group)
    ("On 23 April unknown gunmen shot dead a former SDF commander outside his house near Dhiban.", "attack"),
    # PKK fighters "neutralised by armed drones" were hit by drones (before: armed clash)
    ("On 22 April the terrorists were detected in the Metina region near Amadiya and neutralised by armed drones.", "drone_strike"),
    # an Israeli strike's "hostile missiles" are an air strike's (before: missile attack)
    ('On 21 May an "Israeli aggression" targeted a site near Qatana, and air defences intercepted most of the hostile missiles.',
     "airstrike"),
])
def test_killings_drones_and_israeli_strikes_are_told_apart(text, kind):
    assert extract(doc(text)).events[0].kind == kind


def test_a_logs_actor_column_names_the_initiator():
    # before, the party in the column after the description was read as the object, hence the target
    text = "DR-062   20/06/2026   Jasim            Search campaign, 6 men detained                General Security    0/0"
    [event] = extract(doc(text, published=date(2026, 6, 26))).events
    assert _ids(event, ActorRole.INITIATOR) == {"regime_forces"}


@pytest.mark.parametrize("text, kind", [
    # "approx." ended the sentence, and trucks fired upon were a convoy (before: nothing, or a convoy)
    ("On 03.05.2022 at approx. 21:40, two of our trucks travelling from Erbil towards Kirkuk were fired upon by "
     "unidentified gunmen near Qushtapa.", "attack"),
    ("07.11.2022, 19:05 – Shots were fired at our truck TR-518 near Al-Sanamayn; the driver was unhurt.", "attack"),
    # loads taken and a truck set on fire are property destroyed (before: a convoy)
    ("On 14.07.2022 at 02:30, armed men stopped four of our trucks carrying cement on the M4 near Tal Tamr and took "
     "the loads of two of them.", "property_destruction"),
    ("On 18.02.2022 at 23:10, armed men stopped one of our trucks on the Zakho–Duhok road, ordered the driver out and "
     "set the truck on fire.", "property_destruction"),
])
def test_trucks_shot_at_looted_or_burned_are_no_convoy(text, kind):
    [event] = extract(doc(text)).events
    assert event.kind == kind


def test_a_tables_number_in_another_cell_is_no_toll():
    # before, the polling centre's number 2217 was read as the wounded
    [hurt] = find_casualties("13:20 | Tel Kaif | Centre 2217 | Gunmen in a car fired at the entrance of the centre, "
                             "wounding the policeman guarding it")
    assert (hurt.kind, hurt.count) == (CasualtyKind.INJURED, 1)


@pytest.mark.parametrize("text, target", [
    # soldiers and police named by rank are the state forces of the place's country (before: no target)
    ("On 3 May ISIS militants ambushed a bus carrying Syrian soldiers east of Al-Sukhnah, killing five soldiers.",
     "regime_forces"),
    ("On 3 May unknown gunmen shot dead a police officer at a checkpoint near Nawa.", "regime_forces"),
])
def test_soldiers_and_police_named_by_rank_are_the_countrys_forces(text, target):
    [event] = extract(doc(text)).events
    assert target in _ids(event, ActorRole.TARGET)


def test_a_sentence_that_ranks_an_event_in_a_period_is_a_claim_of_its_kind():
    # before, "It was the third strike ... this year" named no trigger and was dropped as background
    text = ("On 13 May a drone attributed to Israel struck a truck near Al-Qusayr. "
            "It was the third strike attributed to Israel in Syria since the start of the year.")
    extraction = extract(doc(text, published=date(2026, 5, 14)))
    [claim] = extraction.claims
    assert claim.kind == extraction.events[0].kind
    assert (claim.period_start, claim.period_end) == (date(2026, 1, 1), date(2026, 5, 14))


def test_arrests_during_raids_on_houses_are_arrests():
    # before, the plural "raids" of a campaign made the arrests a raid (the examples' one kind miss)
    text = ("The Asayish arrested seven people suspected of links to ISIS in Al-Tabqah between January 7 and 9, "
            "during raids on houses in the city's first and second neighbourhoods.")
    [event] = extract(doc(text, published=date(2023, 1, 10))).events
    assert event.kind == "arrest"


@pytest.mark.parametrize("text", [
    '1) CLAIM: "Turkish jets bombed a wedding in Zakho on Sunday, killing nine."',
    "UPDATE 1-Israeli strikes near Damascus kill two soldiers -state media",
    "[AUTO] ### TEST ### TYPE: Airstrike | LOC: Ariha | TIME: 2022-11-03 00:00 | CONF: high ### TEST ###",
    "[MOD] Moderator: Sinjar strike - it was a drone, not a jet, per YBS statement.",
    "Correction, 27 January: an earlier version of this article gave the date of the 2016 bombing as 27 July.",
    "Parties: the shells were fired from government-held areas west of Aleppo, according to the convoy leader.",
])
def test_lines_that_restate_test_or_correct_report_nothing(text):
    # before, each was read as an event
    assert extract(doc(text)).events == []


def test_four_days_later_and_the_next_morning_move_the_date():
    # before, only "two days later" and "three days later" moved it
    text = ("On 12 January an Israeli force bulldozed farmland near Khan Arnabah. "
            "Four days later, an Israeli patrol detained three villagers who were grazing sheep near the berm.")
    events = extract(doc(text, published=date(2026, 1, 29))).events
    assert [e.date_start for e in events] == [date(2026, 1, 12), date(2026, 1, 16)]


def test_a_register_read_as_a_log_counts_its_person_and_not_the_age():
    # a register whose rows open with ISO dates is read as a log (pipes become commas); before, the person was
    # no toll there, and the age was read as a count of shells or vehicles
    text = ("Casualty register, October 2026 (ISO dates)\n\n"
            "date | district | person | outcome | item | remarks\n"
            "2026-10-20 | Haditha | shepherd, m, 52 | killed | IED legacy | grazing area west of Haditha\n"
            "2026-10-13 | Al-Qaim | child, f, 9 | injured | UXO (mortar round) | found while collecting scrap\n")
    events = extract(doc(text, published=date(2026, 11, 5))).events
    assert [(e.casualty_count(CasualtyKind.KILLED), e.casualty_count(CasualtyKind.INJURED)) for e in events] == [(1, 0), (0, 1)]
    assert all(not e.quantities for e in events)


def test_people_held_as_members_of_a_group_are_that_group_not_civilians():
    # before, "12 young men" also made civilians a target beside ISIS
    text = "Between 20 and 23 February 2022, security forces arrested 12 young men in Al-Harak on charges of links to ISIS."
    [event] = extract(doc(text)).events
    assert _ids(event, ActorRole.TARGET) == {"isis"}


def test_a_lines_place_label_files_it_and_the_place_in_it_places_it():
    # before, the label "Deir Ezzor (east)" placed the raid rather than Hajin
    text = "Deir Ezzor (east), Tuesday: SDF raid in Hajin, 4 detained."
    [event] = extract(doc(text, published=date(2026, 10, 19))).events
    assert event.place.name == "Hajin"


@pytest.mark.parametrize("text, kind", [
    # drivers taken from trucks are abducted, not a convoy (before: convoy)
    ("07.09.2022, 14:10 – Gunmen at a fake checkpoint near Rawa stopped one of our trucks and took its two drivers.", "abduction"),
    # a motorbike bomb is a bomb (before: an attack)
    ("On 9 May a motorbike bomb near the clock tower in Raqqa killed a child and injured 4 people.", "ied"),
    # what a protest demands is no intervention in it (before: protest with intervention)
    ("On February 18, dozens of residents of Al-Shuhayl gathered near the main square to protest against the raids and "
     "demand the release of their detained sons.", "peaceful_protest"),
])
def test_drivers_taken_motorbike_bombs_and_protests_over_arrests(text, kind):
    assert extract(doc(text)).events[0].kind == kind


@pytest.mark.parametrize("text, certainty", [
    ("Our host says a Coalition helicopter landed north of Tabqa at about 23:00 on 18 May and took someone away.", Certainty.ALLEGED),
    ("Reports that Turkish aircraft struck a village near Dukan on 30 May have not been confirmed by the authorities.",
     Certainty.ALLEGED),
    ("The Ministry denies what was published by some pages about the kidnapping of a police officer in Tal Afar on 3 May.",
     Certainty.NEGATED),
    ("The mayor of Bamarni said that rumours that the Turkish army had evacuated its base near the town on 3 May were untrue.",
     Certainty.NEGATED),
])
def test_hearsay_is_alleged_and_rumours_denied_are_negated(text, certainty):
    [event] = extract(doc(text)).events
    assert event.certainty is certainty


def test_a_day_total_line_is_a_claim_of_mixed_incidents():
    # before, "Day total: ..., 2 detained" was read as an arrest
    extraction = extract(doc("Day total: 8 incidents logged, 1 injured, 2 detained.", published=date(2026, 3, 15)))
    assert extraction.events == []
    [claim] = extraction.claims
    assert claim.kind == "attack"


def test_a_bots_record_is_one_item_of_the_type_it_names():
    # before, the record was cut at its "CONF:" field and a protest whose note mentions drone strikes was a drone strike
    text = ("alertbot APP 13:10  [AUTO] TYPE: Protest | LOC: Qamishli | TIME: 2026-03-19 12:30 | ACTOR: residents | "
            "CAS: 0 | CONF: high | SRC: 5 channels | NOTE: against drone strikes, peaceful")
    [event] = extract(doc(text, published=date(2026, 3, 19))).events
    assert (event.kind, event.place.name) == ("peaceful_protest", "Qamishli")
    assert len(event.evidence) == 1 and event.evidence[0].text.endswith("peaceful")


def _parties(event) -> set[tuple[str, str]]:
    return {(a.role.value, a.actor.actor_id or a.actor.name) for a in event.actors}


def test_a_bots_record_line_ends_at_its_line_and_is_read_by_its_fields():
    # before, the record ran on into the moderator's note below it and was cut in three; its ACTOR field was not read
    text = ("[AUTO] TYPE: Clash | LOC: Darkush (Idlib) | TIME: 2026-05-03 18:05 | ACTOR: HTS vs unk gunmen | "
            "CAS: 1 killed | CONF: medium | SRC: 2 channels\n"
            "[MOD] @dana_m: please check before sharing.")
    [event] = extract(doc(text, published=date(2026, 5, 3))).events
    assert event.kind == "armed_clash"
    assert event.evidence[0].text.endswith("SRC: 2 channels")
    assert _parties(event) == {("initiator", "hts"), ("target", "unknown gunmen")}
    assert [(c.kind, c.count) for c in event.casualties] == [(CasualtyKind.KILLED, 1)]


@pytest.mark.parametrize("fields, parties", [
    ("TYPE: Airdrop | LOC: Al-Shaddadi (Hasakah) | ACTOR: CF + SDF", {("initiator", "coalition"), ("partner", "sdf")}),
    ("TYPE: Shelling | LOC: Tal Tamr (Hasakah) | ACTOR: TUR/SNA", {("initiator", "turkish_forces"), ("partner", "sna")}),
    ("TYPE: IED | LOC: Tarmiyah (Salahuddin) | TGT: Iraqi army patrol", {("target", "iraqi_forces")}),
    ("TYPE: Kidnapping | LOC: Al-Asharah (Deir Ezzor) | ACTOR (auto-translated): \"armed men unknown\" | "
     "TGT (auto-translated): \"trader of the sheep\"", {("initiator", "armed men unknown"), ("target", "trader of the sheep")}),
])
def test_a_bots_actor_and_target_fields_name_the_parties(fields, parties):
    text = f"[AUTO] {fields} | TIME: 2026-03-19 11:05 | CONF: medium | SRC: 2 channels"
    [event] = extract(doc(text, published=date(2026, 3, 19))).events
    assert _parties(event) == parties


def test_a_bots_detained_field_and_note_give_the_counts_and_low_confidence_is_alleged():
    # before, an arrest record whose only count was "DET: 3" yielded nothing, and "SRC: 2 channels" was a count
    arrest = extract(doc("[AUTO] TYPE: Arrest | LOC: Idlib city (Idlib) | TIME: 2026-05-03 19:30 | ACTOR: General Security | "
                         "CAS: 0 | DET: 3 | CONF: low | SRC: 2 channels", published=date(2026, 5, 3))).events
    [event] = arrest
    assert (event.kind, event.certainty) == ("arrest", Certainty.ALLEGED)
    assert [(c.kind, c.count) for c in event.casualties] == [(CasualtyKind.ARRESTED, 3)]
    [shelling] = extract(doc("[AUTO] TYPE: Shelling | LOC: Tal Tamr (Hasakah) | TIME: 2026-03-19 11:05 | ACTOR: TUR | "
                             "CAS: 0 | CONF: medium | SRC: 2 channels | NOTE: 12 shells", published=date(2026, 3, 19))).events
    assert [(q.unit, q.value) for q in shelling.quantities] == [("shells", 12)]


@pytest.mark.parametrize("text, target", [
    ("On 2 March, unknown gunmen shot dead a member of the local council in Dhiban.", "local council member"),
    ("On 27 March, an IED struck a fuel tanker near Bayji, killing the driver.", "tanker truck driver"),
    ("On Tuesday, unknown gunmen fired on a truck near As-Sanamayn, wounding the driver.", "truck driver"),
])
def test_victims_are_named_by_their_council_or_their_vehicle(text, target):
    # before, the member was "local council" and the driver a bare "driver"
    [event] = extract(doc(text)).events
    assert ("target", target) in _parties(event)


def test_a_driver_ordered_out_of_his_truck_is_not_named_by_the_truck():
    [event] = extract(doc("On 18 February, armed men stopped a truck on the Zakho–Duhok road, ordered the driver out "
                          "and set the truck on fire.")).events
    assert not any("truck driver" in name for _, name in _parties(event))


def test_an_unattributed_drone_strike_takes_the_operator_the_document_names_for_drones():
    # before, the operator was taken only from another drone strike the document attributes, not from its other words
    text = ("On Sunday night, a drone struck a vehicle near Khanasor in Sinjar district, killing a YBS commander.\n\n"
            "Turkish drones have carried out four strikes on the district since the start of the year.")
    strike = next(e for e in extract(doc(text, published=date(2026, 8, 4))).events if e.kind == "drone_strike")
    assert ("initiator", "turkish_forces") in _parties(strike)


@pytest.mark.parametrize("text", [
    "Qamishli: protest in front of the UN office against the drone strikes",
    "On Friday, hundreds rallied in Qamishli to condemn the shelling of the villages.",
])
def test_the_violence_a_protest_is_against_is_its_cause_not_the_event(text):
    # before, "against the drone strikes" made the protest a drone strike by the document's drone operator
    [event] = extract(doc(text)).events
    assert event.kind == "peaceful_protest"
    assert ("initiator", "protesters") in _parties(event)


@pytest.mark.parametrize("text, initiator", [
    ("Army engineers defused two roadside bombs on the Kirkuk–Daquq road on Wednesday morning.", "iraqi_forces"),
    ("On Wednesday, shells fell on Jasim during clashes between local gunmen and General Security forces in the town.",
     "local gunmen"),
])
def test_army_engineers_are_the_state_forces_and_local_gunmen_stay_local(text, initiator):
    # before, army engineers named no one and "local gunmen" lost their "local"; since session 12 the shells that
    # fell during the clashes are an event of their own beside the clash (extract/twins.py), whose side they are
    event = extract(doc(text)).events[-1]
    assert ("initiator", initiator) in _parties(event)


@pytest.mark.parametrize("text, kind", [
    ("Al-Mayadin: strike on a depot of Iran-backed groups near the town, attributed to Israel by local sources", "airstrike"),
    ("A strike hit an unofficial crossing point near Al-Qusayr on Wednesday night.", "airstrike"),
    ("At dawn yesterday, terrorist gangs blew up two towers of the transmission line west of Kirkuk.", "ied"),
    ("On the night of 24 January, unknown gunmen seized a ferry at the Hajin landing and beat its owner.", "property_destruction"),
    ("Israeli forces blocked the road south of Khan Arnabah with an earth berm and a new position on Monday.",
     "base_established"),
    ("Jasim: gunmen on a motorcycle assassinate the mukhtar of a village near the town", "attack"),
    ("Al-Shuhayl: helicopter landing, Coalition and SDF detain 2 men in a house", "airdrop"),
    ("On 26 March, Israeli forces entered the village of Kudna and searched several houses; classes at the school "
     "were cancelled for the day.", "raid"),
])
def test_events_told_in_few_words_or_with_an_aside(text, kind):
    # before, none of these yielded an event: a bare "strike", "blew up", a ferry seized and an earth berm had no
    # trigger, a place-led map entry whose verb the parser took for a noun was a heading, and "classes were
    # cancelled" after the semicolon cancelled the raid
    [event] = extract(doc(text)).events
    assert event.kind == kind


def test_a_general_strike_and_the_deadliest_strike_are_no_new_airstrike():
    assert [e.kind for e in extract(doc("Teachers began a general strike on Sunday in Raqqa.")).events] != ["airstrike"]
    text = ("Turkish drones carried out nine strikes on Al-Hasakah in June. The deadliest strike hit a car near Amuda on "
            "June 11, killing three SDF fighters.")
    assert "airstrike" not in [e.kind for e in extract(doc(text, published=date(2026, 7, 2))).events]


@pytest.mark.parametrize("text", [
    "In the past week, 27 PKK/YPG terrorists were neutralised in operations in northern Iraq and Syria.",
    "Since the start of the year, 281 terrorists have been neutralised in the operations in northern Iraq and Syria.",
    "With this operation, the number of terrorists neutralised by MIT in pinpoint operations this year has risen to 47.",
])
def test_fighters_neutralised_over_a_period_are_a_claim_of_fighting(text):
    # before, these were an event with no day, or nothing
    extraction = extract(doc(text))
    assert extraction.events == []
    [claim] = extraction.claims
    assert claim.kind == "armed_clash"


def test_a_rank_in_a_period_after_an_opening_phrase_states_its_count():
    # before, "By our count, this was the 31st strike ..." was no rank, and a rank stated no count
    text = ("An Israeli strike hit a depot near Masyaf on Tuesday. By our count, this was the 31st strike in Syria "
            "attributed to Israel this year.")
    [claim] = extract(doc(text)).claims
    assert [(q.unit, q.value) for q in claim.quantities] == [("strikes", 31)]
    killed = extract(doc("He was shot dead near Akcakale on 18 May. He was the fourth Syrian killed by Turkish border "
                         "fire this year, according to a rights group.")).claims
    assert [(c.kind, c.count) for claim in killed for c in claim.casualties] == [(CasualtyKind.KILLED, 4)]


@pytest.mark.parametrize("text", [
    "In late March 2026, fighters of the Hamza Division seized at least 40 olive groves belonging to Kurdish families "
    "who had fled the Sheikh al-Hadid area of Afrin.",
    "On Monday, gunmen of the Sultan Murad faction seized the olive grove of a displaced Kurdish family near Jinderes.",
])
def test_groves_of_families_are_civilians_property(text):
    # before, a grove was no property with an owner, and families owning it named no target
    [event] = extract(doc(text)).events
    assert event.kind == "property_destruction"
    assert ("target", "civilians") in _parties(event)


@pytest.mark.parametrize("text", [
    "The Observatory documented the killing of a citizen and his son by gunfire from an SDF patrol at a checkpoint "
    "outside Al-Tabqah last night.",
    "4 March – Israeli troops carried out an incursion into Khan Arnabah, searching houses and detaining two men.[3]",
])
def test_victims_after_a_harm_told_as_a_noun_or_before_a_footnote_are_civilians(text):
    # before, "the killing of a citizen" named no victim, and "two men.[3]" were no men
    [event] = extract(doc(text, published=date(2026, 3, 10))).events
    assert ("target", "civilians") in _parties(event)


@pytest.mark.parametrize("text", [
    "Units of the 13th Brigade of the PMF repelled an ISIS infiltration attempt on their positions near Al-Tarmiyah at "
    "dawn on Monday.",
    "Iraqi Border Guards repelled an infiltration attempt by ISIS members near Al-Qaim on Tuesday, killing two of them.",
])
def test_an_attack_repelled_was_begun_by_the_attackers(text):
    # before, the side that repelled the attack was its initiator
    [event] = extract(doc(text)).events
    assert event.kind == "armed_clash"
    assert {("initiator", "isis"), ("target", "iraqi_forces")} <= _parties(event)


@pytest.mark.parametrize("text, kind", [
    ("ARIHA, SYRIA - APRIL 12: Civil Defence workers search the rubble of a building after an airstrike on the southern "
     "outskirts of Ariha, in Idlib province, Syria, April 12, 2026.", "airstrike"),
    ("On 22 March 2026, at night, unknown persons fired several shots at the front of my house from a passing car.", "attack"),
    ("Unknown persons broke into Hajin primary school No. 2 on 14 February and stole the solar panels.",
     "property_destruction"),
    ("The insured states that on 28 January 2026 a drone struck the roof of the cold store, which lies some 2 km from "
     "the Harir road.", "drone_strike"),
])
def test_captions_shots_break_ins_and_a_place_that_lies_somewhere(text, kind):
    # before: a caption's scene hid what it came after; "fired several shots at" and "broke into" were no triggers;
    # "lies" (as in "the claims are lies") made a building that lies 2 km away no event
    [event] = extract(doc(text, published=date(2026, 4, 14))).events
    assert event.kind == kind


def test_a_caption_whose_scene_is_an_event_keeps_it():
    text = "DHIBAN, SYRIA - OCTOBER 26: SDF armoured vehicles enter Dhiban a day after the clashes, October 26, 2026."
    assert [e.kind for e in extract(doc(text, published=date(2026, 10, 27))).events] != ["armed_clash"]


def test_an_event_in_a_neighbourhood_the_gazetteer_lacks_takes_the_town_the_title_names():
    # before, "Karrada" is unknown and the event had no place
    text = "24 Mar, Karrada: an IED exploded outside a liquor shop before opening time, injuring the owner."
    [event] = extract(doc(text, published=date(2026, 3, 27), title="Business travel briefing: Baghdad")).events
    assert event.place is not None and event.place.resolved_name == "Baghdad"
    [unplaced] = extract(doc(text, published=date(2026, 3, 27), title="Business travel briefing: Iraq")).events
    assert unplaced.place is None  # a country says too little of where it was


def test_a_chat_message_is_dated_from_its_stamp_with_its_year():
    # before, "[12/03/2026, 08:03]" was no stamp and "yesterday" counted from the day the export was shared
    text = ("[12/03/2026, 08:03] Abu Khaled: yesterday evening a landmine exploded under a shepherd near Abu Hamam, his "
            "leg is gone")
    [event] = extract(doc(text, published=date(2026, 3, 14))).events
    assert event.date_start == date(2026, 3, 11)


def test_a_map_entry_is_dated_by_the_hours_ago_line_under_it():
    # before, "20 hours ago" was read into the entry's sentence and the entry took the day the page was saved
    text = ("Page saved: Tuesday 14 April 2026, 18:30 (Damascus time)\n\n"
            "[icon: bomb, red]\n"
            "Ain Issa: villages west of the town shelled from Turkish-backed factions' positions\n"
            "20 hours ago · Source: local activists · 📍 Raqqa")
    [event] = extract(doc(text, published=date(2026, 4, 14))).events
    assert event.date_start == date(2026, 4, 13)
    assert "hours ago" not in event.evidence[0].text


def test_a_total_that_names_no_days_takes_the_days_of_the_events_it_counts():
    # before, "Total for February: ... in two batches" had no dates, though the tracker lists both convoys
    text = ("3 February: a Coalition convoy of 60 trucks entered Syria from the Kurdistan Region towards Al-Shaddadi.\n\n"
            "19 February: a Coalition convoy of 75 trucks entered Syria from the Kurdistan Region towards Al-Shaddadi.\n\n"
            "Total for February: 135 trucks in two batches.")
    extraction = extract(doc(text, published=date(2026, 3, 3), title="Coalition convoy tracker, February 2026"))
    [claim] = extraction.claims
    assert claim.dates == [date(2026, 2, 3), date(2026, 2, 19)]


def test_a_tables_total_row_is_a_claim_with_the_toll_of_its_columns():
    # before, the "**Total**" row of a Markdown table of incidents yielded nothing
    text = ("| Date | Location | Type | Actor | Killed | Injured | Detained |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 13 Mar | Al-Tabqah | protest dispersed with batons | Asayish | 0 | 3 | 4 |\n"
            "| 15 Mar | Ain Issa | artillery shelling | TUR / SNA | 0 | 1 | 0 |\n"
            "| **Total** | | | | **0** | **4** | **4** |")
    extraction = extract(doc(text, published=date(2026, 3, 16), title="NES weekly incident summary, 9-15 March 2026"))
    [claim] = extraction.claims
    assert claim.kind == "attack"
    assert sorted((c.kind.value, c.count) for c in claim.casualties) == [("arrested", 4), ("injured", 4)]
    assert (claim.period_start, claim.period_end) == (date(2026, 3, 9), date(2026, 3, 15))


def test_an_unattributed_airstrike_takes_the_one_air_force_the_document_names():
    # before, only drone strikes took the document's operator
    text = ("Israeli warplanes have struck targets in central Syria four times this month.\n\n"
            "On Tuesday night, an airstrike hit a depot near Masyaf, killing one soldier.")
    strike = next(e for e in extract(doc(text, published=date(2026, 7, 30))).events if e.kind == "airstrike")
    assert ("initiator", "israeli_forces") in _parties(strike)


def test_a_day_and_month_after_on_date_the_event_without_a_year():
    # before, "on 06/09" mid-sentence was no date and the item took the memo's date
    [event] = extract(doc("Jasim: on 06/09 an explosive device planted under the car of a council member exploded, "
                          "wounding him.", published=date(2026, 9, 10))).events
    assert event.date_start == date(2026, 9, 6)
    assert find_dates("the shell fell on 3.5 km of road", date(2026, 9, 10)) == []


def test_an_event_has_one_initiator():
    # before, the council that reported its fighter's death was a second initiator beside the drone's operator
    text = "The Manbij Military Council said its fighter was killed on 27 October in a Turkish drone strike on a Council position near Arima."
    [event] = extract(doc(text, published=date(2026, 11, 3))).events
    assert len(event.actors_in(ActorRole.INITIATOR)) == 1


def test_a_clause_after_when_tells_the_event_with_its_doer_and_victims():
    # before, "killing one" outranked "opened fire" in the clause after "when", and the troops and shepherds were lost
    text = ("The most serious incident was on 21 May, when Israeli troops opened fire on shepherds near Al-Quneitra, "
            "killing one and wounding another.")
    [event] = extract(doc(text, published=date(2026, 6, 5))).events
    assert {("initiator", "israeli_forces"), ("target", "civilians")} <= set(_parties(event))


@pytest.mark.parametrize("text", [
    "On 27 January 2026, Israeli soldiers opened fire on shepherds grazing their flocks near Quneitra, wounding one of them.",
    "A landmine left over from the war exploded under a child in the city of Nawa, seriously wounding him.",
    "The body of an Iraqi woman was found inside the fifth sector of the camp with gunshot wounds to the head.",
    "On 12 June 2026, unidentified gunmen opened fire on a minibus near Jableh, killing five passengers and wounding three.",
])
def test_unnamed_unarmed_victims_are_civilians(text):
    # before, none of these had a target (or had "passengers" as written)
    [event] = extract(doc(text, published=date(2026, 6, 20))).events
    assert ("target", "civilians") in _parties(event)


def test_riders_who_were_members_of_a_force_are_that_forces_dead():
    text = ("A Turkish drone targeted a motorcycle on the road between Sarrin and Ain Issa yesterday evening, "
            "killing its two riders, who were members of the Asayish force.")
    [event] = extract(doc(text)).events
    assert ("target", "asayish") in _parties(event)
    assert [(c.count, c.group) for c in event.casualties] == [(2, "asayish")]


@pytest.mark.parametrize("text, party", [
    ("Turkish Armed Forces neutralised 5 PKK/YPG terrorists near Tal Abyad in northern Syria on Monday.", "ypg"),
    ("Turkish drones struck PKK/YPG positions near Amadiya on Monday.", "pkk"),
])
def test_pkk_joined_to_a_syrian_group_is_that_group_in_syria_and_the_pkk_in_iraq(text, party):
    # before, "PKK/YPG" gave two targets, the PKK and the YPG
    [event] = extract(doc(text)).events
    assert [a.actor_id for a in event.actors_in(ActorRole.TARGET)] == [party]


@pytest.mark.parametrize("text, mediator", [
    ("Tribal elders and SDF commanders agree a ceasefire in Dhiban after mediation by local notables.", "local notables"),
    ("The SNA and the SDF agree a local ceasefire around Deir Hafir under US mediation.", "us_forces"),
    ("The SDF and tribal elders agreed a truce in Dhiban under the mediation of notables of the Al-Uqaidat.",
     "al-uqaidat notables"),
    ("On 24 July, local factions and clan elders agreed to a truce in Sweida under the mediation of tribal notables from Daraa.",
     "tribal notables"),
])
def test_who_mediates_a_deal_is_its_partner(text, mediator):
    # before, the first three mediators were left out of the agreements they brokered (the last was already found;
    # it guards where the mediator's name ends)
    [event] = extract(doc(text, published=date(2026, 9, 25))).events
    assert event.kind == "agreement"
    assert ("partner", mediator) in _parties(event)


@pytest.mark.parametrize("text", [
    "The Turkish occupation army and its mercenaries shelled the villages of the Tal Tamr countryside on Sunday.",
    "Turkish artillery and factions of the Syrian National Army shelled villages west of Tal Tamr during the night.",
    "| 15 Mar | Ain Issa | artillery shelling | TUR / SNA | 0 | 1 | 0 |",
])
def test_turkish_forces_with_the_factions_they_back_lead_with_the_sna_as_partner(text):
    # before, the factions were dropped (or, in the table, taken for the target)
    [event] = extract(doc(text, published=date(2026, 3, 20))).events
    assert {("initiator", "turkish_forces"), ("partner", "sna")} <= set(_parties(event))
    assert ("target", "sna") not in _parties(event)


@pytest.mark.parametrize("text", [
    "A 34-year-old man was shot dead by his cousin during a quarrel over an inheritance on Friday.",
    "A girl was slightly injured by a stray bullet fired at a wedding in Al-Khalidiya on Saturday night.",
    "On the night of 11 June, a fire destroyed 23 tents in a camp near Kafr Takharim; the camp manager said it started "
    "from a cooking stove.",
    "Two men were wounded in a shooting in Qamishli on Sunday; the Asayish said the motive was a debt, and arrested one of the men.",
])
def test_harm_with_a_private_cause_is_no_event(text):
    # before, each gave an attack, property destruction or arrest
    assert extract(doc(text, published=date(2026, 6, 15))).events == []


def test_a_denied_rumour_explained_by_a_wedding_stays_a_negated_event():
    text = ("Rumours about an attack on a police station in Al-Miqdadiyah on Saturday night are false; the sound heard was "
            "celebratory shooting at a wedding.")
    [event] = extract(doc(text, published=date(2026, 6, 15))).events
    assert event.certainty == Certainty.NEGATED


def test_a_tally_of_neutralised_fighters_that_names_no_place_is_no_event():
    # before, it was an armed clash placed wherever the text was
    text = ("The Turkish defence ministry said on Friday that it had \"neutralised two PKK terrorists\" in northern Iraq, "
            "without naming the place.")
    assert extract(doc(text, published=date(2026, 6, 15))).events == []


def test_a_meeting_that_names_nobody_who_met_is_no_event():
    # before, a field team's visits and the date of the next meeting were visits of the conflict
    text = "The team visited seven sites in Daraa and As-Suwayda governorates. Next meeting of the coordination centre: 8 October."
    assert extract(doc(text, published=date(2026, 9, 15))).events == []


def test_a_record_under_its_dated_header_line_is_an_event_of_that_day():
    # before, the description under "Incident RJ-0319 | 19 March | Roj camp" named no day or town and yielded nothing
    text = ("Incident RJ-0317 | 17 March | Roj camp\n"
            "Description: A fire broke out in Section 4 after a heater was knocked over; one tent was destroyed.\n"
            "Incident RJ-0319 | 19 March | Roj camp\n"
            "Description: Residents of Section 1 held a sit-in in front of the camp office to demand news of their "
            "repatriation files; it ended peacefully after two hours.")
    [event] = extract(doc(text, published=date(2026, 3, 31), title="Roj camp protection log, March 2026")).events
    assert event.kind == "peaceful_protest"
    assert (event.date_start, event.time_precision) == (date(2026, 3, 19), TimePrecision.DAY)


def test_a_count_of_what_has_happened_since_a_day_is_a_claim_of_that_kind():
    # before, it was an attack event on 1 January, and a count of tankers would have totalled convoys
    extraction = extract(doc("Since 1 January, 14 fuel tankers have been attacked on routes in Salahuddin and Kirkuk.",
                             published=date(2026, 3, 30)))
    assert extraction.events == []
    [claim] = extraction.claims
    assert (claim.kind, claim.quantity("tankers")) == ("attack", 14)
    assert (claim.period_start, claim.period_end) == (date(2026, 1, 1), date(2026, 3, 30))


@pytest.mark.parametrize("text, kind", [
    ("This brings to four the number of attacks on IDP camps in the Ad Dana and Harim areas since 1 June.", "attack"),
    ("Since 1 August: 3 protests in the Duhok camps, all peaceful.", "peaceful_protest"),
])
def test_a_running_count_since_a_day_is_a_claim(text, kind):
    extraction = extract(doc(text, published=date(2026, 8, 19)))
    assert extraction.events == []
    assert [c.kind for c in extraction.claims] == [kind]


def test_since_a_month_counts_from_that_month_up_to_the_report():
    # before, "Since January" made the claim's period January alone
    [claim] = extract(doc("Since January, 9 murders have been recorded inside the camp, according to the administration.",
                          published=date(2026, 4, 30))).claims
    assert (claim.period_start, claim.period_end) == (date(2026, 1, 1), date(2026, 4, 30))


def test_the_asayish_in_iraq_are_the_kurdistan_regions():
    # before, the Duhok Asayish were north-east Syria's Asayish of the actor dictionary
    [event] = extract(doc("The Asayish arrested two men in Zakho on Monday on charges of links to the PKK.",
                          published=date(2026, 8, 20))).events
    assert [a.name for a in event.actors_in(ActorRole.INITIATOR)] == ["kurdistan region's asayish"]


def test_a_ministry_telling_what_its_own_forces_did_names_its_nations_forces():
    # before, the neutralisation had no initiator: "Turkish" alone names no party
    text = ("The Turkish defence ministry said on Wednesday that its forces had neutralised four PKK terrorists in the "
            "Amadiya area of northern Iraq.")
    [event] = extract(doc(text, published=date(2026, 6, 18))).events
    assert {("initiator", "turkish_forces"), ("target", "pkk")} <= set(_parties(event))


def test_a_clash_with_both_sides_hurt_is_led_by_the_first_named():
    # before, the Turkish soldier's side and the PKK were both targets and nobody led
    text = "On 5 May, two Turkish soldiers were killed in a clash with PKK fighters in the Zap region near Amadiya."
    [event] = extract(doc(text, published=date(2026, 5, 20))).events
    assert {("initiator", "turkish_forces"), ("target", "pkk")} == set(_parties(event))


@pytest.mark.parametrize("text", [
    "A humanitarian convoy entered the province on Wednesday carrying flour and medical supplies.",
    "Hatay: Cilvegozu gate worked normally on Tuesday; 640 trucks crossed to Syria.",
])
def test_a_column_that_no_armed_force_moves_is_no_event(text):
    # before, aid convoys and trade at a crossing were convoys of the conflict
    assert extract(doc(text, published=date(2026, 3, 12))).events == []


def test_a_convoy_to_a_base_is_kept_though_its_force_is_told_elsewhere():
    # a guard: the rule above must not drop a military column whose force the sentence leaves out
    [event] = extract(doc("6 Sep: A second convoy of 25 trucks reached Al-Shaddadi base.", published=date(2026, 9, 9))).events
    assert event.kind == "convoy"


@pytest.mark.parametrize("text, kind", [
    ("A woman at our guesthouse said an Iraqi Kurdish truck had been shot at near Tal Kocher on Monday.", "attack"),
    ("12:30 | Sinjar, northern entrance | Vehicle struck from the air per YBS; 2x DOA | Amb. 21 dispatched", "airstrike"),
])
def test_a_vehicle_shot_at_or_struck_from_the_air_is_attacked_not_a_convoy(text, kind):
    # before, the truck (or the ambulance dispatched) made a convoy or a movement
    [event] = extract(doc(text, published=date(2026, 6, 24))).events
    assert event.kind == kind


@pytest.mark.parametrize("text", [
    "12 A local hospital gave a lower toll of two killed.",
    "EXAMPLE SURVEILLANCE SYSTEM FOR ATTACKS ON HEALTH CARE (FICTIONAL)",
    "This is a timeline of attacks on United States military forces in Iraq and Syria in 2026.",
])
def test_another_sources_toll_and_a_pages_description_of_itself_are_no_events(text):
    # before, the toll and the timeline's self-description were attacks (the heading alone was already nothing; in
    # the health-care surveillance documents it ran on into the table's header and made an attack)
    assert extract(doc(text, published=date(2026, 10, 6))).events == []


@pytest.mark.parametrize("text", [
    "Gunmen killed a shepherd and stole his sheep near Al-Baaj yesterday, local officials said; they blamed ISIS remnants.",
    "On 2 October, unknown gunmen shot dead an SDF commander in Al-Busayrah; the SDF blamed ISIS cells.",
    "On 12 February 2026, gunmen on motorcycles attacked a checkpoint at the entrance of Al-Busayrah, killing two "
    "fighters, in an attack that ISIS claimed the following day.",
])
def test_the_group_blamed_for_an_attack_or_claiming_it_leads_it(text):
    # before, the gunmen led each of these and ISIS was dropped as a second initiator (or never read, after a semicolon)
    [event] = extract(doc(text, published=date(2026, 10, 4))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == ["isis"]


def test_a_bracket_that_says_whose_figures_they_are_blames_nobody():
    # a guard: "(SAA claim)" gives the source of the toll, not the attacker
    [event] = extract(doc("08 SEP: HTS infiltration attempt nr Saraqib repelled by SAA, 4 HTS KIA (SAA claim).",
                          published=date(2026, 9, 10))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == ["hts"]


# --- session 9 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A child kidnapped on the road to Nawa on Monday was found alive the next day.",
    "Unknown gunmen fired on a procession of pilgrims near Al-Tarmiyah at night, wounding two of them.",
])
def test_unnamed_people_the_parse_left_loose_are_civilians(text):
    # before, none of these had a target: the people were tied to no verb of the event
    events = extract(doc(text, published=date(2026, 7, 10))).events
    assert events and ("target", "civilians") in _parties(events[0])


@pytest.mark.parametrize("text", [
    "Residents said a Turkish drone struck a pickup near Amuda on Sunday, killing two SDF fighters.",
    "Hundreds of people gathered in Qamishli on Wednesday for the funeral of two SDF fighters.",
])
def test_witnesses_and_mourners_are_no_victims(text):
    events = extract(doc(text, published=date(2026, 7, 10))).events
    assert all(("target", "civilians") not in _parties(e) for e in events)


def test_the_army_alone_is_the_national_army_of_the_events_country():
    # before, "the army" was no party, so the raid had no initiator
    [event] = extract(doc("The army launched a search operation at dawn on Sunday and detained four suspects in a village "
                          "near Al-Hawija.", published=date(2026, 7, 10))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == ["iraqi_forces"]


def test_the_army_beside_the_pmf_is_not_their_partner():
    # before, the army made the PMF's own forces their partner
    events = extract(doc("On Friday the army and the PMF carried out a search operation in the Badush hills west of Mosul, "
                         "destroying two ISIS hideouts.", published=date(2026, 7, 10))).events
    assert events and all(not e.actors_in(ActorRole.PARTNER) for e in events)
    assert "iraqi_forces" in {a.actor_id for a in events[0].actors_in(ActorRole.INITIATOR)}


@pytest.mark.parametrize("text", [
    "On Friday shells fired from the Turkish-held side fell on the yard of a school in Al-Darbasiyah; the school was "
    "empty and only the wall was damaged.",
    "A drone struck near the eastern gate of the hospital in Amuda at 09:30, damaging two ambulances.",
])
def test_a_civilian_building_hit_with_nobody_hurt_names_no_victims(text):
    # before, a school or hospital hit made civilians the target although no one was hurt
    events = extract(doc(text, published=date(2026, 7, 10))).events
    assert events and all(not e.actors_in(ActorRole.TARGET) for e in events)


def test_a_market_bomb_that_hurt_people_still_hits_civilians():
    [event] = extract(doc("A car bomb exploded in the vegetable market of Azaz on Monday, wounding seven.",
                          published=date(2026, 7, 10))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.TARGET)] == ["civilians"]


def test_a_screenshots_capture_line_is_no_arrest():
    # before, "captured" made an arrest of every screenshot's header
    assert extract(doc("=== Screenshot 2 (captured 14 Apr 2026, 09:10) ===", published=date(2026, 4, 15))).events == []


@pytest.mark.parametrize("text, kind", [
    ("Teachers in Kobani boycotted classes on Sunday over unpaid salaries.", "peaceful_protest"),
    ("Nurses held a silent stand in front of the national hospital in Qamishli on Monday.", "peaceful_protest"),
    ("On Monday 6 July, truck drivers parked their trucks at the Semalka crossing in protest at the new fees.", "peaceful_protest"),
    ("On 3 May, fighters of a faction burned two houses belonging to displaced families in Jinderes.", "property_destruction"),
    ("Gunmen evicted three families from their houses in Afrin at gunpoint on Friday.", "property_destruction"),
])
def test_strikes_without_a_crowd_and_houses_burned_or_taken_are_events(text, kind):
    # before, none of these was an event: a boycott or a stand is a protest, burning or taking houses destroys property
    events = extract(doc(text, published=date(2026, 7, 10))).events
    assert [e.kind for e in events] == [kind]


def test_each_bullet_of_a_list_without_stops_is_an_item_of_its_own():
    # before, bullets that end without a full stop ran into one sentence: the IED and the clash were lost in
    # the drone strike's sentence
    text = ("[Slide 3]\nKey incidents – Week 10\n"
            "• 3 Mar – Hajin: IED struck an SDF vehicle on the river road, 2 SDF fighters killed\n"
            "• 5 Mar – Amuda: drone strike on a car at the western entrance, 1 killed, 2 injured (unconfirmed)\n"
            "• 6 Mar – Tal Tamr: exchange of artillery fire between SDF and SNA factions north of the town\n"
            "Speaker notes:\nAmuda – the SDF confirmed on the evening of 6 Mar that it was a Turkish drone.\n")
    events = extract(doc(text, published=date(2026, 3, 9))).events
    assert [(e.kind, e.date_start.day) for e in events][:3] == [("ied", 3), ("drone_strike", 5), ("armed_clash", 6)]


def test_crops_burned_with_no_owner_named_are_civilians_property():
    # before, the fire had no target
    [event] = extract(doc("On 12 June, unknown persons set fire to barley fields east of Kobani at night.",
                          published=date(2026, 6, 20))).events
    assert event.kind == "property_destruction"
    assert [a.actor_id for a in event.actors_in(ActorRole.TARGET)] == ["civilians"]


@pytest.mark.parametrize("text, force", [
    ("The military police in Afrin arrested three young men on Monday.", "sna"),
    ("On Tuesday the military police detained two brothers at a checkpoint in Jarabulus.", "sna"),
    ("Military police in Qamishli detained two men on Monday.", "regime_forces"),
])
def test_the_military_police_of_the_faction_held_towns_are_the_factions(text, force):
    # before, the military police were the Syrian state's police wherever they were
    [event] = extract(doc(text, published=date(2026, 7, 10))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == [force]


def test_a_strike_on_a_base_hits_the_forces_it_hosts_and_unnamed_air_defences_are_kept_as_written():
    # before, the drone strike had no target and the downing was credited to the Coalition the base hosts
    text = ("Two drones targeted the Harir base north-east of Erbil, where Coalition forces are stationed, on Tuesday "
            "night; air defences shot down one of them.")
    events = {e.kind: e for e in extract(doc(text, published=date(2026, 7, 10))).events}
    assert [a.actor_id for a in events["drone_strike"].actors_in(ActorRole.TARGET)] == ["coalition"]
    assert [a.name for a in events["disrupted_weapons"].actors_in(ActorRole.INITIATOR)] == ["air defences"]


@pytest.mark.parametrize("text", [
    "Q2 2026 (1 April – 30 June): 164 incidents, 58 killed, 91 injured.",
    "Revised totals, Q3 2026 (1 July – 30 September): 187 incidents, 74 killed, 120 injured.",
    "September total: 11 attacks attributed to ISIS cells in Raqqa governorate, 6 SDF fighters killed",
])
def test_a_line_headed_by_its_period_is_a_total(text):
    # before, each of these was an attack event
    assert len(totals_only(text, published=date(2026, 10, 10))) == 1


@pytest.mark.parametrize("text", [
    "5 Jul – Diban: joint SDF–Coalition raid, 3 ISIS suspects detained",
    "6 Jul – Al-Busayrah: SDF/Coalition raid on a house, 2 ISIS suspects detained",
])
def test_two_parties_joined_by_a_dash_or_a_slash_are_leader_and_partner(text):
    # before, the second party was lost
    [event] = extract(doc(text, published=date(2026, 7, 10))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == ["sdf"]
    assert [a.actor_id for a in event.actors_in(ActorRole.PARTNER)] == ["coalition"]


def test_a_revised_count_of_a_period_is_a_total_and_a_revised_events_figure_is_not():
    # before, the revised count of strikes was a drone strike event
    total = extract(doc("April, Turkish air and drone strikes in the Kurdistan Region and Sinjar: 38 (previously 35).",
                        published=date(2026, 7, 10)))
    assert total.events == [] and len(total.claims) == 1
    revised = extract(doc("The clash near the Tishreen Dam on 14 June is now recorded with 6 killed (previously 3).",
                          published=date(2026, 7, 10)))
    assert revised.claims == []


def test_a_capture_time_written_with_slashes_is_no_arrest():
    assert extract(doc("[2] captured 29/05/2026 11:05", published=date(2026, 5, 30))).events == []


@pytest.mark.parametrize("text, killed", [
    ("On Sunday a Turkish drone struck a fuel tanker on the road between Amuda and Qamishli, killing its driver.", 1),
    ("The fighter Rezan Ali ascended as a martyr on Monday when a Turkish drone targeted his vehicle near Tal Tamr.", 1),
])
def test_one_death_told_without_a_number_counts_one(text, killed):
    # before, neither death was counted
    [event] = extract(doc(text, published=date(2026, 7, 10))).events
    assert event.casualty_count(CasualtyKind.KILLED) == killed


@pytest.mark.parametrize("text", [
    "On Saturday the Counter-Terrorism Service arrested a terrorist wanted for belonging to ISIS in Mosul.",
    "On 7 June an SDF raid in Dhiban led to the arrest of a tribal figure of the Al-Uqaidat tribe.",
])
def test_one_person_held_counts_one(text):
    # before, neither arrest was counted
    [event] = extract(doc(text, published=date(2026, 7, 10))).events
    assert event.casualty_count(CasualtyKind.ARRESTED) == 1


def test_a_headlines_bare_singular_victim_counts_one():
    # before, "driver wounded" counted nobody
    [event] = extract(doc("12 Jun – Ad Dana: drone hits ambulance, driver wounded", published=date(2026, 6, 20))).events
    assert event.casualty_count(CasualtyKind.INJURED) == 1


@pytest.mark.parametrize("text, killed", [
    ("On 8 July a US drone strike near Al-Qaim killed three members of Kata'ib Hezbollah (sources vary: 3–4 killed).", 3),
    ("On 9 July tribal fighters attacked SDF checkpoints in Dhiban (sources vary: 4–11 killed).", 4),
    ("On 10 July a drone hit a car parked about 40 metres from the bakery in Amuda, killing the two men inside.", 2),
])
def test_ranges_retold_tolls_and_distances_do_not_inflate_the_dead(text, killed):
    # before: 6 (the toll and its range added), 11 (the range's top) and 40 (the distance)
    [event] = extract(doc(text, published=date(2026, 7, 12))).events
    assert event.casualty_count(CasualtyKind.KILLED) == killed


def test_a_toll_the_sentence_calls_false_is_not_counted():
    # before, the false "dozens" were added to the one dead: 13
    [event] = extract(doc("Unknown gunmen attacked a General Security checkpoint near Jableh on 1 July, killing one member; "
                          "claims of \"dozens of dead\" are false.", published=date(2026, 7, 12))).events
    assert event.casualty_count(CasualtyKind.KILLED) == 1


def test_days_named_before_their_month_are_each_read():
    # before, "9 and 10 March" was read as 10 March alone
    [mention] = find_dates("the clashes in Busra al-Sham on 9 and 10 March", date(2026, 4, 1))
    assert mention.days == [date(2026, 3, 9), date(2026, 3, 10)]


def test_arrests_on_days_in_a_row_are_one_campaign_and_shelling_on_two_days_two_events():
    # before, the arrests were one event dated to the second day only
    [arrest] = extract(doc("On 2 and 3 March, General Security forces arrested dozens of young men in villages near "
                           "Al-Sanamayn.", published=date(2026, 3, 10))).events
    assert (arrest.date_start, arrest.date_end, arrest.time_precision) == (date(2026, 3, 2), date(2026, 3, 3), TimePrecision.WEEK)
    shelling = extract(doc("Turkish artillery shelled orchards near Batifa on 17 and 18 May.", published=date(2026, 5, 20))).events
    assert [e.date_start.day for e in shelling] == [17, 18]


@pytest.mark.parametrize("text, place", [
    ("On 9 July ISIS gunmen on motorcycles shot dead a member of the Deir ez-Zor Civil Council outside his home in "
     "Al-Busayrah.", "Al Busayrah"),
    ("ISIS militants set fire to wheat fields west of Al-Hawija on the night of 4 July, the Kirkuk agriculture "
     "directorate said.", "Al Hawijah"),
])
def test_a_place_naming_a_body_does_not_place_the_event(text, place):
    # before, the council's and the directorate's towns placed the events
    [event] = extract(doc(text, published=date(2026, 7, 12))).events
    assert event.place.resolved_name == place


@pytest.mark.parametrize("text", [
    "Yesterday the police arrested two men in Al-Qayyarah who they say belong to ISIS and planted the bomb.",
    "On Monday it was a raid with the SDF on a house in Al-Shuhayl, 2 men detained, SDF says they are ISIS.",
])
def test_those_held_are_the_group_the_words_tie_them_to(text):
    # before, the men held were civilians
    [event] = extract(doc(text, published=date(2026, 7, 12))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.TARGET)] == ["isis"]


def test_an_unidentified_drone_is_kept_as_written():
    # before, the strike had no initiator
    [event] = extract(doc("Unidentified drone hit a motorcycle near Harim on Monday, killing the man riding it.",
                          published=date(2026, 7, 12))).events
    assert [a.name for a in event.actors_in(ActorRole.INITIATOR)] == ["unidentified drone"]


@pytest.mark.parametrize("text, actor", [
    ("Iraqi F-16 jets struck an ISIS hideout in the Hamrin mountains north-east of Baqubah on Monday.", "iraqi_forces"),
    ("A Turkish TB2 drone hit a car near Amuda on Monday, killing two SDF fighters.", "turkish_forces"),
])
def test_an_aircraft_model_between_maker_and_craft_keeps_the_maker(text, actor):
    # before, the model's name hid whose aircraft it was
    [event] = extract(doc(text, published=date(2026, 7, 12))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == [actor]


@pytest.mark.parametrize("text, kind", [
    ("Imagery of 25 May shows a new Turkish military outpost on the border strip west of Kobani.", "base_established"),
    ("Turkish soldiers set up a new checkpoint on the road east of Batifa on Sunday.", "base_established"),
    ("On the night of 15 May, masked men in a car without plates took a school teacher from his home in Al-Hasakah.",
     "abduction"),
    ("On 12 June, two partner enumerators were held for three hours at a checkpoint near Al-Shuhayl and questioned "
     "about the survey, then released.", "arrest"),
    ("On 2 June a prisoner from Shahba died in custody in a prison of the security services in Damascus.", "attack"),
    ("On 4 June a woman was found strangled in her tent in the foreigners' section of Al-Hol camp.", "attack"),
    ("A shopkeeper in Afrin was beaten by members of the Hamza Division on Friday for refusing to pay a fee.", "attack"),
    ("On 15 June, a sound bomb was thrown at the house of a lawyer in Tel Kaif; no one was hurt.", "ied"),
    ("Israeli army bulldozers levelled about 30 dunums of farmland on the edge of Khan Arnabah on 8 June.",
     "property_destruction"),
    ("On Friday the faction cut more than 200 olive trees in the village of Shaykh al-Hadid.", "property_destruction"),
    ("On 30 May the SARC warehouse in Sweida city was broken into by armed men.", "property_destruction"),
    ("Yesterday four masked gunmen stopped our minibus near Izraa and took the money and phones of all eleven passengers.",
     "property_destruction"),
    ("On 5 June, unknown persons sprayed slogans on the outer wall of the temple near Ain Sifni.", "property_destruction"),
    ("Residents of Tal Tamr blocked the main road with burning tyres on Wednesday evening.", "peaceful_protest"),
    ("On 9 June detainees in the Tasfirat detention centre in Mosul went on hunger strike.", "peaceful_protest"),
    ("On 9 June dozens of relatives gathered outside the court in Karkh holding pictures of the detainees.",
     "peaceful_protest"),
    ("On 9 June in Jinderes, shooting broke out in the market between fighters of the Sultan Murad Division and the "
     "Hamza Division.", "armed_clash"),
    ("Separately, Israeli strike hits a weapons depot near Al-Kiswah south of Damascus on Monday, state TV reports.",
     "airstrike"),
    ("On 14 June, indirect fire impacted the outskirts of Nawa overnight; no casualties.", "missile_attack"),
    ("On 30 May unknown gunmen shot at the car of the union's coordinator in Ma'arrat al-Nu'man; he was not hurt.",
     "attack"),
    ("Unknown persons burned about 400 olive trees near Jisr al-Shughur on the night of 12 June.", "property_destruction"),
    ("On 13 June, a smuggling gang held nine people in a house in Harim and demanded USD 800 for each of them.",
     "abduction"),
    ("On 2 June General Security members held a driver at the Saraqib checkpoint for questioning and released him "
     "after five hours.", "arrest"),
    ("On 5 June two members of the Federal Police came to my house and took me to the police station in Tal Afar.",
     "arrest"),
    ("On Monday a PKK member who tried to cross the border from Syria was caught near Nusaybin.", "arrest"),
    ("SNA factions took the village of Al-Dardara, north-west of Tal Tamr, on 14 June after a two-hour fight.",
     "territory_taken"),
    ("On 5 June farmers from the villages of Baqubah district blocked the Baqubah–Baghdad road for two hours, "
     "demanding water for their orchards.", "peaceful_protest"),
    ("At about 11:30 on 3 June, dozens of young men gathered in front of the council's headquarters in Manbij, "
     "shouting against the strikes.", "peaceful_protest"),
    ("15/06 – Sharya camp: about 300 residents protested against plans to close the camp and end food aid.",
     "peaceful_protest"),
])
def test_wordings_the_triggers_missed(text, kind):
    # before, none of these sentences gave an event
    [event] = extract(doc(text, published=date(2026, 6, 20))).events
    assert event.kind == kind


@pytest.mark.parametrize("text, kind", [
    ("On Wednesday the Asayish took two young men off a bus at the entrance of Al-Hasakah.", "arrest"),
    ("On 3 June, armed men in uniform at a checkpoint on the Tal Afar–Sinjar road held two NGO drivers for nine hours.",
     "abduction"),
])
def test_people_held_by_an_authority_are_arrested_and_by_gunmen_abducted(text, kind):
    # before, the first gave no event and the second was an arrest
    [event] = extract(doc(text, published=date(2026, 6, 20))).events
    assert event.kind == kind


@pytest.mark.parametrize("text", [
    "In the afternoon of 3 June the SDF set up checkpoints at the entrances of Al-Busayrah and searched cars.",
    "On 3 June Civil Defence teams took the wounded man to the hospital in Idlib.",
    "Since January 2026, our imagery has recorded 11 new Turkish outposts in Duhok province.",
])
def test_checkpoints_of_a_campaign_and_the_wounded_taken_to_hospital_are_no_base_and_no_abduction(text):
    kinds = [e.kind for e in extract(doc(text, published=date(2026, 6, 20))).events]
    assert "base_established" not in kinds and "abduction" not in kinds


def test_a_titles_topic_is_not_its_speaker():
    from sitrep.extract.refine import document_voice

    # before, the ISIS cell the statement is about was taken for the speaker, and the ministry was no one
    about = Document.from_text("x", title="Counter-Terrorism Directorate statement on the dismantling of an ISIS cell")
    ministry = Document.from_text("x", title="Syrian Ministry of Defence statement on military operations against ISIS")
    assert document_voice(about) is None
    assert document_voice(ministry) == "regime_forces"


def test_an_operation_a_statement_tells_without_its_doer_is_the_speakers():
    # before, the terrorists were neutralised by no one
    text = ("Our units continue their operations with determination.\n"
            "On 13 June, 2 terrorists detected in the Avashin-Basyan region of Duhok province were neutralised in an "
            "air-supported operation.")
    [event] = extract(Document.from_text(text, published=date(2026, 6, 20),
                                         title="Ministry of National Defence weekly press briefing, information notes")).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == ["turkish_forces"]


def test_a_tally_rows_base_is_what_was_struck():
    # before, the base's owner was read as the one who struck it
    text = ("Operations of our mujahideen this week:\n"
            "| 1 | Saturday 17/1 | The American occupation base at Ain al-Asad, western Anbar | 2 drones | Direct hit |")
    [event] = extract(Document.from_text(text, published=date(2026, 1, 24),
                                         title="Weekly harvest of the operations of the Islamic Resistance in Iraq")).events
    assert [a.actor_id for a in event.actors_in(ActorRole.TARGET)] == ["us_forces"]
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == ["iran_militias"]


@pytest.mark.parametrize("text", [
    "ISIS attacks: 7 (last week 9), in which 6 soldiers and PMF fighters were killed",
    "Killed in the governorate this week: 4 (2 SDF/Military Council, 1 clan gunman, 1 civilian).",
    "Israeli incursions recorded in 2026 (to 27 December): 571 (2025: 388).",
])
def test_a_labelled_count_of_a_tally_is_a_total(text):
    # before, each line was an event
    assert len(totals_only(text, published=date(2026, 12, 28))) == 1


@pytest.mark.parametrize("text", [
    "Ain al-Asad base: 3 rockets landed inside the base on 14 December.",
    "Civilians reported killed: 1",
])
def test_a_place_label_or_a_records_field_is_no_tally(text):
    assert extract(doc(text, published=date(2026, 12, 28))).claims == []


@pytest.mark.parametrize("text", [
    "At about 11:30, dozens of young men gathered in front of the council's headquarters, shouting against the strikes.",
    "The next morning the Asayish came and took three young men from our street.",
])
def test_a_time_of_day_makes_a_sentence_specific(text):
    # before, a sentence with neither a day nor a count, like a diary's or a magazine's, gave no event
    assert len(extract(doc(text, published=date(2026, 6, 20))).events) == 1


def test_a_tolls_group_leaves_out_the_sentences_stop_and_a_pronoun():
    # before, the groups were "soldier." and "them."
    [wounded] = find_casualties("Unknown gunmen fired on the checkpoint, wounding a soldier.")
    assert wounded.group == "soldier"
    [hurt] = find_casualties("Gunmen fired on a bus carrying council members, wounding four of them.")
    assert hurt.group != "them." and hurt.count == 4


def test_numbered_digest_items_are_items_of_their_own_dated_by_their_day():
    # before, the items ran into one sentence dated to the day of publication
    text = ("Here is the list of the week.\n\n"
            "1) 31.08, Jinderes: members of the Hamza Division seized the house of a displaced Kurdish family (post 2270)\n"
            "2) 01.09, Afrin city: military police arrested 4 young men at a checkpoint on the Rajo road (post 2278)\n")
    events = extract(doc(text, published=date(2026, 9, 7))).events
    assert [(e.kind, e.date_start) for e in events] == [("property_destruction", date(2026, 8, 31)),
                                                          ("arrest", date(2026, 9, 1))]


@pytest.mark.parametrize("text", [
    "Forces of the SDF raided the office of a money-transfer company in Hajin on Sunday, and the branch will remain "
    "closed until further notice.",
    "A hand grenade was thrown at the house of the head of our exam centre in Hajin tonight, and the school will open at 10.",
])
def test_what_is_said_of_the_future_after_an_event_leaves_it_standing(text):
    # before, "will" in the later clause made each sentence no event
    assert len(extract(doc(text, published=date(2026, 1, 27))).events) == 1


def test_a_warning_before_the_event_word_still_yields_nothing():
    text = "The Ministry warns shepherds against entering the desert east of Palmyra, because of the mines left by ISIS."
    assert extract(doc(text, published=date(2026, 1, 27))).events == []


def test_an_event_told_in_full_after_after_is_an_event_and_a_stretch_of_shelling_is_not():
    # before, both were background
    told = extract(doc("The road between Amadiya and Batifa remains closed to our trucks after a Turkish drone strike "
                       "on a vehicle near Batifa on 16.02.2026 that killed two people.", published=date(2026, 2, 20))).events
    assert [e.kind for e in told] == ["drone_strike"]
    stretch = extract(doc("Between 3 and 5 February, about 1,240 households were displaced from villages west of Tal Tamr "
                          "following repeated artillery shelling of the area.", published=date(2026, 2, 20))).events
    assert "missile_attack" not in [e.kind for e in stretch]


@pytest.mark.parametrize("text, count", [
    ("BREAKING – 07:40 – SDF AND COALITION FORCES RAID HOUSES IN AL-SHUHAYL, ARREST FOUR SUSPECTED ISIS MEMBERS", 1),
    ("people say a Turkish drone hit a car on the Amadiya road this afternoon and killed two people, does anyone know "
     "who they are?", 1),
    ("Anyone know if the PKK attacked a Turkish base near Zakho yesterday?", 0),
])
def test_a_crawl_in_capitals_and_a_statement_with_a_question_tail_report_and_a_question_does_not(text, count):
    # before, the crawl was read as a heading and the statement as a question
    assert len(extract(doc(text, published=date(2026, 6, 20))).events) == count


@pytest.mark.parametrize("text, kind", [
    ("Since the beginning of May we have counted 4 assassinations in Daraa governorate.", "attack"),
    ("Since 1 June, 14 fires in Kirkuk governorate have been attributed to ISIS by the agriculture directorate.",
     "property_destruction"),
])
def test_a_tally_told_by_its_plural_noun_alone_is_a_total(text, kind):
    # before, with no event word, the sentence gave nothing
    assert [c.kind for c in totals_only(text, published=date(2026, 6, 20))] == [kind]


@pytest.mark.parametrize("text", [
    "Since January, 21 shepherds have been kidnapped in the western desert, according to the Association's records.",
    "By our log, the drone strike of 9 February was the sixth Turkish drone strike on the Tishreen Dam front since 1 January.",
])
def test_a_count_up_to_now_and_a_rank_since_a_day_are_totals(text):
    # before, each was read as one event
    assert len(totals_only(text, published=date(2026, 6, 20))) == 1


@pytest.mark.parametrize("text", [
    "Airstrikes recorded in Duhok governorate, 1 July – 15 August: 21",
    "Year-to-date (1 January – 31 October 2026), both provinces: 71 killed, 164 injured.",
])
def test_a_tally_over_a_span_of_days_is_a_total(text):
    # before, the span's days read as one event's day, and the year-to-date line as an event
    assert len(totals_only(text, published=date(2026, 11, 20))) == 1


def _targets(text: str, published: date = date(2026, 6, 20)) -> list[list[str]]:
    events = extract(doc(text, published=published)).events
    return [sorted(a.actor.actor_id or a.actor.name for a in e.actors if a.role is ActorRole.TARGET) for e in events]


@pytest.mark.parametrize("text, targets", [
    # named by what he drove
    ("On 15 October, an old IED buried from the war exploded under a tractor near Anah, killing its driver.",
     ["tractor driver"]),
    ("On 9 March, unknown gunmen fired on a convoy of tankers on the road near Maadan, killing one driver and "
     "wounding another.", ["tanker drivers"]),
    # in a car no one is said to own: a civilian
    ("An Israeli drone struck a car near Khan Arnabah on 14 June, killing the driver; residents said he was a farmer "
     "from the village.", ["civilians"]),
    # who he was, told after a comma
    ("An Israeli drone struck a car on the road between Nawa and Tasil late on Wednesday, killing its driver, a former "
     "rebel commander, the official said.", ["former rebel commander"]),
])
def test_a_driver_is_named_by_his_vehicle_or_by_who_he_was(text, targets):
    # before, each was the bare "driver", a name the annotators never give
    assert _targets(text) == [targets]


@pytest.mark.parametrize("text, target", [
    ("Al-Busayrah team: responded at 08:15 to a roadside bomb that struck a Deir Ezzor Military Council vehicle on "
     "the Al-Busayrah–Diban road; one fighter was killed and two were injured.", "deir_ezzor_military_council"),
    ("At about 22:00 on 3 June, an explosive device went off under an SDF pickup on the Dhiban–Al-Hawayij road, wounding "
     "two fighters.", "sdf"),
])
def test_men_named_by_their_calling_alone_are_of_the_group_whose_vehicle_was_hit(text, target):
    # before, the target was the bare "fighter"(s)
    assert _targets(text) == [[target]]


@pytest.mark.parametrize("text, target", [
    ("Unidentified gunmen shot dead a former member of the 8th Brigade near his home in Jasim on 3 June.",
     "former 8th brigade member"),
    ("On 5 March, a teacher at one of our schools in Jasim was shot dead by unknown gunmen on his way home.",
     "school teacher"),
    ("On 14 June, unknown gunmen abducted two travellers from Sweida on the Damascus–Sweida highway near Shahba.",
     "travellers from sweida"),
    ("On 14 June, unknown gunmen kidnapped two travellers on the Damascus–Sweida highway near Shahba.", "civilians"),
])
def test_victims_kept_as_written_take_the_full_name_the_desk_gives_them(text, target):
    # before: "brigade", "teacher", "travellers" and "travellers"
    assert _targets(text) == [[target]]


@pytest.mark.parametrize("text, kind", [
    ("The review found that no Coalition strike took place in Al-Busayrah on 3 September.", "airstrike"),
    ("The committee found that no artillery unit fired in the Al-Miqdadiyah sector on 5 June.", "missile_attack"),
])
def test_a_finding_that_nothing_happened_is_a_negated_event(text, kind):
    # before, the first gave nothing and the second a reported shelling
    events = extract(doc(text, published=date(2026, 9, 20))).events
    assert [(e.kind, e.certainty) for e in events] == [(kind, Certainty.NEGATED)]


@pytest.mark.parametrize("text", [
    "Results of the day: terrorists killed 3, terrorists arrested 1, explosive devices seized 4, hideouts destroyed 2.",
    "Week 14 totals after review: 8 incidents, 5 killed, 4 injured, 4 detained.",
    "9: ISIS attacks in Kirkuk province in the first quarter, killing 7 soldiers and PMF fighters, per the provincial "
    "council's security committee.",
    "During the third quarter of 2026, Coalition forces conducted 37 strikes against ISIS targets in Iraq and Syria.",
])
def test_a_days_results_a_numbered_weeks_totals_and_a_quarters_count_are_totals(text):
    # before, the first three were read as events and the last gave nothing
    assert len(totals_only(text, published=date(2026, 10, 5))) == 1


@pytest.mark.parametrize("text", [
    'Go deeper: "Inside the Al-Busayrah checkpoint attack" (Example Euphrates Review, fictional)',
    "Why it matters: It's the deadliest attack on the army in the Badia since Damascus joined the anti-ISIS coalition.",
    "What's next: The Deir ez-Zor Civil Council meets tribal notables on Thursday to talk about the checkpoints.",
])
def test_a_newsletters_link_outlook_and_context_labels_report_nothing(text):
    # before, each gave an event
    assert extract(doc(text, published=date(2026, 6, 20))).events == []


@pytest.mark.parametrize("text, initiators, targets", [
    ("Iraqi F-16s struck an ISIS hideout in the Hamrin mountains northeast of Tuz Khurmatu on Monday, killing three "
     "militants, the Security Media Cell said.", ["iraqi_forces"], ["isis"]),
    ("Air support: helicopters of Army Aviation struck a group of terrorists east of Samarra on Monday, killing 3 of them.",
     ["iraqi_forces"], ["isis"]),
    ("Confirms a US strike near Al-Bab on Saturday that killed a senior ISIS official and his bodyguard.",
     ["us_forces"], ["isis"]),
])
def test_aircraft_that_strike_make_an_airstrike_and_the_terrorists_of_iraqs_forces_are_isis(text, initiators, targets):
    # before: an armed clash with the roles swapped ("..., the Security Media Cell said" joined the victims), an armed
    # clash against "terrorists", and an attack
    [event] = extract(doc(text, published=date(2026, 6, 1))).events
    assert event.kind == "airstrike"
    assert sorted(a.actor_id or a.name for a in event.actors_in(ActorRole.INITIATOR)) == initiators
    assert sorted(a.actor_id or a.name for a in event.actors_in(ActorRole.TARGET)) == targets


@pytest.mark.parametrize("line, day", [
    ('R31 · 08.07 · Ariha · explosion · unknown · 2 killed · "Explosion inside a house in the eastern quarter."',
     date(2026, 7, 8)),
    ("Row 3 | 12.11 | Batifa | artillery | Turkish forces | PKK | 0 | 0 | ok – shells hit the slopes above Zewa village",
     date(2026, 11, 12)),
    ("D-204  17/09  Tafas          arrest      General Security  civilians        0  0  4  house raid on a farm",
     date(2026, 9, 17)),
])
def test_a_sheet_rows_date_cell_after_its_id_cell_dates_the_row(line, day):
    # before, the row took the export's day
    [mention, *_] = find_dates(line, date(2026, 11, 20))
    assert mention.date_start == day


@pytest.mark.parametrize("rows", [
    ('r105,2026-05-21,Diyala,Baqubah,Arrest,Iraqi police,,0,0,3,"MoI","reclassify: raid; arrests = 3, actor_2 = ISIS",fixed\n'
     'r107,2026-05-23,Salahuddin,Al-Tarmiyah,Armed clash,ISIS,PMF,1,2,0,"PMF media","ok",approved'),
    ("R33 · 10.07 · Al-Atarib · kidnapping · armed men · 0 · fuel trader kidnapped on the road to Aleppo\n"
     "R34 · 11.07 · Idlib city · protest · residents · 0 · sit-in in front of the governorate building"),
    ("D-204  17/09  Tafas          raid        General Security  civilians        0  0  4  4 young men held, no group named\n"
     "D-210  21/09  Busra al-Sham  protest     residents         –                0  0  0  ok – stand over power cuts"),
])
def test_each_row_of_a_sheet_pasted_as_text_is_read_on_its_own(rows):
    # before, a row that ended without a stop ran on into the next, and the two gave one event
    events = extract(doc(rows, published=date(2026, 9, 29))).events
    assert len(events) == 2 and len({e.evidence[0].start for e in events}) == 2


@pytest.mark.parametrize("text", [
    "He denies reports that SDF forces withdrew from positions near Deir Hafer on Sunday.",
    "The Coalition denied local reports that its aircraft struck a car near Gharanij on Monday night.",
    "A Defence Ministry spokesman denied social-media claims that ISIS gunmen attacked a checkpoint on the Kirkuk–Tikrit "
    "road on Friday night.",
    "Asked about Kurdish media reports of a Turkish drone strike that killed two farmers near Batifa on Saturday: "
    '"These claims do not reflect the truth."',
])
def test_a_denial_in_any_tense_or_wording_makes_the_event_negated(text):
    # before, each was reported (or alleged, for "claims")
    events = extract(doc(text, published=date(2026, 9, 24))).events
    assert [e.certainty for e in events] == [Certainty.NEGATED]


@pytest.mark.parametrize("text", [
    "By the numbers: 24 Turkish drone and air strikes in the Kurdistan Region and Sinjar in May, killing 9 people, per "
    "the region's monitoring group.",
    "In May, monitors recorded 24 Turkish drone and air strikes in the Kurdistan Region and Sinjar.",
])
def test_a_count_of_strikes_with_words_between_number_and_noun_is_a_total(text):
    # before, "24 Turkish drone and air strikes" was no count of events, and each line gave one event
    assert len(totals_only(text, published=date(2026, 6, 20))) == 1


def test_a_heading_that_counts_the_worst_incidents_does_not_make_its_first_item_a_total():
    text = ("The four most serious incidents:\n7 October, near Amadiya: a shepherd was killed by an old anti-personnel "
            "mine on a mountain slope close to the Turkish border.")
    assert [e.kind for e in extract(doc(text, published=date(2026, 10, 30))).events] == ["ied"]


@pytest.mark.parametrize("text, initiator", [
    ("Iraqi forces say they killed three ISIS militants in an airstrike near Tuz Khurmatu yesterday.", "iraqi_forces"),
    ("The SDF said on Monday that its fighters arrested two men in Hajin.", "sdf"),
])
def test_a_party_that_tells_what_it_did_itself_is_its_doer(text, initiator):
    # before, "say they killed" and "said on Monday that its" made the party only the teller
    [event] = extract(doc(text, published=date(2026, 6, 1))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == [initiator]


def test_a_party_that_tells_what_befell_its_men_is_no_doer():
    text = "The Asayish said two of their members were wounded when a car bomb exploded at a post on the Amuda road on Monday."
    [event] = extract(doc(text, published=date(2026, 6, 1))).events
    assert "asayish" not in [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)]


@pytest.mark.parametrize("text", [
    "Civilians killed and injured, July–October: 6 killed and 9 injured (c).",
    "Since the truce, monitors have counted 37 violations around Ain Issa.",
])
def test_a_tally_over_months_or_since_an_event_is_a_total(text):
    # before, only "this month", "since" and the like named a label's period, and a tally noun's period needed a
    # month, a year or a week: the months' names and "since" now serve both
    assert len(totals_only(text, published=date(2026, 11, 3))) == 1


def test_this_morning_under_a_day_label_is_the_labels_day():
    # before, "this morning" was the day of publication, two days after the update's label
    text = ("UPDATE 7 July: The Security Media Cell says a force of the Counter-Terrorism Service freed Ali in a raid on "
            "a farm near Al-Hawija this morning and arrested two of the kidnappers.")
    [event] = extract(doc(text, published=date(2026, 7, 9))).events
    assert event.date_start == date(2026, 7, 7)


@pytest.mark.parametrize("text", [
    "Artillery fire from across the border hit orchards near Batifa on 10 November, injuring a farmer.",
    "On 5 November, two shells fired from the Turkish-held side landed in the yard of a school in Tal Tamr.",
    "On 25 November, a drone struck a car near Zakho, killing two men.",
])
def test_fire_from_over_the_turkish_border_or_in_duhok_with_no_side_named_is_turkeys(text):
    # before, these strikes had no initiator
    [event] = extract(doc(text, published=date(2026, 11, 30))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == ["turkish_forces"]


@pytest.mark.parametrize("text", [
    "On 25 November, a drone struck a car near Deir Ezzor, killing two men.",
    "On 5 November, two shells fired from across the border landed near Daraa.",
])
def test_fire_elsewhere_with_no_side_named_keeps_no_initiator(text):
    [event] = extract(doc(text, published=date(2026, 11, 30))).events
    assert event.actors_in(ActorRole.INITIATOR) == []


@pytest.mark.parametrize("text", [
    "05 NOV, Tikrit – VBIED found and defused by an IA EOD team at a checkpoint south of the city.",
    "Iraqi security forces found the launcher this morning in an orchard near Hit, with one unfired rocket still on the rail.",
    "On 14 November, an explosive device was planted at the gate of the Palace of Justice in Daraa and was dismantled by "
    "army engineers before it went off.",
    "The explosion heard on Sunday morning in Hajin was the controlled detonation of an old mortar round found near the "
    "water tanks.",
])
def test_a_bomb_or_rocket_found_or_made_safe_is_disrupted_weapons_use(text):
    # before, the weapon's word made these a bombing or a rocket attack
    [event] = extract(doc(text, published=date(2026, 11, 30))).events
    assert event.kind == "disrupted_weapons"


@pytest.mark.parametrize("text", [
    "On 3 November a roadside bomb exploded near Hajin, and a second device was found nearby.",
    "A claim that an explosive device destroyed a water pipeline near Tal Afar on 9 November was denied by the directorate.",
    "On 11 November, mortar shells fell near an army post south of Makhmour; three impact craters were found the next day.",
])
def test_a_weapon_that_went_off_stays_an_attack_though_something_was_found(text):
    assert extract(doc(text, published=date(2026, 11, 30))).events[0].kind != "disrupted_weapons"


@pytest.mark.parametrize("text, kind", [
    ("Thursday 7 May: our ambulance was hit by machine-gun fire on the Ariha road while transferring a patient.", "attack"),
    ("Daraa city, 7 May: assassination of a former 8th Brigade member in Daraa al-Balad by gunmen on a motorcycle.", "attack"),
    ("On 6 May, the militias set up two new checkpoints at the entrance of Subaykhan.", "base_established"),
    ("7 May – Hajin: wheat fields of three farmers set alight at night by an ISIS cell.", "property_destruction"),
])
def test_more_wordings_of_attacks_posts_and_arson_are_events(text, kind):
    # before, none of these wordings was a trigger
    assert [e.kind for e in extract(doc(text, published=date(2026, 5, 10))).events] == [kind]


def test_a_tables_assassinations_column_is_no_event():
    assert extract(doc("Table I.1 – Assassinations in Daraa by month", published=date(2026, 5, 10))).events == []


@pytest.mark.parametrize("text, day", [
    ("T: 231800C SEP 26", date(2026, 9, 23)),   # zone C is UTC+3, the local time of Syria and Iraq
    ("T: 232350Z SEP 26", date(2026, 9, 24)),   # 23:50 UTC is 02:50 the next day there
    ("DTG: 141930C FEB 26", date(2026, 2, 14)),
])
def test_a_military_date_time_group_is_read_as_the_local_day(text, day):
    assert [m.date_start for m in find_dates(text, date(2026, 9, 30))] == [day]


def test_a_spot_reports_time_observed_field_dates_the_activity_above_it():
    # before, the activity took the day the report was sent ("DTG:"), the only day above it
    text = ("SPOTREP DZ5-0924-01\nDTG: 240230Z SEP 26\nS: 1 vehicle\n"
            "A: An IED exploded under an SDF pickup on the road west of Al-Kasrah.\n"
            "L: Al-Kasrah, road to the west\nT: 232350Z SEP 26\nRemarks: 1 KIA according to an SDF medic.")
    [event] = extract(doc(text, published=date(2026, 9, 26))).events
    assert event.date_start == date(2026, 9, 24)


@pytest.mark.parametrize("text", [
    "Coalition trucks logged since 1 December: 2 batches, 58 trucks.",
    "Attacks on Coalition bases in Syria since 1 October: 2 (September: 1).",
    "Team count: people detained by the SDF in the Al-Kasrah area since 20 September: 11.",
    "Week figures (Mon 30 Nov – Sat 5 Dec), logged: 3 Coalition–SDF joint operations, 8 people detained, 1 killed.",
    "Losses in the period, all formations: 3 killed and 3 wounded.",
    "Period figures: US/Coalition resupply 3 convoys, 130 trucks, 6 tankers.",
])
def test_a_count_under_a_label_since_a_day_or_a_periods_figures_is_a_total(text):
    # before, each of these was read as one event
    assert len(totals_only(text, published=date(2026, 12, 6))) == 1


def test_a_label_naming_one_events_day_stays_an_event():
    assert extract(doc("Strike of 15 November near Hajin: 3 killed.", published=date(2026, 12, 6))).claims == []


def test_a_log_line_listing_incidents_each_with_its_day_gives_one_event_each():
    # before, a log's line was one item whatever its semicolons, and only its last day was kept
    text = ("I-1 ISIS attacks on SDF and DMC checkpoints [4 or more in a month]: RED\n"
            "Tripped by: 3 May, Al-Shuhayl – a DMC checkpoint attacked at night, 2 fighters killed; 11 May, Al-Busayrah – "
            "grenade thrown at an SDF post, 1 fighter wounded; 19 May, Hajin – ambush on an SDF pickup, 3 killed.\n"
            "Month count: 4 attacks, 5 killed.")
    events = extract(doc(text, published=date(2026, 6, 1))).events
    assert [e.date_start for e in events] == [date(2026, 5, 3), date(2026, 5, 11), date(2026, 5, 19)]


@pytest.mark.parametrize("text, certainty", [
    ("The mission was informed that two local staff of a partner NGO had been detained by General Security at a checkpoint "
     "north of Sweida city on 31 May; the team could not verify this.", Certainty.ALLEGED),
    ("A member asked about reports that a drone had struck a house in Hajin on 10 June; the representative said that no "
     "such incident had been recorded.", Certainty.NEGATED),
])
def test_a_clause_after_a_semicolon_that_only_weighs_the_report_sets_its_certainty(text, certainty):
    # before, the event was read from the first clause alone and stayed "reported"
    [event] = extract(doc(text, published=date(2026, 6, 12))).events
    assert event.certainty is certainty


def test_a_clause_that_says_no_one_claimed_the_attack_casts_no_doubt_on_it():
    text = "On 10 June two rockets fell near the Ain al-Asad base in western Anbar; no group claimed them."
    [event] = extract(doc(text, published=date(2026, 6, 12))).events
    assert event.certainty is Certainty.REPORTED


@pytest.mark.parametrize("text", [
    "Contrary to reports circulated on 1 June, US forces have not withdrawn from the Koniko gas field, officials said.",
    "There was no attack on the Baghdad–Baqubah road on 2 June, contrary to what was said on social media.",
    "If asked about the reported rocket on the Mosul airport site on 3 June: the Operations Command says nothing fell there.",
])
def test_more_wordings_of_a_report_found_untrue_are_negated(text):
    [event] = extract(doc(text, published=date(2026, 6, 12))).events
    assert event.certainty is Certainty.NEGATED


def test_attackers_pursued_and_killed_after_an_ambush_are_the_same_clash():
    # before, the pursuit was a second clash
    text = ("ISIS remnants ambushed a bus carrying Syrian soldiers on the road east of Al-Sukhnah on Tuesday morning, "
            "killing five soldiers and wounding seven. A military source said army units pursued the attackers and killed "
            "two of them.")
    [event] = extract(doc(text, published=date(2026, 6, 10))).events
    assert event.kind == "armed_clash"
    assert event.casualty_count(CasualtyKind.KILLED) == 7


def test_a_toll_broken_down_is_no_new_event():
    # before, it was read as a killing
    text = "Of the 61 killed: 24 former opposition fighters, 17 members of government forces, 12 civilians, 8 unidentified."
    assert extract(doc(text, published=date(2026, 4, 10))).events == []


def test_a_tally_label_with_its_days_in_brackets_is_a_total():
    # before, the bracketed days made the label too long to be one
    text = "Killings inside Al-Hol camp in the first quarter of 2026 (1 January – 31 March): 6."
    assert len(totals_only(text, published=date(2026, 4, 10))) == 1


def test_one_kind_of_strike_told_on_two_days_is_two_events():
    # before, one drone strike on the first day
    text = ("Turkish drones also struck a checkpoint of the internal security forces in Al-Darbasiyah on June 3 and a "
            "vehicle on the outskirts of Ain Issa on June 19.")
    events = extract(doc(text, published=date(2026, 7, 10))).events
    assert [(e.kind, e.date_start) for e in events] == [("drone_strike", date(2026, 6, 3)), ("drone_strike", date(2026, 6, 19))]


def test_a_strike_dated_after_another_is_one_event():
    text = "A Turkish drone struck a car near Amuda on June 3, two weeks after the strike on Qamishli on May 20."
    assert [e.date_start for e in extract(doc(text, published=date(2026, 7, 10))).events] == [date(2026, 6, 3)]


@pytest.mark.parametrize("text, kind", [
    ("On Saturday 12 December, teachers of the town's schools stood in front of the education complex for an hour, "
     "demanding the payment of their salaries.", "peaceful_protest"),
    ("Yesterday people stood in front of the municipality because there is no bread, maybe sixty people, and the police "
     "fired in the air to make them go home.", "protest_with_intervention"),
    ("On 13 December the families of the missing held their weekly stand in Saraqib.", "peaceful_protest"),
])
def test_people_standing_before_an_office_to_be_heard_are_a_protest(text, kind):
    # before, none of these was an event
    assert [e.kind for e in extract(doc(text, published=date(2026, 12, 14))).events] == [kind]


def test_security_forces_in_the_kurdistan_region_are_the_regions_own():
    # before, "security forces" as written
    text = "On 4 April, security forces broke up a small protest by journalists in Zakho with batons."
    [event] = extract(doc(text, published=date(2026, 4, 10))).events
    assert [a.name for a in event.actors_in(ActorRole.INITIATOR)] == ["kurdistan region security forces"]


@pytest.mark.parametrize("text, initiators", [
    ("On 8 April a Turkish drone hit a car near Amuda; the Asayish confirmed one man was killed.", ["turkish_forces"]),
    ("On 8 April the SDF confirmed its fighters shelled a village near Manbij.", ["sdf"]),
])
def test_a_party_that_confirms_is_a_teller_unless_it_confirms_what_its_own_did(text, initiators):
    [event] = extract(doc(text, published=date(2026, 4, 10))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)] == initiators


@pytest.mark.parametrize("text, day", [
    ("1 | Saturday 17/1 | The American occupation base at Ain al-Asad", date(2026, 1, 17)),
    ("Tue 20/01: two rockets fell near the base", date(2026, 1, 20)),
])
def test_a_weekday_with_its_day_and_month_is_that_day(text, day):
    # before, the weekday alone counted back from the report's day
    assert [m.date_start for m in find_dates(text, date(2026, 1, 24))] == [day]


def test_a_pipe_tables_target_column_names_the_target():
    # before, only comma-separated sheets were read by their columns, and the parse made the base's owner the doer
    text = ("No. | Day and date | Target | Weapon | Result\n"
            "1 | Saturday 17/1 | The American occupation base at Ain al-Asad, western Anbar | 2 drones | Direct hit")
    [event] = extract(doc(text, published=date(2026, 1, 24))).events
    assert [a.actor_id for a in event.actors_in(ActorRole.TARGET)] == ["us_forces"]
    assert event.actors_in(ActorRole.INITIATOR) == [] or "us_forces" not in [a.actor_id for a in event.actors_in(ActorRole.INITIATOR)]
    assert event.date_start == date(2026, 1, 17)


def test_a_victims_cell_of_calling_sex_and_age_is_one_person():
    from sitrep.extract.records import _cell_parties

    assert [a.actor_id for a in _cell_parties("child, m, 10")] == ["civilians"]
    assert [a.name for a in _cell_parties("scrap collector, m, 31")] == ["scrap collector"]
    assert [a.actor_id for a in _cell_parties("SDF fighter, m, 25")] == ["sdf"]
    assert _cell_parties("–") == []
    assert [a.actor_id for a in _cell_parties("Asayish, civilians")] == ["asayish", "civilians"]


@pytest.mark.parametrize("text", [
    "Death toll today: 4 people across Syria, among them 2 civilians.",
    "The week's toll in Raqqa governorate, by our count: 3 dead and 1 wounded.",
])
def test_a_tallys_label_over_a_period_with_no_event_word_is_a_total(text):
    # before, a label and its count with no trigger word yielded nothing
    assert len(totals_only(text, published=date(2026, 9, 20))) == 1


@pytest.mark.parametrize("text, parties", [
    # before, the group named only as the calling of a man was read as the one who acted
    ("On 2 April an explosive device went off under the car of an SDF officer in Hasakah.", {("target", "sdf")}),
    ("The accused confessed that on 2 April he planted an explosive device under the car of a Peshmerga officer in "
     "Soran.", {("target", "peshmerga")}),
    ("The Peshmerga fighter N. H., who was martyred on 27 September in the explosion of a landmine near Makhmour "
     "while on duty, shall be considered a martyr.", {("target", "peshmerga")}),
])
def test_a_group_named_by_its_man_hit_is_the_target(text, parties):
    [event] = extract(doc(text)).events
    assert _parties(event) == parties


def test_the_ybs_and_the_peshmerga_are_dictionary_groups():
    # before, both were kept as written ("ybs members", "peshmerga forces"), a different name in every report
    [strike] = extract(doc("On Monday a Turkish drone struck a car near Khanasor, killing two members of the "
                           "Sinjar Resistance Units (YBS).")).events
    assert _parties(strike) == {("initiator", "turkish_forces"), ("target", "ybs")}
    [clash] = extract(doc("ISIS gunmen attacked a Peshmerga post near Makhmour on Monday night.")).events
    assert _parties(clash) == {("initiator", "isis"), ("target", "peshmerga")}


def test_a_ministry_of_a_government_that_tells_the_event_is_no_party_to_it():
    # a guard for the Peshmerga in the dictionary: a teller named with "of the Kurdistan Regional Government"
    # before "said" is no party (the first draft of the dictionary entry read the ministry as who shelled)
    [shelling] = extract(doc("The Peshmerga Ministry of the Kurdistan Regional Government said in a statement that "
                             "Turkish artillery shells had fallen near the village of Batifa on Thursday.")).events
    assert _parties(shelling) == {("initiator", "turkish_forces")}


@pytest.mark.parametrize("text, target", [
    # before, the dead were counted civilians (or the group was read as the striker) though the text says whose
    ("Duhok: A Turkish drone struck a vehicle north of Amadiya in the afternoon, killing the two people in it; the "
     "district administration said both were PKK members.", "pkk"),
    ("UPDATE: 2 killed in the drone strike near Amuda, both members of the Asayish according to hospital sources.",
     "asayish"),
])
def test_the_group_the_victims_belonged_to_is_the_target(text, target):
    [strike] = extract(doc(text)).events
    assert {p for p in _parties(strike) if p[0] == "target"} == {("target", target)}


def test_both_sides_named_together_are_not_read_as_victims():
    # a guard: "both the SDF and the Coalition" names who struck, not whose the victims were
    [strike] = extract(doc("On Monday both the SDF and the Coalition struck ISIS positions near Hajin, killing "
                           "four militants.")).events
    assert ("target", "sdf") not in _parties(strike)


@pytest.mark.parametrize("text", [
    # before, fire on a protest was an attack on civilians
    "On 11 July, fighters of the brigade opened fire on residents of Jinderes who were protesting against the "
    "seizure of their land, wounding two of them.",
    "He denied reports that security forces had fired on protesters in the city of Sweida on Wednesday.",
])
def test_fire_on_a_protest_is_force_against_protesters(text):
    [event] = extract(doc(text)).events
    assert event.kind == "force_against_protest"
    assert ("target", "protesters") in _parties(event)


def test_fire_near_a_protest_tent_is_no_force_against_protesters():
    # a guard: the protest names where the car was, not who was fired on
    [event] = extract(doc("Gunmen fired at a car near the protest tent in Jasim on Monday, wounding a man.")).events
    assert event.kind == "attack"


@pytest.mark.parametrize("text, parties", [
    # before, "govt forces", "Turkish servicemen" and "the Syrian government" named no dictionary party
    ("Ahead of the deal, the SDF handed over positions west of Deir Hafer to govt forces (22 June).",
     {("initiator", "sdf"), ("partner", "regime_forces")}),
    ("Units of the Russian military police, together with Turkish servicemen, carried out the 112th joint patrol on "
     "the M4 highway from Saraqib to Ariha.", {("initiator", "russian_forces"), ("partner", "turkish_forces")}),
    ("The SDF and the Syrian government signed an agreement in Damascus on 14 October on the handover of the Conoco "
     "gas field.", {("initiator", "sdf"), ("partner", "regime_forces")}),
])
def test_more_names_of_the_syrian_government_and_its_neighbours(text, parties):
    [event] = extract(doc(text)).events
    assert _parties(event) == parties


@pytest.mark.parametrize("text", [
    # before, those held were tied to no group: the words tying them were "for ISIS", "membership of ISIS"
    "On 19 November, CTD forces arrested in Duhok a man accused of recruiting young men for ISIS through social media.",
    "On 23 November, CTD forces arrested at the Ibrahim Khalil crossing a foreign national wanted for membership of ISIS.",
    "The four men were arrested by the Counter-Terrorism Service in a raid on a house in Tal Afar on 28 May, and are "
    "charged with ISIS membership.",
])
def test_people_held_for_what_they_did_for_isis_are_counted_as_isis(text):
    [event] = extract(doc(text)).events
    assert ("target", "isis") in _parties(event)


@pytest.mark.parametrize("text, day", [
    # before, the event took the day the sentence names, which is the day after it
    ("On 27 October, the Turkish Ministry of National Defence announced that one of its soldiers had been killed the "
     "previous day in a clash with PKK fighters north of Duhok.", date(2026, 10, 26)),
    ("Returns began on 5 April, a day after community elders announced a truce between the Druze armed groups and the "
     "Bedouin fighters at a meeting in As-Suwayda city.", date(2026, 4, 4)),
    ("On 24 October, General Security forces deployed on the road between Suwayda and Damascus after two travellers "
     "were kidnapped there the day before.", date(2026, 10, 23)),
])
def test_the_day_before_the_day_named(text, day):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert event.date_start == day


@pytest.mark.parametrize("text, day", [
    # guards: the day before belongs to another event, or to when the device was laid
    ("On 5 April, Turkish drones struck a car near Amadiya; the day before, the PKK attacked a Turkish post.",
     date(2026, 4, 5)),
    ("15/09/2026 | Hajin | SDF fighter, m, 25 | killed | IED planted the previous night on a patrol route",
     date(2026, 9, 15)),
])
def test_a_day_before_told_of_something_else_keeps_the_day(text, day):
    event = extract(doc(text, published=date(2026, 11, 1))).events[0]
    assert event.date_start == day


PAGE_OF_STORIES = """A fragile truce in western Sweida after two days of fighting
▪ Hospital: six dead and 14 wounded in Al-Mazraa
▪ The kidnapping of two truck drivers lit the fuse

As-Suwayda: Khaled al-Hamad

Clashes between fighters of the National Guard and fighters of the Bedouin clans in the village of Al-Mazraa, in the western countryside of As-Suwayda, killed at least six people on Tuesday, according to the hospital.

Israeli force detains a shepherd in the Quneitra countryside

Daraa: Riyad al-Zein

An Israeli force of four military vehicles advanced on Monday evening into the outskirts of Khan Arnabah in the Quneitra countryside and detained a shepherd for several hours before releasing him, local sources said.
"""


def test_a_pages_headlines_are_told_by_their_stories():
    # before, the headline and its sub-headlines gave events of their own beside those their stories tell
    events = extract(doc(PAGE_OF_STORIES, published=date(2026, 4, 9))).events
    assert all("\n\n" not in e.evidence[0].text and len(e.evidence[0].text.split()) > 16 for e in events)
    assert {e.kind for e in events} >= {"armed_clash"}


def test_a_log_line_without_a_stop_is_no_headline():
    # a guard: log lines have no closing stop either, and no story of prose below them
    text = "Ain Issa: villages west of the town shelled from Turkish positions\nTal Tamr: drone strike on a car"
    assert len(extract(doc(text, published=date(2026, 4, 9))).events) == 2


@pytest.mark.parametrize("text, day", [
    # before, "this evening" and "yesterday" counted from the export's day, not from the post's own time line
    ("Kirkuk Police Command – Media Office\n9 March at 11:00 · 🌐\nUnknown gunmen opened fire yesterday evening on the "
     "mukhtar of a village of the Daquq district in front of his house, killing him instantly.", date(2026, 3, 8)),
    ("— Diyala Police Command · 2 May at 21:35 ·\nAn explosive device exploded this evening on a patrol of the Diyala "
     "Police in the orchards of the Al-Miqdadiyah district, wounding two policemen.", date(2026, 5, 2)),
    ("▌12 September · 22:48\nAn explosive device exploded tonight on a patrol of the Salahuddin Police on the "
     "Tikrit–Kirkuk road, east of Tikrit, killing a policeman.", date(2026, 9, 12)),
])
def test_a_pages_post_is_dated_by_its_time_line(text, day):
    [event] = extract(doc(text, published=date(2026, 11, 20))).events
    assert event.date_start == day


def test_iraqi_police_commands_and_units_are_iraqi_forces():
    # before, "the Diyala Police" was kept as written, another name for Iraq's forces in every province
    [event] = extract(doc("An explosive device exploded on Monday evening on a patrol of the Diyala Police in the "
                          "orchards of the Al-Miqdadiyah district, wounding two policemen.")).events
    assert _parties(event) == {("target", "iraqi_forces")}


def test_turkish_police_are_kept_apart_from_the_army():
    # before, police in Turkey were read as the Turkish army, against the desk's convention (corpus/dev, 1211-1240)
    [raid] = extract(doc("SİLOPİ – Police raided six houses in Silopi on Tuesday morning and detained six people on "
                         "charges of making propaganda for the PKK.", published=date(2026, 4, 16))).events
    assert ("initiator", "turkish police") in _parties(raid)


@pytest.mark.parametrize("text, killed", [
    # before, the age in brackets after a name was read as the toll (19 killed), or no one was counted
    ("Ibrahim Khalaf al-Hasan (19), from Raqqa, killed when a Turkish drone struck his car on the road between Ain "
     "Issa and Raqqa at about 11:00.", 1),
])
def test_an_age_in_brackets_after_a_name_is_one_person(text, killed):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert [(c.kind.value, c.count) for c in event.casualties] == [("killed", killed)]


@pytest.mark.parametrize("text, targets", [
    # before, a person the text names only by name, age or "his house" was nobody's target
    ("On the night of Wednesday 11 February, unknown gunmen shot dead Khalaf Hussein al-Mutlaq (33) near his house in "
     "Dhiban.", {("target", "civilians")}),
    ("He had been taken from his family's shop in Al-Mayadin on the night of 12 February by masked gunmen in a white "
     "car, his brother told us.", {("target", "civilians")}),
    # a guard: a person named by a calling keeps it
    ("Among them was a local council member in Al-Sanamayn, shot dead by unknown gunmen near his home on April 11.",
     {("target", "local council member")}),
])
def test_one_person_harmed_with_no_calling_is_a_civilian(text, targets):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert {p for p in _parties(event) if p[0] == "target"} == targets


@pytest.mark.parametrize("text, tolls", [
    # before, "tanker" made the driver a count of tankers, and "and injuring" ended the driver's phrase unread
    ("On 4 November, a tanker driver was shot dead on the Kirkuk–Tikrit road.", [("killed", 1)]),
    ("A landmine exploded under a tractor near Dayr Hafir, killing the driver and injuring his son.",
     [("killed", 1), ("injured", 1)]),
    ("Samer H., 19, of Al-Qurayya, was shot dead by a sniper on Wednesday.", [("killed", 1)]),
    # a guard: a count between commas after a place is a count
    ("In Raqqa, 19, killed", [("killed", 19)]),
])
def test_one_person_killed_told_without_a_number(text, tolls):
    assert [(c.kind.value, c.count) for c in find_casualties(text)] == tolls


@pytest.mark.parametrize("text, place", [
    # before, the governorate's seat named first placed the event, though the sentence names the town it hit
    ("Daraa, 3 September: two members of the internal security forces were killed when armed men attacked their "
     "checkpoint at the entrance of Tafas.", "Tafas"),
    # a guard: the seat alone is still the place
    ("Clashes broke out in Daraa city on Monday between gunmen and General Security.", "Dar'a"),
])
def test_a_town_named_beside_its_governorates_seat_places_the_event(text, place):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert event.place.resolved_name == place


def test_internal_security_forces_of_daraa_are_the_governments():
    # before, "the internal security forces" in Daraa were read as north-east Syria's Asayish
    [event] = extract(doc("Daraa, 3 September: two members of the internal security forces were killed when armed "
                          "men attacked their checkpoint at the entrance of Tafas.", published=date(2026, 11, 1))).events
    assert ("target", "regime_forces") in _parties(event) and ("target", "asayish") not in _parties(event)


@pytest.mark.parametrize("text", [
    # before, a patrol named by its two countries' adjectives had no party
    "A joint Russian-Turkish patrol with 6 armoured vehicles was carried out today in the area of Al-Darbasiyah.",
    "The Russian-Turkish joint patrol set out from Al-Darbasiyah on Wednesday.",
])
def test_a_joint_patrol_named_by_two_adjectives_is_led_by_the_first(text):
    [patrol] = extract(doc(text, published=date(2026, 11, 1))).events
    assert _parties(patrol) == {("initiator", "russian_forces"), ("partner", "turkish_forces")}


AGENCY_ITEM = """Two Kongra Star members killed in Turkish drone strike near Amûdê

Two members of the Kongra Star women's movement were killed when a drone of the Turkish state targeted their car on the road between Amûdê and Qamişlo.

NEWS CENTRE – A drone of the Turkish state targeted on Saturday evening a car carrying members of the Kongra Star women's movement on the road between Amûdê and Qamişlo, killing two of them and wounding the driver of the car.
"""


def test_an_items_spot_under_its_headline_is_told_by_the_story():
    # before, the one-sentence spot between the headline and the dateline gave a second drone strike
    [strike] = extract(doc(AGENCY_ITEM, published=date(2026, 2, 16))).events
    assert strike.evidence[0].text.startswith("NEWS CENTRE")


PAGE_POSTS = """Kirkuk Police Command – Media Office
6 March at 22:05 · 🌐
🔴 Urgent | A checkpoint of the Kirkuk Emergency Police in the Al-Riyadh subdistrict, south-west of Kirkuk, came under attack a short while ago by Daesh terrorist remnants, and our heroes are responding to the sources of fire.

Kirkuk Police Command – Media Office
7 March at 08:40 · 🌐
Further to our previous post: two heroes of the 3rd Emergency Police Regiment ascended as martyrs and a third was wounded in the cowardly attack on the checkpoint.
"""


def test_a_pages_follow_up_to_its_last_post_adds_to_that_posts_incident():
    # before, the next morning's follow-up was a second clash, dated the day it was posted
    [clash] = extract(doc(PAGE_POSTS, published=date(2026, 3, 13))).events
    assert clash.date_start == date(2026, 3, 6)
    assert {(c.kind.value, c.count) for c in clash.casualties} == {("killed", 2), ("injured", 1)}
    assert ("initiator", "isis") in _parties(clash) and ("initiator", "iraqi_forces") not in _parties(clash)


@pytest.mark.parametrize("text, kind, parties", [
    # before, none of these was read as an event, or the killers were read as the ones killed
    ("Strikes believed to be Israeli hit a weapons depot of the Syrian army near Al-Kiswah, south of Damascus, late on "
     "Tuesday.", "airstrike", {("target", "regime_forces")}),
    ("A tribal dispute broke out this afternoon between young men of two clans in the town of Dibis, in which light "
     "and medium weapons were used, wounding three people.", "armed_clash", None),
    ("A shepherd was martyred at the hands of Daesh terrorist remnants in the desert south of Rutba yesterday evening.",
     "attack", {("initiator", "isis"), ("target", "civilians")}),
])
def test_more_wordings_of_strikes_feuds_and_killings(text, kind, parties):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert event.kind == kind
    assert parties is None or _parties(event) == parties


def test_jordans_forces_are_a_dictionary_party():
    # before, "Jordanian Air Force jets" and "the Jordanian army" were two parties kept as written
    [strike] = extract(doc("Jordanian Air Force jets struck sites used by drug smuggling gangs near Salkhad at dawn on "
                           "Sunday.", published=date(2026, 11, 1))).events
    assert ("initiator", "jordanian_forces") in _parties(strike)


WEEKLY_NARRATIVE = """Reporting week: Monday 29 June to Sunday 5 July 2026

On Monday at about 14:00 a Turkish drone struck a car on the road north of Sinjar mountain, near Khanasor.
"""


@pytest.mark.parametrize("text, title", [
    (WEEKLY_NARRATIVE, "Team leader weekly narrative – Week 27"),
    ("On Monday at about 14:00 a Turkish drone struck a car on the road north of Sinjar mountain, near Khanasor.",
     "Weekly narrative, Sinjar, 29 June – 5 July"),
])
def test_a_weekly_reports_weekday_is_a_day_of_the_week_it_covers(text, title):
    # before, "On Monday" in a report sent on Monday 6 July was the day it was sent, not the week's Monday
    [strike] = extract(doc(text, published=date(2026, 7, 6), title=title)).events
    assert strike.date_start == date(2026, 6, 29)


def test_a_weekday_before_the_week_a_report_covers_is_counted_from_its_publication():
    # the week's end only counts when the report came out after it
    [strike] = extract(doc("On Monday a Turkish drone struck a car near Khanasor.", published=date(2026, 7, 6),
                           title="Weekly narrative, Sinjar, 6 – 12 July")).events
    assert strike.date_start == date(2026, 7, 6)


def test_a_sections_item_number_before_the_day_is_no_range_of_days():
    # before, "C.1 – 4 May" was read as the days 1 to 4 May
    [attack] = extract(doc("C.1 – 4 May – Al-Tanak field, main entrance: unknown gunmen fired on the SDF "
                           "oil-protection checkpoint at about 23:00, killing one SDF member.",
                           published=date(2026, 6, 3))).events
    assert (attack.date_start, attack.date_end) == (date(2026, 5, 4), date(2026, 5, 4))


DIARY = """Thursday 23 July
No round to Al-Mazraa. Our driver saw General Security reinforcements, about forty vehicles, arrive at Al-Mazraa from the Damascus road in the afternoon.

Tuesday 28 July
Round to the elderly in the old quarter of Shahba. This morning unknown gunmen shot dead a member of the National Guard at his farm near Shahba.
"""


def test_a_diarys_day_heading_dates_the_entries_below_it():
    # before, "Thursday" in the heading was the Thursday before publication and "this morning" the day of publication
    convoy, attack = extract(doc(DIARY, published=date(2026, 8, 10))).events
    assert convoy.date_start == date(2026, 7, 23)
    assert attack.date_start == date(2026, 7, 28)


def test_a_weekday_written_with_its_day_and_month_is_that_day():
    assert [m.date_start for m in find_dates("Thursday 23 July", date(2026, 8, 10))] == [date(2026, 7, 23)]
    assert [m.date_start for m in find_dates("on Tuesday, July 21", date(2026, 8, 10))] == [date(2026, 7, 21)]


NIGHT_REGISTER = """Night 7/8 Sep (nurse Berivan)
00:15 – man, 40, gunshot wound in the left shoulder; brought by the Asayish, who said he was shot at their checkpoint at the eastern entrance of Kobani at about 23:50 because he did not stop his car.

Night 8/9 Sep (nurse Delal)
01:20 – M, 17 – fracture left forearm – his uncle says he was beaten by SDF members at the checkpoint at the Hajin bridge at about 00:30.
"""


def test_a_night_registers_entries_are_dated_by_the_night_and_the_hour():
    # before, both were dated the day the register was sent, with no one hurt
    shot, beaten = extract(doc(NIGHT_REGISTER, published=date(2026, 9, 12))).events
    assert shot.date_start == date(2026, 9, 7)  # 23:50 on the night of the 7th
    assert beaten.date_start == date(2026, 9, 9)  # 00:30 on the night of the 8th is the 9th
    assert [(c.kind, c.count) for c in shot.casualties] == [(CasualtyKind.INJURED, 1)]


ROWS_OF_ONE_BLAST = """Night 25/26 May – war-wounded: 2

1 – 22:10 – M 34 – shrapnel back and neck – car bomb near the vegetable market of Al-Bab at about 21:50, per the civil defence crew – admitted, stable
2 – 22:25 – F 12 – shrapnel face and right hand – same explosion, civil defence – transferred to Al-Bab hospital 23:00
3 – 23:40 – M 28 – gunshot wound left calf – wedding gunfire in Qabasin – brother – discharged
"""


def test_a_registers_rows_of_one_blast_are_one_event_with_each_patient_counted():
    # before, the rows ran together as one sentence and no one was counted as wounded
    [bomb] = extract(doc(ROWS_OF_ONE_BLAST, published=date(2026, 5, 26))).events
    assert bomb.kind == "ied" and bomb.date_start == date(2026, 5, 25)
    assert [(c.kind, c.count) for c in bomb.casualties] == [(CasualtyKind.INJURED, 2)]


NOTEBOOK = """Field diary – southern Syria, December 2026 (Day 1 = Saturday 5 December). Shorthand mine.
Day 1, Damascus–Daraa highway. Rain. Reached Daraa city at 15:00.
Day 3, Tafas. Drove in at 10:00. Gunmen shot dead a General Security officer at the main roundabout at dawn.
"""


def test_a_notebooks_day_labels_count_from_its_day_one():
    # before, the shooting on Day 3 was dated the day the notebook was sent
    [shooting] = extract(doc(NOTEBOOK, published=date(2026, 12, 12))).events
    assert shooting.date_start == date(2026, 12, 7)


def test_a_patrol_logged_as_cancelled_is_no_patrol():
    # a guard: once "Thursday 9 July" was read as one day rather than as a Thursday and a day, this line gave a patrol
    assert extract(doc("Patrol No. 342 (joint), Thursday 9 July: cancelled; the Turkish side did not come to the "
                       "meeting point.", published=date(2026, 8, 3))).events == []


TIMELINE_WITH_CONTENTS = """Timeline of the ISIS insurgency in north-eastern Syria (2026)
Contents
1 January
2 February
3 See also
February
* 17 February – Coalition helicopters landed near Al-Kasrah, where coalition and SDF troops detained an alleged ISIS financier.
"""


def test_a_contents_lists_lines_are_no_headings_of_days():
    # a diary's heading "6 May" dates what is below it; a contents list's "2 February" does not (it made the
    # timeline's 17 February a day of the year before)
    [landing] = extract(doc(TIMELINE_WITH_CONTENTS, published=date(2026, 3, 5))).events
    assert landing.date_start == date(2026, 2, 17)


PROSECUTOR_STATEMENT = """PRESS STATEMENT – 09.04.2026

Regarding the harassment fire opened on a border outpost in the Nusaybin district

On 05.04.2026 at around 23.40, harassment fire was opened with long-barrelled weapons by members of the PKK/YPG terrorist organisation from the Qamishli area of Syria on a border outpost of our Border Units in the Nusaybin district, and one of our soldiers was slightly wounded in the leg; the fire was immediately responded to in kind.

In the operation carried out at the suspects' addresses at dawn on 07.04.2026 by the teams of the Anti-Terror Branch, 4 suspects were apprehended.
"""


def test_a_subject_line_told_by_a_clause_of_the_statement_keeps_the_event():
    # before, the subject line and the clause that tells it were one event, dropped as a headline told below
    clash, _ = extract(doc(PROSECUTOR_STATEMENT, published=date(2026, 4, 9))).events
    assert clash.kind == "armed_clash" and clash.date_start == date(2026, 4, 5)
    assert clash.evidence[0].text.startswith("On 05.04.2026")


@pytest.mark.parametrize("text, kind, party", [
    # before, none of these named a party of the dictionary, or gave no event
    ("A drone of unknown origin struck a vehicle of the Popular Mobilisation near Tuz Khurmatu on Sunday.",
     "drone_strike", ("target", "iraqi_forces")),
    ("On 16.05.2026, a hand-made explosive device planted by the separatist terrorist organisation on the road to the "
     "village of Ortaköy exploded as a tractor passed, wounding the driver.", "ied", ("initiator", "pkk")),
    ("On 11.03.2026, 5 persons who tried to cross illegally from Syria into our country in the Ceylanpınar district "
     "were caught by our Border Units.", "arrest", None),
])
def test_official_wordings_of_parties_and_arrests(text, kind, party):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert event.kind == kind
    assert party is None or party in _parties(event)


def test_a_part_of_a_whole_counts_the_part():
    # before, "14 of the 16 suspects were apprehended" counted 16
    assert [(c.kind, c.count, c.group) for c in find_casualties("14 of the 16 suspects were apprehended")] == [
        (CasualtyKind.ARRESTED, 14, "suspects")]


def test_an_operation_at_the_suspects_addresses_is_a_raid():
    # before, a prosecutor's operation "at 17 addresses" that apprehended suspects was an arrest
    [raid] = extract(doc("In the simultaneous operation carried out at 05.00 on 10.02.2026 at 17 addresses in the Harran "
                         "district by the teams of the Provincial Police Department, 14 of the 16 suspects were "
                         "apprehended.", published=date(2026, 2, 12))).events
    assert raid.kind == "raid"
    assert [(c.kind, c.count) for c in raid.casualties] == [(CasualtyKind.ARRESTED, 14)]


RELEASES = """No: 142, 17 July 2026, Press Release Regarding the Terrorist Attack in Azaz
We strongly condemn the heinous terrorist attack carried out today with a bomb-laden vehicle in the centre of Azaz, Syria, which killed 6 civilians.
"""


def test_a_releases_dated_heading_dates_its_today():
    # before, "today" in an archive of releases was the day the archive was published
    [bombing] = extract(doc(RELEASES, published=date(2026, 7, 23))).events
    assert bombing.date_start == date(2026, 7, 17)


@pytest.mark.parametrize("text, parties", [
    # before, the Turkish state and its gendarmes were no party; the first side of "clashes between" was the target;
    # a group that "claimed" an attack was read as the one who told it
    ("A drone of the Turkish state struck a vehicle of the Şengal Women's Units on the road below Şengal mountain on "
     "Tuesday afternoon, killing two fighters.", {("initiator", "turkish_forces")}),
    ("Tue 20 Jan, west of Darkush: Turkish gendarmes opened fire on a group of about 15 people trying to cross at "
     "night; a 17-year-old boy was killed.", {("initiator", "turkish_forces")}),
    ("There were clashes near Al-Sanamayn between General Security and gunmen of a local group on Saturday.",
     {("initiator", "regime_forces"), ("target", "gunmen")}),
    ("ISIS claimed an attack on an SDF post near Al-Hol on Monday.", {("initiator", "isis"), ("target", "sdf")}),
])
def test_parties_named_by_the_state_the_clash_and_the_claim(text, parties):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert parties <= _parties(event)


@pytest.mark.parametrize("text", [
    "The Diyala Police Command denies the news circulated by some pages about a rocket falling on the Baqubah market "
    "on Tuesday.",
    "HOMS: The Homs police command denied reports on social media that a girl had been kidnapped outside her school in "
    "the city on Friday, saying she had gone to her aunt's house.",
])
def test_who_denies_a_report_did_not_do_what_it_denies(text):
    # before, the police command that denied the report was the initiator of the denied event
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert event.certainty is Certainty.NEGATED and not event.actors_in(ActorRole.INITIATOR)


def test_a_party_the_denied_report_names_stays_its_initiator():
    # a guard: the ministry that denies is also the party the report names
    [strike] = extract(doc("Reports that Turkish drones struck a car near Amuda on Monday are false, the Turkish "
                           "Ministry of National Defence said.", published=date(2026, 11, 1))).events
    assert ("initiator", "turkish_forces") in _parties(strike)


@pytest.mark.parametrize("text, town", [
    # before, the governorate's seat named beside the town won
    ("Two SDF members were killed at dawn today when ISIS cells attacked a checkpoint in the eastern countryside of "
     "Raqqa, near Al-Karamah.", "Al Karamah"),
    ("13:15 – A fire team came under fire from the Turkish-held side while fighting a fire south of Tal Tamr; one "
     "firefighter was injured in the leg and taken to Hasakah national hospital.", "Tal Tamr"),
])
def test_a_town_beside_its_governorates_seat_places_the_event(text, town):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert event.place.resolved_name == town


def test_men_held_over_an_attack_are_suspects_not_civilians():
    # before, four men detained "over the night's attack" were civilians
    [raid] = extract(doc("Army and Federal Police raided the village of Al-Bu Ajil east of the plant and detained four "
                         "men over the night's attack, per the army officer.", published=date(2026, 11, 1))).events
    assert not raid.actors_in(ActorRole.TARGET)


@pytest.mark.parametrize("text", [
    # before, each gave an attack
    "1 Aug, Najaf–Karbala road: a pickup truck crashed into a mawkib near pole 640, killing one pilgrim. Traffic "
    "accident, not security related.",
    "A collision between a minibus and a truck on the Erbil–Mosul road killed four people and injured seven.",
])
def test_a_road_accident_is_no_event_of_the_conflict(text):
    assert extract(doc(text, published=date(2026, 8, 3))).events == []


def test_border_units_that_caught_people_arrested_them():
    # before, "caught 3 persons" named no event
    [arrest] = extract(doc("On 17 November, our border units in Kilis caught 3 persons who were trying to cross from "
                           "Syria.", published=date(2026, 11, 20))).events
    assert arrest.kind == "arrest"


def test_bedouin_and_druze_fighters_are_parties_as_written():
    # before, "Bedouin fighters" was no party and the Druze factions were left as the only side
    [clash] = extract(doc("Heavy clashes in Al-Mazraa, west of Sweida city, between Bedouin fighters and Druze factions "
                          "since the afternoon.", published=date(2026, 11, 1))).events
    assert _parties(clash) == {("initiator", "bedouin fighters"), ("target", "druze factions")}


def test_terrorists_in_turkey_are_the_pkk():
    # before, "terrorists" neutralised in Turkey were kept as written when the statement named no Turkish force
    [strike] = extract(doc("On 04.10.2026, 2 terrorists were neutralised by our armed UAVs in the rural area of the "
                           "Uludere district.", published=date(2026, 10, 15))).events
    assert ("target", "pkk") in _parties(strike)


def test_a_raid_that_arrests_and_seizes_weapons_is_a_raid():
    # before, the seized pistol made it weapons found, and the arrests then made it an arrest
    [raid] = extract(doc("Asayish raided a house in the Al-Mashlab area of Raqqa at dawn and arrested three men they "
                         "say belong to an ISIS cell, seizing a pistol and an explosive belt.",
                         published=date(2026, 11, 1))).events
    assert raid.kind == "raid"


@pytest.mark.parametrize("text, kind, count", [
    # before, a witness's kin or a person named before, harmed or taken one at a time, counted nobody
    ("Also, on 19 May a drone hit a harvester on the road to Tal Tamr, and the driver was wounded in his leg.",
     CasualtyKind.INJURED, 1),
    ("My brother was wounded this morning when a Turkish drone hit near his shop in Deraluk.", CasualtyKind.INJURED, 1),
    ("A Turkish drone hit a car on the Amuda road yesterday evening and my uncle's son was killed.", CasualtyKind.KILLED, 1),
    ("My father-in-law was killed by gunmen last night in front of his house in Al-Ayadiya.", CasualtyKind.KILLED, 1),
    ("On Sunday night the SDF raided the houses of our neighbours and took three brothers.", CasualtyKind.ARRESTED, 3),
    ("General Security forces raided our street in Ariha and took my husband and his brother from the house.",
     CasualtyKind.ARRESTED, 2),
    ("The Military Council arrested my cousin at the Gharanij checkpoint on Wednesday, for the duty.", CasualtyKind.ARRESTED, 1),
    # a survey row's age band is no count
    ("| R4-0070 | M | 18–29 | Gharanij | 13/06 | The Military Council arrested my cousin at the checkpoint. |",
     CasualtyKind.ARRESTED, 1),
])
def test_one_person_named_by_kin_or_taken_by_a_force_is_counted(text, kind, count):
    assert [(c.kind, c.count) for c in find_casualties(text)] == [(kind, count)]


@pytest.mark.parametrize("text", [
    "On 15 April, Israeli soldiers fired on a shepherd and his flock near Quneitra, killing 11 sheep; the shepherd was not hurt.",
    "The SDF took control of the village on Monday.",
])
def test_livestock_and_a_person_not_hurt_are_no_toll(text):
    # before, the sheep were 11 killed
    assert find_casualties(text) == []


def test_a_denied_event_carries_no_toll_and_an_abduction_no_arrests():
    # before, the denied strike kept its three dead and the abduction counted two arrested
    [denied] = extract(doc("Reports that three civilians were killed in a Turkish drone strike on Hajin on Monday are "
                           "false, the SDF said.", published=date(2026, 11, 1))).events
    assert denied.certainty is Certainty.NEGATED and not denied.casualties
    [abduction] = extract(doc("ISIS gunmen kidnapped two shepherds near Al-Rutba on Monday and detained them in the "
                              "desert.", published=date(2026, 11, 1))).events
    assert abduction.kind == "abduction" and not any(c.kind is CasualtyKind.ARRESTED for c in abduction.casualties)


def test_a_table_rows_own_date_is_what_its_weekdays_count_from():
    # before, "On Thursday" counted from the week the title names (11 June), not from the interview day (8 June)
    text = ("| ID | Sex | Age | Location | Interview | Answer |\n|---|---|---|---|---|---|\n"
            "| R4-0017 | F | 30–44 | Hajin | 08/06 | Yes. On Thursday a drone hit a car near the girls' school, two men died. |")
    [strike] = extract(doc(text, published=date(2026, 6, 22), title="Survey answers, interviews of 8–14 June 2026")).events
    assert strike.date_start == date(2026, 6, 4)


def test_last_week_on_a_weekday_is_that_weekday_of_the_week_before():
    [mention] = [d for d in find_dates("Last week, on Tuesday, a drone hit near the camps.", date(2026, 11, 17))
                 if d.precision is TimePrecision.DAY]
    assert mention.date_start == date(2026, 11, 10)


@pytest.mark.parametrize("text, unit, value", [
    # before, neither was a claim: the rank came after "count" or after a live video's time label
    ("By this paper's count it was the fourth explosion in the markets of Qamishli since the beginning of the year.",
     "explosions", 4),
    ("[00:04:30] This is the fifth Turkish drone strike in Shingal since the beginning of October, the fifth.", "strikes", 5),
])
def test_a_rank_after_a_count_or_a_time_label_states_a_total(text, unit, value):
    [claim] = totals_only(text, published=date(2026, 11, 17))
    assert [(q.unit, q.value) for q in claim.quantities] == [(unit, value)]


@pytest.mark.parametrize("text, parties", [
    # before, the patrol had only the side named last, or no side at all
    ("Joint patrol No. 402 (4 Russian and 4 Turkish vehicles) left Tal Tamr towards Abu Rasin at 09:30 on Monday.",
     {("initiator", "russian_forces"), ("partner", "turkish_forces")}),
    ("The first joint patrol under the agreement took place on 18 October, from Saraqib to Ariha, with eight armoured "
     "vehicles, four Turkish and four Russian.", {("initiator", "turkish_forces"), ("partner", "russian_forces")}),
])
def test_a_joint_patrols_vehicles_counted_by_side_name_its_two_sides(text, parties):
    [patrol] = extract(doc(text, published=date(2026, 11, 1))).events
    assert _parties(patrol) == parties


@pytest.mark.parametrize("text, partner, not_target", [
    # before, the advisers were the initiators and the advised SDF a target; the Coalition's support made it the
    # initiator; the supporting aircraft's ally was no party
    ("On March 5, SDF forces, advised by Coalition forces, seized an ISIS weapons cache near Al-Hol camp.",
     "coalition", "sdf"),
    ("The Diyala Police, in cooperation with the 23rd Brigade of the Popular Mobilisation and with intelligence support "
     "from the International Coalition, carried out a search operation in the orchards north of Baqubah on Monday.",
     "coalition", None),
    ("On 22 January 2026, Coalition aircraft supporting Iraqi Security Forces struck an ISIS hideout west of Al-Baaj.",
     "iraqi_forces", None),
])
def test_who_advises_supports_or_gives_cover_takes_part(text, partner, not_target):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert ("partner", partner) in _parties(event) and ("target", not_target) not in _parties(event)


@pytest.mark.parametrize("text, certainty", [
    # before, both stayed reported
    ("Contrary to what was published on some Syrian pages, the forces did not demolish any homes of residents in the "
     "village of Ruwayhinah today.", Certainty.NEGATED),
    ("Sources consulted by the Agency could not corroborate reports that Israeli forces had bulldozed farmland near Nawa "
     "on 13 July 2026.", Certainty.ALLEGED),
])
def test_an_official_correction_is_a_denial_and_an_uncorroborated_report_alleged(text, certainty):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert event.certainty is certainty


def test_fictional_after_an_outlets_name_marks_only_the_name():
    # before, "(fictional)" anywhere in a sentence made it no event, so the monitor's total was lost
    [claim] = totals_only("The Example Hawran Documentation Office (fictional) recorded 47 assassinations in Daraa "
                          "governorate between 1 April and 30 June 2026, in which 33 people were killed.[41]",
                          published=date(2026, 11, 1))
    assert (claim.period_start, claim.period_end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert extract(doc("EXAMPLE SURVEILLANCE SYSTEM FOR ATTACKS ON HEALTH CARE (FICTIONAL)\n\nNothing else.",
                       published=date(2026, 11, 1))).events == []


def test_two_months_named_together_are_one_span():
    [mention] = find_dates("the killing of 27 civilians in the governorate in January and February 2026.", date(2026, 11, 1))
    assert (mention.date_start, mention.date_end) == (date(2026, 1, 1), date(2026, 2, 28))


def test_a_threads_post_numbers_are_no_dates():
    # before, "1/7" dated the post 1 July 2025
    text = ("IDF Arabic-language spokesperson – thread posted on Saturday 20 June 2026\n\n"
            "1/7 In the early hours of this morning, 2 rockets were launched from southern Syria towards the Golan "
            "Heights; one of them fell in an open area.\n2/7 No injuries or damage were reported.")
    [attack] = extract(doc(text, published=date(2026, 6, 21))).events
    assert attack.date_start == date(2026, 6, 20)


@pytest.mark.parametrize("text, parties", [
    # before, the checkpoint's force was no party and "2 of our personnel" made the Turkish army the attacker
    ("On 22 September, Daesh cells attacked our checkpoint at the entrance of the town of Diban, which led to the "
     "martyrdom of two of our members.", {("initiator", "isis"), ("target", "asayish")}),
    ("On 18 September, gunmen on a motorcycle opened fire on a patrol of our forces in the Third Neighbourhood of Tabqa "
     "and fled; no one was hurt.", {("initiator", "gunmen on a motorcycle"), ("target", "asayish")}),
])
def test_our_checkpoint_patrol_and_members_are_the_speakers_side_hit(text, parties):
    [event] = extract(doc(text, published=date(2026, 10, 15),
                          title="General Command of the Internal Security Forces, monthly statement")).events
    assert _parties(event) == parties


def test_two_of_our_personnel_wounded_are_the_side_hit():
    # a guard: "our personnel" is read as the side hit, never as the side acting
    [clash] = extract(doc("On 22 June, Infantry Contracted Private Emre K. was martyred and 2 of our personnel were "
                          "wounded when terrorists opened harassment fire on our base area in the Claw-Lock region.",
                          published=date(2026, 6, 26), title="Turkish Ministry of National Defence weekly briefing")).events
    assert ("target", "turkish_forces") in _parties(clash) and ("initiator", "turkish_forces") not in _parties(clash)


def test_an_operation_in_a_village_that_arrests_people_is_a_raid():
    # before, an arrest
    [raid] = extract(doc("Tonight, forces of the 210th Division carried out a targeted operation in the village of "
                         "Jubata al-Khashab in the northern countryside of Quneitra and arrested 2 suspects.",
                         published=date(2026, 11, 1))).events
    assert raid.kind == "raid"


def test_eliminated_counts_the_dead():
    [strike] = extract(doc("On Monday, an IDF drone struck a terrorist cell that was planting an explosive device near "
                           "the security fence west of Quneitra; one terrorist was eliminated.",
                           published=date(2026, 11, 1))).events
    assert [(c.kind, c.count) for c in strike.casualties] == [(CasualtyKind.KILLED, 1)]


@pytest.mark.parametrize("text, target", [
    # before, the owner of the pickup and of the hideout was the initiator
    ("An IED exploded under an SDF pickup on the road west of Al-Kasrah on Monday.", "sdf"),
    ("On Thursday 17 September, a force of the army and the PMF searched the orchards west of the village and found an "
     "ISIS hideout containing two rockets.", "isis"),
])
def test_the_owner_of_a_vehicle_or_hideout_struck_or_found_is_the_target(text, target):
    [event] = extract(doc(text, published=date(2026, 11, 1))).events
    assert ("target", target) in _parties(event) and ("initiator", target) not in _parties(event)


def test_a_currency_names_no_party():
    from sitrep.extract.actors import find_actors

    # before, "US dollars" named US forces (and could make them the initiator of a robbery)
    assert not find_actors("the men took 23,000 US dollars from him and paid 500 Turkish liras at the checkpoint")


@pytest.mark.parametrize("text", [
    # before, the ceasefire mission's name and the report's title each gave an agreement
    "[48] Example Ceasefire Monitoring Mission, monthly report, July 2026.",
    "[72] Example Iraq Security Review, The Sinjar Agreement at six years, 9 October 2026.",
])
def test_a_footnote_that_only_cites_a_source_is_no_event(text):
    assert extract(doc(text, published=date(2026, 11, 1))).events == []


def test_an_armys_spokesman_names_its_own_units_as_the_forces():
    # before, "forces of the 210th Division" in the IDF spokesman's post named no one
    text = "Tonight, forces of the 210th Division carried out a targeted operation in the village of Jubata al-Khashab and arrested 2 suspects."
    [raid] = extract(doc(text, published=date(2026, 2, 14), title="IDF Arabic-language spokesperson, posts on southern Syria")).events
    assert ("initiator", "israeli_forces") in _parties(raid)


@pytest.mark.parametrize("text", [
    # before, each was an arrest
    "By the evening of 6 July, 11 of the detained men had been released.",
    "Nine of the 11 detained were released on 17 November.",
])
def test_the_release_of_people_held_before_is_no_new_arrest(text):
    assert extract(doc(text, published=date(2026, 11, 20))).events == []


@pytest.mark.parametrize("text", [
    # before, a builder's mortar was shelling, a tank's chlorine a chemical attack and a shift's handover a
    # handover of territory
    "Near miss in Hajin on 3 August: a bucket of mortar fell from the first-floor scaffold at 13:50, nobody below.",
    "03/08 – Hajin: chlorine low at the Ariqa well (0.2 mg/L); tablets added in the tanks.",
    "07:30 on 3 August in Hajin – Handover from night NOC: 3 sites down.",
    "19:00 on 3 August in Hajin: shift handed over to B. R.",
])
def test_a_trigger_word_that_means_something_else_at_work_is_no_event(text):
    assert extract(doc(text, published=date(2026, 8, 10))).events == []


@pytest.mark.parametrize("text", [
    # before, each gave an event of the first violent word in its list of causes
    "Missed trips on 3 August in Hasakah: 17 – shelling and road closure 6, checkpoint 2, no diesel 4, truck repairs 5.",
    "Security incidents affecting the trucks in Hasakah since the contract started on 1 January: 5 (2 days of shelling "
    "closures, 2 trucks held at checkpoints, 1 driver beaten).",
])
def test_a_count_broken_down_by_cause_is_no_event(text):
    assert extract(doc(text, published=date(2026, 8, 10))).events == []


def test_a_toll_told_by_kind_of_harm_is_no_breakdown():
    # a guard: "killed 2, injured 3, missing 1" is the toll of the event it follows
    [event] = extract(doc("On 3 August shelling on Hajin: killed 2, injured 3, missing 1.", published=date(2026, 8, 10))).events
    assert [c.count for c in event.casualties] == [2, 3]


@pytest.mark.parametrize("text, kind", [
    # before, none of these was an event
    ("On 3 August in Hajin young men of two families started shooting at each other over a plot of land.", "armed_clash"),
    ("On 3 August the SDF and Turkish-backed factions were exchanging artillery and mortar fire around the Tishreen Dam.",
     "armed_clash"),
    ("21/08 – S-07 (driver K. M.): beaten by General Security members at the checkpoint at the northern entrance of Shahba.",
     "attack"),
    ("On 3 August a young man told the doctor that soldiers at the army checkpoint in Khanasor beat him the night before.",
     "attack"),
    ("K-02 and its driver were held three hours at the Federal Police checkpoint on the Hawija–Kirkuk road on Thursday.",
     "arrest"),
    ("T-09 and its driver were held at the DMC checkpoint at the entrance of Al-Busayrah from 09:00 to 17:30 on 3 August.",
     "arrest"),
    ("The guard says four armed men came to the tower in Hajin on Thursday night and took the batteries in a car.",
     "property_destruction"),
    ("The site guard told us that on the night of 8 March armed men dug a pit inside the temenos in Hatra.",
     "property_destruction"),
    ("His shop in the Al-Muzayrib market was burned on the night of 9 August by armed men who came in two cars.",
     "property_destruction"),
    ("Drivers talked about a water truck that ISIS stopped and burned near Al-Baaj on Friday.", "property_destruction"),
    ("Masked men stopped him at a checkpoint outside Jisr al-Shughur on 3 August and took him and the car.", "abduction"),
])
def test_harm_told_in_a_work_log_is_an_event(text, kind):
    [event] = extract(doc(text, published=date(2026, 8, 20))).events
    assert event.kind == kind


def test_a_beating_at_a_checkpoint_is_no_battle():
    # before, the checkpoint made the beating an armed clash
    [event] = extract(doc("On 3 August a driver was beaten by soldiers at the army checkpoint in Khanasor.",
                          published=date(2026, 8, 20))).events
    assert event.kind == "attack"


@pytest.mark.parametrize("text, holder", [
    # before, the force that keeps the checkpoint was the one held
    ("T-09 and its driver were held at the DMC checkpoint at the entrance of Al-Busayrah from 09:00 to 17:30 on 3 August.",
     "deir_ezzor_military_council"),
    ("Technicians were held for five hours at the General Security checkpoint at the entrance of Da'il on 3 August.",
     "regime_forces"),
])
def test_the_force_that_keeps_a_checkpoint_holds_the_people_stopped_there(text, holder):
    [event] = extract(doc(text, published=date(2026, 8, 20))).events
    assert ("initiator", holder) in _parties(event) and ("target", holder) not in _parties(event)


def test_the_titles_place_names_the_army():
    # before, "the army" of an event placed by the title stayed a bare word
    text = "The army and YBS fighters exchanged fire near the junction from about 07:30 on Thursday."
    [clash] = extract(doc(text, published=date(2026, 3, 30), title="Weekly activity report, mobile medical team Sinjar")).events
    assert ("initiator", "iraqi_forces") in _parties(clash)


def test_a_diarys_day_heading_dates_the_entries_below_it():
    # before, "Mon 6 April" was no heading: "last night" counted from the day the diary came out, and an entry with
    # no day or town of its own was dropped
    text = ("Mon 6 April\nThe night guard says that last night armed men came in a pickup to Area B of Ras al-Ain and dug "
            "until about 03:00.\n\nSun 12 April\nNo workmen after 10:00. Shooting in the town market between fighters of "
            "the Hamza Division and the Sultan Murad Division.\n")
    events = extract(doc(text, published=date(2026, 4, 30))).events
    assert [(e.kind, e.date_start) for e in events] == [("property_destruction", date(2026, 4, 5)),
                                                        ("armed_clash", date(2026, 4, 12))]


@pytest.mark.parametrize("text, day", [
    # before, each was dated the day the report came out
    ("On Thursday the 12th an explosive device under a car parked in front of the press in Idlib went off.", date(2026, 3, 12)),
    ("On the night of the 4th somebody set fire to the hives east of Saraqib.", date(2026, 3, 4)),
    ("On the 25th, a drone struck a car near Saraqib.", date(2026, 2, 25)),
])
def test_a_day_told_by_its_ordinal_alone_is_in_the_months_reference(text, day):
    [event] = extract(doc(text, published=date(2026, 3, 19))).events
    assert event.date_start == day


def test_an_ordinal_that_counts_something_is_no_day():
    # a guard: "the 5th Corps" and "the 3rd time" are no days
    dates = find_dates("shelled by the 5th Corps on the 3rd time", date(2026, 3, 19))
    assert all(m.date_start not in {date(2026, 3, 5), date(2026, 3, 3)} for m in dates)


@pytest.mark.parametrize("text", [
    # before, the closure's reason was a raid and a request for a patrol a patrol
    "On 3 August the DMC closed the roads into Dhiban from 06:00 for a search operation.",
    "From 10:00 on 3 August the Iraqi army sealed the site area in Hatra for a search operation in the desert.",
    "On 3 August in Hajin we asked the military police for a patrol at night.",
])
def test_a_closure_for_an_operation_and_a_request_are_no_events(text):
    assert extract(doc(text, published=date(2026, 8, 10))).events == []


@pytest.mark.parametrize("text, injured", [
    # before, the patient's age was the toll (52 injured) or, with no number, there was none
    ("3 August, Sinuni: shepherd, 52, small burns and fragment wounds to the face; he said a Turkish drone struck next "
     "to his flock on the slope north of Sinuni early that morning.", 1),
    ("On 3 August a drone struck a car in Kobani; a girl of 7 and her brother of 10 had fragment wounds.", None),
])
def test_a_case_notes_age_is_no_toll_and_its_patient_one_wounded(text, injured):
    [strike] = extract(doc(text, published=date(2026, 8, 10))).events
    counts = [c.count for c in strike.casualties if c.kind is CasualtyKind.INJURED]
    assert all(count < 7 for count in counts) and (injured is None or counts == [injured])


@pytest.mark.parametrize("text", [
    # before, a drone seen over a place was a drone strike
    "Israeli drones were over the basin on Monday 3 August for most of the day.",
    "Drone (small, quadcopter) over the site in Hatra at 15:20 on 3 August for about 10 minutes.",
])
def test_a_drone_seen_overhead_is_no_strike(text):
    assert extract(doc(text, published=date(2026, 8, 10))).events == []


def test_a_drone_over_a_place_that_strikes_is_a_strike():
    # a guard: what the drone over the village did makes it a strike
    [strike] = extract(doc("On 3 August a drone over the village of Hatra struck a car.", published=date(2026, 8, 10))).events
    assert strike.kind == "drone_strike"


@pytest.mark.parametrize("text, day", [
    # before, "yesterday" under a day label was the label's own day
    ("24 June – Sinjar – returnee man: the caller said a landmine killed a shepherd north of Sinjar mountain yesterday.",
     date(2026, 6, 23)),
    ("11 June – Khanke camp – woman: her husband was detained by the Asayish at a checkpoint near Faysh Khabur yesterday.",
     date(2026, 6, 10)),
])
def test_yesterday_under_a_day_label_is_the_day_before_the_label(text, day):
    [event] = extract(doc(text, published=date(2026, 6, 30))).events
    assert event.date_start == day


def test_the_army_of_an_event_in_lebanon_is_lebanons():
    # before, "an army unit" on the Lebanese border stayed a bare word, and "armed smugglers" lost "armed"
    [clash] = extract(doc("On 15 October, an army unit clashed with a group of armed smugglers on the outskirts of Al-Qasr – "
                          "Hermel, killing two of them.", published=date(2026, 10, 20))).events
    assert _parties(clash) == {("initiator", "lebanese_forces"), ("target", "armed smugglers")}


def test_the_israeli_enemy_is_israels_forces():
    # before, the army whose communique it was became the initiator
    [strike] = extract(doc("At 16:05 on 3 October, a drone of the Israeli enemy targeted a car on the road between Hermel and "
                           "Al-Qasr, killing two citizens.", published=date(2026, 10, 20))).events
    assert ("initiator", "israeli_forces") in _parties(strike)


@pytest.mark.parametrize("text, party", [
    # before, the party's name stopped at the vehicle's first word, or before the uniform
    ("In the afternoon of 3 October, gunmen in a car without plates kidnapped the water engineer in Shahba.",
     "gunmen in a car without plates"),
    ("On 3 October a farmer was shot dead in his orchard in Jableh by two armed men in military uniform.",
     "armed men in military uniform"),
])
def test_how_gunmen_came_or_were_dressed_is_part_of_their_name(text, party):
    [event] = extract(doc(text, published=date(2026, 10, 20))).events
    assert ("initiator", party) in _parties(event)


def test_clashing_several_times_is_a_total():
    # before, one armed clash with three dead
    text = "In November army units clashed 4 times with armed smugglers on the border near Hermel, killing 3 of them."
    result = extract(doc(text, published=date(2026, 12, 2)))
    assert result.events == [] and [c.kind for c in result.claims] == ["armed_clash"]


@pytest.mark.parametrize("text", [
    # before, neither gathering had a trigger word
    "On 3 October several thousand people gathered in Al-Karama square in Sweida from three o'clock until sunset.",
    "On 3 October the daily gathering was held in the square in Sweida despite the heat.",
])
def test_a_squares_daily_gathering_is_a_protest(text):
    [protest] = extract(doc(text, published=date(2026, 10, 20))).events
    assert protest.kind == "peaceful_protest"


def test_a_weekday_with_a_dotted_day_and_month_is_that_day():
    # before, "Sat 4.07" was no date and "Sunday 20.09" only a Sunday
    assert [m.date_start for m in find_dates("Sat 4.07, Al-Rawda: a farmer was killed", date(2026, 9, 30))] == [date(2026, 7, 4)]
    assert [m.date_start for m in find_dates("Sunday 20.09: she returned", date(2026, 9, 30))] == [date(2026, 9, 20)]


def test_an_age_after_initials_in_brackets_is_no_toll():
    # before, the farmer's age was the toll (60 killed)
    [attack] = extract(doc("Sat 4.07, Al-Rawda: the farmer (M. Kh.), 60, was killed by bullets fired by gunmen in a passing car.",
                           published=date(2026, 7, 10))).events
    assert [(c.kind, c.count) for c in attack.casualties] == [(CasualtyKind.KILLED, 1)]


@pytest.mark.parametrize("text, kind", [
    # before, houses taken over were territory taken, a truck of weapons seized far from its verb a grenade attack, and
    # people handed over at a crossing a handover of territory
    ("On 3 October members of a faction affiliated with the army took over 3 houses of families who had fled to Latakia.",
     "property_destruction"),
    ("On 22/10, an army unit seized in Wadi Khaled – Akkar a truck loaded with ammunition and hand grenades.",
     "disrupted_weapons"),
    ("At noon on 3 October, the Syrian side handed over to an army patrol at the Jousieh border crossing two Lebanese "
     "shepherds who had been detained by the Syrian border guards.", "arrest"),
])
def test_what_is_taken_seized_or_handed_over_names_the_kind(text, kind):
    [event] = extract(doc(text, published=date(2026, 10, 25))).events
    assert event.kind == kind


def test_people_handed_over_to_the_authorities_are_no_handover():
    # before, the second sentence was a handover of territory
    text = ("Units of the Federal Police in Kirkuk arrested on 3 October four terrorists. On 4 October they were handed over "
            "to the competent authorities in Kirkuk.")
    assert [e.kind for e in extract(doc(text, published=date(2026, 10, 25))).events] == ["arrest"]


def test_a_units_own_channel_speaks_for_the_unit():
    # before, "our artillery" of a faction the dictionary does not know named no one
    text = ("Urgent | On 9 January the Qasad militias shelled our positions near Deir Hafer. Our artillery responded "
            "immediately on 9 January, targeting the militia's positions west of Deir Hafer with direct hits.")
    events = extract(doc(text, published=date(2026, 1, 11),
                         title="Sultan Murad Division Telegram channel, posts of 9–11 January 2026")).events
    assert any(("initiator", "sultan murad division") in _parties(e) for e in events)


@pytest.mark.parametrize("text, party", [
    # before, the party was "gunmen of a local faction" as written, or only "gunmen"
    ("Last night, an exchange of fire broke out in Shahba between gunmen of a local faction and young men of a family.",
     "local faction gunmen"),
    ("On 9 November the DMC clashed with armed men of the Al-Shaitat in Abu Hamam.", "al-shaitat armed men"),
])
def test_whose_gunmen_they_are_is_named_before_them(text, party):
    [clash] = extract(doc(text, published=date(2026, 11, 12))).events
    assert party in {name for _, name in _parties(clash)}


def test_the_tolls_bare_group_is_the_party_named_in_full():
    # before, "armed smugglers" and the toll's "smugglers" were two targets
    [clash] = extract(doc("On 12 March, SDF forces clashed with armed smugglers at a river landing near Al-Shuhayl; two "
                          "smugglers were killed.", published=date(2026, 3, 20))).events
    assert _parties(clash) == {("initiator", "sdf"), ("target", "armed smugglers")}


@pytest.mark.parametrize("text, held", [
    # before, one person held with no number said was no arrest at all
    ("Friday 7 August: the Counter-Terrorism Service arrested a wanted ISIS financier in a raid in Al-Qaim.", 1),
    ("On 6 August, the Asayish arrested colleague Berivan H. at her office in Qamishli.", 1),
    ("On 5 August a partnered raid in Al-Busayrah resulted in the capture of an ISIS facilitator.", 1),
    ("The defendant was arrested by the Asayish in a raid on his house in Al-Hasakah on 4 August 2026.", 1),
    ("On 6 August the General Security arrested the mukhtar of the village and his son at a checkpoint in Baniyas.", 2),
    ("On 6 August the police detained my nephew and four other young people at the funeral in Kiziltepe.", 5),
])
def test_people_held_without_a_number_are_counted(text, held):
    [event] = extract(doc(text, published=date(2026, 8, 10))).events
    assert [c.count for c in event.casualties if c.kind is CasualtyKind.ARRESTED] == [held]


@pytest.mark.parametrize("text", [
    # guards: a protest at an arrest told before holds no one, and the wounded taken to hospital are not detained
    "On 6 August young men threw stones at a patrol of the Coalition in Al-Kishkiyah in protest at the arrest of a relative.",
    "On 6 August gunmen shot a man in Tafas and neighbours took the wounded man to hospital.",
])
def test_no_one_is_held_by_a_protest_at_an_arrest_or_a_ride_to_hospital(text):
    events = extract(doc(text, published=date(2026, 8, 10))).events
    assert not [c for e in events for c in e.casualties if c.kind is CasualtyKind.ARRESTED]


@pytest.mark.parametrize("text", [
    # before, a body found with no number was no death, and a register's entry with no subject no event
    "The body was found at 07:30 on 6 August in an orchard near Dibis with gunshot wounds to the head.",
    "Found dead with gunshot wounds near the road between Da'il and Izra on 3 August.",
    "Body found by shepherds on 4/08 near Al-Mayadin; identity unknown.",
    "On 6 August a drone struck a car on the Sinuni road and the man in the car was killed.",
])
def test_one_dead_told_without_a_number(text):
    [event] = extract(doc(text, published=date(2026, 8, 10))).events
    assert [c.count for c in event.casualties if c.kind is CasualtyKind.KILLED] == [1]


def test_a_force_at_a_place_that_tells_the_toll_is_no_party():
    # before, "the Asayish at the closure told" made the Asayish attackers of a second event
    text = ("On 6 August the road to Amuda was closed after a Turkish drone struck an SDF car near Amuda; the Asayish at "
            "the closure told our courier that one fighter was killed.")
    [strike] = extract(doc(text, published=date(2026, 8, 10))).events
    assert strike.kind == "drone_strike" and [c.count for c in strike.casualties] == [1]
    assert "asayish" not in {a.actor.actor_id for a in strike.actors}


def test_the_evening_of_a_numeric_day_is_that_day():
    text = "Shot by two men on a motorcycle in front of his shop in Al-Mayadin on the evening of 26/07; died in hospital."
    [event] = extract(doc(text, published=date(2026, 8, 10))).events
    assert event.date_start == date(2026, 7, 26)


def test_a_posts_account_line_dates_the_post_below_it():
    # before, "Tonight" counted from the day the export was published, and the arrest under its own account line
    # had no day at all
    text = ("Şanlıurfa İl Jandarma Komutanlığı @sanliurfajandarma · 22 Jun 2026, 23:55\n"
            "Tonight at 22:40, harassment fire was opened from Syria on our border outpost in the rural area of Suruç district.\n\n"
            "Şanlıurfa İl Jandarma Komutanlığı @sanliurfajandarma · 23 Jun 2026, 14:10\n"
            "Our Gendarmerie teams caught 3 persons who tried to enter our country illegally from Syria in the rural area of "
            "Ceylanpınar district.\n")
    fire, arrest = extract(doc(text, published=date(2026, 6, 27))).events
    assert fire.date_start == date(2026, 6, 22)
    assert arrest.date_start == date(2026, 6, 23) and arrest.place.resolved_name == "Ceylanpinar"
    assert [c.count for c in arrest.casualties if c.kind is CasualtyKind.ARRESTED] == [3]


def test_a_comments_age_is_no_day_for_the_comment():
    # a guard: "3 days ago" on a comment's account line is not the day its "yesterday" counts from
    text = ("golan_farmer · 3 days ago\nIt is my cousin's land. They also took two shepherds from Khan Arnabah yesterday and "
            "released them in the evening.\n")
    [event] = extract(doc(text, published=date(2026, 11, 2))).events
    assert event.date_start == date(2026, 11, 1)


@pytest.mark.parametrize("text, held", [
    ("On 3 August 4 suspects were caught in Harran; 1 pistol was seized.", [4]),
    # guards: houses that caught fire hold no one; a total since January is no toll of the arrest before it
    ("On 3 August two houses caught fire in Tafas after the shelling.", []),
    ("On 3 August our border units in Kilis caught 3 persons who were trying to cross from Syria.\n"
     "Since 1 January, 16,874 persons have been caught while attempting to cross our borders illegally.", [3]),
])
def test_caught_counts_those_held(text, held):
    events = extract(doc(text, published=date(2026, 8, 10))).events
    assert [c.count for e in events for c in e.casualties if c.kind is CasualtyKind.ARRESTED] == held


def test_iraqs_border_brigades_are_iraqi_forces_and_those_handed_over_are_no_handover():
    # before, "the 15th Border Brigade" was a party of its own, and people handed over to a directorate a handover
    text = ("On 9 May a force of the 15th Border Brigade arrested three persons who had crossed the border from Syria near "
            "Sinjar; they were handed over to the Nineveh Intelligence Directorate.")
    [arrest] = extract(doc(text, published=date(2026, 5, 10))).events
    assert arrest.kind == "arrest"
    assert [a.actor.actor_id for a in arrest.actors if a.role is ActorRole.INITIATOR] == ["iraqi_forces"]


@pytest.mark.parametrize("text, kind", [
    ("Monday 20/7: A drone coming from Syrian territory dropped a hand grenade near border post 58 in the Al-Qaim sector.",
     "drone_strike"),
    ("On 24 July a drone approaching our border from Syrian territory near Akçakale was brought down by our electronic "
     "warfare systems.", "disrupted_weapons"),
])
def test_what_a_drone_did_names_the_kind(text, kind):
    [event] = extract(doc(text, published=date(2026, 7, 27))).events
    assert event.kind == kind


def test_agreeing_to_set_up_a_hotline_is_no_base_and_the_meeting_is_no_party():
    text = ("Tuesday 21/7: A meeting was held at the Al-Yarubiyah crossing between officers of the Fifth Region and officers of "
            "the Syrian border guard, at which the two sides agreed to set up a direct hotline between the border posts.")
    events = extract(doc(text, published=date(2026, 7, 27))).events
    assert all(e.kind != "base_established" for e in events)
    assert all("was held" not in {a.actor.name for a in e.actors} for e in events)


@pytest.mark.parametrize("text, killed", [
    ("He ascended at dawn on Tuesday 4 August 2026 while repelling a group of armed smugglers who opened fire on his patrol "
     "opposite Dhibin.", [1]),
    ("A citizen from the village of Batifa, aged 37, was killed on 6 August and his brother was wounded when a Turkish drone "
     "struck their car.", [1]),
    ("On 3 August a drone struck a car near the Sinjar hospital, killing a commander of the Shingal Resistance Units (YBS) "
     "and his driver.", [2]),
    # guards: two named martyrs are no one martyr, and a shepherd's sheep are no toll
    ("The fighters Ali and Omar ascended on 3 August while repelling an ISIS attack near Hajin.", []),
    ("On 3 August Turkish artillery shells fell on the pastures north of Tal Tamr, killing a shepherd from the village of "
     "Tal Shamiram and about forty of his sheep.", [1]),
])
def test_the_dead_named_without_a_number(text, killed):
    [event] = extract(doc(text, published=date(2026, 8, 10))).events
    assert [c.count for c in event.casualties if c.kind is CasualtyKind.KILLED] == killed


@pytest.mark.parametrize("text, held", [
    ("On 3 August the thermal cameras of the 15th Border Brigade detected four persons attempting to infiltrate towards "
     "Al-Baaj, and a force of the battalion intercepted and arrested them.", 4),
    ("On 3 August a force of the 11th Border Brigade arrested, at 21:00, two persons who had crossed from Syria near Al-Qaim.", 2),
])
def test_those_held_are_counted_across_an_aside_or_a_pronoun(text, held):
    [event] = extract(doc(text, published=date(2026, 8, 10))).events
    assert [c.count for c in event.casualties if c.kind is CasualtyKind.ARRESTED] == [held]


def test_what_a_cell_was_sent_to_do_is_not_what_happened():
    # before, "directed by Hamas to fire rockets" made the arrest a rocket attack, and the aside hid its count
    text = ("The army informs us that its forces arrested on 13 August, in an operation in Mazraat Beit Jinn, four members of "
            "a cell that it says was directed by Hamas to fire rockets at the Golan.")
    [event] = extract(doc(text, published=date(2026, 8, 16))).events
    assert event.kind == "arrest"
    assert [c.count for c in event.casualties if c.kind is CasualtyKind.ARRESTED] == [4]


@pytest.mark.parametrize("text", [
    # before, a camera's demonstration was a protest
    "12:20 on 3 August — Demonstration of a thermal camera on a tower near Ar Ramtha: the operator showed a recording.",
])
def test_a_showing_is_no_protest(text):
    assert all(e.kind != "peaceful_protest" for e in extract(doc(text, published=date(2026, 8, 10))).events)


def test_a_grenade_attack_carried_out_is_still_one():
    # a guard: "carried out" a grenade attack is no grenade carried
    text = "Militants on 3 August carried out a grenade attack on an army camp in Hajin, injuring two soldiers."
    [event] = extract(doc(text, published=date(2026, 8, 10))).events
    assert event.kind == "grenade"


def test_grenades_carried_are_no_grenade_attack():
    text = ("The commander said his forces had arrested three men on Tuesday 4 August who were trying to cross the Tigris "
            "near Faysh Khabur with two rifles and a bag of hand grenades.")
    [event] = extract(doc(text, published=date(2026, 8, 10))).events
    assert event.kind == "arrest"


def test_a_crowd_protesting_arrests_holds_no_one():
    # before, "200 people ... against the arrests" were 200 arrested
    text = "On 3 August about 200 people held a demonstration in Tafas against the arrests."
    [protest] = extract(doc(text, published=date(2026, 8, 10))).events
    assert not [c for c in protest.casualties if c.kind is CasualtyKind.ARRESTED]


@pytest.mark.parametrize("text", [
    "12:00 — Q&A (paraphrased). Asked about reports in Kurdish media that soldiers had shot dead a teenage boy near the wall "
    "in Suruç on Saturday 1 August, the lieutenant-colonel said that the units had \"fired warning shots into the air only\".",
    "29 July, Zakho district: the reports of a Turkish drone strike on a car near Derkar were checked by the administration "
    "and found to be untrue.",
])
def test_an_answer_or_a_check_that_denies_the_report_negates_it(text):
    [event] = extract(doc(text, published=date(2026, 8, 10))).events
    assert event.certainty is Certainty.NEGATED


def test_a_toll_told_of_last_nights_strike_is_that_strikes():
    # before, the toll was an armed clash of its own
    text = ("[29/07/2026, 19:10] Avi: Army update: an IDF aircraft struck a short while ago on the Syrian side of the Yarmouk "
            "basin, near Al-Shajara, against armed men.\n"
            "[30/07/2026, 07:55] Avi: Good morning. The army says that two armed men were killed in last night's strike.\n")
    [strike] = extract(doc(text, published=date(2026, 8, 3))).events
    assert strike.kind == "airstrike" and [c.count for c in strike.casualties] == [2]


def test_a_member_of_daesh_in_capitals_is_the_one_held():
    # before, "DAESH" in capitals tied no one to ISIS, and ISIS was the one who made the arrest
    text = ("On 17 October, our border units in Kilis caught 3 persons who were trying to cross from Syria, among them a "
            "member of DAESH wanted with a red notice.")
    [arrest] = extract(doc(text, published=date(2026, 10, 20))).events
    assert {a.actor.actor_id for a in arrest.actors if a.role is ActorRole.TARGET} == {"isis"}
    assert "isis" not in {a.actor.actor_id for a in arrest.actors if a.role is ActorRole.INITIATOR}


def test_a_witness_or_clients_house_is_a_civilians():
    # before, a house told as "our client's" had no owner; "our checkpoint" stays the speaker's force (test above)
    text = "On 24 October, a sound bomb was thrown at our client's house in Al-Mansour at night; no one was injured."
    [event] = extract(doc(text, published=date(2026, 10, 30))).events
    assert {a.actor.actor_id for a in event.actors if a.role is ActorRole.TARGET} == {"civilians"}


@pytest.mark.parametrize("text, start, end", [
    # a stringer's item: the day and month run into the words, with a part of the day or a cell after them
    ("IED on the Hajin road 05/02 morning, 2 fighters wounded", date(2026, 2, 5), date(2026, 2, 5)),
    ("gunmen shot dead a council member in Al-Busayrah 09/02 evening", date(2026, 2, 9), date(2026, 2, 9)),
    ("army sweep in the orchards north of Baqubah 14–15/02, 6 suspects arrested", date(2026, 2, 14), date(2026, 2, 15)),
])
def test_a_bare_day_and_month_after_a_word_dates_the_item(text, start, end):
    [mention] = find_dates(text, date(2026, 3, 4))
    assert (mention.date_start, mention.date_end) == (start, end)


@pytest.mark.parametrize("text", [
    "The hotline is open 24/7 for families.",  # a guard: round-the-clock is no day
    "Msg 2 – 08/02 08:05 – a message's number is no first day of a range",
])
def test_no_day_is_read_from_a_clock_phrase_or_a_message_number(text):
    mentions = find_dates(text, date(2026, 3, 4))
    assert all(m.date_start == m.date_end for m in mentions)
    assert date(2026, 7, 24) not in {m.date_start for m in mentions}


def test_a_sheet_rows_own_day_beats_the_day_it_was_filed():
    # before, the filed day (06/07) dated the attack that the item puts on the 5th
    text = ("Code    Filed  Item                                                       St\n"
            "KRK-03  06/07  ISIS attack on a PMF post near Al-Hawija 05/07 night, 3 PMF fighters killed   C\n")
    [event] = extract(doc(text, published=date(2026, 8, 4))).events
    assert event.date_start == date(2026, 7, 5)


def test_a_reference_number_is_no_count():
    # before, the Ref cell "0224" was 224 dead and "0240" 240 vehicles
    text = ("| Stringer | Ref | Filed | Item | Status |\n|---|---|---|---|---|\n"
            "| SHL-01 | 0224 | 07/02 | a shepherd was killed by a landmine east of Al-Shuhayl 06/02 | USED |\n"
            "| GRJ-01 | 0240 | 12/02 | about 20 SDF vehicles arrived in Gharanij as reinforcements 12/02 | USED |\n")
    mine, convoy = extract(doc(text, published=date(2026, 3, 4))).events
    assert [c.count for c in mine.casualties if c.kind is CasualtyKind.KILLED] == [1]
    assert convoy.quantity("vehicles") == 20
    assert [n.value for n in find_numbers("ref. 0219, 3 killed")] == [3]


def test_a_count_is_not_read_across_a_cell_or_another_count():
    # before, "2,380 | DZ: Tonight 2 mortar shells" was 2,380 shells
    assert [(q.unit, q.value) for q in find_quantities("0865 | 02/02 21:30 | 2,380 | DZ: Tonight 2 mortar shells fell")] \
        == [("shells", 2)]


def test_a_desks_status_cell_sets_the_certainty():
    # before, FALSE and SGL in the status column left both items reported
    text = ("| Stringer | Ref | Filed | Item | Status | USD |\n|---|---|---|---|---|---|\n"
            '| BSR-04 | 0230 | 09/02 | "Coalition drone strike on a car in Al-Busayrah" night of 08/02 | FALSE – the car caught '
            "fire at a fuel stall | 0 |\n"
            "| GRJ-01 | 0240 | 12/02 | about 20 SDF vehicles arrived in Gharanij as reinforcements 12/02 | SGL | 7.50 |\n")
    strike, convoy = extract(doc(text, published=date(2026, 3, 4))).events
    assert (strike.certainty, convoy.certainty) == (Certainty.NEGATED, Certainty.ALLEGED)


def test_relative_days_count_from_the_day_an_item_was_filed_or_received():
    # before, "this afternoon" and "tonight" counted from the day the run or the checklist was published
    remittance = ("Ref: S-0911 · Stringer: DRA-04 (Tafas) · Filed: 10/09 18:15\n"
                  "Item: An IED exploded on the Tafas–Daraa road as a General Security car passed this afternoon, wounding "
                  "two of its members.\n")
    checklist = ('Claim as received (WhatsApp, contact TBQ-01, Wed 16 Sep 22:05): "Coalition helicopters landed near the '
                 'Tabqa dam tonight and took two men from a farm."\n')
    [bomb] = extract(doc(remittance, published=date(2026, 10, 6))).events
    [landing] = extract(doc(checklist, published=date(2026, 10, 6))).events
    assert (bomb.date_start, landing.date_start) == (date(2026, 9, 10), date(2026, 9, 16))


@pytest.mark.parametrize("text, kind, count", [
    # before, neither of these counted anyone
    ("SDF raid on two houses in Hajin at dawn on 01/02, 3 young men taken.", CasualtyKind.ARRESTED, 3),
    ("The funeral was held in Al-Shuhayl of the shepherd killed by a landmine east of the town on 06/02.",
     CasualtyKind.KILLED, 1),
])
def test_people_taken_or_killed_told_in_a_short_passive(text, kind, count):
    [event] = extract(doc(text, published=date(2026, 3, 4))).events
    assert [c.count for c in event.casualties if c.kind is kind] == [count]


def test_a_wounded_man_taken_to_hospital_is_not_held():
    # a guard for the passive "taken"
    casualties = find_casualties("Two men were taken to hospital after the shelling of Hajin.")
    assert not [c for c in casualties if c.kind is CasualtyKind.ARRESTED]


def test_a_gloss_in_arabic_script_does_not_break_the_english_sentence():
    # before, "a sweep (تمشيط) of the farms" was read as an arrest, the gloss taken for a noun of the sentence
    text = 'Seen in (Internal Security Forces, 8 Feb): "Our forces carried out a sweep (تمشيط) of the farms around Al-Hol ' \
           'and arrested five suspects."'
    [event] = extract(doc(text, published=date(2026, 2, 9))).events
    assert event.kind == "raid"
    assert event.evidence[0].text == text  # the evidence keeps the gloss


@pytest.mark.parametrize("text, initiators, targets", [
    # before, the document had no voice of its own, and "our" named no one
    ('Seen in (Internal Security Forces, 8 Feb): "Our forces carried out a sweep of the farms around Al-Hol and '
     'arrested five suspects."', {"asayish"}, set()),
    ('Seen in (SDF Media Center, 5 Feb): "Our comrade Shiyar Amed ascended as a martyr in an attack by a drone of the Turkish '
     'occupation on his car in the Qamishli countryside this morning."', {"turkish_forces"}, {"sdf"}),
    # the side hit is named before the side that fought back: the attackers stay the initiators
    ('Seen in (Deir ez-Zor Military Council, 3 Feb): "ISIS cells attacked one of our points in Al-Shuhayl with light '
     'weapons last night, and our fighters repelled the attack."', {"isis"}, {"deir_ezzor_military_council"}),
])
def test_our_side_in_a_quotation_is_the_quoted_source(text, initiators, targets):
    [event] = extract(doc(text, published=date(2026, 2, 9))).events
    assert {a.actor.actor_id for a in event.actors if a.role is ActorRole.INITIATOR} == initiators
    assert {a.actor.actor_id for a in event.actors if a.role is ActorRole.TARGET} == targets


@pytest.mark.parametrize("text, killed, injured", [
    # a draft's tracked changes are read as accepted: before, both the deleted and the inserted counts were read
    ("An unidentified drone struck an SDF pickup near Al-Shuhayl on 3 March, killing [-three-]{+two+} fighters and "
     "wounding [-one-]{+two+}.[C1]", 2, 2),
    ("On 3 March, an IED hit an army patrol near Al-Hawija, {~~killing two soldiers~>wounding two soldiers~~}.", 0, 2),
    ("On 3 March, a car bomb exploded in Al-Bab, killing <del>four</del><ins>five</ins> people.", 5, 0),
])
def test_a_drafts_tracked_changes_are_read_as_accepted(text, killed, injured):
    [event] = extract(doc(text, published=date(2026, 3, 10))).events
    assert event.casualty_count(CasualtyKind.KILLED) == killed
    assert event.casualty_count(CasualtyKind.INJURED) == injured
    # the evidence is the sentence as the export has it, markup and all, up to its full stop
    assert event.evidence[0].text == text.removesuffix("[C1]")


def test_a_sentence_deleted_in_a_draft_yields_nothing():
    text = "{--On 3 March, a Turkish drone struck a vehicle near Makhmour, killing two PKK members.--}"
    assert extract(doc(text, published=date(2026, 3, 10))).events == []


def test_a_calibre_is_no_count_and_a_bracketed_count_is_its_own():
    # guards for the rule that a count's words end at the next count
    assert [(q.unit, q.value) for q in find_quantities("On 3 March three 107mm rockets were launched")] == [("rockets", 3)]
    assert [(q.unit, q.value) for q in find_quantities("militia convoys logged since 1 March: 4 (61 trucks).")] \
        == [("trucks", 61)]


@pytest.mark.parametrize("text", [
    # before, each was an event of its own
    "Totals we logged, 19–22 July: 3 killed and 7 wounded according to hospitals.",
    "Totals for Hasakah: 3 killed, 7 wounded.",
])
def test_a_line_of_totals_is_a_claim(text):
    [claim] = totals_only(text, published=date(2026, 7, 23))
    assert [(c.kind, c.count) for c in claim.casualties] == [(CasualtyKind.KILLED, 3), (CasualtyKind.INJURED, 7)]


@pytest.mark.parametrize("text, targets", [
    # before, none of these named the households whose property or people were harmed
    ("On 14 September, members of the PMF's 30th Brigade occupied two houses in Bartella belonging to Christian families "
     "who now live in Erbil.", {"civilians"}),
    ("Bedouin gunmen seized about 200 sheep from herders near Al-Mazra'ah in eastern Suwayda on 2 May.", {"civilians"}),
    ("On 12 June gunmen killed a family of three in a village near Jableh.", {"civilians"}),
    ("On 9 September, ISIS detonated a motorcycle bomb near an Asayish checkpoint on the Al-Hasakah road, which led to "
     "the death of one Asayish member and the wounding of a passer-by.", {"asayish", "civilians"}),
])
def test_households_and_passers_by_harmed_are_civilians(text, targets):
    [event] = extract(doc(text, published=date(2026, 10, 1))).events
    assert {a.actor.actor_id for a in event.actors if a.role is ActorRole.TARGET} == targets


@pytest.mark.parametrize("text, initiator", [
    # before, each of these named no one who acted
    ("A man detained during an Israeli raid on the village of Hadar on 28 June remains held.", "israeli_forces"),
    ("On 28 June a teacher was shot dead by two men on a motorcycle in Hajin.", "men on a motorcycle"),
])
def test_who_acted_named_by_a_states_adjective_or_by_what_they_rode(text, initiator):
    [event] = extract(doc(text, published=date(2026, 7, 1))).events
    assert [a.actor.actor_id or a.actor.name for a in event.actors if a.role is ActorRole.INITIATOR] == [initiator]


def test_a_month_is_no_part_of_a_partys_name():
    # before, "On 28 June two men ..." named a party "june men"
    text = "On 28 June two masked men shot dead a teacher in Hajin."
    [event] = extract(doc(text, published=date(2026, 7, 1))).events
    assert all("june" not in a.actor.name for a in event.actors)


@pytest.mark.parametrize("text, day", [
    # before, the earlier event took the later day
    ("On 30 August Turkish drones struck Tal Tamr. Two days earlier, the Turkish army shelled the villages west of Tal "
     "Tamr with artillery.", date(2026, 8, 28)),
    ("Returns began on 5 September, three days after a drone struck a car in Hajin.", date(2026, 9, 2)),
])
def test_an_event_told_days_before_a_named_day(text, day):
    events = extract(doc(text, published=date(2026, 9, 10))).events
    assert events[-1].date_start == day


def test_the_day_a_report_was_told_before_a_colon_is_not_its_events():
    # before, "this morning" (when the item was read out) dated the arrest made "yesterday"
    text = ("And a short item from the Security Media Cell this morning: the army arrested five accused persons wanted "
            "under Article 4 in Al-Qayyarah yesterday.")
    [event] = extract(doc(text, published=date(2026, 6, 2))).events
    assert event.date_start == date(2026, 6, 1)
    # a correction's label day before its colon gives way to the day the item names in figures
    text = "16 April, page 1: The Turkish airstrike in the Amadiya district on 14 April killed two shepherds."
    [event] = extract(doc(text, published=date(2026, 4, 22))).events
    assert event.date_start == date(2026, 4, 14)
    # a guard: a digest item's day before its colon is its label, whatever relative word the item holds
    label = "14 APR, Al-Shuhayl: SVBIED detonated at an SDF checkpoint at the northern entrance overnight; 3x SDF KIA."
    [item] = extract(doc(label, published=date(2026, 4, 22))).events
    assert item.date_start == date(2026, 4, 14)


@pytest.mark.parametrize("text", [
    # before, each was an arrest: the people taken outweighed the landing
    "A Coalition helicopter landed near Al-Qahtaniyah on the night of 22 April and took two men.",
    "People say the Americans landed with helicopters near Al-Mansoura on Wednesday night and took a man from his house.",
])
def test_helicopters_that_land_to_take_people_are_an_airdrop(text):
    [event] = extract(doc(text, published=date(2026, 4, 30))).events
    assert event.kind == "airdrop"


def test_a_member_shot_dead_at_his_shop_is_still_a_member():
    # before, a member killed at his own shop or house was an attack, as a former member is
    text = "On 6 June, unknown gunmen shot dead an SDF member at his shop in the market of Hajin."
    [event] = extract(doc(text, published=date(2026, 6, 8))).events
    assert event.kind == "armed_clash"


@pytest.mark.parametrize("text, kind", [
    # before, the raid was an armed clash for the men it killed
    ("The Counter-Terrorism Service raided a hideout in the Hamrin mountains north-east of Baqubah on Sunday, killing two "
     "ISIS members.", "raid"),
    # a guard: insurgents who storm a post fight a clash
    ("On Sunday ISIS gunmen raided an SDF post near Hajin and killed two fighters.", "armed_clash"),
])
def test_a_forces_raid_that_kills_is_a_raid(text, kind):
    [event] = extract(doc(text, published=date(2026, 11, 8))).events
    assert event.kind == kind


@pytest.mark.parametrize("text", [
    # before, each was an IED that went off
    "On Thursday 28 May, a second device, left in a bag near the Al-Naim roundabout in the city of Raqqa, was detonated in "
    "a controlled manner by the same teams.",
    "On 2 June the sound in Kafr Nubl was the army's engineering unit detonating old shells outside the town.",
])
def test_devices_destroyed_on_purpose_are_disrupted_weapons(text):
    [event] = extract(doc(text, published=date(2026, 6, 3))).events
    assert event.kind == "disrupted_weapons"


@pytest.mark.parametrize("text", [
    # before, "are untrue" (the plural) and "are not correct" left the events reported
    "Reports that an aircraft bombed the outskirts of Salkhad today are untrue.",
    "Reports on local pages that the morgue received on 30 May the bodies of five General Security members killed in "
    "As-Sanamayn are not correct.",
])
def test_reports_that_are_untrue_are_negated(text):
    [event] = extract(doc(text, published=date(2026, 6, 3))).events
    assert event.certainty is Certainty.NEGATED


def test_an_event_with_no_place_of_its_own_is_where_its_paragraph_last_was():
    # before, the ambush had no place
    text = ("We drove on to Dhiban on Sunday 3 May. A pickup of the SDF was hit with machine-gun fire just after dark, and "
            "four SDF fighters were killed.")
    [event] = extract(doc(text, published=date(2026, 5, 5))).events
    assert event.place is not None and event.place.resolved_name == "Dhiban"
    # a guard: a log's lines are items of their own
    log = "03/05 21:10 Dhiban: checkpoint closed\n03/05 22:40 pickup of the SDF hit by machine-gun fire, 4 SDF KIA\n"
    assert all(e.place is None or e.place.resolved_name != "Dhiban" for e in extract(doc(log, published=date(2026, 5, 5))).events)


@pytest.mark.parametrize("text, held", [
    # before, none of these counted the people held
    ("Units of the Federal Police in Kirkuk arrested yesterday evening four terrorists wanted under Article 4.", 4),
    ("On 14 August, the Asayish of Erbil arrested a three-member cell that was planning attacks in the city.", 3),
    ("yesterday night SDF make raid in Hajin, they take 4 young men from the houses near the school", 4),
])
def test_those_held_counted_past_a_part_of_the_day_a_cells_size_or_a_present_tense(text, held):
    [event] = extract(doc(text, published=date(2026, 8, 17))).events
    assert event.casualty_count(CasualtyKind.ARRESTED) == held


@pytest.mark.parametrize("text", [
    # before, each was reported as fact
    "3/7: talk of a drone strike on a PMF car near Daquq.",
    "people say a Turkish drone hit a car on the Amadiya road this afternoon and killed two people.",
    "Local sources reported, without confirmation, that a Turkish drone struck a motorcycle near Al-Darbasiyah on Tuesday.",
])
def test_talk_passed_on_is_alleged(text):
    [event] = extract(doc(text, published=date(2026, 7, 5))).events
    assert event.certainty is Certainty.ALLEGED
