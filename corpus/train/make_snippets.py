"""Write corpus/train/snippets.tsv from the patterns in templates.py and the settings in places.py.

Every snippet is fictional: a pattern we wrote, filled with a town, a force, a day and a source.
Run: .venv/bin/python corpus/train/make_snippets.py
"""
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from places import COUNTRIES, DAYS, NUMBERS, SOURCES  # noqa: E402
from templates import FAMILY, PROTEST_OPENINGS, PROTEST_OUTCOMES, TAILS, T  # noqa: E402

PER_LABEL = 110
PER_PROTEST_OUTCOME = 30
SEED = 2021


def _fill(pattern: str, rng: random.Random) -> str:
    country = rng.choice(COUNTRIES)
    towns = rng.sample(country["towns"], 2)
    src = rng.choice(SOURCES)
    slots = dict(town=towns[0], town2=towns[1], country=country["name"], adj=country["adj"],
                 region=country["region"], army=country["army"], police=country["police"],
                 rebel=rng.choice(country["rebels"]), day=rng.choice(DAYS), src=src,
                 src_cap=src[0].upper() + src[1:], n=rng.choice(NUMBERS), m=rng.choice(NUMBERS))
    text = pattern.format(**slots)
    return text[0].upper() + text[1:], country


def _dress(text: str, country: dict, label: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.12:
        text = f"{country['towns'][0].upper()}, {country['name']} - {text}"
    elif roll < 0.18:
        text = f"{rng.choice(['2019-05-02', '2020-11-17', 'Mar 13, 2018', '2021-02-08'])}: {text}"
    if rng.random() < 0.35:
        text = f"{text} {rng.choice(TAILS[FAMILY.get(label, 'violence')])}"
    return text


def snippets(rng: random.Random) -> list[tuple[str, str, str]]:
    rows, seen = [], set()
    for label, patterns in T.items():
        made, tries = 0, 0
        while made < PER_LABEL and tries < PER_LABEL * 20:
            pattern = patterns[tries % len(patterns)]
            tries += 1
            text, country = _fill(pattern, rng)
            text = _dress(text, country, label, rng)
            if text in seen:
                continue
            seen.add(text)
            rows.append((text, label, "t"))
            made += 1
    for label, outcomes in PROTEST_OUTCOMES.items():
        made, tries = 0, 0
        while made < PER_PROTEST_OUTCOME and tries < 1000:
            tries += 1
            opening, _ = _fill(rng.choice(PROTEST_OPENINGS), rng)
            outcome, _ = _fill(rng.choice(outcomes), rng)
            text = f"{opening}{',' if rng.random() < 0.5 else ''} {outcome[0].lower()}{outcome[1:]}"
            if text in seen:
                continue
            seen.add(text)
            rows.append((text, label, "t"))
            made += 1
    return rows


def main() -> None:
    rng = random.Random(SEED)
    rows = snippets(rng)
    # Hand-written rows: extra.tsv (ids starting 'h') and handwritten.tsv (ids starting 'w').
    for name, kind in (("extra.tsv", "h"), ("handwritten.tsv", "w")):
        path = HERE / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                rows += [(r["snippet"], r["acled_subtype"], kind) for r in csv.DictReader(f, delimiter="\t")]
    with (HERE / "snippets.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["id", "snippet", "acled_subtype"])
        for i, (text, label, kind) in enumerate(rows, 1):
            w.writerow([f"{kind}{i:05d}", text, label])
    print(f"wrote {len(rows)} rows")


if __name__ == "__main__":
    main()
