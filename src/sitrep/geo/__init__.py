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

from sitrep.model import Place

from . import loader as _loader
from . import mentions as _mentions
from . import resolve as _resolve
from .loader import Gazetteer, GazetteerEntry
from .mentions import PlaceMention
from .resolve import GeoContext

__all__ = ["GeoContext", "Gazetteer", "GazetteerEntry", "PlaceMention", "candidates", "find_places", "gazetteer", "rank", "resolve"]


def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once and cached."""
    return _loader.gazetteer()


def find_places(sentence: str) -> list[PlaceMention]:
    """Every gazetteer place named in `sentence`, longest match first, non-overlapping, left to right."""
    return _mentions.find_places(sentence, gazetteer())


def candidates(name: str) -> list[GazetteerEntry]:
    """Every entry whose name or alias matches `name`, in gazetteer order (unranked)."""
    return gazetteer().lookup(name)


def rank(name: str, context: GeoContext | None = None) -> list[tuple[float, GazetteerEntry]]:
    """Candidates for `name` with their scores in `context`, best first."""
    return _resolve.rank(name, context or GeoContext(), gazetteer())


def resolve(mention: str | PlaceMention, context: GeoContext | None = None) -> Place:
    """The place a mention names; Place(precision=UNKNOWN) without coordinates when not found."""
    return _resolve.resolve(mention, context, gazetteer())
