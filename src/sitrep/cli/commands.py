"""The commands of `sitrep`.  Each one: parse options, call the API, render."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitrep.cli.context import Context, pass_context
from sitrep.cli.render import event_csv_rows, event_detail, event_rows, outcome_lines, precision_codes
from sitrep.errors import SitrepError
from sitrep.model import Document
from sitrep.pipeline import IngestOutcome, ingest_documents, read_all
from sitrep.report import campaign_config, monthly, to_json, to_markdown
from sitrep.settings import db_url_from

PROGRESS_THRESHOLD = 5  # show a progress bar above this many documents
ISO_DATE = click.DateTime(formats=["%Y-%m-%d"])
# What a reader copies from the events table (`sitrep show ID`): never cut short, however narrow.
UNCUT_COLUMNS = ("id", "date")


def _as_date(value) -> date | None:
    return value.date() if value is not None else None


def run_ingest(ctx: Context, sources: list[str], published: date | None, publisher: str | None) -> IngestOutcome:
    """Read every source, then extract and store each document, with a progress bar for big batches."""
    items = list(read_all(sources, published=published, publisher=publisher, settings=ctx.settings))
    store = ctx.store()
    documents = sum(isinstance(i, Document) for i in items)
    # A bar only helps a person watching; in a pipe or a log it would be noise.
    if documents <= PROGRESS_THRESHOLD or not ctx.err.is_terminal:
        return ingest_documents(items, store, settings=ctx.settings)
    columns = [TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=ctx.err, transient=True) as progress:
        task = progress.add_task("extract", total=len(items))
        return ingest_documents(items, store, settings=ctx.settings, on_item=lambda _: progress.advance(task))


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--published", type=ISO_DATE, help="Publication date (YYYY-MM-DD) for inputs that do not state one.")
@click.option("--publisher", help="Publisher for inputs that do not name one.")
@pass_context
def ingest(ctx: Context, sources: tuple[str, ...], published, publisher: str | None) -> None:
    """Read reports, extract their events and store them.

    SOURCES are files (.txt .md .html .jsonl .csv .xml), folders (read recursively),
    http(s) URLs of pages or RSS/Atom feeds, or - for standard input.
    Content already stored is recognised and left as it is.

    \b
    Examples:
      sitrep ingest examples/reports/
      sitrep ingest report.txt --published 2022-11-23 --publisher SOHR
      sitrep ingest https://example.org/feed.xml
      cat note.txt | sitrep ingest - --published 2022-11-23
    """
    outcome = run_ingest(ctx, list(sources), _as_date(published), publisher)
    for line in outcome_lines(outcome):
        ctx.console.print(line, soft_wrap=True)  # one line stays one line in a pipe or a log
    for error in outcome.errors:
        click.echo(f"error: {error}", err=True)
    if outcome.errors:
        sys.exit(1)


@click.command()
@click.option("--from", "start", type=ISO_DATE, help="Events on or after this day.")
@click.option("--to", "end", type=ISO_DATE, help="Events on or before this day.")
@click.option("--kind", "kinds", multiple=True, help="Event kind (repeatable), e.g. drone_strike.")
@click.option("--actor", help="Actor id or name, e.g. coalition or 'Turkish forces'.")
@click.option("--place", help="Place, district or governorate name (substring).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@pass_context
def events(ctx: Context, start, end, kinds, actor, place, fmt) -> None:
    """List stored events.

    \b
    Examples:
      sitrep events
      sitrep events --from 2022-11-01 --to 2022-11-30 --kind drone_strike
      sitrep events --actor coalition --place "Deir" --format csv > events.csv
    """
    found = ctx.store().events(start=_as_date(start), end=_as_date(end), kinds=list(kinds) or None, actor=actor, place=place)
    if fmt == "json":
        records = [{**e.model_dump(mode="json"), "codes": precision_codes(e)} for e in found]
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
        return
    header, rows = event_csv_rows(found) if fmt == "csv" else event_rows(found)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
        return
    table = Table(title=f"{len(found)} events", show_lines=False)
    for index, name in enumerate(header):
        if name in UNCUT_COLUMNS:
            table.add_column(name, no_wrap=True, min_width=max((len(row[index]) for row in rows), default=len(name)))
        else:
            table.add_column(name)
    for row in rows:
        table.add_row(*[escape(str(c)) for c in row])
    ctx.console.print(table)


@click.command()
@click.argument("event_id")
@pass_context
def show(ctx: Context, event_id: str) -> None:
    """Show one event in full, with its evidence highlighted in the source text.

    EVENT_ID may be a unique prefix of the id.

    \b
    Example:
      sitrep show ev-3f2a
    """
    store = ctx.store()
    event = store.event(event_id)
    documents = {e.document_id: store.document(e.document_id) for e in event.evidence}
    for renderable in event_detail(event, documents):
        ctx.console.print(renderable)


@click.command()
@click.option("--campaign", "campaign_id", default="coalition-syria", show_default=True, help="Campaign id (see src/sitrep/data/campaigns.toml).")
@click.option("--month", type=int, required=True, help="Month of the campaign, counted from 1.")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True)
@pass_context
def report(ctx: Context, campaign_id: str, month: int, fmt: str) -> None:
    """Print the monthly report of a campaign, every figure with its sources.

    \b
    Examples:
      sitrep report --campaign coalition-syria --month 98
      sitrep report --month 99 --format json > month-99.json
    """
    click.echo(render_report(ctx, campaign_id, month, fmt))


def render_report(ctx: Context, campaign_id: str, month: int, fmt: str) -> str:
    config = campaign_config(campaign_id)
    if month < 1:
        raise SitrepError(f"--month {month}: campaign months are counted from 1")
    start, end = config.campaign.month_window(month)
    store = ctx.store()
    result = monthly(config.campaign, month, store.events(start=start, end=end), store.claims(start=start, end=end),
                     store.documents(), keywords=config.keywords)
    return to_json(result) if fmt == "json" else to_markdown(result)


def checkout_root() -> Path:
    """The source checkout sitrep runs from: where examples/, corpus/ and tests/data/ are."""
    return Path(__file__).resolve().parents[3]


@click.command()
@click.option("--examples", "examples_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of example reports (default: the bundled examples/).")
@click.option("--month", type=int, default=99, show_default=True, help="Month of coalition-syria to report.")
@click.option("--demo-db", default="sitrep-demo.db", show_default=True, help="Database file the demo creates afresh.")
@click.pass_context
def demo(click_ctx: click.Context, examples_dir: Path | None, month: int, demo_db: str) -> None:
    """Ingest the bundled example reports into a fresh database and print a month's report.

    \b
    Example:
      sitrep demo && sitrep --db sitrep-demo.db events --kind convoy
    """
    ctx: Context = click_ctx.obj
    folder = examples_dir or checkout_root() / "examples"
    if not (folder / "reports").is_dir():
        raise SitrepError(f"{folder}: no reports/ folder of examples here (use --examples PATH)")
    path = Path(demo_db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    ctx.settings = type(ctx.settings)(**{**ctx.settings.__dict__, "db_url": db_url_from(str(path))})
    outcome = run_ingest(ctx, [str(folder / "reports")], None, None)
    for line in outcome_lines(outcome):
        ctx.err.print(line, soft_wrap=True)
    click.echo(render_report(ctx, "coalition-syria", month, "markdown"))
    ctx.err.print(f"\nThe demo database is {path}; explore it with: sitrep --db {path} events", soft_wrap=True)
    if outcome.errors:
        sys.exit(1)


@click.group()
def db() -> None:
    """Database maintenance.

    \b
    Example:
      sitrep --db team.db db upgrade
    """


@db.command("upgrade")
@pass_context
def db_upgrade(ctx: Context) -> None:
    """Bring the database schema to the newest revision (creates the database if needed).

    \b
    Example:
      sitrep --db postgresql+psycopg://sitrep@localhost/sitrep db upgrade
    """
    revision = ctx.store().upgrade()
    ctx.console.print(f"database {ctx.settings.db_url} is at revision {revision}", soft_wrap=True)
