"""Classification metrics against hand-computed figures, the CASE 2021 code table and the TSV loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.classification import (
    FALLBACK_CODE,
    Row,
    case_code_of,
    case_code_of_kind,
    classification_scores,
    load_case_codes,
    load_classification_tsv,
    predict_case_code,
)
from sitrep.errors import InputError, SitrepError, VocabularyError
from sitrep.vocabulary import load_ontology

DATA = Path(__file__).parent / "data" / "eval"

# A 3-label toy case.  Gold a a a b b c, predicted a a b b c c:
#   a: 2 right of 2 predicted, support 3 -> P 1,   R 2/3, F1 0.8
#   b: 1 right of 2 predicted, support 2 -> P 1/2, R 1/2, F1 0.5
#   c: 1 right of 2 predicted, support 1 -> P 1/2, R 1,   F1 2/3
# weighted F1 = (0.8*3 + 0.5*2 + 2/3*1) / 6 = 61/90; macro F1 = (0.8 + 0.5 + 2/3) / 3 = 59/90
GOLD = ["a", "a", "a", "b", "b", "c"]
PREDICTED = ["a", "a", "b", "b", "c", "c"]


def test_three_label_toy_case_matches_hand_computed_figures():
    scores = classification_scores(GOLD, PREDICTED)
    assert scores.n == 6
    assert scores.accuracy == pytest.approx(4 / 6)
    assert scores.weighted_f1 == pytest.approx(61 / 90)
    assert scores.macro_f1 == pytest.approx(59 / 90)
    a, b, c = (scores.per_label[label] for label in "abc")
    assert (a.precision, a.recall, a.f1, a.support) == (pytest.approx(1.0), pytest.approx(2 / 3), pytest.approx(0.8), 3)
    assert (b.precision, b.recall, b.f1, b.support) == (pytest.approx(0.5), pytest.approx(0.5), pytest.approx(0.5), 2)
    assert (c.precision, c.recall, c.f1, c.support) == (pytest.approx(0.5), pytest.approx(1.0), pytest.approx(2 / 3), 1)
    assert scores.confusion == {("a", "a"): 2, ("a", "b"): 1, ("b", "b"): 1, ("b", "c"): 1, ("c", "c"): 1}


def test_a_label_only_predicted_counts_in_macro_but_weighs_nothing_in_weighted():
    # Gold a a b, predicted a c b.  a: P 1, R 1/2, F1 2/3; b: F1 1; c: never gold, F1 0.
    scores = classification_scores(["a", "a", "b"], ["a", "c", "b"])
    assert scores.labels == ("a", "b", "c")
    assert scores.per_label["c"].support == 0 and scores.per_label["c"].f1 == 0.0
    assert scores.weighted_f1 == pytest.approx(7 / 9)  # (2/3*2 + 1*1) / 3
    assert scores.macro_f1 == pytest.approx(5 / 9)  # (2/3 + 1 + 0) / 3


def test_perfect_empty_and_mismatched_inputs():
    perfect = classification_scores(["x", "y"], ["x", "y"])
    assert (perfect.accuracy, perfect.weighted_f1, perfect.macro_f1) == (1.0, 1.0, 1.0)
    empty = classification_scores([], [])
    assert (empty.n, empty.accuracy, empty.weighted_f1, empty.macro_f1) == (0, 0.0, 0.0, 0.0)
    with pytest.raises(ValueError):
        classification_scores(["a"], [])


def test_to_dict_json_and_table():
    scores = classification_scores(GOLD, PREDICTED)
    data = json.loads(scores.to_json())
    assert data == scores.to_dict()
    assert {"accuracy", "weighted_f1", "macro_f1", "n", "per_label", "confusion"} <= set(data)
    assert data["weighted_f1"] == round(61 / 90, 4)
    assert data["per_label"]["a"] == {"precision": 1.0, "recall": 0.6667, "f1": 0.8, "support": 3, "predicted": 2}
    assert data["confusion"] == {"a": {"a": 2, "b": 1}, "b": {"b": 1, "c": 1}, "c": {"c": 1}}
    table = scores.to_table()
    assert "weighted F1 0.678" in table and "macro F1 0.656" in table
    assert "  1 a" in table  # rows numbered for the confusion table's columns
    confusion_rows = table.split("confusion")[1].splitlines()[2:]
    assert confusion_rows[0].split()[-3:] == ["2", "1", "."]


# ---------------------------------------------------------------- the code table


def test_case_codes_cover_every_acled_sub_event_type_and_every_kind():
    codes = load_case_codes()
    assert len(codes) == 25
    assert codes["ART_MISS_ATTACK"] == "Shelling/artillery/missile attack"
    assert case_code_of("Air/drone strike") == "AIR_STRIKE"
    for kind in load_ontology():
        assert case_code_of_kind(kind) in codes
    assert case_code_of_kind("drone_strike") == "AIR_STRIKE"
    assert case_code_of_kind(None) == FALLBACK_CODE


def test_a_code_mapped_to_an_unknown_acled_name_is_rejected(tmp_path):
    path = tmp_path / "codes.toml"
    path.write_text('[codes]\nAIR_STRIKE = "Air strike from space"\n', encoding="utf-8")
    with pytest.raises(VocabularyError, match="AIR_STRIKE"):
        load_case_codes(path)


# ---------------------------------------------------------------- the TSV loader


def test_load_classification_tsv():
    rows = load_classification_tsv(DATA / "snippets.tsv")
    assert len(rows) == 5
    assert rows[0] == Row("a1", "A Turkish drone struck a car near the border town, killing two fighters.", "AIR_STRIKE")


def test_columns_in_any_order_and_extra_columns(tmp_path):
    path = tmp_path / "set.tsv"
    path.write_text("acled_subtype\tsource\tsnippet\tid\nARREST\twire\tPolice arrested a man.\t7\n", encoding="utf-8")
    assert load_classification_tsv(path) == [Row("7", "Police arrested a man.", "ARREST")]


@pytest.mark.parametrize(
    ("name", "where", "problem"),
    [
        ("missing_column.tsv", "line 1", "missing column(s) snippet"),
        ("bad_code.tsv", "line 3", "unknown acled_subtype code 'NOT_A_CODE'"),
        ("short_row.tsv", "line 3", "2 column(s)"),
    ],
)
def test_loader_errors_name_the_file_and_line(name, where, problem):
    with pytest.raises(InputError) as caught:
        load_classification_tsv(DATA / name)
    message = str(caught.value)
    assert f"{DATA / name}, {where}" in message and problem in message
    assert "\n" not in message


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(SitrepError, match="cannot read"):
        load_classification_tsv(tmp_path / "absent.tsv")


def test_predict_case_code_of_a_clear_snippet():
    assert predict_case_code("A Turkish drone struck a car near the border town, killing two fighters.") == "AIR_STRIKE"


def test_rules_only_uses_the_ontology_kind():
    snippet = "Police arrested four men suspected of smuggling weapons in the city on Monday."
    assert predict_case_code(snippet, rules_only=True) == "ARREST"
    assert predict_case_code("Nothing happened here at all.", rules_only=True) == FALLBACK_CODE
