"""What an exported record, a tracker entry or a pasted sheet says in its fields: the parties a record names
("Actor 1: ISIS | Actor 2: Iraqi army", "Belligerent: Turkish military") for the description below them that
does not name its own, a sheet row's parties and tolls by column, an alert bot's ACTOR, TGT, DET and CONF
fields, and the toll a table's total row gives by column."""

from __future__ import annotations

import csv
import re

from sitrep.extract.actors import by_adjective, civilian_or_person, dictionary_actor, find_actors
from sitrep.extract.arguments import find_quantities
from sitrep.extract.shorthand import expand
from sitrep.model import Actor, ActorRole, Casualty, CasualtyKind, EventActor, Quantity

# "Date: 28 January 2026", "Record #7201 | Date: 11/05/2026 | ...": the field that dates the record below it
DATE_FIELD_RE = re.compile(r"(?:^|\|)\s*(?:incident\s+)?date(?:\s+and\s+time)?\s*:", re.I)

# "Actor 1: Unidentified gunmen | Actor 2: Civilians", "Belligerent: Russian military"
PARTY_FIELD_RE = re.compile(r"(?:^|\|)[ \t]*(?P<field>actor\s*1|actor\s*2|belligerents?|perpetrators?)\s*:\s*(?P<value>[^|\n]+)",
                            re.I | re.M)
# the first line of a record: "Record #7201", "#6001 | 14/09/2026", "Incident code: RS-0412", or its "Date:" field
RECORD_START_RE = re.compile(r"^[ \t]*(?:record\b|#\d+|incident\s+(?:code|no\.?|number)\b|(?:incident\s+)?date\s*:)", re.I | re.M)
# an empty cell's mark, the same in every field: "–", "-", "?", "n/a", "none"
EMPTY_MARK = r"[-–—?]+|n/?a|none"
UNKNOWN_PARTY_RE = re.compile(rf"\b(?:or|unclear|contested|none)\b|^(?:unknown|unidentified|{EMPTY_MARK})$", re.I)


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
    """The draft's own parties, and the record's for each role the draft's text leaves empty or fills only with
    words as written: the record's "Actor 2: Civilians" codes "a money changer" its description names."""
    coded = {p.role for p in parties if p.actor.actor_id}
    own = [a for a in actors if a.actor.actor_id or a.role not in coded]
    filled = {a.role for a in own}
    return own + [p for p in parties if p.role not in filled]


# A sheet pasted as text: a header line of short column names ("date,location,governorate,event,actor1,actor2,
# killed,injured,notes"), then one incident a row.  The cells say who did what to whom and how many died, so a
# row is read by its columns, not as a sentence.
HEADER_CELL_RE = re.compile(r"^[a-z][a-z0-9_ ]{0,20}$")
INITIATOR_COLUMNS = {"actor1", "actor_1", "actor 1", "perpetrator", "belligerent", "initiator"}
TARGET_COLUMNS = {"actor2", "actor_2", "actor 2", "target", "victim", "victims"}
SKIPPED_ROW_RE = re.compile(r"\b(?:duplicate|do not code|not an incident|drugs only)\b", re.I)


def sheet_header(line: str) -> list[str] | None:
    """The column names, when the line is a sheet's header (comma-separated or between pipes) naming a date and who
    was involved ("No. | Day and date | Target | Weapon | Result")."""
    cells = [c.lower().rstrip(".:") for c in table_cells(line)]  # "No.", "Date:"
    if len(cells) < 4 or not all(HEADER_CELL_RE.match(c) for c in cells):
        return None
    dated = any(c == "date" or c.endswith(" date") or c.startswith("date ") for c in cells)
    return cells if dated and set(cells) & (INITIATOR_COLUMNS | TARGET_COLUMNS) else None


def sheet_row(line: str, header: list[str]) -> dict[str, str]:
    return {name: cell for name, cell in zip(header, table_cells(line))}


def _cells(line: str) -> list[str]:
    """The comma-separated cells of one line (quoted cells may hold commas); none for text over several lines."""
    if "\n" in line.strip() or "," not in line:
        return []
    try:
        return next(csv.reader([line.strip()]), [])
    except csv.Error:
        return []


def read_row(row: dict[str, str], actors: list[EventActor],
             casualties: list[Casualty]) -> tuple[list[EventActor], list[Casualty], list[Quantity]] | None:
    """A draft's parties, casualties and counts as the row's cells give them; None for a row that codes nothing
    ("duplicate of previous row", a note)."""
    if SKIPPED_ROW_RE.search(" ".join(row.values())) or row.get("date", "").lower() in {"note", "notes"}:
        return None
    parties = [EventActor(actor=party, role=role) for columns, role in ((INITIATOR_COLUMNS, ActorRole.INITIATOR),
                                                                         (TARGET_COLUMNS, ActorRole.TARGET))
               for name, cell in row.items() if name in columns for party in _cell_parties(cell)]
    named = {p.actor.actor_id or p.actor.name for p in parties}
    partners = [a for a in actors if a.role is ActorRole.PARTNER and (a.actor.actor_id or a.actor.name) not in named]
    told = " ".join(cell for name, cell in row.items() if name in {"event", "notes", "note", "description"})
    columns = {"killed": CasualtyKind.KILLED, "injured": CasualtyKind.INJURED, "arrested": CasualtyKind.ARRESTED}
    counted = [Casualty(kind=kind, count=int(row[name])) for name, kind in columns.items()
               if row.get(name, "").isdigit() and int(row[name]) > 0]
    # "2 detained" in the notes, when the sheet has no column for it
    told_arrests = [c for c in casualties if c.kind is CasualtyKind.ARRESTED and "arrested" not in row]
    return parties + partners, counted + told_arrests, find_quantities(told)


def _cell_parties(cell: str) -> list[Actor]:
    """"Asayish, civilians": each party a cell names; a victim told by calling, sex and age ("child, m, 10",
    "scrap collector, m, 31") is one person, as written or a civilian."""
    parts = [part.strip() for part in cell.split(",")] if cell else []
    if any(PERSON_DETAIL_RE.match(part) for part in parts[1:]):
        person = _party(parts[0]) if find_actors(parts[0]) else civilian_or_person(parts[0], "attack")
        return [person] if person is not None else []  # "SDF fighter, m, 25" is the SDF's
    parties = [_party(part) for part in parts if not PLACEHOLDER_RE.match(part)]
    return [p for p in parties if p is not None]


# what a victim's cell adds to the person: sex, age, "unknown identity"
PERSON_DETAIL_RE = re.compile(r"^(?:m|f|male|female|\d{1,2}|unknown\s+identity|approx\.?\s+\d{1,2})$", re.I)
PLACEHOLDER_RE = re.compile(rf"^(?:{EMPTY_MARK})?$", re.I)


# An alert bot's record, one line of "FIELD: value" pairs between pipes: "[AUTO] TYPE: Clash | LOC: Darkush (Idlib) |
# TIME: 2026-05-03 18:05 | ACTOR: HTS vs unk gunmen | CAS: 1 killed | DET: 3 | CONF: medium | SRC: 2 channels".  Its
# fields say who did what to whom, so they are read as fields, not left to a parse of the line as prose.
ALERT_FIELD_RE = re.compile(r"(?:^|\|)[^|]*?\b(?P<key>TYPE|ACTOR|TGT|TARGET|CAS|DET|CONF|NOTE)\b(?:\s*\([^)]*\))?\s*:\s*(?P<value>[^|]*)")
HEDGED_VALUE_RE = re.compile(rf"^(?:unk|unknown|0|{EMPTY_MARK})$", re.I)
# "ACTOR: CF + SDF", "TUR/SNA": the first party acted, the others with it; "HTS vs unk gunmen": against the second
VERSUS_RE = re.compile(r"\s+(?:vs\.?|versus|against)\s+", re.I)
ALLIES_RE = re.compile(r"\s*(?:\+|/|&|,|\band\b)\s*")
LOW_CONFIDENCE_RE = re.compile(r"^(?:low|unconfirmed|unverified)\b", re.I)
# an ACTOR field of these kinds names the crowd ("residents", "the people of the town"): protesters
PROTEST_KINDS = {"peaceful_protest", "protest_with_intervention", "violent_demonstration", "mob_violence"}


def alert_fields(line: str) -> dict[str, str]:
    """The fields of an alert record ({"type": "Clash", "actor": "HTS vs unk gunmen", ...}); empty for a line
    that is no such record (one with a TYPE and at least two of its other fields)."""
    fields: dict[str, str] = {}
    for match in ALERT_FIELD_RE.finditer(line):
        key = {"target": "tgt"}.get(match["key"].lower(), match["key"].lower())
        fields.setdefault(key, match["value"].strip().strip("\"'“”"))
    return fields if "type" in fields and len(fields) >= 3 else {}


def alert_parties(fields: dict[str, str], kind: str) -> list[EventActor]:
    """Who the record's ACTOR and TGT fields name: "CF + SDF" is the Coalition with the SDF as partner, "HTS vs
    unk gunmen" HTS against unknown gunmen, "2 travellers" civilians; "unk" names no one."""
    parties: list[EventActor] = []
    actor = fields.get("actor", "")
    acting, against = (VERSUS_RE.split(actor, maxsplit=1) + [""])[:2]
    for value in ALLIES_RE.split(acting):
        party = _alert_party(value, kind, acting=True)
        if party is not None:
            role = ActorRole.INITIATOR if not any(p.role is ActorRole.INITIATOR for p in parties) else ActorRole.PARTNER
            parties.append(EventActor(actor=party, role=role))
    for value, named_by_actor in [(against, True), *((v, False) for v in ALLIES_RE.split(fields.get("tgt", "")))]:
        party = _alert_party(value, kind, acting=named_by_actor)
        if party is not None and all(p.actor != party for p in parties):
            parties.append(EventActor(actor=party, role=ActorRole.TARGET))
    return parties


def _alert_party(value: str, kind: str, acting: bool) -> Actor | None:
    """The party one value names; `acting` for a value of the ACTOR field, which names a party whatever its words."""
    value = re.sub(r"\((?:attrib\.?|attributed|claimed|unconfirmed)\)", "", value, flags=re.I)
    value = expand(value.strip().strip("\"'“”")).text.strip()
    value = re.sub(r"^(?:\d+|an?|the)\s+", "", value, flags=re.I)  # "2 travellers", "a shepherd"
    if not value or HEDGED_VALUE_RE.match(value) or len(value.split()) > 6:
        return None
    named = find_actors(value)
    if named:
        party = dictionary_actor(named[0].entry.id)
        if kind in PROTEST_KINDS and acting and party.actor_id == "civilians":
            return dictionary_actor("protesters")  # "ACTOR: residents" of a protest
        return party
    if len(value.split()) == 1 and (adjective := by_adjective(value)) is not None:
        return adjective  # "ACTOR: TUR" expands to "Turkish"
    if kind in PROTEST_KINDS and acting:
        return dictionary_actor("protesters")  # "the people of the town" protesting
    if acting:
        return Actor(name=value.lower(), as_written=value, acled_inter=3)  # "unknown ones on a motorbike"
    return civilian_or_person(value, kind)


def alert_casualties(fields: dict[str, str], casualties: list[Casualty]) -> list[Casualty]:
    """The toll the line gives, its detainees those of the DET field when it has one ("DET: 3")."""
    detained = fields.get("det", "")
    if not detained.isdigit():
        return casualties
    others = [c for c in casualties if c.kind is not CasualtyKind.ARRESTED]
    return others + ([Casualty(kind=CasualtyKind.ARRESTED, count=int(detained))] if int(detained) else [])


def alert_roles(fields: dict[str, str]) -> set[ActorRole]:
    """The roles a record's fields speak for, even when they name no one ("ACTOR: unk")."""
    roles = {ActorRole.INITIATOR, ActorRole.PARTNER} if "actor" in fields else set()
    return roles | ({ActorRole.TARGET} if "tgt" in fields or VERSUS_RE.search(fields.get("actor", "")) else set())


def alert_is_doubtful(fields: dict[str, str]) -> bool:
    """Whether the bot scores the alert's confidence low ("CONF: low")."""
    return bool(LOW_CONFIDENCE_RE.match(fields.get("conf", "")))


# A table's total row under columns of tolls: "| **Total** | | | | **0** | **4** | **4** |", "TOTAL | 6 | 7 | 9 | 5",
# "total,,,,,,7,2,6 incidents coded".  It states the period's toll over all the rows: a claim, not an event.
TOTAL_CELL_RE = re.compile(r"^\W*(?:week(?:ly)?\s+|month(?:ly)?\s+|grand\s+|day\s+|period\s+)?totals?\W*$", re.I)
TOLL_COLUMNS = {"killed": CasualtyKind.KILLED, "kia": CasualtyKind.KILLED, "dead": CasualtyKind.KILLED,
                "deaths": CasualtyKind.KILLED, "fatalities": CasualtyKind.KILLED, "injured": CasualtyKind.INJURED,
                "wia": CasualtyKind.INJURED, "wounded": CasualtyKind.INJURED, "detained": CasualtyKind.ARRESTED,
                "arrested": CasualtyKind.ARRESTED}


def table_cells(line: str) -> list[str]:
    """A Markdown or pipe table row's cells, or a comma-separated row's, without emphasis marks."""
    line = line.strip()
    if line.count("|") >= 2:
        cells = line.strip("|").split("|")
    else:
        cells = _cells(line)
    return [cell.strip().strip("*_ ").strip() for cell in cells]


def toll_header(line: str) -> list[str] | None:
    """The column names of a table row that heads columns of tolls ("| Date | ... | Killed | Injured |")."""
    cells = [cell.lower() for cell in table_cells(line)]
    return cells if len(cells) >= 3 and any(cell in TOLL_COLUMNS for cell in cells) else None


def total_row_toll(line: str, header: list[str]) -> list[Casualty] | None:
    """The killed, injured and detained a total row gives by column; None for a row that is no total."""
    cells = table_cells(line)
    if not cells or not TOTAL_CELL_RE.match(cells[0]):
        return None
    toll = []
    for name, cell in zip(header, cells):
        number = re.match(r"\d+", cell)
        if name in TOLL_COLUMNS and number and int(number.group(0)) > 0:
            toll.append(Casualty(kind=TOLL_COLUMNS[name], count=int(number.group(0))))
    return toll
