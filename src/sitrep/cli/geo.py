"""`sitrep geo`: the offline geocoder from the command line.

    sitrep geo resolve "3 km north of Al-Shaddadi"
    sitrep geo stats
    sitrep geo alias add "Kobani" "Ayn al Arab"
    sitrep geo build --geonames SY.zip --admin1 admin1CodesASCII.txt --admin2 admin2Codes.txt
"""

from __future__ import annotations

import time
from pathlib import Path

import click

import sitrep.geo as api
from sitrep.cli.context import Context, pass_context
from sitrep.errors import InputError, NotFoundError
from sitrep.geo import geonames
from sitrep.geo import loader as geo_loader
from sitrep.geo.resolve import ambiguous, explain


@click.group()
def geo() -> None:
    """Offline geocoding: resolve place names, manage aliases, rebuild the gazetteer.

    \b
    Examples:
      sitrep geo resolve "3 km north of Al-Shaddadi"
      sitrep geo stats
    """


def _stored_aliases(ctx: Context) -> dict[str, str]:
    return ctx.store().aliases()


@geo.command("resolve")
@click.argument("text")
@click.option("--region", multiple=True, metavar="GOVERNORATE", help="Governorate or country the desk monitors (repeatable).")
@click.option("--no-aliases", is_flag=True, help="Ignore the analysts' aliases stored in the database.")
@pass_context
def resolve_command(ctx: Context, text: str, region: tuple[str, ...], no_aliases: bool) -> None:
    """Show every place TEXT names: candidates with scores, the chosen one and why.

    \b
    Example:
      sitrep geo resolve "a drone hit a base north of Al-Hasakah city"
    """
    aliases = {} if no_aliases else _stored_aliases(ctx)
    gazetteer = api.gazetteer().with_aliases(aliases)
    mentions = api.find_places(text, aliases)
    if not mentions:
        mentions = [text]
    others = tuple(m.anchor if not isinstance(m, str) else m for m in mentions)
    for mention in mentions:
        context = api.GeoContext(sentence=text, places=others, region=region)
        place = api.resolve(mention, context, aliases)
        anchor = mention if isinstance(mention, str) else mention.anchor
        relation = None if isinstance(mention, str) else mention.relation
        ranked = api.rank(anchor, context, aliases)
        ctx.console.print(f"[bold]{place.name}[/bold]" + (f"  ({place.relation}" + (f", {place.offset_km:g} km" if place.offset_km else "") + ")" if place.relation else ""))
        if not ranked:
            ctx.console.print("  not in the gazetteer: kept as written, no coordinates (precision unknown)")
            continue
        for value, entry in ranked[:8]:
            mark = "→" if entry.id == place.gazetteer_id else " "
            ctx.console.print(f"  {mark} {value:5.2f}  {entry.name} [{entry.id}] {entry.kind}, {entry.admin2 or '-'}, "
                              f"{entry.admin1 or '-'}, {entry.country}  ({entry.latitude:.4f}, {entry.longitude:.4f})")
            if entry.id == place.gazetteer_id:
                for why, part in explain(entry, anchor, context, gazetteer, relation):
                    ctx.console.print(f"           {part:+.2f} {why}")
        if len(ranked) > 8:
            ctx.console.print(f"    ... {len(ranked) - 8} more")
        if place.latitude is None and ambiguous(ranked):
            ctx.console.print(f"  ambiguous: {len(ranked)} places are named {anchor!r} and nothing nearby chooses one; "
                              "name the governorate or district, or pass --region")
        elif place.latitude is not None:
            ctx.console.print(f"  chosen: {place.resolved_name}, precision {place.precision} "
                              f"(ACLED {place.precision.acled_code}, UCDP {place.precision.ucdp_code})")


@geo.command("stats")
def stats_command() -> None:
    """Count the gazetteer's places (Syrian populated places, sites, by source) and time its loading.

    \b
    Example:
      sitrep geo stats
    """
    from sitrep.settings import Settings

    settings = Settings.from_env()
    started = time.perf_counter()
    gazetteer = geo_loader.load(settings.data_dir, settings.places_file)
    elapsed = time.perf_counter() - started
    entries = list(gazetteer.entries.values())
    populated = [e for e in entries if e.country == "SY" and e.kind in geo_loader.SETTLEMENT_KINDS]
    sites = [e for e in entries if e.curated and e.kind not in geo_loader.SETTLEMENT_KINDS]
    click.echo(f"places file:             {settings.places_file}")
    click.echo(f"Syrian populated places: {len(populated):,}")
    click.echo(f"curated sites and areas: {len(sites):,}")
    click.echo(f"total entries:           {len(entries):,}")
    click.echo(f"name keys:               {len(gazetteer.index):,}")
    by_source: dict[str, int] = {}
    for entry in entries:
        source = entry.source if not entry.curated else "curated (sites.tsv)"
        by_source[source] = by_source.get(source, 0) + 1
    for source, count in sorted(by_source.items(), key=lambda pair: -pair[1]):
        click.echo(f"  {count:6,}  {source}")
    click.echo(f"load time:               {elapsed:.2f} s")


@geo.group("alias")
def alias_group() -> None:
    """Analysts' extra names for gazetteer places, kept in the database.

    \b
    Examples:
      sitrep geo alias add "Kobani" "Ayn al Arab"
      sitrep geo alias list > aliases.tsv
    """


@alias_group.command("add")
@click.argument("alias")
@click.argument("target")
@pass_context
def alias_add(ctx: Context, alias: str, target: str) -> None:
    """Make ALIAS name the place TARGET (a gazetteer id, or a name that resolves to one place).

    \b
    Example:
      sitrep geo alias add "Kobani" "Ayn al Arab"
    """
    store = ctx.store()
    existing = store.aliases()
    target_id = _target_id(target, existing)
    api.gazetteer().with_aliases(existing).with_aliases({alias: target_id})  # raises if it would shadow another place
    store.add_alias(alias, target_id)
    entry = api.gazetteer().entries[target_id]
    click.echo(f"alias {alias!r} -> {entry.name} [{target_id}], {entry.admin1 or entry.country}")


def _target_id(target: str, aliases: dict[str, str]) -> str:
    if target in api.gazetteer().entries:
        return target
    ranked = api.rank(target, None, aliases)
    if not ranked:
        raise NotFoundError(f"{target!r} is not in the gazetteer; give a gazetteer id (see `sitrep geo resolve`)")
    if ambiguous(ranked):
        ids = ", ".join(e.id for _, e in ranked[:4])
        raise InputError(target, f"names several places ({ids}); give the gazetteer id")
    return ranked[0][1].id


@alias_group.command("list")
@pass_context
def alias_list(ctx: Context) -> None:
    """Print the stored aliases as TSV (alias, gazetteer id, name): the export of the alias table.

    \b
    Example:
      sitrep geo alias list > aliases.tsv
    """
    entries = api.gazetteer().entries
    click.echo("alias\tgazetteer_id\tname")
    for alias, target in ctx.store().aliases().items():
        click.echo(f"{alias}\t{target}\t{entries[target].name if target in entries else '?'}")


@geo.command("build")
@click.option("--geonames", "dump", required=True, type=click.Path(path_type=Path), help="A GeoNames country dump: SY.txt or SY.zip.")
@click.option("--admin1", type=click.Path(path_type=Path), help="GeoNames admin1CodesASCII.txt, for governorate names.")
@click.option("--admin2", type=click.Path(path_type=Path), help="GeoNames admin2Codes.txt, for district names.")
@click.option("--out", type=click.Path(path_type=Path), help="Where to write places.tsv (default: the user data directory, which sitrep then loads; SITREP_PLACES points elsewhere).")
def build_command(dump: Path, admin1: Path | None, admin2: Path | None, out: Path | None) -> None:
    """Rebuild places.tsv from a full GeoNames country dump (village level).

    \b
    Example:
      sitrep geo build --geonames SY.zip --admin1 admin1CodesASCII.txt --admin2 admin2Codes.txt
    """
    from sitrep.settings import DATA_DIR, user_places_file

    bundled = DATA_DIR / "gazetteer" / "places.tsv"
    target = out or user_places_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    summary = geonames.build(dump, target, admin1=admin1, admin2=admin2, keep_from=bundled)
    click.echo(f"read {summary.read:,} GeoNames rows; wrote {summary.written:,} places to {summary.out}")
    for country, count in sorted(summary.by_country.items()):
        click.echo(f"  {country}: {count:,}")
    for why, count in sorted(summary.skipped.items()):
        click.echo(f"  skipped {count:,}: {why}")
    geo_loader.load_cached.cache_clear()
