"""monthly(): a campaign's month, from events, claims and documents to a MonthlyReport."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sitrep.model import Campaign, Casualty, CasualtyKind, Claim, Document, Event
from sitrep.report.dates import ordinal, span_text
from sitrep.report.incidents import Incident, group_incidents
from sitrep.report.schema import (
    DatesFigure,
    Development,
    Figure,
    Headline,
    MonthlyReport,
    PartyRef,
    Reference,
    Source,
    agreement,
)
from sitrep.report.select import Scope, scope_of, select_claims, select_events
from sitrep.report.vocab import actor_entries, kind_label


def _first_quantity(units: tuple[str, ...]) -> Callable[[Claim | Incident], int | None]:
    def read(item: Claim | Incident) -> int | None:
        return next((v for unit in units if (v := item.quantity(unit)) is not None), None)

    return read


def _casualties(kind: CasualtyKind, fallback_unit: str) -> Callable[[Claim | Incident], int | None]:
    def read(item: Claim | Incident) -> int | None:
        if any(c.kind == kind for c in item.casualties):
            return item.casualty_count(kind)
        return item.quantity(fallback_unit)

    return read


def _casualties_or_zero(kind: CasualtyKind, fallback_unit: str) -> Callable[[Incident], int]:
    """An operation whose reports name no arrests counts as none arrested, not as unknown."""
    read = _casualties(kind, fallback_unit)
    return lambda incident: read(incident) or 0


@dataclass(frozen=True)
class FigureRule:
    """How one headline figure is read from a claim and counted from incidents."""

    name: str
    stated: Callable[[Claim], int | None]
    counted: Callable[[Incident], int | None] | None  # None: the number of incidents


@dataclass(frozen=True)
class HeadlineRule:
    id: str
    label: str
    event_kinds: frozenset[str]
    claim_kinds: frozenset[str]
    figures: tuple[FigureRule, ...]
    with_dates: bool = False
    actor_required_kinds: frozenset[str] = frozenset()  # kinds that count only with a campaign actor

    def takes(self, incident: Incident, scope: Scope) -> bool:
        if incident.kind not in self.event_kinds:
            return False
        if incident.kind in self.actor_required_kinds:
            return any(scope.has_actor(e.actors) for e in incident.events)
        return True


_TRUCKS = ("trucks", "trucks and vehicles", "vehicles")
_OPERATIONS = ("operations", "joint operations", "security operations", "raids")
_ARRESTED, _KILLED = CasualtyKind.ARRESTED, CasualtyKind.KILLED
HEADLINES = (
    HeadlineRule(
        id="convoys",
        label="Convoys and reinforcements",
        event_kinds=frozenset({"convoy"}),
        claim_kinds=frozenset({"convoy"}),
        figures=(
            FigureRule("convoys", _first_quantity(("batches", "convoys")), None),
            FigureRule("trucks", _first_quantity(_TRUCKS), _first_quantity(_TRUCKS)),
        ),
        with_dates=True,
    ),
    HeadlineRule(
        id="joint_operations",
        label="Joint security operations",
        event_kinds=frozenset({"raid", "airdrop", "arrest"}),
        claim_kinds=frozenset(
            {"raid", "airdrop", "arrest", "security_operation", "joint_operation", "joint_security_operation"}
        ),
        figures=(
            FigureRule("operations", _first_quantity(_OPERATIONS), None),
            FigureRule("arrested", _casualties(_ARRESTED, "arrested"), _casualties_or_zero(_ARRESTED, "arrested")),
            FigureRule("killed", _casualties(_KILLED, "killed"), _casualties_or_zero(_KILLED, "killed")),
        ),
        actor_required_kinds=frozenset({"arrest"}),
    ),
)


def _stated(rule: FigureRule, claims: list[Claim], notes: list[str]) -> tuple[int | None, list[str]]:
    """Several claims of one month usually restate one figure: keep the largest, note any difference."""
    values = {c.id: v for c in claims if (v := rule.stated(c)) is not None}
    if not values:
        return None, []
    if len(set(values.values())) > 1:
        listed = ", ".join(f"{v} ({cid})" for cid, v in values.items())
        notes.append(f"claims state different {rule.name} figures: {listed}; the largest is shown")
    return max(values.values()), list(values)


def _counted(rule: FigureRule, incidents: list[Incident]) -> tuple[int | None, list[str], bool]:
    if rule.counted is None:
        return len(incidents), [eid for inc in incidents for eid in inc.event_ids], bool(incidents)
    values = [(inc, v) for inc in incidents if (v := rule.counted(inc)) is not None]
    refs = [eid for inc, _ in values for eid in inc.event_ids]
    return (sum(v for _, v in values) if values else None), refs, bool(values)


def _headline(rule: HeadlineRule, claims: list[Claim], incidents: list[Incident], notes: list[str]) -> Headline:
    figures = []
    for figure_rule in rule.figures:
        stated, stated_refs = _stated(figure_rule, claims, notes)
        counted, counted_refs, counted_any = _counted(figure_rule, incidents)
        figures.append(
            Figure(
                name=figure_rule.name,
                stated=stated,
                counted=counted,
                agreement=agreement(stated, counted, counted_any),
                stated_refs=stated_refs,
                counted_refs=counted_refs,
            )
        )
    dates = None
    if rule.with_dates:
        stated_days = sorted({d for c in claims for d in c.dates})
        counted_days = sorted({inc.lead.date_start for inc in incidents if inc.lead.date_start})
        dates = DatesFigure(
            stated=stated_days,
            counted=counted_days,
            agreement=agreement(stated_days, counted_days, bool(counted_days)),
            stated_refs=[c.id for c in claims if c.dates],
            counted_refs=[eid for inc in incidents for eid in inc.event_ids],
        )
    return Headline(
        id=rule.id, label=rule.label, figures=figures, dates=dates, incident_ids=[inc.id for inc in incidents]
    )


def _stated_only(kind: str, claims: list[Claim], notes: list[str], directory: Path | None) -> Headline:
    """A headline for claims of a kind no rule counts, so no stated figure is dropped."""
    units = [q.unit for c in claims for q in c.quantities]
    names = dict.fromkeys(units + [x.kind.value for c in claims for x in c.casualties])
    figures = []
    for name in names:
        is_casualty = name in {k.value for k in CasualtyKind}
        rule = FigureRule(name, _casualties(CasualtyKind(name), name) if is_casualty else _first_quantity((name,)), None)
        stated, refs = _stated(rule, claims, notes)
        figures.append(Figure(name=name, stated=stated, agreement=agreement(stated, None, False), stated_refs=refs))
    days = sorted({d for c in claims for d in c.dates})
    dates = DatesFigure(stated=days, agreement=agreement(days, [], False), stated_refs=[c.id for c in claims if c.dates])
    return Headline(
        id=f"stated_{kind}",
        label=f"{kind_label(kind, directory)} (stated)",
        figures=figures,
        dates=dates if days else None,
        counts_events=False,
    )


def _named_group(casualty: Casualty, directory: Path | None) -> Casualty:
    """Casualty groups given as actor ids are shown by the actor's name."""
    entries = actor_entries(directory)
    if casualty.group in entries:
        return casualty.model_copy(update={"group": entries[casualty.group].name})
    return casualty


def _development(incident: Incident, directory: Path | None) -> Development:
    lead, place = incident.lead, incident.place
    return Development(
        incident_id=incident.id,
        date_start=lead.date_start,
        date_end=lead.date_end,
        time_precision=lead.time_precision,
        date_text=span_text(lead.date_start, lead.date_end, lead.time_precision),
        kind=incident.kind,
        kind_label=kind_label(incident.kind, directory),
        place=(place.resolved_name or place.name) if place else None,
        admin1=place.admin1 if place else None,
        actors=[PartyRef(name=p.actor.name, actor_id=p.actor.actor_id, role=p.role.value) for p in incident.actors],
        quantities=incident.quantities,
        casualties=[_named_group(c, directory) for c in incident.casualties],
        summary=incident.summary,
        certainty=incident.lead.certainty,
        refs=incident.event_ids,
    )


def _references(
    ordered_ids: list[str], events: dict[str, Event], claims: dict[str, Claim], documents: dict[str, Document]
) -> list[Reference]:
    references, counters = [], {"event": 0, "claim": 0}
    for ref_id in dict.fromkeys(ordered_ids):
        item = events.get(ref_id) or claims[ref_id]
        kind = "event" if ref_id in events else "claim"
        counters[kind] += 1
        sources = []
        for ev in item.evidence:
            doc = documents.get(ev.document_id)
            sources.append(
                Source(
                    document_id=ev.document_id,
                    text=ev.text,
                    document_title=doc.title if doc else None,
                    document_date=doc.published if doc else None,
                    start=ev.start,
                    end=ev.end,
                )
            )
        label = f"{kind[0].upper()}{counters[kind]}"
        references.append(Reference(label=label, id=ref_id, type=kind, summary=item.summary, sources=sources))
    return references


def monthly(
    campaign: Campaign,
    month: int,
    events: list[Event],
    claims: list[Claim],
    documents: list[Document],
    *,
    keywords: list[str] | tuple[str, ...] = (),
    data_dir: Path | None = None,
) -> MonthlyReport:
    """The report of `campaign`'s `month`: headline totals, prominent developments, references.

    `events`, `claims` and `documents` may hold more than the month: selection
    by window and campaign happens here.  `keywords` add to the campaign's own
    words that mark a document title as being about it (campaigns.toml).
    """
    window = campaign.month_window(month)
    scope = scope_of(campaign, documents, keywords, data_dir)
    chosen_events = select_events(events, scope, window)
    chosen_claims = select_claims(claims, scope, window)
    incidents = group_incidents(chosen_events)

    notes: list[str] = []
    headlines, taken = [], set()
    for rule in HEADLINES:
        mine = [inc for inc in incidents if inc.id not in taken and rule.takes(inc, scope)]
        taken.update(inc.id for inc in mine)
        headlines.append(_headline(rule, [c for c in chosen_claims if c.kind in rule.claim_kinds], mine, notes))
    covered = set().union(*(rule.claim_kinds for rule in HEADLINES))
    for kind in dict.fromkeys(c.kind for c in chosen_claims if c.kind not in covered):
        headlines.append(_stated_only(kind, [c for c in chosen_claims if c.kind == kind], notes, data_dir))
    developments = [_development(inc, data_dir) for inc in incidents if inc.id not in taken]

    cited: list[str] = []
    for headline in headlines:
        for figure in [*headline.figures, *([headline.dates] if headline.dates else [])]:
            cited.extend([*figure.stated_refs, *figure.counted_refs])
    for development in developments:
        cited.extend(development.refs)
    references = _references(
        cited, {e.id: e for e in chosen_events}, {c.id: c for c in chosen_claims}, {d.id: d for d in documents}
    )
    ordinal_text = ordinal(month)
    return MonthlyReport(
        campaign_id=campaign.id,
        campaign_name=campaign.name,
        month=month,
        ordinal=ordinal_text,
        title=f"{ordinal_text} month of {campaign.name}",
        window_start=window[0],
        window_end=window[1],
        headlines=headlines,
        developments=developments,
        references=references,
        notes=notes,
    )
