"""Gazetteer load time and mean resolve time per mention.

    .venv/bin/python benchmarks/bench_geo.py [report.txt]

Uses the shared seed report when no file is given and it is present, else a
built-in paragraph.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sitrep import geo
from sitrep.geo import loader
from sitrep.settings import Settings

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_307ddc1b2551862a.txt"
FALLBACK = ("A convoy entered Ain Al-Arab (Kobani) in the eastern countryside of Aleppo. "
            "The paper plant is nearly three kilometres away from Koniko gas field, north of Deir Ezzor. "
            "A drone hit Asthah Al-Wazir area, north of Al-Hasakah city, near Al-Hol camp and Al-Shaddadi.\n") * 20


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


if __name__ == "__main__":
    main()
