"""Loader for src/sitrep/data/lexicon.toml: count units, casualty words and sentence cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.errors import VocabularyError
from sitrep.vocabulary import read_toml
from sitrep.settings import DATA_DIR

CUE_LISTS = ("not_event", "alleged", "initial", "anaphora", "period_scope", "negated", "sequel", "event_units", "common_crime", "private_harm",
             "event_plurals")


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, str]
    casualty_words: dict[str, tuple[str, ...]]
    cues: dict[str, tuple[str, ...]]
    claim_kinds: dict[str, str]
    generic_actors: dict[str, int]
    day_offsets: dict[str, int]
    weapon_nouns: tuple[str, ...] = ()
    person_nouns: frozenset[str] = frozenset()
    civilian_nouns: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    suspect_nouns: frozenset[str] = frozenset()
    property_nouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    group_heads: dict[str, int] = field(default_factory=dict)
    record_types: dict[str, str] = field(default_factory=dict)
    tally_nouns: dict[str, str] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)

    def has_cue(self, name: str, text: str) -> str | None:
        """The first cue of a list found in the text (lower-cased, on word boundaries)."""
        lowered = text.lower()
        for cue in self.cues[name]:
            if re.search(rf"(?<!\w){re.escape(cue.strip())}(?!\w)", lowered):
                return cue
        return None

    def day_offset(self, text: str) -> int:
        """How many days on (or back) a sequel moves from the event before it: "two days later" is 2."""
        lowered = text.lower()
        for cue, days in sorted(self.day_offsets.items(), key=lambda item: -len(item[0])):
            if re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", lowered):
                return days
        return 0


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = read_toml(DATA_DIR / "lexicon.toml")
    units = data.get("units", {})
    casualties = data.get("casualties", {})
    cues = data.get("cues", {})
    if set(casualties) != {"killed", "injured", "arrested"}:
        raise VocabularyError("lexicon.toml: [casualties] needs exactly killed, injured and arrested")
    bad = [k for k, v in data.get("generic_actors", {}).items() if not (isinstance(v, int) and 1 <= v <= 8)]
    if bad:
        raise VocabularyError(f"lexicon.toml: [generic_actors] {bad[0]!r} needs an ACLED actor type from 1 to 8")
    words = data.get("actor_words", {})
    heads = words.get("group_heads", {})
    bad = [k for k, v in heads.items() if not (isinstance(v, int) and 1 <= v <= 8)]
    if bad:
        raise VocabularyError(f"lexicon.toml: [actor_words.group_heads] {bad[0]!r} needs an ACLED actor type from 1 to 8")
    bad = [k for k, v in words.get("full_names", {}).items() if not (isinstance(v, str) and v.strip())]
    if bad:
        raise VocabularyError(f"lexicon.toml: [actor_words.full_names] {bad[0]!r} needs the full name as text")
    missing = [name for name in CUE_LISTS if name not in cues]
    if missing:
        raise VocabularyError(f"lexicon.toml: [cues] lacks {', '.join(missing)}")
    return Lexicon(
        units={k.lower(): v for k, v in units.items()},
        casualty_words={k: tuple(v) for k, v in casualties.items()},
        cues={k: tuple(c.lower() for c in v) for k, v in cues.items()},
        claim_kinds=dict(data.get("claim_kinds", {})),
        generic_actors={k.lower(): int(v) for k, v in data.get("generic_actors", {}).items()},
        day_offsets={k.lower(): int(v) for k, v in data.get("day_offsets", {}).items()},
        weapon_nouns=tuple(words.get("weapon_nouns", ())),
        person_nouns=frozenset(w.lower() for w in words.get("person_nouns", ())),
        civilian_nouns=frozenset(w.lower() for w in words.get("civilian_nouns", ())),
        kin_nouns=frozenset(w.lower() for w in words.get("kin_nouns", ())),
        suspect_nouns=frozenset(w.lower() for w in words.get("suspect_nouns", ())),
        property_nouns=frozenset(w.lower() for w in words.get("property_nouns", ())),
        organisation_nouns=frozenset(w.lower() for w in words.get("organisation_nouns", ())),
        group_heads={k.lower(): int(v) for k, v in heads.items()},
        record_types={k.lower(): v for k, v in data.get("record_types", {}).items()},
        tally_nouns={k.lower(): v for k, v in data.get("tally_nouns", {}).items()},
        full_names={k.lower(): v.lower() for k, v in words.get("full_names", {}).items()},
    )

