"""Choosing among same-named gazetteer entries and turning the choice into a Place."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from sitrep.model import GeoPrecision, Place

from .distance import distance_km
from .loader import SETTLEMENT_KINDS, Gazetteer, GazetteerEntry
from .mentions import PlaceMention, find_places
from .names import ascii_words, name_key

SETTLEMENT_CUES = frozenset({"city", "town", "village"})
ADMIN_CUES = frozenset({"governorate", "province"})
REGION_WORDS = re.compile(r"\b(region|governorate|governorates|province|provinces)\b", re.I)
NEIGHBOUR_KM = 40.0
MAX_NEIGHBOUR_CANDIDATES = 8
AMBIGUITY_MARGIN = 0.05
SEAT_CODES = {"PPLC", "PPLA", "PPLA2"}  # GeoNames: capital, governorate seat, district seat
AMBIGUOUS_KM = 25.0  # same-named places farther apart than this, scored alike, are not guessed between
NEAR_RELATIONS = ("near", "from", "outskirts of", "outside", "vicinity of", "suburbs of", "environs of")


@dataclass(frozen=True)
class GeoContext:
    """What the text around a mention says: used to choose among same-named places."""

    sentence: str = ""
    document: str = ""
    places: tuple[str, ...] = field(default=())  # other places the document names
    region: tuple[str, ...] = field(default=())  # governorates or countries the desk monitors


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


def explain(entry: GazetteerEntry, anchor: str, context: GeoContext, gazetteer: Gazetteer, relation: str | None = None) -> list[tuple[str, float]]:
    """The parts of an entry's score for a mention, each with why: their sum is `score`."""
    parts: list[tuple[str, float]] = []
    if entry.kind == "governorate":
        parts.append(("governorate: a bare name more often means its capital", 0.8))
    else:
        curated_site = entry.curated and entry.kind not in ("city", "town")
        parts.append(("curated site", 2.0) if curated_site else ("gazetteer place", 1.0))
    if entry.population:
        parts.append((f"population {entry.population:,}", min(math.log10(entry.population + 1) / 10, 0.6)))
    if entry.country == "SY":
        parts.append(("in Syria", 0.5))
    if entry.feature_code in SEAT_CODES:
        # Iraq's Sinjar, a district seat, over a hamlet of the same name in Idlib that GeoNames gives no people
        parts.append(("seat of a district or governorate", 0.2))
    words = set(ascii_words(anchor))
    if words & SETTLEMENT_CUES:
        parts.append(("text says city/town/village", 3.0 if entry.kind in SETTLEMENT_KINDS else -3.0))
    if words & ADMIN_CUES:
        parts.append(("text says governorate/province", 3.0 if entry.kind == "governorate" else -3.0))
    if relation and ("countryside" in relation or "rural" in relation):
        if entry.kind in SETTLEMENT_KINDS:
            parts.append(("'countryside of' names a town's district", 2.0))  # the district around town X
    elif entry.kind == "governorate" and REGION_WORDS.search(context.sentence) and not words & SETTLEMENT_CUES:
        parts.append(("sentence speaks of regions", 1.5))
    sentence_keys = _text_keys(context.sentence, id(gazetteer)) if context.sentence else frozenset()
    document_keys = _text_keys(context.document, id(gazetteer)) if context.document else frozenset()
    document_keys |= frozenset(name_key(p) for p in context.places)
    for hint in entry.context:
        if _mentioned(hint, sentence_keys):
            parts.append((f"context word {hint!r} in sentence", 3.0))
        elif _mentioned(hint, document_keys):
            parts.append((f"context word {hint!r} in document", 1.0))
    own = name_key(anchor)
    if name_key(entry.name) == own or any(name_key(n) == own for n in entry.preferred):
        if entry.kind == "governorate" and _capital_named(entry, anchor, gazetteer):
            parts.append(("its own name, but also its capital's (weighed less)", 0.5))
        else:
            parts.append(("its own name or a curated alias", 1.0))
    for level, admin in (("governorate", entry.admin1), ("district", entry.admin2)):
        # a district named after the entry itself ("Ceylanpinar") is that town named elsewhere in the sentence,
        # so it says nothing of where this other name lies ("Ceylanpinar to Ras al-Ain")
        if admin and name_key(admin) not in (own, name_key(entry.name)):
            if _mentioned(admin, sentence_keys):
                parts.append((f"{level} {admin} named in sentence", 2.0))
            elif _mentioned(admin, document_keys):
                parts.append((f"{level} {admin} named in document", 0.5))
    if context.region and entry.admin1 and any(name_key(r) in (name_key(entry.admin1), name_key(entry.country)) for r in context.region):
        parts.append((f"{entry.admin1} is in the desk's region", 1.0))
    near = _near_document_place(entry, own, context, gazetteer)
    if near:
        parts.append((f"within {NEIGHBOUR_KM:.0f} km of {near}, which the document also names", 1.5))
    return parts


def _capital_named(governorate: GazetteerEntry, anchor: str, gazetteer: Gazetteer) -> bool:
    """`anchor` also names a city of the governorate ("Haleb": Aleppo governorate and Aleppo city)."""
    return any(e.kind == "city" and e.admin1 == governorate.admin1 for e in gazetteer.lookup(anchor))


def _near_document_place(entry: GazetteerEntry, own: str, context: GeoContext, gazetteer: Gazetteer) -> str | None:
    """A place the document names that has a namesake within NEIGHBOUR_KM of `entry`."""
    for other in context.places:
        if name_key(other) == own:
            continue
        for candidate in gazetteer.lookup(other)[:MAX_NEIGHBOUR_CANDIDATES]:
            if candidate.id != entry.id and _km(entry, candidate) <= NEIGHBOUR_KM:
                return other
    return None


def _km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def score(entry: GazetteerEntry, anchor: str, context: GeoContext, gazetteer: Gazetteer, relation: str | None = None) -> float:
    """How well `entry` fits a mention: higher is better; `explain` lists the parts."""
    return sum(value for _, value in explain(entry, anchor, context, gazetteer, relation))


def rank(anchor: str, context: GeoContext, gazetteer: Gazetteer, relation: str | None = None) -> list[tuple[float, GazetteerEntry]]:
    """Candidates for a name, best first, with their scores."""
    scored = [(score(e, anchor, context, gazetteer, relation), e) for e in gazetteer.lookup(anchor)]
    return sorted(scored, key=lambda pair: (-pair[0], pair[1].id))


def ambiguous(ranked: list[tuple[float, GazetteerEntry]]) -> bool:
    """The two best candidates score alike yet lie far apart: choosing would be a guess.

    Curated sites are exempt: their curators order same-named sites (by id) so
    the one reports usually mean comes first.
    """
    if len(ranked) < 2 or ranked[0][1].curated:
        return False
    (best, first), (second_score, second) = ranked[0], ranked[1]
    return best - second_score < AMBIGUITY_MARGIN and _km(first, second) > AMBIGUOUS_KM


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
        context = replace(context, sentence=parsed.sentence)
    ranked = rank(anchor, context, gazetteer, parsed.relation)
    if not ranked or ambiguous(ranked):
        return Place(name=anchor, precision=GeoPrecision.UNKNOWN, relation=parsed.relation, offset_km=parsed.offset_km)
    entry = ranked[0][1]
    relation = parsed.relation or entry.relation
    return Place(
        name=anchor, gazetteer_id=entry.id, resolved_name=entry.name,
        latitude=entry.latitude, longitude=entry.longitude, admin1=entry.admin1, admin2=entry.admin2,
        country=entry.country, precision=precision_for(entry, relation),
        relation=relation, offset_km=parsed.offset_km,
    )
