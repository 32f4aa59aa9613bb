"""The parties an exported record or a tracker entry names in its fields ("Actor 1: ISIS | Actor 2: Iraqi army",
"Belligerent: Turkish military"), for the description below them that does not name its own."""

from __future__ import annotations

import re

from sitrep.extract.actors import dictionary_actor, find_actors
from sitrep.model import Actor, ActorRole, EventActor

# "Actor 1: Unidentified gunmen | Actor 2: Civilians", "Belligerent: Russian military"
PARTY_FIELD_RE = re.compile(r"(?:^|\|)[ \t]*(?P<field>actor\s*1|actor\s*2|belligerents?|perpetrators?)\s*:\s*(?P<value>[^|\n]+)",
                            re.I | re.M)
# the first line of a record: "Record #7201", "#6001 | 14/09/2026", "Incident code: RS-0412", or its "Date:" field
RECORD_START_RE = re.compile(r"^[ \t]*(?:record\b|#\d+|incident\s+(?:code|no\.?|number)\b|(?:incident\s+)?date\s*:)", re.I | re.M)
UNKNOWN_PARTY_RE = re.compile(r"\b(?:or|unclear|contested|none)\b|^(?:unknown|unidentified|n/a|-)$", re.I)


def starts_a_record(lines: str) -> bool:
    """Whether the lines (as written, not as a table row is read) open a record."""
    return bool(RECORD_START_RE.search(lines))


def record_parties(lines: str) -> list[EventActor]:
    """The initiator (Actor 1, Belligerent, Perpetrator) and target (Actor 2) a record's field lines name, as
    written; none for a field that hedges between parties ("Russian military or Syrian government forces
    (contested)")."""
    parties = []
    for match in PARTY_FIELD_RE.finditer(lines):
        party = _party(match["value"].strip().rstrip(".;,"))
        if party is not None:
            role = ActorRole.TARGET if match["field"].lower().replace(" ", "") == "actor2" else ActorRole.INITIATOR
            parties.append(EventActor(actor=party, role=role))
    return parties


def _party(value: str) -> Actor | None:
    if not value or UNKNOWN_PARTY_RE.search(value):
        return None
    named = find_actors(value)
    if named:
        return dictionary_actor(named[0].entry.id)
    if len(value.split()) <= 4:
        return Actor(name=value.lower(), as_written=value, acled_inter=7)
    return None


def with_record_parties(actors: list[EventActor], parties: list[EventActor]) -> list[EventActor]:
    """The draft's own parties, and the record's for each role the draft's text leaves empty."""
    filled = {a.role for a in actors}
    return actors + [p for p in parties if p.role not in filled]
