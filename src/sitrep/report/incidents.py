"""De-duplication: several reports of one happening make one incident.

A daily report and the monthly report that retells it give two events for one
incident.  Events are grouped when they share the kind, their date ranges
overlap and they name the same place (gazetteer id when both have one, else the
normalised name).  Totals count incidents and take the largest figure any of
its reports gives, never the sum.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from sitrep.model import Casualty, CasualtyKind, Event, Evidence, EventActor, Place, Quantity, TimePrecision, stable_id

# The more exact a date, the better it is for showing an incident's date.
_PRECISION_RANK = {
    TimePrecision.DAY: 0,
    TimePrecision.WEEK: 1,
    TimePrecision.MONTH: 2,
    TimePrecision.APPROXIMATE: 3,
    TimePrecision.YEAR: 4,
}
_ARTICLES = {"al", "el", "the", "ad", "ar", "as", "ash", "at", "az"}


def normalise_place_name(name: str) -> str:
    """'Al-Omar oil field' and 'Omar Oil Field' give the same key."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", folded)
    return " ".join(w for w in words if w not in _ARTICLES)


def same_place(a: Place | None, b: Place | None) -> bool:
    """Unknown places never match: two convoys on one day with no place stay two."""
    if a is None or b is None:
        return False
    if a.gazetteer_id and b.gazetteer_id:
        return a.gazetteer_id == b.gazetteer_id
    name_a = normalise_place_name(a.resolved_name or a.name)
    name_b = normalise_place_name(b.resolved_name or b.name)
    return bool(name_a) and name_a == name_b


def date_range(event: Event) -> tuple[date, date] | None:
    if event.date_start is None:
        return None
    return event.date_start, event.date_end or event.date_start


def same_incident(a: Event, b: Event) -> bool:
    range_a, range_b = date_range(a), date_range(b)
    if a.kind != b.kind or range_a is None or range_b is None:
        return False
    overlap = range_a[0] <= range_b[1] and range_b[0] <= range_a[1]
    return overlap and same_place(a.place, b.place)


@dataclass
class Incident:
    """One happening and every event that reports it, best-dated first."""

    events: list[Event]
    id: str = field(init=False)

    def __post_init__(self) -> None:
        self.events = sorted(self.events, key=lambda e: (_PRECISION_RANK[e.time_precision], -e.confidence, e.id))
        self.id = stable_id("inc", *sorted(e.id for e in self.events))

    @property
    def lead(self) -> Event:
        """The report of it with the most exact date: its date, place and summary speak for the incident."""
        return self.events[0]

    @property
    def kind(self) -> str:
        return self.lead.kind

    @property
    def event_ids(self) -> list[str]:
        return sorted(e.id for e in self.events)

    @property
    def sort_key(self) -> tuple:
        return (self.lead.date_start or date.max, _PRECISION_RANK[self.lead.time_precision], self.id)

    @property
    def place(self) -> Place | None:
        placed = [e.place for e in self.events if e.place is not None]
        resolved = [p for p in placed if p.resolved_name or p.gazetteer_id]
        return (resolved or placed or [None])[0]

    @property
    def evidence(self) -> list[Evidence]:
        return [ev for e in self.events for ev in e.evidence]

    @property
    def actors(self) -> list[EventActor]:
        seen, merged = set(), []
        for event in self.events:
            for party in event.actors:
                key = (party.actor.actor_id or party.actor.name.lower(), party.role)
                if key not in seen:
                    seen.add(key)
                    merged.append(party)
        return merged

    def quantity(self, unit: str) -> int | None:
        values = [v for e in self.events if (v := e.quantity(unit)) is not None]
        return max(values) if values else None

    @property
    def quantities(self) -> list[Quantity]:
        best: dict[str, Quantity] = {}
        for event in self.events:
            for q in event.quantities:
                if q.unit not in best or q.value > best[q.unit].value:
                    best[q.unit] = q
        return list(best.values())

    def casualty_count(self, kind: CasualtyKind) -> int:
        return max((e.casualty_count(kind) for e in self.events), default=0)

    @property
    def casualties(self) -> list[Casualty]:
        """Per kind, the casualty lines of the report that gives the largest total."""
        merged: list[Casualty] = []
        for kind in CasualtyKind:
            best = max(self.events, key=lambda e: e.casualty_count(kind))
            merged.extend(c for c in best.casualties if c.kind == kind)
        return merged

    @property
    def summary(self) -> str:
        return next((e.summary for e in self.events if e.summary), "")


def group_incidents(events: list[Event]) -> list[Incident]:
    """Group events into incidents (transitively), in date order."""
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            if same_incident(events[i], events[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Event]] = {}
    for i, event in enumerate(events):
        groups.setdefault(root(i), []).append(event)
    return sorted((Incident(group) for group in groups.values()), key=lambda inc: inc.sort_key)
