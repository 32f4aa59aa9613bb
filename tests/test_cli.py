"""The `sitrep` command end to end: real reports, real SQLite files, the real console script."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rich.console import Console

from sitrep.cli import cli
from sitrep.cli.commands import run_ingest
from sitrep.cli.context import Context
from sitrep.settings import Settings
from sitrep.store import Store

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "cli"
DAILY = REPO / "examples" / "reports" / "daily"
SEED = REPO.parent / "shared" / "seeds" / "000_307ddc1b2551862a.txt"
# More than the CLI's progress-bar threshold (5), so a big batch's path is the one taken.
FOLDER_REPORTS = sorted(DAILY.glob("*.txt"))[:7]
ANSI_ESCAPE = "\x1b["


def sitrep(db: Path | None, *args: str):
    """Run the CLI in-process; stdout and stderr apart."""
    prefix = ["--db", str(db)] if db is not None else []
    return CliRunner().invoke(cli, [*prefix, *args], catch_exceptions=True)


def counts(db: Path) -> dict[str, int]:
    with Store.open(f"sqlite:///{db}") as store:
        return store.counts()


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def console_script() -> list[str]:
    """The installed `sitrep` next to this Python, else `python -m sitrep`."""
    script = Path(sys.executable).parent / "sitrep"
    return [str(script)] if script.exists() else [sys.executable, "-m", "sitrep"]


@pytest.fixture(scope="module")
def folder_db(tmp_path_factory):
    """A database made by `sitrep ingest FOLDER` over seven example reports, and that run's result."""
    root = tmp_path_factory.mktemp("folder")
    folder = root / "reports"
    folder.mkdir()
    for path in FOLDER_REPORTS:
        shutil.copy(path, folder / path.name)
    db = root / "sitrep.db"
    result = sitrep(db, "ingest", str(folder))
    return db, folder, result


@pytest.fixture(scope="module")
def folder_events(folder_db) -> list[dict]:
    db, _, _ = folder_db
    result = sitrep(db, "events", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    if not SEED.is_file():
        pytest.skip("shared seed report not present")
    db = tmp_path_factory.mktemp("seed") / "sitrep.db"
    result = sitrep(db, "ingest", str(SEED), "--published", "2022-11-23")
    assert result.exit_code == 0, result.stderr
    return db


# --- ingest -----------------------------------------------------------------------------------


def test_ingest_folder_prints_what_it_stored(folder_db):
    db, _, result = folder_db
    assert result.exit_code == 0, result.stderr
    stored = counts(db)
    assert stored["documents"] == len(FOLDER_REPORTS)
    assert stored["events"] > 0
    assert result.stdout.splitlines()[0] == (
        f"ingested {len(FOLDER_REPORTS)} document(s): {stored['events']} event(s), {stored['claims']} claim(s)"
    )


def test_ingest_again_says_already_stored_and_changes_nothing(folder_db):
    db, folder, _ = folder_db
    before = counts(db)
    result = sitrep(db, "ingest", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "ingested 0 document(s): 0 event(s), 0 claim(s)" in result.stdout
    assert f"{len(FOLDER_REPORTS)} document(s) already stored, unchanged" in result.stdout
    assert counts(db) == before


def test_big_batch_in_a_pipe_has_no_progress_bar(folder_db):
    _, _, result = folder_db
    assert result.stderr == ""
    assert ANSI_ESCAPE not in result.stdout
    assert all(line.startswith(("ingested ", "note: ")) for line in result.stdout.splitlines())


def test_big_batch_on_a_terminal_shows_the_bar_on_stderr_only(folder_db, tmp_path):
    _, folder, _ = folder_db
    out, err = io.StringIO(), io.StringIO()
    ctx = Context(settings=Settings(db_url=f"sqlite:///{tmp_path / 'sitrep.db'}"),
                  console=Console(file=out), err=Console(file=err, force_terminal=True))
    with click.Context(cli, obj=ctx):
        outcome = run_ingest(ctx, [str(folder)], None, None)
    assert len(outcome.added) == len(FOLDER_REPORTS)
    assert out.getvalue() == ""
    assert "extracting" in err.getvalue()


def test_bad_inputs_are_named_one_line_each_and_the_good_ones_stored(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    mixed = DATA / "mixed.jsonl"
    missing = tmp_path / "no-such-report.txt"
    good = DAILY / "2022-11-24-sabha-ied.txt"
    db = tmp_path / "sitrep.db"

    result = sitrep(db, "ingest", str(empty), str(good), str(binary), str(mixed), str(missing))

    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 4, result.stderr
    assert all(line.startswith("error: ") for line in lines)
    for named in (str(empty), str(binary), f"{mixed} line 2", str(missing)):
        assert sum(named in line for line in lines) == 1, (named, lines)
    assert result.stdout.startswith("ingested 3 document(s)")
    with Store.open(f"sqlite:///{db}") as store:
        texts = [d.text for d in store.documents()]
    assert len(texts) == 3
    assert any("Al-Sabha" in t for t in texts)
    assert any("Al-Waleed crossing" in t for t in texts)
    assert any("Diban town" in t for t in texts)
    assert not any("stops in the middle" in t for t in texts)


def test_a_long_error_stays_on_one_line(tmp_path):
    missing = tmp_path / ("a-folder-with-a-name-long-enough-to-pass-any-terminal-width-" * 3) / "report.txt"
    result = sitrep(tmp_path / "sitrep.db", "ingest", str(missing))
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [f"error: {missing}: no such file or folder"]


ONE_LINE_REPORT = "A Turkish drone struck a car near Qamishli city on November 1, killing two SDF fighters.\n"


def test_ingest_reads_standard_input(tmp_path):
    db = tmp_path / "sitrep.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "-", "--published", "2022-11-20"], input=ONE_LINE_REPORT)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ingested 1 document(s)")
    assert counts(db)["documents"] == 1


def test_empty_standard_input_is_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "sitrep.db"), "ingest", "-"], input="")
    assert result.exit_code == 1
    assert error_lines(result.stderr) == ["error: stdin: input is empty"]


def test_one_sentence_report_on_standard_input_yields_its_event(tmp_path):
    db = tmp_path / "sitrep.db"
    CliRunner().invoke(cli, ["--db", str(db), "ingest", "-", "--published", "2022-11-20"], input=ONE_LINE_REPORT)
    assert [e["kind"] for e in events_json(db)] == ["drone_strike"]


def test_console_script_ingests_a_big_batch_with_clean_piped_output(folder_db, tmp_path):
    _, folder, _ = folder_db
    db = tmp_path / "piped.db"
    done = subprocess.run([*console_script(), "--db", str(db), "ingest", str(folder)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert ANSI_ESCAPE not in done.stdout
    assert done.stdout.startswith(f"ingested {len(FOLDER_REPORTS)} document(s)")
    assert counts(db)["documents"] == len(FOLDER_REPORTS)


def test_python_dash_m_sitrep_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "sitrep", "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Usage: sitrep" in done.stdout


# --- events -----------------------------------------------------------------------------------


def events_json(db: Path, *filters: str) -> list[dict]:
    result = sitrep(db, "events", *filters, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def ids(events: list[dict]) -> list[str]:
    return [e["id"] for e in events]


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def test_events_from_to_keeps_events_overlapping_the_window(folder_db, folder_events):
    db, _, _ = folder_db
    start, end = date(2022, 11, 27), date(2022, 12, 1)
    expected = [e for e in folder_events
                if e["date_start"] and day(e["date_end"] or e["date_start"]) >= start and day(e["date_start"]) <= end]
    found = events_json(db, "--from", start.isoformat(), "--to", end.isoformat())
    assert 0 < len(found) < len(folder_events)
    assert ids(found) == ids(expected)


def test_events_kind_filter(folder_db, folder_events):
    db, _, _ = folder_db
    kinds = sorted({e["kind"] for e in folder_events})
    assert len(kinds) > 1
    for kind in kinds:
        assert ids(events_json(db, "--kind", kind)) == ids([e for e in folder_events if e["kind"] == kind])
    both = events_json(db, "--kind", kinds[0], "--kind", kinds[1])
    assert ids(both) == ids([e for e in folder_events if e["kind"] in kinds[:2]])


def test_events_actor_filter_takes_id_or_name(folder_db, folder_events):
    db, _, _ = folder_db
    with_coalition = [e for e in folder_events if any(a["actor"]["actor_id"] == "coalition" for a in e["actors"])]
    assert 0 < len(with_coalition) < len(folder_events)
    assert ids(events_json(db, "--actor", "coalition")) == ids(with_coalition)
    name = next(a["actor"]["name"] for a in with_coalition[0]["actors"] if a["actor"]["actor_id"] == "coalition")
    assert ids(events_json(db, "--actor", name.upper())) == ids(with_coalition)


def test_events_place_filter_matches_part_of_a_governorate(folder_db, folder_events):
    db, _, _ = folder_db
    in_hasakah = [e for e in folder_events if e["place"] and "hasakah" in (e["place"]["admin1"] or "").lower()]
    found = events_json(db, "--place", "hasakah")
    assert 0 < len(found) < len(folder_events)
    assert set(ids(in_hasakah)) <= set(ids(found))
    assert all("hasakah" in json.dumps(e["place"]).lower() for e in found)


def test_events_csv_has_a_row_per_event(folder_db, folder_events):
    db, _, _ = folder_db
    result = sitrep(db, "events", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == ids(folder_events)
    assert [r["kind"] for r in rows] == [e["kind"] for e in folder_events]
    assert {"date_start", "date_end", "place", "admin1", "admin2", "latitude", "longitude", "initiators", "targets",
            "counts", "acled_geo_precision", "ucdp_where_prec", "evidence"} <= set(rows[0])


def test_events_table_shows_whole_ids_even_when_narrow(folder_db, folder_events):
    db, _, _ = folder_db
    result = sitrep(db, "events", "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert f"{len(folder_events)} events" in result.stdout
    for event in folder_events:
        assert event["id"] in result.stdout


# --- show -------------------------------------------------------------------------------------


def squeezed(text: str) -> str:
    """Text without whitespace or the box lines rich draws, for comparing wrapped output."""
    return re.sub(r"[\s│╭╮╰╯─]+", "", text)


def test_show_by_id_prefix_prints_the_evidence(folder_db, folder_events):
    db, _, _ = folder_db
    event = folder_events[0]
    prefix = event["id"][:9]
    assert sum(e["id"].startswith(prefix) for e in folder_events) == 1
    result = sitrep(db, "show", prefix)
    assert result.exit_code == 0, result.stderr
    assert event["id"] in result.stdout
    for evidence in event["evidence"]:
        assert squeezed(evidence["text"]) in squeezed(result.stdout)


def test_show_unknown_id_is_one_line_error(folder_db):
    db, _, _ = folder_db
    result = sitrep(db, "show", "ev-nothing-like-this")
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [f"error: no event 'ev-nothing-like-this' in {db}"]
    assert result.stdout == ""


# --- report -----------------------------------------------------------------------------------


def test_report_month_98_of_the_seed_in_markdown(seed_db):
    result = sitrep(seed_db, "report", "--campaign", "coalition-syria", "--month", "98")
    assert result.exit_code == 0, result.stderr
    markdown = result.stdout
    assert "185 trucks" in markdown
    assert "4 batches" in markdown
    assert "3, 5, 16 and 21 November 2022" in markdown
    assert "4 joint security operations" in markdown
    assert "10 arrested" in markdown
    assert "4 killed" in markdown

    developments = markdown.split("## Most prominent developments")[1].split("## References")[0]
    numbered = re.findall(r"^\d+\. \*\*(.+?)\*\*", developments, flags=re.M)
    assert len(numbered) >= 5
    months = {"October": 10, "November": 11}
    days = [(months[m.group(2)], int(m.group(1))) for text in numbered
            if (m := re.search(r"\b(\d{1,2}) (October|November) 2022", text))]
    assert len(days) >= 4 and days == sorted(days)


def test_report_references_are_all_defined(seed_db):
    markdown = sitrep(seed_db, "report", "--month", "98").stdout
    body, references = markdown.split("## References")
    used = set(re.findall(r"\[([CE]\d+)\]", body))
    defined = set(re.findall(r"^- \*\*\[([CE]\d+)\]\*\*", references, flags=re.M))
    assert used
    assert used <= defined


def test_report_month_98_as_json_carries_the_same_numbers(seed_db):
    result = sitrep(seed_db, "report", "--campaign", "coalition-syria", "--month", "98", "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["month"] == 98
    assert (report["window_start"], report["window_end"]) == ("2022-10-23", "2022-11-22")
    figures = {(h["id"], f["name"]): f["stated"] for h in report["headlines"] for f in h["figures"]}
    assert figures[("convoys", "trucks")] == 185
    assert figures[("convoys", "convoys")] == 4
    assert figures[("joint_operations", "operations")] == 4
    assert figures[("joint_operations", "arrested")] == 10
    assert figures[("joint_operations", "killed")] == 4
    convoys = next(h for h in report["headlines"] if h["id"] == "convoys")
    assert convoys["dates"]["stated"] == ["2022-11-03", "2022-11-05", "2022-11-16", "2022-11-21"]
    starts = [d["date_start"] for d in report["developments"]]
    assert starts == sorted(starts)
    labels = {r["label"] for r in report["references"]}
    refs = {ref for h in report["headlines"] for f in h["figures"] for ref in f["stated_refs"]}
    assert {r["id"] for r in report["references"]} >= refs and labels


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--campaign", "no-such-campaign", "--month", "3"], "error: no campaign 'no-such-campaign'"),
        (["--month", "0"], "error: --month 0: campaign months are counted from 1"),
    ],
)
def test_report_bad_campaign_or_month_is_one_line_error(tmp_path, args, message):
    result = sitrep(tmp_path / "sitrep.db", "report", *args)
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 1 and lines[0].startswith(message), result.stderr
    assert "Traceback" not in result.output


# --- demo, db upgrade, help ---------------------------------------------------------------------


def test_demo_runs_end_to_end_and_prints_month_99(tmp_path):
    demo_db = tmp_path / "demo.db"
    result = sitrep(None, "demo", "--demo-db", str(demo_db))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# 99th month of International Coalition operations in Syria")
    assert re.search(r"Stated: 140 trucks in 3 batches", result.stdout)
    bundled = len(list((REPO / "examples" / "reports").rglob("*.txt")))
    assert f"ingested {bundled} document(s)" in result.stderr
    assert counts(demo_db)["documents"] == bundled


def test_db_upgrade_prints_the_revision(tmp_path):
    db = tmp_path / "new.db"
    result = sitrep(db, "db", "upgrade")
    assert result.exit_code == 0, result.stderr
    with Store.open(f"sqlite:///{db}", upgrade=False) as store:
        revision = store.revision()
    assert revision
    assert result.stdout.strip().endswith(f"is at revision {revision}")


def test_garbage_database_is_one_line_error_and_debug_shows_the_traceback(tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database, just some words\n" * 100)
    arguments = ["--db", str(garbage), "db", "upgrade"]

    plain = subprocess.run([*console_script(), *arguments], capture_output=True, text=True, timeout=120)
    assert plain.returncode == 1
    assert plain.stdout == ""
    assert error_lines(plain.stderr) == [f"error: cannot open {garbage}: file is not a database"]

    debug = subprocess.run([*console_script(), "--debug", *arguments], capture_output=True, text=True, timeout=120)
    assert debug.returncode != 0
    assert "Traceback (most recent call last)" in debug.stderr
    assert "StoreError" in debug.stderr


def all_commands(group: click.Group, path: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*path, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, (*path, name))


@pytest.mark.parametrize("path", [(), *all_commands(cli)], ids=lambda p: " ".join(p) or "sitrep")
def test_every_help_has_an_example(path):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout


def test_events_csv_and_json_carry_acled_and_ucdp_precision_codes(seed_db):
    rows = list(csv.DictReader(io.StringIO(sitrep(seed_db, "events", "--kind", "drone_strike", "--format", "csv").stdout)))
    assert [(r["geo_precision"], r["acled_geo_precision"], r["ucdp_where_prec"], r["acled_time_precision"]) for r in rows] == [("near", "2", "2", "1")]
    [record] = json.loads(sitrep(seed_db, "events", "--kind", "drone_strike", "--format", "json").stdout)
    assert record["codes"] == {"acled_time_precision": 1, "acled_geo_precision": 2, "ucdp_where_prec": 2}
