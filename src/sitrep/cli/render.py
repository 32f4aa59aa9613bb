"""How the CLI shows domain objects in a terminal."""

from __future__ import annotations

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sitrep.model import ActorRole, CasualtyKind, Document, Event
from sitrep.pipeline import IngestOutcome

CONTEXT_CHARS = 300


def outcome_lines(outcome: IngestOutcome) -> list[str]:
    lines = [
        f"ingested {len(outcome.added)} document(s): {outcome.events} event(s), {outcome.claims} claim(s)",
    ]
    if outcome.unchanged:
        lines.append(f"{len(outcome.unchanged)} document(s) already stored, unchanged")
    lines += [f"note: {escape(n)}" for n in outcome.notes]
    return lines


def _place(event: Event) -> str:
    if event.place is None:
        return ""
    return event.place.resolved_name or event.place.name


def _actors(event: Event, role: ActorRole) -> str:
    return "; ".join(a.name for a in event.actors_in(role))


def _counts(event: Event) -> str:
    parts = [f"{q.value} {q.unit}" for q in event.quantities]
    parts += [f"{c.count} {c.kind.value}" for c in event.casualties]
    return ", ".join(parts)


def _when(event: Event) -> str:
    if event.date_start is None:
        return ""
    if event.date_end and event.date_end != event.date_start:
        return f"{event.date_start}..{event.date_end}"
    return str(event.date_start)


def event_rows(events: list[Event]) -> tuple[list[str], list[list[str]]]:
    header = ["id", "date", "precision", "kind", "place", "admin1", "initiators", "targets", "counts"]
    rows = [
        [e.id, _when(e), e.time_precision.value, e.kind, _place(e), (e.place.admin1 or "") if e.place else "",
         _actors(e, ActorRole.INITIATOR), _actors(e, ActorRole.TARGET), _counts(e)]
        for e in events
    ]
    return header, rows


CSV_HEADER = [
    "id", "date_start", "date_end", "time_precision", "acled_time_precision", "kind", "disorder_type", "event_type",
    "sub_event_type", "place_as_written", "place", "admin1", "admin2", "latitude", "longitude", "geo_precision",
    "acled_geo_precision", "ucdp_where_prec", "place_relation", "initiators", "targets", "partners", "counts",
    "killed", "injured", "arrested", "certainty", "attribution", "review_status", "summary", "evidence", "document_id",
]


def precision_codes(event: Event) -> dict[str, int | None]:
    """The precision codes other datasets use: ACLED's time and geo precision, UCDP's where_prec."""
    place = event.place
    return {
        "acled_time_precision": event.time_precision.acled_code,
        "acled_geo_precision": place.precision.acled_code if place else None,
        "ucdp_where_prec": place.precision.ucdp_code if place else None,
    }


def event_csv_rows(events: list[Event]) -> tuple[list[str], list[list]]:
    """One full row per event, ACLED- and UCDP-style precision codes included, for spreadsheets."""
    rows = []
    for e in events:
        place, codes = e.place, precision_codes(e)
        rows.append([
            e.id, e.date_start or "", e.date_end or "", e.time_precision.value, codes["acled_time_precision"], e.kind,
            e.disorder_type or "", e.event_type or "", e.sub_event_type or "", place.name if place else "", _place(e),
            (place.admin1 or "") if place else "", (place.admin2 or "") if place else "",
            place.latitude if place and place.latitude is not None else "", place.longitude if place and place.longitude is not None else "",
            place.precision.value if place else "", codes["acled_geo_precision"] or "", codes["ucdp_where_prec"] or "",
            (place.relation or "") if place else "", _actors(e, ActorRole.INITIATOR), _actors(e, ActorRole.TARGET),
            _actors(e, ActorRole.PARTNER), _counts(e), e.casualty_count(CasualtyKind.KILLED) or "",
            e.casualty_count(CasualtyKind.INJURED) or "", e.casualty_count(CasualtyKind.ARRESTED) or "", e.certainty.value,
            e.attribution or "", e.review_status.value, e.summary, " ".join(ev.text for ev in e.evidence),
            e.evidence[0].document_id if e.evidence else "",
        ])
    return CSV_HEADER, rows


def event_detail(event: Event, documents: dict[str, Document]) -> list:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    place = event.place
    fields = [
        ("id", event.id),
        ("kind", f"{event.kind}  ({event.disorder_type} / {event.event_type} / {event.sub_event_type})"),
        ("date", f"{_when(event)}  precision: {event.time_precision.value}"),
        ("place", "" if place is None else f"{place.resolved_name or place.name} (as written: {place.name}); "
                  f"{place.admin2 or '-'}, {place.admin1 or '-'}; {place.latitude}, {place.longitude}; precision: {place.precision.value}"
                  + (f"; {place.relation}" if place.relation else "")),
        ("initiators", _actors(event, ActorRole.INITIATOR)),
        ("targets", _actors(event, ActorRole.TARGET)),
        ("partners", _actors(event, ActorRole.PARTNER)),
        ("counts", _counts(event)),
        ("certainty", event.certainty.value + (f"  (attributed to {event.attribution})" if event.attribution else "")),
        ("summary", event.summary),
        ("review", event.review_status.value),
        ("confidence", f"{event.confidence:.2f}   extractor {event.extractor_version}"),
    ]
    for name, value in fields:
        table.add_row(name, escape(str(value)))
    output: list = [table]
    for document_id in dict.fromkeys(e.document_id for e in event.evidence):
        document = documents.get(document_id)
        if document is not None:
            output.append(_evidence_panel(document, [e for e in event.evidence if e.document_id == document_id]))
    return output


def _evidence_panel(document: Document, evidence: list) -> Panel:
    """The stretch of the document around the evidence, each evidence sentence highlighted."""
    text = document.text
    spans = sorted((e.start, e.end) for e in evidence)
    lo, hi = max(0, spans[0][0] - CONTEXT_CHARS), min(len(text), spans[-1][1] + CONTEXT_CHARS)
    shown = Text("…" if lo else "")
    cursor = lo
    for start, end in spans:
        shown.append(text[cursor:start])
        shown.append(text[start:end], style="bold black on yellow")
        cursor = end
    shown.append(text[cursor:hi] + ("…" if hi < len(text) else ""))
    where = ", ".join(f"{start}-{end}" for start, end in spans)
    name = document.title or "untitled"
    name = name if len(name) <= 60 else name[:59] + "…"
    title = f"document {document.id}, chars {where} · {document.published or 'undated'} · {name}"
    return Panel(shown, title=escape(title), title_align="left")
