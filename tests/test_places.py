"""Choosing an event's place among the places its sentence names (sitrep.extract.places)."""

from __future__ import annotations

from sitrep.extract.nlp import split_sentences
from sitrep.extract.places import PlaceReader, choose_place
from sitrep.settings import Settings


def place_of(text: str, kind: str) -> str | None:
    sentence = split_sentences(text, Settings().spacy_model)[0]
    place = choose_place(sentence, PlaceReader(text).mentions(sentence), kind)
    return place.resolved_name if place else None


def test_an_outlet_that_opens_the_sentence_is_its_source_not_a_place():
    # "Al-Sabah" is also a village in Tartus
    text = "Example Al-Sabah al-Iraqi reports that Iraqi warplanes struck ISIS hideouts west of Al-Qaim on Monday."
    assert place_of(text, "airstrike") == "Al Qa'im"


def test_a_mixed_case_dateline_is_where_the_story_was_filed():
    assert place_of("Aleppo, SANA-like – Army units shelled positions in the countryside of Dayr Hafir on Monday.",
                    "shelling") == "Dayr Hafir"
    assert place_of("Baghdad – The Security Media Cell said jets struck a hideout in the desert of Al-Baaj on Sunday.",
                    "airstrike") == "Al Ba'aj"


def test_a_place_that_locates_the_place_before_it_is_not_the_event_s_place():
    assert place_of("Gunmen abducted 3 truffle hunters in the desert east of Salamiyah (Hama) on Monday.", "abduction") == "As Salamiyah"
    assert place_of("Residents of Nawa (Daraa) demonstrated against the arrest of a local man.", "peaceful_protest") == "Nawa"
    assert place_of("Army units shelled positions in the countryside of Dayr Hafir east of Aleppo.", "shelling") == "Dayr Hafir"
    assert place_of("Israeli forces entered the town of Khan Arnabah in the northern countryside of Quneitra.",
                    "movement") == "Khan Arnabah"


def test_the_region_a_sentence_opens_with_yields_to_the_place_it_names():
    assert place_of("In neighbouring Daraa, gunmen shot dead a police officer at a checkpoint near Nawa.", "attack") == "Nawa"
    # a sentence's only place stays its place
    assert place_of("In Daraa, gunmen shot dead a police officer.", "attack") == "Dar'a"


def test_the_teller_s_town_and_an_earlier_event_s_name_are_not_the_event_s_place():
    assert place_of("A bomb wounded three men on the road near Al-Muzayrib, according to a security source in Daraa.",
                    "ied") == "Al Muzayrib"
    assert place_of("Police arrested three suspects in the Erbil rocket attack near Makhmour.", "arrest") == "Mexmur"


def test_a_convoy_between_two_named_towns_is_placed_where_it_goes():
    text = "19 Oct , Turkish army , 15 trucks of concrete blocks , Ceylanpinar to Ras al-Ain , fortification of the border strip"
    assert place_of(text, "convoy") == "Ra's al 'Ayn"


def test_a_region_lead_after_a_post_number_or_bullet_yields_to_the_place_named():
    assert place_of("2/ In neighbouring Daraa, gunmen shot dead a police officer near Nawa.", "attack") == "Nawa"
    assert place_of("• In Daraa, gunmen shot dead a police officer near Nawa.", "attack") == "Nawa"


def test_an_office_named_after_a_town_that_opens_the_sentence_is_its_source():
    text = "The Daraa security directorate said that its forces arrested two suspects in a raid on a farm near Al-Muzayrib."
    assert place_of(text, "raid") == "Al Muzayrib"


def test_the_area_a_force_answers_for_yields_to_where_it_acted():
    text = "General Security forces in Latakia governorate arrested members of a cell in the city of Jableh."
    assert place_of(text, "arrest") == "Jablah"
    # a force "in" a town without an area word may be where it was hit
    text = "Drones struck a checkpoint of the security forces in Al-Darbasiyah and a vehicle near Ain Issa."
    assert place_of(text, "drone_strike") == "Ad Darbasiyah"


def test_the_hospital_the_wounded_were_taken_to_is_not_where_it_happened():
    text = ("Gunmen attacked a checkpoint on the outskirts of Al-Busayrah, and a wounded fighter was transferred "
            "to the national hospital in Al-Hasakah.")
    assert place_of(text, "armed_clash") == "Al Busayrah"
