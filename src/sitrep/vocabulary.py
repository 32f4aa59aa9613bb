"""Loaders for the vocabularies every stage reads: the event ontology and the actor dictionary.

Both live in src/sitrep/data/ as TOML, are validated on load, and are cached.
Extraction uses the triggers and aliases; the report uses the labels and who
belongs to whom.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.errors import VocabularyError
from sitrep.settings import DATA_DIR

ACLED_EVENT_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
        "Looting/property destruction", "Non-violent transfer of territory", "Other",
    },
}
DISORDER_TYPES = {"Political violence", "Demonstrations", "Strategic developments"}


@dataclass(frozen=True)
class EventKind:
    id: str
    label: str
    disorder_type: str
    event_type: str
    sub_event_type: str
    priority: int
    triggers: tuple[str, ...]
    patterns: tuple[re.Pattern, ...]
    requires_any: tuple[str, ...] = ()
    # where a trigger word means something else: "a bucket of mortar" on a building site, "chlorine 0.2 mg/L" in a tank
    false_friends: tuple[re.Pattern, ...] = ()


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    acled_inter: int
    aliases: tuple[str, ...]
    member_of: str | None
    adjectives: tuple[str, ...] = ()  # "Russian": with a weapon word ("Russian airstrike") it names the actor
    authority: bool = False  # governs where it operates: the people it holds are arrested, not abducted


def read_toml(path: Path) -> dict:
    """A TOML data file, or a VocabularyError naming the file and the problem."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise VocabularyError(f"{path}: data file not found") from None
    except OSError as error:
        raise VocabularyError(f"{path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise VocabularyError(f"{path}: not valid TOML ({error})") from None


def _kind_from(kind_id: str, entry: dict, source: str) -> EventKind:
    for key in ("label", "disorder_type", "event_type", "sub_event_type"):
        if not isinstance(entry.get(key), str):
            raise VocabularyError(f"{source}: kind '{kind_id}' lacks '{key}'")
    if entry["event_type"] not in ACLED_EVENT_TYPES or entry["sub_event_type"] not in ACLED_EVENT_TYPES[entry["event_type"]]:
        raise VocabularyError(f"{source}: kind '{kind_id}' maps to an unknown ACLED type '{entry['event_type']} / {entry['sub_event_type']}'")
    if entry["disorder_type"] not in DISORDER_TYPES:
        raise VocabularyError(f"{source}: kind '{kind_id}' has unknown disorder type '{entry['disorder_type']}'")
    try:
        patterns = tuple(re.compile(p, re.I) for p in entry.get("patterns", []))
        false_friends = tuple(re.compile(p, re.I) for p in entry.get("false_friends", []))
    except re.error as error:
        raise VocabularyError(f"{source}: kind '{kind_id}' has a bad pattern ({error})") from error
    return EventKind(
        id=kind_id, label=entry["label"], disorder_type=entry["disorder_type"], event_type=entry["event_type"],
        sub_event_type=entry["sub_event_type"], priority=int(entry.get("priority", 0)),
        triggers=tuple(t.lower() for t in entry.get("triggers", [])), patterns=patterns,
        requires_any=tuple(w.lower() for w in entry.get("requires_any", [])), false_friends=false_friends,
    )


@lru_cache(maxsize=4)
def load_ontology(path: Path = DATA_DIR / "ontology.toml") -> dict[str, EventKind]:
    data = read_toml(path)
    kinds = {kind_id: _kind_from(kind_id, entry, path.name) for kind_id, entry in data.get("kinds", {}).items()}
    if "other" not in kinds:
        raise VocabularyError(f"{path.name}: the ontology needs an 'other' kind")
    return kinds


@lru_cache(maxsize=4)
def load_actors(path: Path = DATA_DIR / "actors.toml") -> dict[str, ActorEntry]:
    data = read_toml(path)
    actors: dict[str, ActorEntry] = {}
    seen_aliases: dict[str, str] = {}
    for actor_id, entry in data.get("actors", {}).items():
        if not isinstance(entry.get("name"), str) or not entry.get("aliases"):
            raise VocabularyError(f"{path.name}: actor '{actor_id}' needs a name and aliases")
        inter = entry.get("acled_inter")
        if not isinstance(inter, int) or not 1 <= inter <= 8:
            raise VocabularyError(f"{path.name}: actor '{actor_id}' needs acled_inter between 1 and 8")
        if not isinstance(entry.get("authority", False), bool):
            raise VocabularyError(f"{path.name}: actor '{actor_id}' has an authority that is not true or false")
        for alias in entry["aliases"]:
            key = alias.lower()
            if key in seen_aliases and seen_aliases[key] != actor_id:
                raise VocabularyError(f"{path.name}: alias '{alias}' belongs to both '{seen_aliases[key]}' and '{actor_id}'")
            seen_aliases[key] = actor_id
        actors[actor_id] = ActorEntry(actor_id, entry["name"], inter, tuple(entry["aliases"]), entry.get("member_of"),
                                      tuple(entry.get("adjectives", ())), bool(entry.get("authority", False)))
    for actor in actors.values():
        if actor.member_of and actor.member_of not in actors:
            raise VocabularyError(f"{path.name}: actor '{actor.id}' is member_of unknown actor '{actor.member_of}'")
    return actors


def actor_family(actor_id: str) -> set[str]:
    """The actor and every larger actor it belongs to."""
    return _family(actor_id, load_actors())


def is_authority(actor_id: str | None) -> bool:
    """Whether the actor, or a larger actor it belongs to, is an authority where it operates."""
    actors = load_actors()
    return actor_id is not None and any(actors[a].authority for a in _family(actor_id, actors) if a in actors)


def with_members(actor_ids, actors: dict[str, ActorEntry] | None = None) -> set[str]:
    """The given actor ids plus every actor that is, directly or through a chain, a member of one."""
    actors = actors if actors is not None else load_actors()
    included = set(actor_ids)
    return included | {actor_id for actor_id in actors if _family(actor_id, actors) & included}


def _family(actor_id: str, actors: dict[str, ActorEntry]) -> set[str]:
    family, current = set(), actor_id
    while current and current not in family:
        family.add(current)
        current = actors[current].member_of if current in actors else None
    return family


def kind_label(kind: str, kinds: dict[str, EventKind] | None = None) -> str:
    """The ontology's label for a kind; an unknown kind is shown as written, readably."""
    kinds = kinds if kinds is not None else load_ontology()
    return kinds[kind].label if kind in kinds else kind.replace("_", " ").capitalize()
