"""The `sitrep` command: a thin shell over the Python API.

Each command parses its options, calls the stage functions, and renders the
result.  Expected failures (SitrepError) print one line and exit 1;
tracebacks only with --debug.
"""

from __future__ import annotations

import sys

import click

from sitrep.cli.commands import db, demo, events, ingest, report, show
from sitrep.cli.context import Context
from sitrep.cli.eval import eval_command
from sitrep.cli.geo import geo
from sitrep.errors import SitrepError


class SitrepGroup(click.Group):
    """Turns expected failures into one line on stderr and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SitrepError as error:
            if ctx.obj is not None and ctx.obj.debug:
                raise
            click.echo(f"error: {error}", err=True)
            sys.exit(1)


@click.group(cls=SitrepGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db_url", metavar="PATH_OR_URL", help="Database: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...). Default: $SITREP_DB, else the user data directory.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(package_name="sitrep")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None, debug: bool) -> None:
    """sitrep: conflict-monitoring reports in, structured events out, monthly reports back.

    \b
    Examples:
      sitrep demo                                   # the bundled examples, end to end
      sitrep ingest reports/ --published 2022-11-23
      sitrep events --from 2022-11-01 --kind drone_strike
      sitrep report --campaign coalition-syria --month 98
    """
    ctx.obj = Context.create(db_url, debug)


for command in (ingest, events, show, report, demo, db, geo, eval_command):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="sitrep")
