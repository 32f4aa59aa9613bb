"""`sitrep eval`: score extraction against gold corpora, classification against labelled snippets,
and the geocoder against annotated place mentions."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sitrep.classification import ClassificationScores, Row, classification_scores, classify_rows, load_classification_tsv
from sitrep.cli.commands import PROGRESS_THRESHOLD, checkout_root
from sitrep.cli.context import Context, pass_context
from sitrep.errors import InputError
from sitrep.evaluate import Miss, Scores, evaluate_documents, load_gold
from sitrep.extract.event_filter import trained_on


def default_gold_files() -> list[Path]:
    """The bundled examples' gold file, and the development and held-out corpora's when the checkout has them."""
    root = checkout_root()
    candidates = [root / "examples" / "gold.jsonl", root / "corpus" / "dev" / "gold.jsonl", root / "corpus" / "holdout" / "gold.jsonl"]
    return [path for path in candidates if path.is_file()]


def default_place_files() -> list[Path]:
    """The bundled place-mention test set, and UCDP's development headlines when ../shared has them."""
    root = checkout_root()
    candidates = [root / "tests" / "data" / "geo" / "eval_places.tsv", root.parent / "shared" / "eval" / "ucdp" / "places-dev.tsv"]
    return [path for path in candidates if path.is_file()]


def _display_name(path: Path) -> str:
    """A path as the reader would type it: relative to the working directory, or to the repository."""
    resolved = path.resolve()
    for base in (Path.cwd(), checkout_root()):
        try:
            return str(resolved.relative_to(base.resolve()))
        except ValueError:
            continue
    return str(path)


@contextmanager
def _progress(ctx: Context, label: str, total: int) -> Iterator[Callable[[Any], None]]:
    """A transient bar on stderr for more than a handful of items on a terminal; a no-op otherwise."""
    if total <= PROGRESS_THRESHOLD or not ctx.err.is_terminal:
        yield lambda _: None
        return
    columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=ctx.err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda _: progress.advance(task)


def score_gold_file(ctx: Context, path: Path) -> Scores:
    gold = load_gold(path)
    with _progress(ctx, f"scoring {_display_name(path)}", len(gold)) as advance:
        return evaluate_documents(gold, path.parent, settings=ctx.settings, on_document=advance)


def score_classification_file(
    ctx: Context, path: Path, rules_only: bool = False
) -> tuple[ClassificationScores, list[tuple[Row, str]]]:
    """The scores of a TSV set and the rows classified wrongly, each with its prediction."""
    rows = load_classification_tsv(path)
    with _progress(ctx, f"classifying {_display_name(path)}", len(rows)) as advance:
        predicted = classify_rows(rows, settings=ctx.settings, on_row=advance, rules_only=rules_only)
    wrong = [(row, code) for row, code in zip(rows, predicted) if code != row.label]
    return classification_scores([row.label for row in rows], predicted), wrong


def _row_count(path: Path) -> int:
    """Data rows in a TSV (header and # comments left out), for sizing the progress bar."""
    try:
        with path.open(encoding="utf-8") as fh:
            return max(sum(1 for line in fh if line.strip() and not line.startswith("#")) - 1, 0)
    except OSError as error:
        raise InputError(str(path), f"cannot read place file ({error.strerror})") from None


def score_place_file(ctx: Context, path: Path) -> dict:
    """sitrep.geo.evaluate's result for one place-mention TSV (ours or UCDP's layout)."""
    from sitrep import geo  # the gazetteer loads only when places are scored

    total = _row_count(path)
    with _progress(ctx, f"geocoding {_display_name(path)}", total) as advance:
        return geo.evaluate(path, on_row=advance)


# ---------------------------------------------------------------- rendering


def _plain(value: Any) -> Any:
    """A gold or predicted value as JSON would hold it: dates as ISO text, sets as sorted lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and isinstance(value.value, str):  # an enum
        return value.value
    return value


def _text(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    return str(value)


def _miss_dict(miss: Miss) -> dict:
    return {
        "document": miss.document,
        "field": miss.field,
        "gold": _plain(miss.gold),
        "predicted": _plain(miss.predicted),
        "evidence": miss.evidence,
    }


def _miss_line(miss: Miss) -> str:
    evidence = f"\n    evidence: {miss.evidence}" if miss.evidence else ""
    return f"  {miss.document}  {miss.field}  gold: {_text(miss.gold)}  predicted: {_text(miss.predicted)}{evidence}"


def _corpus_dict(scores: Scores) -> dict:
    return {
        name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4), "support": s.support}
        for name, s in scores.fields.items()
    }


def _places_dict(result: dict) -> dict:
    return {"within_10km": round(result["share"], 4), "admin1_agreement": round(result["admin1_share"], 4), "n": result["rows"]}


def _places_table(result: dict) -> str:
    return "\n".join([
        f"within 10 km      {result['share']:.3f}  ({result['within_10km']} of {result['rows']})",
        f"admin1 agreement  {result['admin1_share']:.3f}  ({result['admin1_agree']} of the {result['within_10km']} within 10 km)",
        f"n                 {result['rows']}  ({result['format']} layout)",
    ])


def _place_miss_line(miss: dict) -> str:
    distance = "-" if miss["km"] is None else f"{miss['km']:.1f} km"
    return f"  expected: {miss['expected']}  resolved: {miss['resolved'] or '-'}  distance: {distance}\n    {miss['text']}"


def render_json(corpora: dict[str, Scores], classification: dict, misses: bool, places: dict[str, dict] | None = None) -> str:
    places = places or {}
    result: dict[str, Any] = {
        "corpora": {name: _corpus_dict(scores) for name, scores in corpora.items()},
        "classification": {name: scores.to_dict() for name, (scores, _) in classification.items()},
        "places": {name: _places_dict(scored) for name, scored in places.items()},
    }
    if misses:
        result["misses"] = {
            "corpora": {name: [_miss_dict(m) for m in scores.misses] for name, scores in corpora.items()},
            "classification": {
                name: [{"id": row.id, "gold": row.label, "predicted": code, "snippet": row.snippet} for row, code in wrong]
                for name, (_, wrong) in classification.items()
            },
            "places": {name: scored["miss_details"] for name, scored in places.items()},
        }
    return json.dumps(result, indent=2, ensure_ascii=False)


def render_tables(corpora: dict[str, Scores], classification: dict, misses: bool, places: dict[str, dict] | None = None) -> str:
    blocks = []
    for name, scores in corpora.items():
        block = [f"== {name}: extraction", scores.to_table()]
        if misses:
            block.append(f"\nmisses ({len(scores.misses)}):")
            block += [_miss_line(m) for m in scores.misses] or ["  none"]
        blocks.append("\n".join(block))
    for name, (scores, wrong) in classification.items():
        block = [f"== {name}: classification", scores.to_table()]
        if misses:
            block.append(f"\nmisses ({len(wrong)}):")
            block += [f"  {row.id}  gold: {row.label}  predicted: {code}\n    {row.snippet}" for row, code in wrong] or ["  none"]
        blocks.append("\n".join(block))
    for name, scored in (places or {}).items():
        block = [f"== {name}: places", _places_table(scored)]
        if misses:
            block.append(f"\nmisses ({len(scored['miss_details'])}):")
            block += [_place_miss_line(m) for m in scored["miss_details"]] or ["  none"]
        blocks.append("\n".join(block))
    return "\n\n".join(blocks)


# ---------------------------------------------------------------- the command


@click.command("eval")
@click.argument("gold_files", nargs=-1, type=click.Path(path_type=Path), metavar="[GOLD.jsonl ...]")
@click.option("--classification", "tsv_files", multiple=True, type=click.Path(path_type=Path), metavar="TSV",
              help="A classification set (columns id, snippet, acled_subtype in CASE 2021 codes); repeatable.")
@click.option("--places", "place_files", multiple=True, type=click.Path(path_type=Path), metavar="TSV",
              help="A place-mention set (ours: sentence, name, latitude, longitude, admin1; or UCDP's: text, place, "
                   "latitude, longitude, adm_1); repeatable.")
@click.option("--misses", is_flag=True, help="List every miss: document, field, gold, predicted, evidence.")
@click.option("--rules-only", is_flag=True,
              help="Rules alone: classify without the learned classifier and extract without the learned event filter.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people, json for scripts.")
@pass_context
def eval_command(ctx: Context, gold_files: tuple[Path, ...], tsv_files: tuple[Path, ...], place_files: tuple[Path, ...],
                 misses: bool, rules_only: bool, fmt: str) -> None:
    """Score extraction against gold annotations, event classification against
    labelled snippets, and geocoding against annotated place mentions.

    GOLD.jsonl files hold one annotated document per line (schema: docs/evaluation.md);
    each prints precision, recall and F1 for event detection and every field.
    --places prints the share of mentions resolved within 10 km, admin1
    agreement and n. With no GOLD files, --classification or --places, scores
    the bundled examples/gold.jsonl (and corpus/dev and corpus/holdout when present),
    then the bundled place set tests/data/geo/eval_places.tsv (and
    ../shared/eval/ucdp/places-dev.tsv when present).

    \b
    Examples:
      sitrep eval                                   # the bundled gold files
      sitrep eval examples/gold.jsonl --misses      # with every miss listed
      sitrep eval --classification ../shared/eval/case2021/dev.tsv
      sitrep eval --classification ../shared/eval/case2021/dev.tsv --rules-only
      sitrep eval corpus/dev/gold.jsonl --rules-only  # without the event filter trained on it
      sitrep eval --places ../shared/eval/ucdp/places-dev.tsv --misses
      sitrep eval --format json | jq '.corpora[].event.f1'
    """
    defaults = not (gold_files or tsv_files or place_files)
    if rules_only:
        ctx = replace(ctx, settings=replace(ctx.settings, event_filter=0.0))
    paths = default_gold_files() if defaults else list(gold_files)
    place_paths = default_place_files() if defaults else list(place_files)
    corpora = {_display_name(path): score_gold_file(ctx, path) for path in paths}
    for path in paths:
        if ctx.settings.event_filter > 0 and trained_on(path):
            ctx.err.print(f"note: the event filter was trained on {_display_name(path)}, so its event and claim figures there are "
                          "partly in-sample; --rules-only scores the rules alone")
    classification = {_display_name(path): score_classification_file(ctx, path, rules_only) for path in tsv_files}
    places = {_display_name(path): score_place_file(ctx, path) for path in place_paths}
    render = render_json if fmt == "json" else render_tables
    click.echo(render(corpora, classification, misses, places))
