"""Choosing among same-named gazetteer entries and turning the choice into a Place."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.model import GeoPrecision, Place

from .loader import SETTLEMENT_KINDS, Gazetteer, GazetteerEntry
from .mentions import PlaceMention, find_places
from .names import ascii_words, name_key

SETTLEMENT_CUES = frozenset({"city", "town", "village"})
ADMIN_CUES = frozenset({"governorate", "province"})
REGION_WORDS = re.compile(r"\b(region|governorate|governorates|province|provinces)\b", re.I)
NEAR_RELATIONS = ("near", "from", "outskirts of", "outside", "vicinity of", "suburbs of", "environs of")


@dataclass(frozen=True)
class GeoContext:
    """What the text around a mention says: used to choose among same-named places."""

    sentence: str = ""
    document: str = ""
    places: tuple[str, ...] = field(default=())


@lru_cache(maxsize=256)
def _text_keys(text: str, gazetteer_id: int) -> frozenset[str]:
    """Name keys of every word run in `text` (1-4 words), for context matching."""
    words = [w for w in re.split(r"[^\w'’`-]+", text) if w]
    keys = set()
    for i in range(len(words)):
        for j in range(i + 1, min(i + 5, len(words) + 1)):
            keys.add(name_key(" ".join(words[i:j])))
    keys.discard("")
    return frozenset(keys)


def _mentioned(name: str | None, keys: frozenset[str]) -> bool:
    return bool(name) and name_key(name) in keys


def score(entry: GazetteerEntry, anchor: str, context: GeoContext, gazetteer: Gazetteer, relation: str | None = None) -> float:
    """How well `entry` fits a mention: higher is better; the parts are documented inline."""
    value = 2.0 if entry.curated and entry.kind not in ("governorate", "city", "town") else 1.0
    if entry.kind == "governorate":
        value = 0.8  # a bare governorate name more often means its capital city
    value += min(math.log10(entry.population + 1) / 10, 0.6)
    value += 0.5 if entry.country == "SY" else 0.0
    words = set(ascii_words(anchor))
    if words & SETTLEMENT_CUES:
        value += 3.0 if entry.kind in SETTLEMENT_KINDS else -3.0
    if words & ADMIN_CUES:
        value += 3.0 if entry.kind == "governorate" else -3.0
    if relation and ("countryside" in relation or "rural" in relation):
        value += 2.0 if entry.kind in SETTLEMENT_KINDS else 0.0  # "countryside of X" is the district around town X
    elif entry.kind == "governorate" and REGION_WORDS.search(context.sentence) and not words & SETTLEMENT_CUES:
        value += 1.5
    sentence_keys = _text_keys(context.sentence, id(gazetteer)) if context.sentence else frozenset()
    document_keys = _text_keys(context.document, id(gazetteer)) if context.document else frozenset()
    document_keys |= frozenset(name_key(p) for p in context.places)
    for hint in entry.context:
        value += 3.0 if _mentioned(hint, sentence_keys) else 1.0 if _mentioned(hint, document_keys) else 0.0
    own = name_key(anchor)
    if name_key(entry.name) == own or any(name_key(n) == own for n in entry.preferred):
        value += 1.0  # its own name or a curated alias, not one of GeoNames' many alternate spellings
    for admin in (entry.admin1, entry.admin2):
        if admin and name_key(admin) != own:
            value += 2.0 if _mentioned(admin, sentence_keys) else 0.5 if _mentioned(admin, document_keys) else 0.0
    return value


def rank(anchor: str, context: GeoContext, gazetteer: Gazetteer, relation: str | None = None) -> list[tuple[float, GazetteerEntry]]:
    """Candidates for a name, best first, with their scores."""
    scored = [(score(e, anchor, context, gazetteer, relation), e) for e in gazetteer.lookup(anchor)]
    return sorted(scored, key=lambda pair: (-pair[0], pair[1].id))


def precision_for(entry: GazetteerEntry, relation: str | None) -> GeoPrecision:
    base = entry.precision
    if relation is None or relation == "near a landmark in":
        return base
    if "countryside" in relation or "rural area" in relation or "desert" in relation or relation.endswith("part of"):
        return GeoPrecision.ADMIN2 if base in (GeoPrecision.POINT, GeoPrecision.NEAR) else base
    if relation.endswith(" of") or relation in NEAR_RELATIONS:
        return GeoPrecision.NEAR if base == GeoPrecision.POINT else base
    return base


def _as_mention(text: str, gazetteer: Gazetteer) -> PlaceMention | None:
    if gazetteer.lookup(text.strip()):
        stripped = text.strip()
        start = text.index(stripped)
        return PlaceMention(start, start + len(stripped), stripped, None, None, start, start + len(stripped), text)
    found = find_places(text, gazetteer)
    return max(found, key=lambda m: m.anchor_end - m.anchor_start) if found else None


def resolve(mention: str | PlaceMention, context: GeoContext | None, gazetteer: Gazetteer) -> Place:
    context = context or GeoContext()
    written = mention if isinstance(mention, str) else mention.anchor
    parsed = _as_mention(mention, gazetteer) if isinstance(mention, str) else mention
    if parsed is None:
        return Place(name=written.strip(), precision=GeoPrecision.UNKNOWN)
    anchor = parsed.anchor
    if not context.sentence and parsed.sentence:
        context = GeoContext(sentence=parsed.sentence, document=context.document, places=context.places)
    ranked = rank(anchor, context, gazetteer, parsed.relation)
    if not ranked:
        return Place(name=anchor, precision=GeoPrecision.UNKNOWN, relation=parsed.relation, offset_km=parsed.offset_km)
    entry = ranked[0][1]
    relation = parsed.relation or entry.relation
    return Place(
        name=anchor, gazetteer_id=entry.id, resolved_name=entry.name,
        latitude=entry.latitude, longitude=entry.longitude, admin1=entry.admin1, admin2=entry.admin2,
        country=entry.country, precision=precision_for(entry, relation),
        relation=relation, offset_km=parsed.offset_km,
    )
