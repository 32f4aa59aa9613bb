"""The vocabularies extraction reads are data: each file loads, validates, and rejects what it should."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import VocabularyError
from sitrep.extract.lexicon import load_lexicon
from sitrep.vocabulary import ACLED_EVENT_TYPES, actor_family, is_authority, load_actors, load_ontology


def test_ontology_maps_every_kind_to_acled():
    kinds = load_ontology()
    assert {"convoy", "raid", "missile_attack", "drone_strike", "airstrike", "base_established", "peaceful_protest", "other"} <= set(kinds)
    for kind in kinds.values():
        assert kind.sub_event_type in ACLED_EVENT_TYPES[kind.event_type], kind.id
        assert kind.label


def test_actor_dictionary_and_membership():
    actors = load_actors()
    assert actor_family("us_forces") == {"us_forces", "coalition"}
    assert actor_family("sdf_counter_terrorism") == {"sdf_counter_terrorism", "sdf"}
    assert all(1 <= a.acled_inter <= 8 for a in actors.values())


def test_authorities_pass_to_their_members():
    assert is_authority("asayish") and is_authority("regime_forces")  # the Asayish through the SDF
    assert not is_authority("isis") and not is_authority(None) and not is_authority("unknown gunmen")


def test_lexicon_units_and_claim_kinds_point_at_real_kinds():
    lexicon = load_lexicon()
    kinds = load_ontology()
    assert lexicon.units["truck"] == "trucks"
    assert set(lexicon.claim_kinds.values()) <= set(kinds)
    assert set(lexicon.record_types.values()) <= set(kinds)
    assert lexicon.tally_nouns["assassinations"] == "attack" and set(lexicon.tally_nouns.values()) <= set(kinds)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# the one kind every ontology needs, before the kind a test is about
OTHER_KIND = """
[kinds.other]
label = "Other"
disorder_type = "Strategic developments"
event_type = "Strategic developments"
sub_event_type = "Other"
"""


def test_unknown_acled_type_is_rejected(tmp_path):
    path = _write(tmp_path, "ontology.toml", OTHER_KIND + """[kinds.bad]
label = "Bad"
disorder_type = "Political violence"
event_type = "Battles"
sub_event_type = "Picnic"
""")
    with pytest.raises(VocabularyError, match="bad"):
        load_ontology(path)


def test_a_false_friend_that_is_no_regular_expression_is_rejected(tmp_path):
    path = _write(tmp_path, "ontology.toml", OTHER_KIND + """false_friends = ["bucket of (mortar"]
""")
    with pytest.raises(VocabularyError, match="'other' has a bad pattern"):
        load_ontology(path)


def test_every_kinds_false_friends_load_as_patterns():
    kinds = load_ontology()
    assert kinds["missile_attack"].false_friends and kinds["chemical_weapon"].false_friends
    assert kinds["missile_attack"].false_friends[0].search("a bucket of mortar fell")


def test_alias_shared_by_two_actors_is_rejected(tmp_path):
    path = _write(tmp_path, "actors.toml", """
[actors.a]
name = "A"
acled_inter = 1
aliases = ["the force"]
[actors.b]
name = "B"
acled_inter = 2
aliases = ["The Force"]
""")
    with pytest.raises(VocabularyError, match="(?i)the force"):
        load_actors(path)


def test_an_authority_that_is_not_true_or_false_is_rejected(tmp_path):
    path = _write(tmp_path, "actors.toml", """
[actors.a]
name = "A"
acled_inter = 1
authority = "yes"
aliases = ["the force"]
""")
    with pytest.raises(VocabularyError, match="authority"):
        load_actors(path)


def test_malformed_toml_names_the_file(tmp_path):
    path = _write(tmp_path, "actors.toml", "[actors.a\nname=")
    with pytest.raises(VocabularyError, match="actors.toml"):
        load_actors(path)


def test_lexicon_actor_words_are_loaded_and_typed():
    lexicon = load_lexicon()
    assert {"pharmacist", "journalist", "shepherd"} <= lexicon.person_nouns
    assert {"office", "home", "car"} <= lexicon.property_nouns
    assert {"party", "agency"} <= lexicon.organisation_nouns
    assert lexicon.group_heads["man"] == 3 and all(1 <= v <= 8 for v in lexicon.group_heads.values())
    # a bare calling's full name is another way of writing the same people: it ends with the calling's own word
    # one list of counted event plurals serves every reading of counts
    assert {"attacks", "strikes", "airstrikes", "arrests", "kidnappings"} <= set(lexicon.cues["event_plurals"])
    assert all(word.endswith("s") for word in lexicon.cues["event_plurals"])
    assert lexicon.full_names["teacher"] == "school teacher"
    assert all(full.split()[-1].rstrip("s") == bare.rstrip("s").split()[-1] for bare, full in lexicon.full_names.items())
