"""Read-only views of the actor dictionary and the ontology that the report needs.

Only what a report uses: which actors belong to which (``member_of``), the
names a document title may use for an actor, and the label of each event kind.
The extraction stage owns the full loaders; these read the same files.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.errors import VocabularyError
from sitrep.settings import Settings


def data_dir(override: Path | None = None) -> Path:
    return Path(override) if override is not None else Settings.from_env().data_dir


def read_toml(path: Path) -> dict:
    """A TOML data file, or a VocabularyError naming the file and the problem."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise VocabularyError(f"{path}: data file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise VocabularyError(f"{path}: not valid TOML ({error})") from None


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    member_of: str | None


@lru_cache(maxsize=8)
def _actor_entries(path: Path) -> dict[str, ActorEntry]:
    table = read_toml(path).get("actors")
    if not isinstance(table, dict):
        raise VocabularyError(f"{path}: no [actors] table")
    entries = {}
    for actor_id, spec in table.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            raise VocabularyError(f"{path}: actor {actor_id!r} needs a name")
        parent = spec.get("member_of")
        if parent is not None and parent not in table:
            raise VocabularyError(f"{path}: actor {actor_id!r} is member_of unknown actor {parent!r}")
        entries[actor_id] = ActorEntry(actor_id, spec["name"], tuple(spec.get("aliases", ())), parent)
    return entries


def actor_entries(directory: Path | None = None) -> dict[str, ActorEntry]:
    return _actor_entries(data_dir(directory) / "actors.toml")


def with_members(actor_ids: list[str] | set[str], directory: Path | None = None) -> set[str]:
    """The given actor ids plus every actor that is, directly or through a chain, a member of one."""
    entries = actor_entries(directory)
    included = set(actor_ids)
    for actor_id in entries:
        seen: set[str] = set()
        current: str | None = actor_id
        while current is not None and current not in seen:
            if current in included:
                included.add(actor_id)
                break
            seen.add(current)
            current = entries[current].member_of if current in entries else None
    return included


@lru_cache(maxsize=8)
def _kind_labels(path: Path) -> dict[str, str]:
    table = read_toml(path).get("kinds")
    if not isinstance(table, dict):
        raise VocabularyError(f"{path}: no [kinds] table")
    return {kind: str(spec.get("label", kind)) for kind, spec in table.items()}


def kind_labels(directory: Path | None = None) -> dict[str, str]:
    return _kind_labels(data_dir(directory) / "ontology.toml")


def kind_label(kind: str, directory: Path | None = None) -> str:
    """The ontology's label for a kind; an unknown kind is shown as written, readably."""
    return kind_labels(directory).get(kind) or kind.replace("_", " ").capitalize()
