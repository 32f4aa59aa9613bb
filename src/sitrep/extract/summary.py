"""One-sentence summaries of events and claims, written from their fields."""

from __future__ import annotations

from sitrep.model import ActorRole, Claim, Event


def _names(event_actors, role: ActorRole) -> str:
    names = [a.actor.name for a in event_actors if a.role == role]
    return " and ".join(dict.fromkeys(names))


def _counts(item) -> str:
    parts = [f"{q.qualifier + ' ' if q.qualifier else ''}{q.value} {q.unit}" for q in item.quantities]
    parts += [f"{c.qualifier + ' ' if c.qualifier else ''}{c.count} {c.kind.value}" for c in item.casualties]
    return ", ".join(parts)


def summarise(item: Event | Claim, label: str) -> str:
    initiators = _names(item.actors, ActorRole.INITIATOR)
    targets = _names(item.actors, ActorRole.TARGET)
    partners = _names(item.actors, ActorRole.PARTNER)
    text = label
    if initiators:
        text = f"{label} by {initiators}"
    if partners:
        text += f" with {partners}"
    if targets:
        text += f" against {targets}"
    place = getattr(item, "place", None)
    if place is not None:
        text += f" at {place.resolved_name or place.name}"
    counts = _counts(item)
    if counts:
        text += f" ({counts})"
    return text + "."
