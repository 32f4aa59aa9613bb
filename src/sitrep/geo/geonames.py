"""Building places.tsv from a full GeoNames country dump (SY.txt or SY.zip).

The bundled places.tsv holds GeoNames cities1000 only (a few hundred Syrian
places): no package registry redistributes a village-level Syrian dump.  A
user who can download https://download.geonames.org/export/dump/SY.zip runs

    sitrep geo build --geonames SY.zip [--admin1 admin1CodesASCII.txt] [--admin2 admin2Codes.txt]

and gets every populated place (feature class P) in the dump, in the same
format, with the bundled rows of other countries kept so curated sites that
augment them still load.
"""

from __future__ import annotations

import csv
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import InputError

from .loader import BOUNDS, PLACE_COLUMNS
from .distance import distance_km

# The 19 tab-separated columns of a GeoNames dump, in order.
DUMP_COLUMNS = ["geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class", "feature_code",
                "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code", "admin4_code", "population", "elevation",
                "dem", "timezone", "modification_date"]
# Used when no admin1CodesASCII.txt is given: GeoNames' Syrian admin1 codes, named as the bundled places.tsv names them.
SYRIA_ADMIN1 = {"01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqah", "05": "As-Suwayda", "06": "Daraa",
                "07": "Deir ez-Zor", "08": "Rif-dimashq", "09": "Aleppo", "10": "Hama", "11": "Homs", "12": "Idlib",
                "13": "Dimashq", "14": "Tartus"}
DISTRICT_SEATS = ("PPLC", "PPLA", "PPLA2")
SKIPPED_CODES = frozenset({"PPLH", "PPLQ", "PPLW"})  # historical, abandoned, destroyed


@dataclass
class BuildSummary:
    """What a build read and wrote."""

    out: Path
    read: int = 0
    written: int = 0
    kept_from_bundle: int = 0
    by_country: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)


@dataclass(frozen=True)
class DumpRow:
    geonameid: str
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country: str
    admin1_code: str
    admin2_code: str
    population: int


def _dump_lines(path: Path) -> list[str]:
    if not path.exists():
        raise InputError(str(path), "no such GeoNames dump")
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not members:
                raise InputError(str(path), "the zip holds no GeoNames .txt dump")
            return archive.read(members[0]).decode("utf-8").splitlines()
    return path.read_text(encoding="utf-8").splitlines()


def read_dump(path: Path) -> list[DumpRow]:
    """Rows of a GeoNames dump; a row without 19 columns or with bad numbers is an InputError naming its line."""
    rows = []
    for number, line in enumerate(_dump_lines(path), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != len(DUMP_COLUMNS):
            raise InputError(f"{path}:{number}", f"expected the {len(DUMP_COLUMNS)} GeoNames columns, found {len(parts)}")
        value = dict(zip(DUMP_COLUMNS, parts))
        try:
            latitude, longitude = float(value["latitude"]), float(value["longitude"])
            population = int(value["population"] or 0)
        except ValueError:
            raise InputError(f"{path}:{number}", "latitude, longitude or population is not a number") from None
        rows.append(DumpRow(
            value["geonameid"], value["name"], value["asciiname"] or value["name"],
            tuple(a for a in value["alternatenames"].split(",") if a), latitude, longitude,
            value["feature_class"], value["feature_code"], value["country_code"], value["admin1_code"],
            value["admin2_code"], population,
        ))
    return rows


def read_codes(path: Path | None) -> dict[str, str]:
    """admin1CodesASCII.txt / admin2Codes.txt: code ("SY.09" or "SY.09.1234") -> ASCII name."""
    if path is None:
        return {}
    if not path.exists():
        raise InputError(str(path), "no such GeoNames code file")
    codes = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            codes[parts[0]] = parts[2] or parts[1]
    return codes


def _clean_name(name: str) -> str:
    # GeoNames marks ayn/hamza with ` and ' in ASCII names; keep them (name_key drops them) but no tabs or pipes.
    return name.replace("\t", " ").replace("|", "/").strip()


def aliases_of(row: DumpRow) -> list[str]:
    """Romanised and Arabic alternate names; machine lower-case romanisations and codes dropped."""
    keep: list[str] = []
    for alias in (row.name, *row.alternatenames):
        alias = _clean_name(alias)
        if len(alias) < 3 or alias == row.asciiname or alias.startswith("http") or any(ch.isdigit() for ch in alias):
            continue
        if alias.isascii() and (alias.islower() or (alias.isupper() and len(alias) <= 4)):
            continue
        if not alias.isascii() and not (_is_arabic(alias) or alias == row.name):
            continue  # other scripts (Russian, Chinese...) never appear in English or Arabic reports
        if alias not in keep:
            keep.append(alias)
    return keep


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _kind(row: DumpRow) -> str:
    if row.feature_code in ("PPLC", "PPLA") or row.population >= 100_000:
        return "city"
    if row.feature_code in ("PPLA2", "PPLA3") or row.population >= 5_000:
        return "town"
    return "village"


def _in_bounds(row: DumpRow) -> bool:
    lat_min, lat_max, lon_min, lon_max = BOUNDS
    return lat_min <= row.latitude <= lat_max and lon_min <= row.longitude <= lon_max


def _referenced_ids(sites: Path) -> set[str]:
    """GeoNames ids that curated sites.tsv rows augment: they must stay in places.tsv."""
    if not sites.exists():
        return set()
    return {line.split("\t", 1)[0] for line in sites.read_text(encoding="utf-8").splitlines() if line.startswith("gn:")}


def _bundled_rows(places: Path, replaced: set[str]) -> list[list[str]]:
    """Rows of an existing places.tsv whose country the dump does not replace, or that curated sites refer to."""
    referenced = _referenced_ids(places.parent / "sites.tsv")
    if not places.exists():
        return []
    with places.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != PLACE_COLUMNS:
            return []
        return [r for r in reader if len(r) == len(PLACE_COLUMNS) and (r[6] not in replaced or r[0] in referenced)]


def build(dump: Path, out: Path, *, admin1: Path | None = None, admin2: Path | None = None, keep_from: Path | None = None) -> BuildSummary:
    """Write `out` (places.tsv format) from the populated places of a GeoNames dump.

    Rows outside Syria's box, and historical or destroyed places, are skipped
    and counted.  Rows of other countries in `keep_from` (the bundled file by
    default) are carried over.
    """
    summary = BuildSummary(out=out)
    rows = read_dump(dump)
    summary.read = len(rows)
    admin1_names, admin2_names = read_codes(admin1), read_codes(admin2)
    places = []
    for row in rows:
        if row.feature_class != "P":
            summary.skipped["not a populated place"] += 1
        elif row.feature_code in SKIPPED_CODES:
            summary.skipped["historical or destroyed"] += 1
        elif not _in_bounds(row):
            summary.skipped["outside the country's box"] += 1
        else:
            places.append(row)
    seats = [r for r in places if r.feature_code in DISTRICT_SEATS]

    def admin1_of(row: DumpRow) -> str:
        fallback = SYRIA_ADMIN1.get(row.admin1_code, row.admin1_code) if row.country == "SY" else row.admin1_code
        return admin1_names.get(f"{row.country}.{row.admin1_code}", fallback)

    def admin2_of(row: DumpRow) -> str:
        named = admin2_names.get(f"{row.country}.{row.admin1_code}.{row.admin2_code}")
        if named:
            return named.removesuffix(" District").removesuffix(" district")
        same = [s for s in seats if s.country == row.country and s.admin1_code == row.admin1_code]
        return min(same, key=lambda s: distance_km(row.latitude, row.longitude, s.latitude, s.longitude)).asciiname if same else ""

    out_rows = [[
        f"gn:{r.geonameid}", _clean_name(r.asciiname), _kind(r), r.feature_code, f"{r.latitude:.5f}", f"{r.longitude:.5f}",
        r.country, admin1_of(r), admin2_of(r), str(r.population), "|".join(aliases_of(r)),
    ] for r in sorted(places, key=lambda r: (r.country, int(r.geonameid) if r.geonameid.isdigit() else 0))]
    written_ids = {r[0] for r in out_rows}
    kept = [r for r in _bundled_rows(keep_from, {p.country for p in places}) if r[0] not in written_ids] if keep_from else []
    summary.kept_from_bundle = len(kept)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# GeoNames (CC BY 4.0, https://www.geonames.org/), built by `sitrep geo build` from {dump.name};"
                 " admin2 from admin2Codes when given, else the nearest district seat (approximate)\n")
        fh.write("\t".join(PLACE_COLUMNS) + "\n")
        for row in [*out_rows, *kept]:
            fh.write("\t".join(row) + "\n")
            summary.by_country[row[6]] += 1
    summary.written = len(out_rows) + len(kept)
    return summary
