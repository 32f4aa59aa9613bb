"""Render a MonthlyReport as Markdown for people or JSON for programs.

Both carry the same figures; every number in the Markdown is followed by the
labels ([E1], [C1]) of the events and claims behind it, and the References
section lists each label with its id and evidence sentences.
"""

from __future__ import annotations

from sitrep.model import Casualty, Certainty, Quantity
from sitrep.report.dates import day_text, days_text
from sitrep.report.schema import Agreement, Development, Headline, MonthlyReport, Reference


def to_json(report: MonthlyReport) -> str:
    """The report as JSON: ids, numbers, ISO dates and evidence."""
    return report.model_dump_json(indent=2)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _tags(ids: list[str], labels: dict[str, str]) -> str:
    return "".join(f"[{labels[i]}]" for i in dict.fromkeys(ids) if i in labels)


def _values(headline: Headline, side: str) -> dict[str, int | None]:
    return {f.name: getattr(f, side) for f in headline.figures}


def _refs(headline: Headline, side: str) -> list[str]:
    figures = [*headline.figures, *([headline.dates] if headline.dates else [])]
    return [ref for f in figures for ref in getattr(f, f"{side}_refs")]


def _convoy_phrase(values: dict[str, int | None], days: list, counted: bool) -> str:
    parts = []
    if values.get("trucks") is not None:
        parts.append(_plural(values["trucks"], "truck"))
    if values.get("convoys") is not None:
        noun = ("convoy", "convoys") if counted else ("batch", "batches")
        parts.append(("in " if parts else "") + _plural(values["convoys"], *noun))
    if days:
        parts.append(f"on {days_text(days)}")
    return " ".join(parts)


def _operations_phrase(values: dict[str, int | None]) -> str:
    parts = []
    if values.get("operations") is not None:
        parts.append(_plural(values["operations"], "joint security operation"))
    for name in ("arrested", "killed"):
        if values.get(name) is not None:
            parts.append(f"{values[name]} {name}")
    return ", ".join(parts)


def _phrase(headline: Headline, side: str) -> str:
    values = _values(headline, side)
    if headline.id == "convoys":
        days = getattr(headline.dates, side) if headline.dates else []
        return _convoy_phrase(values, days, counted=side == "counted")
    if headline.id == "joint_operations":
        return _operations_phrase(values)
    phrase = ", ".join(f"{v} {k}" for k, v in values.items() if v is not None)
    days = getattr(headline.dates, side) if headline.dates else []
    return f"{phrase} on {days_text(days)}" if phrase and days else phrase or (days_text(days) if days else "")


def _agreement_line(headline: Headline) -> str:
    figures = [*headline.figures, *([headline.dates] if headline.dates else [])]
    clashes = []
    for figure in figures:
        if figure.agreement != Agreement.DISAGREE:
            continue
        name = getattr(figure, "name", "dates")
        stated, counted = figure.stated, figure.counted
        if name == "dates":
            stated, counted = days_text(stated), days_text(counted)
        clashes.append(f"{name}: stated {stated}, counted {counted}")
    if clashes:
        return "- **Disagreement:** " + "; ".join(clashes)
    if any(f.agreement == Agreement.AGREE for f in figures):
        return "- Stated and counted figures agree."
    return ""


def _headline_md(headline: Headline, labels: dict[str, str]) -> list[str]:
    lines = [f"### {headline.label}", ""]
    stated = _phrase(headline, "stated")
    lines.append(f"- Stated: {stated} {_tags(_refs(headline, 'stated'), labels)}" if stated else "- Stated: no figure stated")
    counted = _phrase(headline, "counted") if headline.incident_ids else ""
    counted_line = f"- Counted from events: {counted} {_tags(_refs(headline, 'counted'), labels)}"
    if headline.counts_events:
        lines.append(counted_line if counted else "- Counted from events: no such events this month")
    agreement_line = _agreement_line(headline)
    if agreement_line:
        lines.append(agreement_line)
    lines.append("")
    return lines


def _quantity(q: Quantity) -> str:
    return f"{q.qualifier + ' ' if q.qualifier else ''}{q.value} {q.unit}"


def _casualty(c: Casualty) -> str:
    group = f" ({c.group})" if c.group else ""
    return f"{c.qualifier + ' ' if c.qualifier else ''}{c.count} {c.kind.value}{group}"


_HEDGES = {Certainty.INITIAL: "according to initial reports", Certainty.ALLEGED: "alleged"}


def _development_md(number: int, item: Development, labels: dict[str, str]) -> str:
    admin1 = item.admin1 if item.admin1 != item.place else None
    place = ", ".join(p for p in (item.place, admin1) if p)
    parts = [f"**{item.date_text}**", item.kind_label]
    if place:
        parts.append(place)
    text = f"{number}. " + " · ".join(parts)
    details = []
    if item.actors:
        details.append("actors: " + ", ".join(f"{a.name} ({a.role})" for a in item.actors))
    if item.quantities:
        details.append(", ".join(_quantity(q) for q in item.quantities))
    if item.casualties:
        details.append(", ".join(_casualty(c) for c in item.casualties))
    if details:
        text += " — " + "; ".join(details)
    if item.summary:
        text += f". {item.summary.rstrip('.')}."
    if item.certainty in _HEDGES:
        text += f" ({_HEDGES[item.certainty]})"
    return f"{text} {_tags(item.refs, labels)}"


def _reference_md(ref: Reference) -> list[str]:
    head = f"- **[{ref.label}]** `{ref.id}` ({ref.type})"
    lines = [head + (f": {ref.summary}" if ref.summary else "")]
    for source in ref.sources:
        title = f"*{source.document_title}*" if source.document_title else None
        published = day_text(source.document_date) if source.document_date else None
        where = ", ".join(p for p in (title, published) if p)
        lines.append(f"  > {source.text.strip()}")
        lines.append(f"  — {where + ' ' if where else ''}(document `{source.document_id}`)")
    if not ref.sources:
        lines.append("  (no evidence sentence recorded)")
    return lines


def to_markdown(report: MonthlyReport) -> str:
    labels = {ref.id: ref.label for ref in report.references}
    lines = [
        f"# {report.title}",
        "",
        f"Campaign `{report.campaign_id}`, month {report.month}: "
        f"{day_text(report.window_start)} to {day_text(report.window_end)}.",
        "",
        "## Headline totals",
        "",
    ]
    for headline in report.headlines:
        lines.extend(_headline_md(headline, labels))
    lines.extend([f"## Most prominent developments in the {report.ordinal} month", ""])
    if report.developments:
        lines.extend(_development_md(i, d, labels) for i, d in enumerate(report.developments, start=1))
    else:
        lines.append("No other developments recorded.")
    lines.append("")
    if report.notes:
        lines.extend(["## Notes", "", *[f"- {note}" for note in report.notes], ""])
    lines.extend(["## References", ""])
    for ref in report.references:
        lines.extend(_reference_md(ref))
    if not report.references:
        lines.append("No events or claims in this month.")
    return "\n".join(lines).rstrip() + "\n"
