"""Gazetteer load time and mean resolve time per mention.

    .venv/bin/python benchmarks/bench_geo.py [report.txt]

Uses the shared seed report when no file is given and it is present, else a
built-in paragraph.  Also times loading and resolving at village scale: a
temporary gazetteer with SCALE (10,000) made-up Syrian villages added to the
bundled rows, the size a full GeoNames SY build reaches.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sitrep import geo
from sitrep.geo import loader
from sitrep.settings import Settings

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_307ddc1b2551862a.txt"
FALLBACK = ("A convoy entered Ain Al-Arab (Kobani) in the eastern countryside of Aleppo. "
            "The paper plant is nearly three kilometres away from Koniko gas field, north of Deir Ezzor. "
            "A drone hit Asthah Al-Wazir area, north of Al-Hasakah city, near Al-Hol camp and Al-Shaddadi.\n") * 20


SCALE = 10_000
SYLLABLES = ["tal", "kafr", "dayr", "ayn", "bir", "khirbat", "umm", "abu", "jubb", "mazraat", "rum", "hass", "nab", "qar",
             "sal", "mud", "zur", "har", "jam", "lat", "bay", "dar", "sim", "kar", "wad", "nas", "fal", "rim", "sha", "qub"]


def village_scale_gazetteer(folder: Path, count: int = SCALE) -> Path:
    """The bundled gazetteer plus `count` made-up villages inside Syria, in places.tsv format."""
    source = Settings().data_dir / "gazetteer"
    target = folder / "gazetteer"
    target.mkdir(parents=True)
    shutil.copy(source / "sites.tsv", target / "sites.tsv")
    rng = random.Random(7)
    lines = (source / "places.tsv").read_text(encoding="utf-8").splitlines()
    for i in range(count):
        name = " ".join(rng.choice(SYLLABLES).title() + rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3))))
        lat, lon = rng.uniform(32.5, 37.0), rng.uniform(36.0, 42.0)
        lines.append(f"gn:{90_000_000 + i}\t{name}\tvillage\tPPL\t{lat:.5f}\t{lon:.5f}\tSY\tAleppo\tManbij\t0\t"
                     f"{name.replace(' ', '-')}|Al {name}")
    (target / "places.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8") if len(sys.argv) > 1 else (
        SEED.read_text(encoding="utf-8") if SEED.exists() else FALLBACK)
    started = time.perf_counter()
    gaz = loader.load(Settings().data_dir)
    load_s = time.perf_counter() - started
    print(f"gazetteer load: {load_s * 1000:.1f} ms ({len(gaz)} entries, {len(gaz.index)} name keys)")

    lines = [line for line in text.splitlines() if line.strip()]
    started = time.perf_counter()
    mentions = [(line, m) for line in lines for m in geo.find_places(line)]
    find_s = time.perf_counter() - started
    started = time.perf_counter()
    rounds = 20
    for _ in range(rounds):
        for line, mention in mentions:
            geo.resolve(mention, geo.GeoContext(sentence=line, document=text))
    resolve_s = (time.perf_counter() - started) / max(rounds * len(mentions), 1)
    print(f"find_places: {find_s * 1000:.1f} ms for {len(lines)} lines, {len(mentions)} mentions")
    print(f"resolve: {resolve_s * 1e6:.0f} µs per mention (mean of {rounds} rounds)")

    with tempfile.TemporaryDirectory() as tmp:
        folder = village_scale_gazetteer(Path(tmp))
        started = time.perf_counter()
        big = loader.load(folder)
        big_load_s = time.perf_counter() - started
        print(f"village scale: load {big_load_s * 1000:.0f} ms ({len(big)} entries, {len(big.index)} name keys)")
        resolver = sys.modules["sitrep.geo.resolve"]
        finder = sys.modules["sitrep.geo.mentions"]
        started = time.perf_counter()
        found = [(line, m) for line in lines for m in finder.find_places(line, big)]
        big_find_s = time.perf_counter() - started
        started = time.perf_counter()
        for _ in range(rounds):
            for line, mention in found:
                resolver.resolve(mention, geo.GeoContext(sentence=line, document=text), big)
        big_resolve_s = (time.perf_counter() - started) / max(rounds * len(found), 1)
        print(f"village scale: find_places {big_find_s * 1000:.1f} ms, resolve {big_resolve_s * 1e6:.0f} µs per mention")


if __name__ == "__main__":
    main()
