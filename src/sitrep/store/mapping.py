"""Domain objects to table rows and back: the only place that knows both.

Every function here is pure: it builds rows from objects or objects from
rows and never talks to the database.  A round trip is exact: an object
saved and loaded back compares equal to the original.
"""

from __future__ import annotations

from datetime import date

from sitrep.model import (
    Actor,
    Casualty,
    Claim,
    Document,
    Event,
    EventActor,
    Evidence,
    Place,
    Quantity,
)
from sitrep.store.tables import (
    ClaimActorRow,
    ClaimCasualtyRow,
    ClaimQuantityRow,
    ClaimRow,
    DocumentRow,
    EventActorRow,
    EventCasualtyRow,
    EventQuantityRow,
    EventRow,
    EvidenceRow,
)

# Place field -> column, for an event's place and a claim's origin.
_EVENT_PLACE_COLUMNS = {
    "name": "place_name",
    "gazetteer_id": "gazetteer_id",
    "resolved_name": "resolved_name",
    "latitude": "latitude",
    "longitude": "longitude",
    "admin1": "admin1",
    "admin2": "admin2",
    "country": "country",
    "precision": "geo_precision",
    "relation": "place_relation",
    "offset_km": "offset_km",
}
_ORIGIN_COLUMNS = {field: f"origin_{field}" for field in Place.model_fields}
_ORIGIN_COLUMNS["precision"] = "origin_geo_precision"


# -- documents ---------------------------------------------------------------


def document_row(document: Document) -> DocumentRow:
    return DocumentRow(
        id=document.id,
        text=document.text,
        publisher=document.publisher,
        url=document.url,
        title=document.title,
        published=document.published,
        language=document.language,
        source=document.source,
    )


def document_from(row: DocumentRow) -> Document:
    return Document(
        id=row.id,
        text=row.text,
        publisher=row.publisher,
        url=row.url,
        title=row.title,
        published=row.published,
        language=row.language,
        source=row.source,
    )


# -- places --------------------------------------------------------------------


def _place_columns(place: Place | None, columns: dict[str, str]) -> dict[str, object]:
    if place is None:
        return {column: None for column in columns.values()}
    values = place.model_dump(mode="json")  # enums as their plain values
    return {column: values[field] for field, column in columns.items()}


def _place_from(row: EventRow | ClaimRow, columns: dict[str, str]) -> Place | None:
    if getattr(row, columns["name"]) is None:
        return None  # a place always has a name, so no name means no place
    return Place(**{field: getattr(row, column) for field, column in columns.items()})


# -- the parts events and claims share ------------------------------------------


def _actor_rows(actors: list[EventActor], row_class: type) -> list:
    return [
        row_class(
            position=position,
            role=item.role.value,
            actor_id=item.actor.actor_id,
            name=item.actor.name,
            acled_inter=item.actor.acled_inter,
            as_written=item.actor.as_written,
        )
        for position, item in enumerate(actors)
    ]


def _actors_from(rows: list) -> list[EventActor]:
    return [
        EventActor(
            role=row.role,
            actor=Actor(name=row.name, actor_id=row.actor_id, acled_inter=row.acled_inter, as_written=row.as_written),
        )
        for row in rows
    ]


def _quantity_rows(quantities: list[Quantity], row_class: type) -> list:
    return [
        row_class(position=position, unit=q.unit, value=q.value, qualifier=q.qualifier)
        for position, q in enumerate(quantities)
    ]


def _quantities_from(rows: list) -> list[Quantity]:
    return [Quantity(unit=row.unit, value=row.value, qualifier=row.qualifier) for row in rows]


def _casualty_rows(casualties: list[Casualty], row_class: type) -> list:
    return [
        row_class(position=position, kind=c.kind.value, count=c.count, grp=c.group, qualifier=c.qualifier)
        for position, c in enumerate(casualties)
    ]


def _casualties_from(rows: list) -> list[Casualty]:
    return [Casualty(kind=row.kind, count=row.count, group=row.grp, qualifier=row.qualifier) for row in rows]


def _evidence_rows(evidence: list[Evidence]) -> list[EvidenceRow]:
    return [
        EvidenceRow(position=position, document_id=e.document_id, span_start=e.start, span_end=e.end, text=e.text)
        for position, e in enumerate(evidence)
    ]


def _evidence_from(rows: list[EvidenceRow]) -> list[Evidence]:
    return [Evidence(document_id=row.document_id, start=row.span_start, end=row.span_end, text=row.text) for row in rows]


# -- events --------------------------------------------------------------------


def event_row(event: Event, document_id: str) -> EventRow:
    return EventRow(
        id=event.id,
        document_id=document_id,
        kind=event.kind,
        disorder_type=event.disorder_type,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        date_start=event.date_start,
        date_end=event.date_end,
        time_precision=event.time_precision.value,
        **_place_columns(event.place, _EVENT_PLACE_COLUMNS),
        summary=event.summary,
        confidence=event.confidence,
        certainty=event.certainty.value,
        attribution=event.attribution,
        review_status=event.review_status.value,
        extractor_version=event.extractor_version,
        actors=_actor_rows(event.actors, EventActorRow),
        quantities=_quantity_rows(event.quantities, EventQuantityRow),
        casualties=_casualty_rows(event.casualties, EventCasualtyRow),
        evidence=_evidence_rows(event.evidence),
    )


def event_from(row: EventRow) -> Event:
    return Event(
        id=row.id,
        kind=row.kind,
        disorder_type=row.disorder_type,
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        date_start=row.date_start,
        date_end=row.date_end,
        time_precision=row.time_precision,
        place=_place_from(row, _EVENT_PLACE_COLUMNS),
        actors=_actors_from(row.actors),
        quantities=_quantities_from(row.quantities),
        casualties=_casualties_from(row.casualties),
        summary=row.summary,
        confidence=row.confidence,
        certainty=row.certainty,
        attribution=row.attribution,
        review_status=row.review_status,
        evidence=_evidence_from(row.evidence),
        extractor_version=row.extractor_version,
    )


# -- claims --------------------------------------------------------------------


def claim_row(claim: Claim, document_id: str) -> ClaimRow:
    return ClaimRow(
        id=claim.id,
        document_id=document_id,
        kind=claim.kind,
        period_start=claim.period_start,
        period_end=claim.period_end,
        dates=[day.isoformat() for day in claim.dates],
        **_place_columns(claim.origin, _ORIGIN_COLUMNS),
        destinations=[place.model_dump(mode="json") for place in claim.destinations],
        summary=claim.summary,
        extractor_version=claim.extractor_version,
        actors=_actor_rows(claim.actors, ClaimActorRow),
        quantities=_quantity_rows(claim.quantities, ClaimQuantityRow),
        casualties=_casualty_rows(claim.casualties, ClaimCasualtyRow),
        evidence=_evidence_rows(claim.evidence),
    )


def claim_from(row: ClaimRow) -> Claim:
    return Claim(
        id=row.id,
        kind=row.kind,
        quantities=_quantities_from(row.quantities),
        casualties=_casualties_from(row.casualties),
        period_start=row.period_start,
        period_end=row.period_end,
        dates=[date.fromisoformat(day) for day in row.dates],
        actors=_actors_from(row.actors),
        origin=_place_from(row, _ORIGIN_COLUMNS),
        destinations=[Place.model_validate(place) for place in row.destinations],
        summary=row.summary,
        evidence=_evidence_from(row.evidence),
        extractor_version=row.extractor_version,
    )
