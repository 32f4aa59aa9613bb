"""Extraction: a document in, its events and stated totals out.

    from sitrep.extract import extract
    result = extract(document)          # -> Extraction(events=[...], claims=[...], notes=[...])

Each sentence is split and parsed (spaCy), classified against the ontology,
and read for its date, places, actors, counts and casualties.  Sentences that
point back ("The attack left two dead") are folded into the event they refer
to; stated totals over a period become claims, never events.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sitrep.extract.arguments import find_quantities
from sitrep.extract.assemble import EXTRACTOR_VERSION, claim_from_event, distinct_claims, to_claim, to_events
from sitrep.extract.classify import Trigger, best_trigger
from sitrep.extract.context import (inherit_from_context, with_the_days_it_counts, with_the_documents_operator,
                                    with_the_titles_place)
from sitrep.extract.dates import (DAY_ONLY_LINE_RE, WEEKDAY_RE, DateMention, after_midnight, day_ago, day_one,
                                  declares_month_first, find_dates, heading_day, label_day, night_of, numbered_day,
                                  page_saved, reading_month_first, row_day, weekdays_of_the_week_to)
from sitrep.extract.drafts import (Draft, absorb_intervention, adds_casualties, claim_kind, fold_in, hedges,
                                   intervenes_in_protest, is_update, lay_the_blame, merge, read_sentence, refers_back,
                                   same_happening, tolls_the_event_before, with_earlier_attackers)
from sitrep.extract.event_filter import sorted_events
from sitrep.extract.twins import with_twins
from sitrep.extract.language import unsupported_language
from sitrep.extract.month_tables import month_table_claims
from sitrep.extract.nlp import TABLE_ROW_RE, Sentence, line_span, split_clauses, split_sentences
from sitrep.extract.skip import OTHER_ARTICLES_RE, PUBLISHED_LINE_RE, is_item_title, is_police_work, is_private_harm
from sitrep.extract.period import find_campaign_month
from sitrep.extract.places import PlaceReader
from sitrep.extract.records import (DATE_FIELD_RE, alert_casualties, alert_fields, alert_is_doubtful, alert_parties,
                                    alert_roles, read_row, record_parties, sheet_header, sheet_row, starts_a_record,
                                    toll_header, total_row_toll, with_record_parties)
from sitrep.extract.refine import refine_kind
from sitrep.extract.retold import fold_retold, without_headlines_told_below
from sitrep.model import (Casualty, Certainty, Claim, Document, Event, EventActor, Extraction, GeoPrecision, Place,
                           TimePrecision)
from sitrep.settings import Settings
from sitrep.vocabulary import load_ontology

REFER_BACK_WINDOW = 2  # sentences


def extract(document: Document, settings: Settings | None = None, *, aliases: Mapping[str, str] | None = None) -> Extraction:
    """Events and claims of one document. `aliases` (alias -> gazetteer id, from Store.aliases())
    add the analysts' own place names to the gazetteer."""
    settings = settings or Settings.from_env()
    language = unsupported_language(document.text)
    if language is not None:
        note = f"{document.source or document.id}: text appears to be in {language}; only English is supported, nothing extracted"
        return Extraction(document_id=document.id, notes=[note])
    with reading_month_first(declares_month_first(document.text)), weekdays_of_the_week_to(_week_end(document)):
        return _extract(document, settings, aliases)


def _extract(document: Document, settings: Settings, aliases: Mapping[str, str] | None) -> Extraction:
    notes = []
    if document.published is None and _has_unresolvable_dates(document.text):
        notes.append(f"{document.source or document.id}: no publication date; dates without a year were left unresolved (use --published)")
    sentences = split_sentences(document.text, settings.spacy_model)
    period = document_period(document, sentences)
    drafts = _read_drafts(sentences, document, period, PlaceReader(document.text, aliases))
    events, claims = [], []
    for index, draft in enumerate(drafts):
        if draft.is_claim:
            claims.append(to_claim(draft, document, period))
        else:
            events.extend(to_events(draft, document, period, drafts[:index]))
    events = without_headlines_told_below(events, document.text)
    events = with_the_documents_operator(fold_retold(with_twins(events, document.text, document.published)), document.text)
    events = with_the_titles_place(events, document.title)
    events, totals = sorted_events(events, settings.event_filter)
    claims += [claim_from_event(event, document, period) for event in totals]
    claims += _month_table_claims(document, claims)
    claims = [with_the_days_it_counts(claim, events) for claim in distinct_claims(claims)]
    return Extraction(document_id=document.id, events=events, claims=claims, notes=notes)


def _month_table_claims(document: Document, found: list[Claim]) -> list[Claim]:
    """A table of months side by side gives one claim per month's cell, unless the rows gave claims already."""
    told = {e.start for claim in found for e in claim.evidence}
    return [claim for claim in month_table_claims(document, EXTRACTOR_VERSION) if claim.evidence[0].start not in told]


def events(document: Document, settings: Settings | None = None) -> list[Event]:
    return extract(document, settings).events


def _has_unresolvable_dates(text: str) -> bool:
    probe = find_dates(text, date(2000, 6, 15))
    return any(not m.explicit_year for m in probe)


@dataclass
class _Reading:
    """What reading a document's sentences in order carries from one sentence to the next."""

    reference: date | None  # what "yesterday" counts from: a feed item's own "Published:" day, once given
    named_day: DateMention | None = None  # the last day a sentence named
    field_days: dict[int, DateMention] = field(default_factory=dict)  # paragraph -> its record's "Date:" field
    parties: dict[int, list[EventActor]] = field(default_factory=dict)  # paragraph -> the parties its record names
    headers: dict[int, list[str]] = field(default_factory=dict)  # paragraph -> the columns of the sheet pasted in it
    toll_headers: dict[int, list[str]] = field(default_factory=dict)  # paragraph -> the columns of a table of tolls
    police_work: int = -1  # the last sentence that told police work: what follows does not go on with what preceded
    saved: datetime | None = None  # when a saved map page was saved: what its entries' "2 hours ago" counts from
    header_line: int = -2  # the last line that was a record's dated header: the line below it tells the record
    night: date | None = None  # the first day of the night a register's "Night 1/2 Sep" header opened
    day_one: date | None = None  # a notebook's "Day 1 = Wednesday 4 March 2026": what its "Day 3, Hasakah." counts from
    contents: int = -1  # the paragraph of a page's list of contents, whose "2 February" heads no entries
    reference_is_heading: bool = False  # the reference is the day of a dated heading ("No: 142, 17 July 2026, ...")
    heading_paragraph: int = -1  # the paragraph a dated heading opens ("Sun 12 April" over a diary's day)
    paragraph_places: dict[int, Place] = field(default_factory=dict)  # paragraph -> the last place its sentences named


def _read_drafts(sentences: list[Sentence], document: Document, period, places: PlaceReader) -> list[Draft]:
    drafts: list[Draft] = []
    state = _Reading(reference=document.published, day_one=day_one(document.text[:1000], document.published))
    for sentence in _told_sentences(sentences):
        if _read_aside(state, sentence, drafts, document.published):
            continue
        _note_night_or_day(state, sentence, document.published)
        previous = drafts[-1] if drafts and drafts[-1].last_index > state.police_work else None
        near = previous is not None and sentence.index - previous.last_index <= REFER_BACK_WINDOW
        written = document.text[sentence.start:sentence.end]
        place_before = _note_place(state, sentence, places)
        if (total := _total_row(state, sentence, written, period, document)) is not None:
            drafts.append(total)
            continue
        if starts_a_record(written):
            state.parties[sentence.paragraph] = []
        state.parties.setdefault(sentence.paragraph, []).extend(record_parties(written))
        if previous is not None and previous.sentences[-1].index == sentence.index and best_trigger(sentence) is None \
                and lay_the_blame(previous, sentence.text):
            continue  # "...; the SDF blamed ISIS cells": a clause that says whose the event just told was
        if previous is not None and previous.sentences[-1].index == sentence.index and hedges(previous, sentence.text):
            continue  # "...; the team could not verify this": a clause that says how sure the event just told is
        headed = state.header_line == sentence.index - 1
        line_start, line_end = line_span(document.text, sentence.start, sentence.start)  # a row may hold several sentences
        reference = row_day(document.text[line_start:line_end], state.reference) or state.reference
        # "Tonight at 22:40" in a post under its account line, read on its own or run together with the line
        reference = _account_line_day(document.text[line_start:line_end], reference) or (
            _account_line_day(_line_above(document.text, line_start), reference)) or reference
        # a diary's entry under its day's heading is dated by it, as a record's line is by its header
        dated_entry = headed or (state.reference_is_heading and sentence.paragraph == state.heading_paragraph)
        draft = read_sentence(sentence, reference, document.title, period, previous if near else None, places, dated_entry)
        if draft is not None and draft.is_claim and state.reference_is_heading:
            # a total counts to the day the document came out, not to the day of the heading above it
            draft = read_sentence(sentence, document.published, document.title, period, previous if near else None,
                                  places, headed)
        draft = _with_record_fields(state, draft, sentence, written, headed)
        _note_days(state, draft, sentence, written)
        if draft is None and _dates_the_record_above(drafts, sentence, written, state.reference):
            continue
        if previous is not None and _continues(previous, draft, sentence, near):
            fold_in(previous, sentence, state.reference, places)
            continue
        if draft is None:
            continue
        if state.night is not None:
            _date_in_the_night(draft, sentence.text, state.night)
        inherit_from_context(draft, drafts)
        with_earlier_attackers(draft, previous if near else None)
        if previous is None or not _joined(previous, draft):
            _placed_by_its_paragraph(draft, sentence, written, place_before)
            drafts.append(draft)
    return drafts


def _placed_by_its_paragraph(draft: Draft, sentence: Sentence, written: str, place_before: Place | None) -> None:
    """"The pickup was hit with machine-gun fire just after dark" after "We drove on to Dhiban." in the same
    paragraph: an event whose sentence names no place happened where the paragraph last was (not a log's or a
    table's line, each of which is an item of its own)."""
    if (draft.place is None and not draft.places and not draft.is_claim and not sentence.from_log
            and not TABLE_ROW_RE.match(written)):
        draft.place = place_before


def _note_place(state: _Reading, sentence: Sentence, places: PlaceReader) -> Place | None:
    """Remember the last place a sentence names, for the sentences after it in its paragraph; the place the
    sentences before it left."""
    before = state.paragraph_places.get(sentence.paragraph)
    named = [p for _, p in places.mentions(sentence) if p.precision is not GeoPrecision.COUNTRY]
    if named:
        state.paragraph_places[sentence.paragraph] = named[-1]
    return before


def _read_aside(state: _Reading, sentence: Sentence, drafts: list[Draft], published: date | None) -> bool:
    """Whether a sentence is an aside read only for what it tells of others: a saved map entry's "2 hours ago"
    line (which dates the entry above it), a page's "saved" line, or police work (which ends the event before it)."""
    state.saved = page_saved(sentence.text, published) or state.saved
    if drafts and state.saved is not None and (ago := day_ago(sentence.text, state.saved)) is not None \
            and not drafts[-1].is_claim:
        drafts[-1].date = DateMention(0, 0, ago, ago, TimePrecision.DAY, [ago])  # the entry above it
        return True
    if is_police_work(sentence.text):
        state.police_work = sentence.index  # neither an event nor a detail of the event before it
        return True
    return False


def _total_row(state: _Reading, sentence: Sentence, written: str, period, document: Document) -> Draft | None:
    """A table of tolls' total row, as a claim; notes the table's header when the sentence is one."""
    if (columns := toll_header(written)) is not None:
        state.toll_headers[sentence.paragraph] = columns
    elif sentence.paragraph in state.toll_headers and (
            toll := total_row_toll(written, state.toll_headers[sentence.paragraph])) is not None:
        return _total_row_claim(sentence, toll, period or _title_span(document))
    return None


def _with_record_fields(state: _Reading, draft: Draft | None, sentence: Sentence, written: str, headed: bool) -> Draft | None:
    """The draft with what its record says around the sentence: a sheet row's cells, an alert's fields, the
    record's parties, and the day its header or "Date:" field gives."""
    if (header := sheet_header(written)) is not None:
        state.headers[sentence.paragraph] = header
    elif draft is not None and sentence.paragraph in state.headers:
        draft = _read_row(draft, sheet_row(written, state.headers[sentence.paragraph]))
    if draft is None:
        return None
    if fields := alert_fields(written):
        _read_alert(draft, fields)
    draft.actors = with_record_parties(draft.actors, state.parties[sentence.paragraph])
    if draft.date is None:
        draft.context_date = state.field_days.get(sentence.paragraph) or state.named_day
        draft.dated_by_field = sentence.paragraph in state.field_days or headed
    return draft


def _note_days(state: _Reading, draft: Draft | None, sentence: Sentence, written: str) -> None:
    """Remember the day a sentence names, for the undated sentences after it: any day, a record's dated header
    line, a "Date:" field."""
    day = _first_day(sentence, state.reference)
    state.named_day = day or state.named_day
    if draft is None and day is not None and (RECORD_HEADER_RE.match(written.strip()) or _account_line_day(written, state.reference)):
        state.header_line = sentence.index
    if day is not None and DATE_FIELD_RE.search(sentence.text):
        state.field_days[sentence.paragraph] = day


# a report's "time observed" field: "T: 231800C SEP 26", "T – 272115Z APR 26", "Time observed: 14 May, 06:10"
OBSERVED_FIELD_RE = re.compile(r"^\W*(?:T|time\s+observed|observed)\s*[:–-]\s*", re.I)


def _dates_the_record_above(drafts: list[Draft], sentence: Sentence, written: str, reference: date | None) -> bool:
    """A spot report's "T:" field, under the activity it times: the day the activity was seen, which the time the
    report was sent ("DTG: ...", read above the activity) only approximated."""
    if not drafts or not OBSERVED_FIELD_RE.match(written) or drafts[-1].is_claim:
        return False
    above = drafts[-1]
    if above.sentences[-1].paragraph != sentence.paragraph or (above.date is not None and not above.dated_by_field):
        return False
    day = next((d for d in find_dates(sentence.text, reference) if d.precision is TimePrecision.DAY), None)
    if day is None:
        return False
    above.date, above.context_date = day, None
    return True


# a record's header of a few cells, one of them its day: "Incident RJ-0319 | 19 March | Roj camp"
RECORD_HEADER_RE = re.compile(r"^[^|.;]{1,40}(?:\s\|\s[^|.;]{1,40}){1,4}$")
# a post's account line, its cells split by dots: "Şırnak İl Jandarma Komutanlığı @sirnakjandarma · 23 Jun 2026, 14:10"
ACCOUNT_LINE_RE = re.compile(r"^[^|.;·]{1,60}(?:\s·\s[^|;·]{1,40}){1,4}$")


def _line_above(text: str, line_start: int) -> str:
    """The line before the one that starts at `line_start` ("" for the first line)."""
    if line_start == 0:
        return ""
    above_start, above_end = line_span(text, line_start - 1, line_start - 1)
    return text[above_start:above_end]


def _account_line_day(line: str, reference: date | None) -> date | None:
    """The day a post's account line gives: what the post's "tonight" and "yesterday" count from."""
    if not ACCOUNT_LINE_RE.match(line.strip()):
        return None
    # a day written with its number ("23 Jun 2026"), not a comment's age ("golan_farmer · 3 days ago")
    return next((d.date_start for d in find_dates(line, reference) if d.precision is TimePrecision.DAY
                 and re.search(r"\d", line[d.start:d.end]) and not re.search(r"\bago\b", line[d.start:d.end + 4])), None)


def _read_row(draft: Draft, row: dict[str, str]) -> Draft | None:
    """A sheet row's draft with the parties, tolls and counts its cells give; None for a row that codes nothing."""
    read = read_row(row, draft.actors, draft.casualties)
    if read is None:
        return None
    draft.actors, draft.casualties, draft.quantities = read
    return draft


def _total_row_claim(sentence: Sentence, toll: list[Casualty], period: tuple[date, date] | None) -> Draft:
    """A table's total row: a claim for the report's period, with the row's toll, of the kind of thing it counts
    ("month total,...,"75 trucks in 2 batches"" totals convoys) or else of attacks of all kinds."""
    quantities = find_quantities(sentence.text)
    kind = claim_kind(quantities, load_ontology()["attack"])
    draft = Draft([sentence], kind, True, Trigger(kind, 0, len(sentence.text), sentence.span[0], 10))
    draft.casualties, draft.quantities, draft.claim_period = toll, quantities, period
    return draft


def _title_span(document: Document) -> tuple[date, date] | None:
    """The days a report's title says it covers ("Weekly incident sheet, Deir Ezzor, 16-22 March")."""
    spans = [m for m in find_dates(document.title or "", document.published) if m.date_end > m.date_start]
    return (spans[0].date_start, spans[0].date_end) if spans else None


def _read_alert(draft: Draft, fields: dict[str, str]) -> None:
    """An alert record's draft with the parties, detainees and confidence its fields give; a role the fields
    leave empty keeps what the line's words named."""
    parties = alert_parties(fields, draft.kind.id)
    given = {p.role for p in parties} | alert_roles(fields)
    named = {p.actor.actor_id or p.actor.name for p in parties}
    draft.actors = parties + [a for a in draft.actors if a.role not in given and (a.actor.actor_id or a.actor.name) not in named]
    draft.casualties = alert_casualties(fields, draft.casualties)
    # what the record counts is in its note ("NOTE: 12 shells"), not in its source field ("SRC: 2 channels")
    draft.quantities = find_quantities(fields["note"]) if "note" in fields else []
    if alert_is_doubtful(fields):
        draft.certainty = Certainty.ALLEGED


def _told_sentences(sentences: list[Sentence]):
    """The document's clauses, without the headlines of other articles listed after "Related:", without the
    titles of feed items, and without sentences of harm with a private cause (whose cause may be told after a
    semicolon: "a fire destroyed 23 tents ...; the camp manager said it started from a cooking stove")."""
    clauses = [clause for whole in sentences if not is_private_harm(whole.text) for clause in split_clauses(whole)]
    other_articles = None  # the paragraph, if any, in which a list of other articles' headlines began
    for position, sentence in enumerate(clauses):
        if OTHER_ARTICLES_RE.match(sentence.text.split("\n", 1)[0]):
            other_articles = sentence.paragraph
        if sentence.paragraph != other_articles and not is_item_title(sentence, clauses[position + 1:position + 2]):
            yield sentence


def _first_day(sentence: Sentence, reference: date | None) -> DateMention | None:
    """The first day the sentence names ("since dawn" names none: it only means the day it was written), or the
    day a report's header says its items are from ("Tuesday 13 January – events of Monday 12 January")."""
    days = [d for d in find_dates(sentence.text, reference) if d.precision is TimePrecision.DAY and not d.hour_only]
    covered = EVENTS_OF_RE.search(sentence.text)
    return next((d for d in days if covered and d.start >= covered.end()), days[0] if days else None)


EVENTS_OF_RE = re.compile(r"\b(?:events|incidents)\s+(?:of|from|on)\s+", re.I)


def _continues(previous: Draft, draft: Draft | None, sentence: Sentence, near: bool) -> bool:
    """Whether the sentence adds to the draft before it (a toll, an update, "The attack ...") rather than telling
    an event of its own."""
    if sentence.index - previous.last_index in {0, 1} and adds_casualties(draft, previous, sentence):
        return True
    if near and not previous.is_claim and is_update(sentence, draft, previous):
        return True
    if near and not previous.is_claim and draft is not None and draft.casualties and tolls_the_event_before(draft, sentence.text):
        return True  # "The army says that two armed men were killed in last night's strike."
    return near and refers_back(sentence) and (
        draft is None or draft.is_claim or draft.date is None or draft.date_from_context or draft.date.hour_only
        or previous.is_claim)


def _joined(previous: Draft, draft: Draft) -> bool:
    """Fold a draft into the one before when it tells an intervention in that protest or the same happening."""
    if intervenes_in_protest(previous, draft):
        absorb_intervention(previous, draft)
        return True
    if same_happening(previous, draft):
        merge(previous, draft)
        return True
    return False


# a voice note's or message's header: "[voice note 1, 00:52] Contact H2 (Hajin), received 9 Feb 23:10"
RECEIVED_LINE_RE = re.compile(r"^\s*\[[^\]\n]{1,40}\][^\n]{0,60}\breceived\s+(?P<day>\d{1,2}\s+[A-Z][a-z]{2,8})\b")
# a record's header line of fields, one of them the day the desk received the item below: "Ref: S-0911 · Stringer:
# DRA-04 (Tafas) · Filed: 10/09 18:15", where the item's "this afternoon" is the 10th
FILED_FIELD_RE = re.compile(r"(?:^|·|\|)\s*(?:filed|received|sent|submitted)\s*:\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})\b(?!/)", re.I)


# a weekly report's line naming the days it covers: "Reporting week: Monday 29 June to Sunday 5 July 2026"
COVERED_DAYS_LINE_RE = re.compile(r"^(?:reporting\s+(?:week|period)|period(?:\s+covered)?|week|covering)\s*:\s*(?P<days>.+)$", re.I | re.M)


def _week_end(document: Document) -> date | None:
    """The last day of the week a weekly report covers, when it was published after it: its "on Monday" is the
    Monday of that week, not of the week it was sent in."""
    lines = [document.title or ""] + [m["days"] for m in COVERED_DAYS_LINE_RE.finditer(document.text[:2000])]
    for line in lines:
        mentions = find_dates(WEEKDAY_RE.sub(" ", line), document.published)
        if not mentions or document.published is None:
            continue
        first, last = mentions[0].date_start, mentions[-1].date_end
        if 1 <= (last - first).days <= 6 and 1 <= (document.published - last).days <= 14:
            return last  # a week that ended shortly before the report came out
    return None


def _note_night_or_day(state: _Reading, sentence: Sentence, published: date | None) -> None:
    """What the relative words of the sentences below a header count from: a register night's, a notebook day's,
    a feed item's, a post's, a diary day's or a dated heading's day."""
    if (night := night_of(sentence.text, published)) is not None:
        state.night = state.reference = night
        state.reference_is_heading = False
    elif state.day_one is not None and (day := numbered_day(sentence.text, state.day_one)) is not None:
        state.night, state.reference, state.reference_is_heading = None, day, False
        state.named_day = DateMention(0, 0, day, day, TimePrecision.DAY, [day])
    elif CONTENTS_RE.match(sentence.text):
        state.contents = sentence.paragraph
    elif sentence.paragraph != state.contents:
        heading = heading_day(sentence.text, published)
        if (day := _item_day(sentence, published) or heading) is not None:
            state.night, state.reference, state.reference_is_heading = None, day, day == heading
            diary_day = day == heading and DAY_ONLY_LINE_RE.match(sentence.text.strip())
            state.heading_paragraph = sentence.paragraph if diary_day else -1


CONTENTS_RE = re.compile(r"^\W*(?:table of\s+)?contents\W*$", re.I)


def _date_in_the_night(draft: Draft, text: str, night: date) -> None:
    """A night register's entry with no day of its own: the night's first day, or the next one for an incident
    after midnight ("Night 7/8 Sep ... 00:15 – ... shot at about 23:50" is the 7th; "at about 00:30" the 8th)."""
    if draft.is_claim or (draft.date is not None and not draft.date.hour_only):
        return
    day = night + timedelta(days=1) if after_midnight(text) else night
    draft.date, draft.context_date = DateMention(0, 0, day, day, TimePrecision.DAY, [day]), None


def _item_day(sentence: Sentence, published: date | None) -> date | None:
    """The day a feed item's "Published:" line, a voice note's "received" header, or a post's label line,
    gives the text below it."""
    received = RECEIVED_LINE_RE.match(sentence.text)
    if received:  # only the day: "9 Feb 23:10" is not 23 February
        day = next((d for d in find_dates(received["day"], published) if d.precision is TimePrecision.DAY), None)
    elif (filed := FILED_FIELD_RE.search(sentence.text)) and "\n" not in sentence.text.strip():
        day = next(iter(find_dates(f"on {filed['d']}/{filed['m']}", published)), None)
    else:
        day = _first_day(sentence, published) if PUBLISHED_LINE_RE.match(sentence.text) else None
    return day.date_start if day else label_day(sentence.text, published)


def document_period(document: Document, sentences: list[Sentence]) -> tuple[date, date] | None:
    """The period a periodic report covers ("the 98th month of Coalition operations"), if it says."""
    return find_campaign_month((document.title or "") + "\n" + document.text) or _title_month(document)


def _title_month(document: Document) -> tuple[date, date] | None:
    """A summary titled "..., March 2024" covers that calendar month."""
    for mention in find_dates(document.title or "", document.published):
        if mention.precision is TimePrecision.MONTH and mention.date_start.day == 1:
            return mention.date_start, mention.date_end
    return None


def main_kind(text: str, settings: Settings | None = None) -> str | None:
    """The kind of the main event a short text (a headline, a news snippet) reports, or None.

    Unlike `extract`, nothing is filtered for being background or vague: a
    snippet is taken to report something, and its strongest trigger names it.
    """
    from sitrep.extract.classify import best_trigger
    from sitrep.extract.drafts import sentence_actors

    settings = settings or Settings.from_env()
    best = None
    for sentence in split_sentences(text, settings.spacy_model):
        trigger = best_trigger(sentence)
        if trigger is not None and (best is None or trigger.score > best[0].score):
            best = (trigger, sentence)
    if best is None:
        return None
    trigger, sentence = best
    actors = sentence_actors(sentence, trigger.token, trigger.kind.id)
    return refine_kind(trigger.kind, actors, [], sentence.text).id


__all__ = ["extract", "events", "main_kind", "EXTRACTOR_VERSION", "document_period"]
