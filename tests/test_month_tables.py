"""Tables of months side by side: one claim per month's cell."""

from __future__ import annotations

from datetime import date

from sitrep.extract import extract
from sitrep.extract.month_tables import month_table_claims
from sitrep.model import CasualtyKind, Document

PIPE_TABLE = """QUARTERLY REVIEW | JANUARY–MARCH 2026

| Indicator | January | February | March |
|---|---|---|---|
| Supply trucks entering Syria | 160 | 85 | 210 |
| Bases and points held at the end of the month | 9 | 9 | 8 |
"""

SPACED_TABLE = """TURKISH DRONE STRIKES ON SDF-HELD AREAS, BY MONTH
Month      | April | May | June
Strikes    |     9 |  14 |   11
Killed     |     5 |   9 |    4
"""

COLUMNS_WITHOUT_LABEL_HEADER = """                               July   August   September
Reinforcement convoys             2        1           4
"""


def _claims(text: str, published: date) -> list:
    return month_table_claims(Document.from_text(text, published=published), "test")


def test_each_months_cell_of_a_row_that_counts_a_unit_is_that_months_total():
    claims = _claims(PIPE_TABLE, date(2026, 4, 6))
    assert [(c.kind, c.quantity("trucks"), c.period_start, c.period_end) for c in claims] == [
        ("convoy", 160, date(2026, 1, 1), date(2026, 1, 31)),
        ("convoy", 85, date(2026, 2, 1), date(2026, 2, 28)),
        ("convoy", 210, date(2026, 3, 1), date(2026, 3, 31)),
    ]
    # the evidence is the row line itself
    assert {c.evidence[0].text for c in claims} == {"| Supply trucks entering Syria | 160 | 85 | 210 |"}


def test_a_killed_row_adds_its_deaths_to_the_row_above_and_columns_of_spaces_are_read():
    claims = _claims(SPACED_TABLE, date(2026, 7, 8))
    assert [(c.quantity("strikes"), c.casualty_count(CasualtyKind.KILLED)) for c in claims] == [(9, 5), (14, 9), (11, 4)]
    [convoys, *_] = _claims(COLUMNS_WITHOUT_LABEL_HEADER, date(2026, 10, 6))
    assert (convoys.kind, convoys.quantity("convoys"), convoys.period_start) == ("convoy", 2, date(2026, 7, 1))


def test_months_after_publication_belong_to_the_year_before():
    [december, january] = _claims("| Item | December | January |\n| Trucks | 40 | 55 |\n", date(2026, 2, 3))
    assert (december.period_start, january.period_start) == (date(2025, 12, 1), date(2026, 1, 1))


def test_the_tables_claims_come_out_of_extraction_once():
    # before, the rows gave nothing: no sentence, no trigger word
    claims = extract(Document.from_text(PIPE_TABLE, published=date(2026, 4, 6))).claims
    assert sorted(c.quantity("trucks") for c in claims if c.quantity("trucks")) == [85, 160, 210]
