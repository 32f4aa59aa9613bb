"""The vocabularies as the report reads them, from a data folder that tests may swap.

The loaders themselves live in sitrep.vocabulary; this module only points
them at the right folder.
"""

from __future__ import annotations

from pathlib import Path

from sitrep import vocabulary
from sitrep.settings import Settings
from sitrep.vocabulary import ActorEntry, read_toml

__all__ = ["ActorEntry", "actor_entries", "data_dir", "kind_label", "kind_labels", "read_toml", "with_members"]


def data_dir(override: Path | None = None) -> Path:
    return Path(override) if override is not None else Settings.from_env().data_dir


def actor_entries(directory: Path | None = None) -> dict[str, ActorEntry]:
    return vocabulary.load_actors(data_dir(directory) / "actors.toml")


def with_members(actor_ids: list[str] | set[str], directory: Path | None = None) -> set[str]:
    return vocabulary.with_members(actor_ids, actor_entries(directory))


def kind_labels(directory: Path | None = None) -> dict[str, str]:
    return {kind_id: kind.label for kind_id, kind in vocabulary.load_ontology(data_dir(directory) / "ontology.toml").items()}


def kind_label(kind: str, directory: Path | None = None) -> str:
    return vocabulary.kind_label(kind, vocabulary.load_ontology(data_dir(directory) / "ontology.toml"))
