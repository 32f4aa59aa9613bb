"""The pipeline: a mixed batch read, extracted and stored document by document, on a real SQLite file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

import sitrep.pipeline
from sitrep.errors import InputError
from sitrep.ingest import read
from sitrep.model import Document
from sitrep.pipeline import ingest_documents, ingest_sources
from sitrep.store import Store

REPO = Path(__file__).resolve().parents[1]
DAILY = REPO / "examples" / "reports" / "daily"
MIXED = Path(__file__).parent / "data" / "cli" / "mixed.jsonl"
REPORTS = ["2022-11-24-sabha-ied.txt", "2022-11-26-omar-convoy.txt", "2022-11-28-omar-rockets.txt"]


@pytest.fixture
def store(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'sitrep.db'}") as opened:
        yield opened


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in REPORTS:
        shutil.copy(DAILY / name, folder / name)
    return folder


def test_mixed_batch_stores_the_good_and_names_the_bad(store, folder, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    missing = tmp_path / "missing.txt"

    outcome = ingest_sources([str(folder), str(MIXED), str(tmp_path / "empty.txt"), str(missing)], store)

    assert len(outcome.added) == len(REPORTS) + 2
    assert outcome.unchanged == []
    assert sorted(e.source for e in outcome.errors) == sorted(
        [f"{MIXED} line 2", str(tmp_path / "empty.txt"), str(missing)]
    )
    assert all(isinstance(e, InputError) and "\n" not in str(e) for e in outcome.errors)
    stored = store.counts()
    assert stored["documents"] == len(REPORTS) + 2
    assert stored["events"] == outcome.events > 0
    assert stored["claims"] == outcome.claims
    for document, extraction in outcome.added:
        assert store.has_document(document.id)
        assert {e.id for e in store.events(document_id=document.id)} == {e.id for e in extraction.events}


def test_same_batch_again_is_recognised_and_changes_nothing(store, folder):
    first = ingest_sources([str(folder)], store)
    before = store.counts()
    again = ingest_sources([str(folder)], store)
    assert again.added == [] and again.errors == []
    assert sorted(d.id for d in again.unchanged) == sorted(d.id for d, _ in first.added)
    assert store.counts() == before


def test_an_extractor_crash_loses_only_its_own_document(store, folder, monkeypatch):
    # Simulates an extractor bug on one document; the others must still be stored.
    real_extract = sitrep.pipeline.extract
    crashing = (folder / REPORTS[1]).resolve()

    def extract_crashing_on_one(document: Document, settings=None, aliases=None):
        if document.source and Path(document.source).resolve() == crashing:
            raise ZeroDivisionError("division by zero")
        return real_extract(document, settings, aliases=aliases)

    monkeypatch.setattr(sitrep.pipeline, "extract", extract_crashing_on_one)
    outcome = ingest_sources([str(folder)], store)

    assert len(outcome.added) == len(REPORTS) - 1
    assert [str(e) for e in outcome.errors] == [
        f"{outcome.errors[0].source}: extraction failed (ZeroDivisionError: division by zero)"
    ]
    assert Path(outcome.errors[0].source).resolve() == crashing
    assert store.counts()["documents"] == len(REPORTS) - 1
    [crashed] = [d for d in read(str(crashing))]
    assert not store.has_document(crashed.id)


def test_extraction_rejecting_a_document_skips_it_and_goes_on(store, folder, monkeypatch):
    real_extract = sitrep.pipeline.extract
    rejected = (folder / REPORTS[0]).resolve()

    def extract_rejecting_one(document: Document, settings=None, aliases=None):
        if document.source and Path(document.source).resolve() == rejected:
            raise InputError(document.source, "not a report extraction can read")
        return real_extract(document, settings, aliases=aliases)

    monkeypatch.setattr(sitrep.pipeline, "extract", extract_rejecting_one)
    outcome = ingest_sources([str(folder)], store)

    assert len(outcome.added) == len(REPORTS) - 1
    assert [e.problem for e in outcome.errors] == ["not a report extraction can read"]
    assert store.counts()["documents"] == len(REPORTS) - 1


def test_ingest_documents_reports_each_item_as_it_goes(store, folder):
    items = [Document.from_text("On 9 November 2022 a Turkish drone struck a car near Qamishli, killing two SDF fighters.",
                                published=None),
             InputError("somewhere.txt", "file is empty")]
    seen: list = []
    outcome = ingest_documents(items, store, on_item=seen.append)
    assert seen == items
    assert [str(e) for e in outcome.errors] == ["somewhere.txt: file is empty"]
    assert len(outcome.added) == 1 and store.has_document(items[0].id)


def test_analyst_aliases_place_events_the_gazetteer_alone_cannot(tmp_path):
    from sitrep.model import Document
    from sitrep.pipeline import ingest_documents
    from sitrep.store import Store

    text = "On November 20, Iranian-backed militias fired four rockets at the Coalition outpost at Camp Sunrise."
    with Store.open(f"sqlite:///{tmp_path / 'aliases.db'}") as store:
        store.add_alias("Camp Sunrise", "sy-deir-omar-field")
        outcome = ingest_documents([Document.from_text(text, published=date(2022, 11, 21))], store)
        [event] = outcome.added[0][1].events
    assert event.place.gazetteer_id == "sy-deir-omar-field" and event.place.name == "Camp Sunrise"
