"""Scoring the geocoder against annotated place mentions.

Two TSV layouts are read, told apart by their header:

* ours (tests/data/geo/eval_places.tsv): ``sentence``, ``name`` (the place as
  the sentence writes it), ``latitude``, ``longitude``, ``admin1``, ``source``;
  a row scores when the mention of ``name`` in the sentence resolves within
  10 km;
* UCDP GED (``places-dev.tsv``): ``text`` (a headline), ``place``, ``latitude``,
  ``longitude``, ``adm_1``; a row scores when any place resolved from the
  headline lies within 10 km of UCDP's point (UCDP codes one of possibly
  several places a headline names).

Admin1 agreement is counted over rows that resolved within 10 km.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from sitrep.errors import InputError
from sitrep.model import Place

from . import find_places, resolve
from .distance import distance_km
from .names import name_key
from .resolve import GeoContext

WITHIN_KM = 10.0
OURS = ("sentence", "name", "latitude", "longitude", "admin1")
UCDP = ("text", "place", "latitude", "longitude", "adm_1")


def _admin1_key(name: str | None) -> str:
    words = (name or "").replace("Governorate", "").replace("governorate", "").replace("Province", "")
    key = name_key(words)
    return {"dimaxk": "dimaxk", "rifdimaxk": "rifdimaxk", "damaskus": "dimaxk", "halab": "alipu", "himx": "hums",
            "hamah": "hama", "darua": "dara", "dirzur": "dirzur", "ladikia": "latakia", "ladikiia": "latakia",
            "kunaitra": "kunitra", "suaida": "suida", "suiada": "suida"}.get(key, key)


def _read(path: Path) -> tuple[str, list[dict[str, str]]]:
    if not path.exists():
        raise InputError(str(path), "no such evaluation file")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE))
    header = set(rows[0]) if rows else set()
    if set(OURS) <= header:
        return "ours", rows
    if set(UCDP) <= header:
        return "ucdp", rows
    raise InputError(str(path), f"columns must include {', '.join(OURS)} (ours) or {', '.join(UCDP)} (UCDP)")


def _resolve_named(sentence: str, name: str) -> Place:
    """The mention of `name` in `sentence`, resolved in the sentence's context."""
    key = name_key(name)
    mentions = find_places(sentence)
    others = tuple(m.anchor for m in mentions)
    for mention in mentions:
        if name_key(mention.anchor) == key or key in name_key(mention.text):
            return resolve(mention, GeoContext(sentence=sentence, places=others))
    return resolve(name, GeoContext(sentence=sentence, places=others))


def _resolve_all(text: str) -> list[Place]:
    mentions = find_places(text)
    others = tuple(m.anchor for m in mentions)
    return [resolve(m, GeoContext(sentence=text, places=others)) for m in mentions]


def _point(row: dict[str, str], path: Path, line: int) -> tuple[float, float]:
    try:
        return float(row["latitude"]), float(row["longitude"])
    except (TypeError, ValueError):
        raise InputError(f"{path}, row {line}", "latitude and longitude must be decimal degrees") from None


def evaluate(path: Path, on_row: Callable[[dict[str, str]], None] | None = None) -> dict:
    """Share of rows resolved within 10 km, admin1 agreement, and the misses.

    Returns {"format", "rows", "within_10km", "share", "admin1_agree",
    "admin1_share", "misses": [(text, expected, got), ...],
    "miss_details": [{"text", "expected", "resolved", "km"}, ...]}, where a
    detail's "resolved" is the nearest place resolved (None when nothing was)
    and "km" its distance from the expected point. `on_row` is called after
    each row is scored (for a progress bar).
    """
    layout, rows = _read(path)
    hits = admin1_hits = 0
    misses: list[tuple[str, str, str]] = []
    details: list[dict] = []
    for number, row in enumerate(rows, start=1):
        lat, lon = _point(row, path, number)
        if layout == "ours":
            places = [_resolve_named(row["sentence"], row["name"])]
            expected_admin1, label, text = row["admin1"], row["name"], row["sentence"]
        else:
            places = _resolve_all(row["text"])
            expected_admin1, label, text = row["adm_1"], row["place"], row["text"]
        located = [p for p in places if p.latitude is not None]
        near = [p for p in located if distance_km(lat, lon, p.latitude, p.longitude) <= WITHIN_KM]
        if near:
            hits += 1
            admin1_hits += any(_admin1_key(p.admin1) == _admin1_key(expected_admin1) for p in near)
        else:
            got = "; ".join(f"{p.resolved_name} ({distance_km(lat, lon, p.latitude, p.longitude):.0f} km)" for p in located) or "nothing"
            misses.append((text, label, got))
            nearest = min(located, key=lambda p: distance_km(lat, lon, p.latitude, p.longitude), default=None)
            details.append({
                "text": text, "expected": label,
                "resolved": nearest.resolved_name if nearest else None,
                "km": round(distance_km(lat, lon, nearest.latitude, nearest.longitude), 1) if nearest else None,
            })
        if on_row is not None:
            on_row(row)
    total = len(rows)
    return {
        "format": layout, "rows": total, "within_10km": hits, "share": hits / total if total else 0.0,
        "admin1_agree": admin1_hits, "admin1_share": admin1_hits / hits if hits else 0.0, "misses": misses,
        "miss_details": details,
    }
