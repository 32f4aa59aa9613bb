"""The store, on real SQLite files (and on PostgreSQL when SITREP_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sitrep.errors import NotFoundError, StoreError
from sitrep.model import (
    Actor,
    ActorRole,
    Casualty,
    CasualtyKind,
    Claim,
    Document,
    Event,
    EventActor,
    Evidence,
    Extraction,
    Quantity,
    ReviewStatus,
)
from sitrep.store import Store
from sitrep.store.tables import Base

DATA = Path(__file__).parent / "data" / "store"


# -- fixtures --------------------------------------------------------------------


def load_fixture() -> tuple[Document, Extraction]:
    raw = json.loads((DATA / "coalition_month.json").read_text(encoding="utf-8"))
    return Document.model_validate(raw["document"]), Extraction.model_validate(raw["extraction"])


@pytest.fixture
def report() -> tuple[Document, Extraction]:
    return load_fixture()


@pytest.fixture
def postgres_url() -> str:
    """A fresh schema on the server named by SITREP_TEST_POSTGRES_URL, dropped afterwards."""
    base = os.environ.get("SITREP_TEST_POSTGRES_URL")
    if not base:
        pytest.skip("SITREP_TEST_POSTGRES_URL is not set")
    schema_name = f"sitrep_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema_name}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema_name}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema_name}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sitrep.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(url):
    with Store.open(url) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'sitrep.db'}") as opened:
        yield opened


def dumped(items) -> list[dict]:
    return [item.model_dump() for item in items]


def event_by_kind(extraction: Extraction, kind: str) -> Event:
    return next(event for event in extraction.events if event.kind == kind)


def ids(items) -> list[str]:
    return [item.id for item in items]


def second_report(text: str = "A second report, about something else entirely.") -> Document:
    return Document.from_text(text, published=date(2023, 12, 9))


# -- schema and migrations ---------------------------------------------------------


def test_open_migrates_to_head_and_upgrade_is_idempotent(url):
    with Store.open(url) as store:
        assert store.revision() == "0002"
        assert store.upgrade() == "0002"
        assert store.counts() == {"documents": 0, "events": 0, "claims": 0}


def test_open_without_upgrade_leaves_a_new_database_bare(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'bare.db'}", upgrade=False) as store:
        assert store.revision() is None
        assert store.upgrade() == "0002"
        assert store.revision() == "0002"


def test_migrated_schema_matches_the_table_classes(store, url):
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_sqlite_has_wal_and_foreign_keys_on(sqlite_store, tmp_path):
    with sqlite_store._engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    # WAL is a property of the file, so any other reader sees it too.
    raw = sqlite3.connect(tmp_path / "sitrep.db")
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_foreign_keys_are_enforced(sqlite_store, report):
    document, extraction = report
    event = event_by_kind(extraction, "missile_attack")
    orphan = event.model_copy(update={"evidence": [Evidence(document_id="no-such-document", start=0, end=1, text="x")]})
    with pytest.raises(StoreError, match="FOREIGN KEY"):
        sqlite_store.add(document, Extraction(document_id=document.id, events=[orphan]))


def test_deleting_a_document_cascades_to_everything_it_owns(sqlite_store, report, tmp_path):
    document, extraction = report
    sqlite_store.add(document, extraction)
    raw = sqlite3.connect(tmp_path / "sitrep.db")
    try:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("DELETE FROM documents")
        raw.commit()
        for table in ("events", "event_actors", "event_quantities", "event_casualties", "claims",
                      "claim_actors", "claim_quantities", "claim_casualties", "evidence"):
            assert raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    finally:
        raw.close()


def test_creates_the_folder_of_a_new_sqlite_file(tmp_path):
    path = tmp_path / "deep" / "er" / "sitrep.db"
    with Store.open(f"sqlite:///{path}") as store:
        assert store.revision() == "0002"
    assert path.is_file()


# -- StoreError, not a traceback ---------------------------------------------------


def test_garbage_file_is_a_store_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="not a database"):
        Store.open(f"sqlite:///{path}")


def test_other_sqlite_database_is_a_store_error(tmp_path):
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE recipes (name TEXT)")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="not a sitrep database"):
        Store.open(f"sqlite:///{path}")
    raw = sqlite3.connect(path)  # and it was left alone
    assert [row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["recipes"]
    raw.close()


def test_unknown_schema_revision_is_a_store_error(tmp_path):
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    raw.execute("INSERT INTO alembic_version VALUES ('4f2a9c1b7e0d')")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="4f2a9c1b7e0d"):
        Store.open(f"sqlite:///{path}")


@pytest.mark.parametrize(
    "bad_url, message",
    [
        ("definitely not a url", "not a database URL"),
        ("nosuchdb://somewhere/x", "no database driver"),
        ("postgresql+psycopg://sitrep@127.0.0.1:1/sitrep", "cannot open"),
    ],
)
def test_bad_urls_are_store_errors(bad_url, message):
    with pytest.raises(StoreError, match=message) as caught:
        Store.open(bad_url)
    assert "\n" not in str(caught.value)


def test_a_directory_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        Store.open(f"sqlite:///{tmp_path}")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_a_store_error(tmp_path):
    path = tmp_path / "locked.db"
    Store.open(f"sqlite:///{path}").close()
    path.chmod(0)
    try:
        with pytest.raises(StoreError):
            Store.open(f"sqlite:///{path}")
    finally:
        path.chmod(0o600)


# -- round trips ---------------------------------------------------------------------


def test_document_round_trip(store, report):
    document, extraction = report
    assert store.add(document, extraction) is True
    assert store.has_document(document.id)
    assert store.document(document.id).model_dump() == document.model_dump()


def test_event_round_trip_is_exact(store, report):
    document, extraction = report
    store.add(document, extraction)
    for event in extraction.events:
        assert store.event(event.id).model_dump() == event.model_dump()
    stored = store.events(include_rejected=True)
    assert sorted(dumped(stored), key=lambda e: e["id"]) == sorted(dumped(extraction.events), key=lambda e: e["id"])


def test_round_trip_keeps_order_of_parts_and_exact_values(store, report):
    document, extraction = report
    raid = event_by_kind(extraction, "raid")
    shuffled = raid.model_copy(
        update={
            "actors": list(reversed(raid.actors)),
            "casualties": list(reversed(raid.casualties)),
            "evidence": list(reversed(raid.evidence)),
            "quantities": [Quantity(unit="vehicles", value=8), Quantity(unit="batches", value=0, qualifier="dozens of")],
            "confidence": 0.1 + 0.2,  # not exactly 0.3: must come back bit for bit
        }
    )
    bare = Event(id="ev-bare", kind="other")
    store.add(document, Extraction(document_id=document.id, events=[shuffled, bare]))
    assert store.event(shuffled.id).model_dump() == shuffled.model_dump()
    assert store.event("ev-bare") == bare


def test_claim_round_trip_is_exact(store, report):
    document, extraction = report
    bare = Claim(id="cl-bare", kind="other")
    store.add(document, extraction.model_copy(update={"claims": [*extraction.claims, bare]}))
    stored = {claim.id: claim for claim in store.claims()}
    for claim in [*extraction.claims, bare]:
        assert stored[claim.id].model_dump() == claim.model_dump()


def test_documents_are_ordered_by_publication_then_id(store, report):
    document, extraction = report
    later = second_report()
    undated = Document.from_text("An undated report.")
    same_day = Document(id="0" * 16, text="Same day as the first.", published=document.published)
    for doc in (later, undated, document, same_day):
        store.add(doc, Extraction(document_id=doc.id))
    assert ids(store.documents()) == [same_day.id, document.id, later.id, undated.id]
    assert store.counts() == {"documents": 4, "events": 0, "claims": 0}


def test_missing_things_are_not_found(store):
    with pytest.raises(NotFoundError):
        store.document("nope")
    with pytest.raises(NotFoundError):
        store.event("nope")
    with pytest.raises(NotFoundError):
        store.event("")
    assert not store.has_document("nope")


def test_event_accepts_a_unique_id_prefix(store, report):
    document, extraction = report
    store.add(document, extraction)
    missile = event_by_kind(extraction, "missile_attack")
    assert store.event(missile.id[:7]).id == missile.id
    with pytest.raises(NotFoundError, match="more than one"):
        store.event("ev-")
    with pytest.raises(NotFoundError):
        store.event("ev_")  # "_" is a LIKE wildcard; it must match only itself


# -- add is all or nothing -------------------------------------------------------------


def test_adding_a_document_twice_returns_false_and_changes_nothing(store, report):
    document, extraction = report
    assert store.add(document, extraction) is True
    before = (store.counts(), dumped(store.events(include_rejected=True)), dumped(store.claims()))
    more = extraction.model_copy(update={"events": [*extraction.events, Event(id="ev-new", kind="other")], "claims": []})
    assert store.add(document.model_copy(update={"title": "Changed"}), more) is False
    after = (store.counts(), dumped(store.events(include_rejected=True)), dumped(store.claims()))
    assert after == before
    assert store.document(document.id).title == document.title


def test_failure_inside_add_writes_nothing(store, report):
    document, extraction = report
    twice = extraction.model_copy(update={"events": [*extraction.events, extraction.events[0]]})
    with pytest.raises(StoreError) as caught:
        store.add(document, twice)
    assert "\n" not in str(caught.value)
    assert store.counts() == {"documents": 0, "events": 0, "claims": 0}
    assert not store.has_document(document.id)
    assert store.add(document, extraction) is True  # and the clean version then goes in


def test_event_id_taken_by_another_document_rolls_back_the_whole_add(store, report):
    document, extraction = report
    store.add(document, extraction)
    other = second_report()
    clash = Extraction(document_id=other.id, events=[Event(id="ev-fine", kind="other"), extraction.events[0]])
    with pytest.raises(StoreError):
        store.add(other, clash)
    assert not store.has_document(other.id)
    assert store.counts() == {"documents": 1, "events": len(extraction.events), "claims": len(extraction.claims)}


def test_extraction_must_belong_to_the_document(store, report):
    document, extraction = report
    with pytest.raises(ValueError):
        store.add(second_report(), extraction)


# -- reprocessing ------------------------------------------------------------------------


def test_replace_extraction_keeps_reviewed_events_untouched(store, report):
    document, extraction = report
    missile = event_by_kind(extraction, "missile_attack").model_copy(update={"review_status": ReviewStatus.CONFIRMED})
    rejected = event_by_kind(extraction, "movement")
    assert rejected.review_status == ReviewStatus.REJECTED
    others = [e for e in extraction.events if e.id not in (missile.id, rejected.id)]
    store.add(document, extraction.model_copy(update={"events": [missile, rejected, *others]}))

    rerun_missile = missile.model_copy(update={"review_status": ReviewStatus.UNREVIEWED, "summary": "Rewritten."})
    rerun_rejected = rejected.model_copy(update={"review_status": ReviewStatus.UNREVIEWED})
    fresh = Event(id="ev-fresh", kind="airstrike", date_start=date(2023, 11, 20))
    new_claim = Claim(id="cl-fresh", kind="convoy", quantities=[Quantity(unit="trucks", value=190)])
    store.replace_extraction(
        Extraction(document_id=document.id, events=[rerun_missile, rerun_rejected, fresh], claims=[new_claim])
    )

    assert store.event(missile.id).model_dump() == missile.model_dump()
    assert store.event(rejected.id).model_dump() == rejected.model_dump()
    assert sorted(ids(store.events(include_rejected=True))) == sorted([missile.id, rejected.id, fresh.id])
    assert store.event("ev-fresh") == fresh
    assert dumped(store.claims()) == [new_claim.model_dump()]
    assert store.counts() == {"documents": 1, "events": 3, "claims": 1}


def test_replace_extraction_writes_the_audit_log(sqlite_store, report, tmp_path):
    document, extraction = report
    sqlite_store.add(document, extraction)
    sqlite_store.replace_extraction(Extraction(document_id=document.id))
    raw = sqlite3.connect(tmp_path / "sitrep.db")
    try:
        rows = raw.execute("SELECT actor, entity, entity_id, action, before, after FROM audit_log").fetchall()
    finally:
        raw.close()
    assert len(rows) == 1
    actor, entity, entity_id, action, before, after = rows[0]
    assert (actor, entity, entity_id, action) == ("sitrep", "document", document.id, "replace_extraction")
    rejected = event_by_kind(extraction, "movement").id
    assert set(json.loads(before)["events"]) == set(ids(extraction.events)) - {rejected}
    assert json.loads(after)["kept_reviewed"] == [rejected]


def test_replace_extraction_of_unknown_document_is_not_found(store):
    with pytest.raises(NotFoundError):
        store.replace_extraction(Extraction(document_id="nope"))


def test_failed_replace_extraction_changes_nothing(store, report):
    document, extraction = report
    store.add(document, extraction)
    other = second_report()
    store.add(other, Extraction(document_id=other.id, events=[Event(id="ev-other", kind="other")]))
    before = (dumped(store.events(include_rejected=True)), dumped(store.claims()))
    clash = Extraction(document_id=document.id, events=[Event(id="ev-other", kind="other")])
    with pytest.raises(StoreError):
        store.replace_extraction(clash)
    assert (dumped(store.events(include_rejected=True)), dumped(store.claims())) == before


# -- filters --------------------------------------------------------------------------------


@pytest.fixture
def filled(store, report):
    """The fixture report plus a second one with a single event on 25 November."""
    document, extraction = report
    store.add(document, extraction)
    other = second_report()
    late = Event(
        id="ev-late",
        kind="airstrike",
        date_start=date(2023, 11, 25),
        actors=[EventActor(role=ActorRole.INITIATOR, actor=Actor(name="Unknown_100% drone"))],
    )
    store.add(other, Extraction(document_id=other.id, events=[late]))
    return store, document, extraction, other


def event_ids(store, **filters) -> list[str]:
    return ids(store.events(**filters))


def test_events_are_ordered_by_date_then_id_with_rejected_left_out(filled):
    store, _, extraction, _ = filled
    by_kind = {e.kind: e.id for e in extraction.events}
    # protest starts 1 Nov, raid 8 Nov, missile 17 Nov, late 25 Nov; the undated one is rejected.
    expected = [by_kind["protest"], by_kind["raid"], by_kind["missile_attack"], "ev-late"]
    assert event_ids(store) == expected
    assert event_ids(store, include_rejected=True) == [*expected, by_kind["movement"]]


def test_events_date_window_overlaps_the_event_days(filled):
    store, _, extraction, _ = filled
    by_kind = {e.kind: e.id for e in extraction.events}
    raid, protest, missile = by_kind["raid"], by_kind["protest"], by_kind["missile_attack"]
    # raid runs 8-10 Nov, protest 1-10 Nov, missile 17 Nov, late 25 Nov
    assert event_ids(store, start=date(2023, 11, 10), end=date(2023, 11, 12)) == [protest, raid]
    assert event_ids(store, start=date(2023, 11, 11), end=date(2023, 11, 16)) == []
    assert event_ids(store, start=date(2023, 11, 17), end=date(2023, 11, 17)) == [missile]
    assert event_ids(store, start=date(2023, 11, 17)) == [missile, "ev-late"]
    assert event_ids(store, end=date(2023, 11, 8)) == [protest, raid]
    # undated events are left out whenever a window is given, rejected or not
    assert by_kind["movement"] not in event_ids(store, start=date(2000, 1, 1), include_rejected=True)


def test_events_filter_by_kind_document_and_rejection(filled):
    store, document, extraction, other = filled
    by_kind = {e.kind: e.id for e in extraction.events}
    assert event_ids(store, kinds=["raid", "airstrike"]) == [by_kind["raid"], "ev-late"]
    assert event_ids(store, kinds=[]) == event_ids(store)
    assert event_ids(store, document_id=other.id) == ["ev-late"]
    assert len(event_ids(store, document_id=document.id)) == 3
    assert event_ids(store, kinds=["movement"]) == []
    assert event_ids(store, kinds=["movement"], include_rejected=True) == [by_kind["movement"]]


def test_events_filter_by_actor_id_or_name_case_insensitive(filled):
    store, _, extraction, _ = filled
    by_kind = {e.kind: e.id for e in extraction.events}
    assert event_ids(store, actor="SDF") == [by_kind["raid"]]
    assert event_ids(store, actor="iran_militias") == [by_kind["missile_attack"]]
    assert event_ids(store, actor="iranian-BACKED militias") == [by_kind["missile_attack"]]
    assert event_ids(store, actor="international coalition") == [by_kind["protest"], by_kind["raid"], by_kind["missile_attack"]]
    assert event_ids(store, actor="coalition") == []  # a whole id or name, not a part of one
    assert event_ids(store, actor="unknown_100% drone") == ["ev-late"]


def test_events_filter_by_place_substring(filled):
    store, _, extraction, _ = filled
    by_kind = {e.kind: e.id for e in extraction.events}
    assert event_ids(store, place="omar OIL") == [by_kind["missile_attack"]]  # as written and as resolved
    assert event_ids(store, place="mayadin") == [by_kind["protest"], by_kind["missile_attack"]]  # admin2
    assert event_ids(store, place="deir ez-zor") == [by_kind["protest"], by_kind["raid"], by_kind["missile_attack"]]
    assert event_ids(store, place="bakara") == [by_kind["protest"]]
    assert event_ids(store, place="%") == []  # wildcards are taken literally
    assert event_ids(store, place="bakara", actor="sdf") == []


def test_claims_match_by_period_or_named_days(store, report):
    document, extraction = report
    days_only = Claim(id="cl-days", kind="convoy", dates=[date(2023, 11, 3), date(2023, 11, 21)])
    one_day = Claim(id="cl-open", kind="patrol", period_start=date(2023, 12, 1))  # no end: that day only
    undated = Claim(id="cl-undated", kind="convoy")
    claims = [*extraction.claims, days_only, one_day, undated]
    store.add(document, extraction.model_copy(update={"claims": claims}))
    by_kind = {c.kind: c.id for c in extraction.claims}
    month, raids = by_kind["convoy"], by_kind["raid"]  # 1-30 Nov with four days; 8-10 Nov

    def claim_ids(**window) -> set[str]:
        return set(ids(store.claims(**window)))

    assert claim_ids() == {month, raids, "cl-days", "cl-open", "cl-undated"}
    assert claim_ids(start=date(2023, 11, 4), end=date(2023, 11, 20)) == {month, raids}
    assert claim_ids(start=date(2023, 11, 21), end=date(2023, 11, 21)) == {month, "cl-days"}
    assert claim_ids(start=date(2023, 12, 1)) == {"cl-open"}
    assert claim_ids(start=date(2023, 12, 2)) == set()
    assert claim_ids(end=date(2023, 11, 3)) == {month, "cl-days"}
    assert claim_ids(start=date(2023, 10, 1), end=date(2023, 10, 31)) == set()
    assert set(ids(store.claims(kinds=["convoy"]))) == {month, "cl-days", "cl-undated"}
    assert set(ids(store.claims(kinds=["convoy"], start=date(2023, 11, 21)))) == {month, "cl-days"}
    assert [c.model_dump() for c in store.claims(kinds=["raid"])] == [
        next(c for c in extraction.claims if c.id == raids).model_dump()
    ]


def test_casualty_and_quantity_helpers_survive_the_round_trip(store, report):
    document, extraction = report
    store.add(document, extraction)
    raid = store.event(event_by_kind(extraction, "raid").id)
    assert raid.casualty_count(CasualtyKind.KILLED) == 4
    assert raid.casualties[0] == Casualty(kind=CasualtyKind.KILLED, count=4, group="isis", qualifier="at least")
    convoy = next(c for c in store.claims() if c.kind == "convoy")
    assert convoy.quantity("trucks") == 185


def test_two_stores_on_one_file_see_each_others_writes(tmp_path, report):
    document, extraction = report
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with Store.open(url) as writer, Store.open(url) as reader:
        assert reader.counts()["documents"] == 0
        writer.add(document, extraction)
        assert reader.has_document(document.id)
        assert reader.add(document, extraction) is False
        other = second_report()
        assert reader.add(other, Extraction(document_id=other.id)) is True
        assert writer.counts()["documents"] == 2
