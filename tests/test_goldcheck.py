"""Both annotated corpora pass the gold checks, and the checks catch what they should."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from sitrep.goldcheck import check

ROOT = Path(__file__).resolve().parents[1]


def _policy(script: Path):
    spec = importlib.util.spec_from_file_location(script.stem, script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.POLICY


@pytest.mark.parametrize("folder, documents", [("examples", "reports"), ("corpus/dev", "docs"), ("corpus/holdout", "docs")])
def test_bundled_gold_has_no_problems(folder, documents):
    gold = ROOT / folder / "gold.jsonl"
    _, problems = check(gold, documents, _policy(ROOT / folder / "check_gold.py"))
    assert problems == []


def test_planted_problems_are_each_reported(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "---\ntitle: T\npublisher: P\npublished: 2024-03-02\nnote: fictional\n---\nRockets hit the base on March 1.\n",
        encoding="utf-8")
    (tmp_path / "docs" / "unannotated.txt").write_text("---\npublished: 2024-03-02\n---\nNothing.\n", encoding="utf-8")
    event = {"kind": "rocket_party", "evidence": "Rockets hit the base on March 9.", "date_start": "2024-03-09",
             "date_end": "2024-03-09", "time_precision": "day", "place": "Nowhere", "initiators": ["Somebody"],
             "quantities": {"balloons": 3}}
    (tmp_path / "gold.jsonl").write_text(json.dumps({"file": "docs/a.txt", "events": [event], "claims": []}) + "\n", encoding="utf-8")
    policy = _policy(ROOT / "corpus" / "dev" / "check_gold.py")
    _, problems = check(tmp_path / "gold.jsonl", "docs", policy)
    text = "\n".join(problems)
    for expected in ("not annotated", "unknown kind", "occurs 0 times", "'Somebody'", "unknown quantity unit", "not resolved", "outside"):
        assert expected in text, expected


def test_a_place_is_any_gazetteer_entrys_own_name_but_not_an_alias():
    from sitrep.goldcheck import resolved_place_problem

    # before, "Soran" (Iraq) was refused because a bare "Soran" resolves to Souran in Hama
    assert resolved_place_problem("Soran") is None
    assert resolved_place_problem("Kobani") is not None  # an alias: write the entry's name, Ain Al-Arab
    assert resolved_place_problem("Nowhere at all") is not None
