"""Offline geocoding: find the places a sentence names and resolve them to coordinates.

    >>> from sitrep import geo
    >>> [m.text for m in geo.find_places("a base north of Al-Hasakah city")]
    ['north of Al-Hasakah city']
    >>> geo.resolve("Deir ez-Zor").resolved_name
    'Deir ez-Zor'

Candidate generation (`candidates`) is kept apart from ranking (`resolve`),
so a command can show why one same-named place was chosen over another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path

from sitrep.model import Place

from . import loader as _loader
from . import mentions as _mentions
from . import resolve as _resolve
from .loader import Gazetteer, GazetteerEntry
from .mentions import PlaceMention
from .resolve import GeoContext

__all__ = ["GeoContext", "Gazetteer", "GazetteerEntry", "PlaceMention", "candidates", "check_alias", "evaluate", "find_places",
           "gazetteer", "rank", "resolve"]


def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once and cached."""
    return _loader.gazetteer()


def find_places(sentence: str, aliases: Mapping[str, str] | None = None) -> list[PlaceMention]:
    """Every gazetteer place named in `sentence`, longest match first, non-overlapping, left to right.

    `aliases` (alias -> gazetteer id, e.g. from Store.aliases()) add analyst names.
    """
    return _mentions.find_places(sentence, _with(aliases))


def candidates(name: str, aliases: Mapping[str, str] | None = None) -> list[GazetteerEntry]:
    """Every entry whose name or alias matches `name`, in gazetteer order (unranked)."""
    return _with(aliases).lookup(name)


def rank(name: str, context: GeoContext | None = None, aliases: Mapping[str, str] | None = None) -> list[tuple[float, GazetteerEntry]]:
    """Candidates for `name` with their scores in `context`, best first."""
    return _resolve.rank(name, context or GeoContext(), _with(aliases))


def resolve(mention: str | PlaceMention, context: GeoContext | None = None, aliases: Mapping[str, str] | None = None) -> Place:
    """The place a mention names.

    Place(precision=UNKNOWN) without coordinates when the name is not in the
    gazetteer, or when same-named places far apart fit the context equally
    well (no silent guess).
    """
    return _resolve.resolve(mention, context, _with(aliases))


def check_alias(alias: str, target_id: str) -> None:
    """Raise InputError/NotFoundError if `alias` cannot name `target_id` (unknown id, or it shadows another place)."""
    _loader.check_alias(gazetteer(), alias, target_id)


def _with(aliases: Mapping[str, str] | None) -> Gazetteer:
    if not aliases:
        return gazetteer()
    return _with_cached(gazetteer(), frozenset(aliases.items()))


@lru_cache(maxsize=8)
def _with_cached(base: Gazetteer, aliases: frozenset[tuple[str, str]]) -> Gazetteer:
    # Extending the index copies it; a pipeline passes the same aliases for every mention, so build it once.
    return base.with_aliases(dict(aliases))


def evaluate(path: str | Path, on_row: Callable[[dict[str, str]], None] | None = None) -> dict:
    """Score the geocoder on an annotated TSV (ours, or UCDP's places-dev.tsv): see sitrep.geo.scoring."""
    from .scoring import evaluate as _evaluate

    return _evaluate(Path(path), on_row)
