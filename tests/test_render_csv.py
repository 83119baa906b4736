"""The action plan as CSV: a header in the report's language, then one row per gap."""

from __future__ import annotations

import csv
import io

import attrs
import pytest

import cse_assess
from cse_assess.core.model import Assessment, Questionnaire, localize
from cse_assess.core.scoring import Result
from cse_assess.render import number
from cse_assess.render.report.csv import CSV_ENCODING, delimiter, render_csv

HEADERS = {
    "en": [
        "Priority",
        "Area",
        "Question id",
        "Question",
        "Current answer",
        "Target",
        "Why",
        "Action",
        "Evidence to collect",
        "Owner",
        "Due date",
        "Status",
        "Comment",
    ],
    "lv": [
        "Prioritāte",
        "Joma",
        "Jautājuma identifikators",
        "Jautājums",
        "Pašreizējā atbilde",
        "Mērķa vērtība",
        "Iemesls",
        "Rīcība",
        "Vācamie pierādījumi",
        "Atbildīgais",
        "Termiņš",
        "Statuss",
        "Komentārs",
    ],
}


def rows(text: str, lang: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(lang)))


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_header_and_one_row_per_gap_in_order(result: Result, lang: str) -> None:
    table = rows(render_csv(result, lang), lang)
    assert table[0] == HEADERS[lang]
    body = table[1:]
    assert len(body) == len(result.gaps) > 0
    assert [r[2] for r in body] == [g.id for g in result.gaps]
    for row, gap in zip(body, result.gaps, strict=True):
        assert len(row) == len(HEADERS[lang])
        assert row[0] == number(gap.priority, lang, 2)
        assert row[1] == localize(result.questionnaire.area(gap.area).title, lang)  # type: ignore[union-attr]
        assert row[3] == localize(gap.question.text, lang)
        assert row[7] == localize(gap.question.action, lang)
        assert row[8] == "; ".join(localize(e, lang) for e in gap.question.evidence)
        assert row[9:] == ["", "", "", ""]


def test_priorities_are_non_increasing(result: Result) -> None:
    body = rows(render_csv(result, "en"), "en")[1:]
    priorities = [float(r[0]) for r in body]
    assert priorities == sorted(priorities, reverse=True)


def test_latvian_uses_semicolons_and_decimal_commas(result: Result) -> None:
    text = render_csv(result, "lv")
    assert text.splitlines()[0].count(";") == len(HEADERS["lv"]) - 1
    assert rows(text, "lv")[1][0] == number(result.gaps[0].priority, "lv", 2)
    assert "," in rows(text, "lv")[1][0]
    assert delimiter("en") == ","


def test_rows_end_in_crlf_and_encoding_has_a_bom(result: Result) -> None:
    text = render_csv(result, "en")
    assert text.endswith("\r\n")
    assert text.count("\r\n") >= len(result.gaps) + 1
    assert CSV_ENCODING == "utf-8-sig"
    data = text.encode(CSV_ENCODING)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode(CSV_ENCODING) == text
    assert "Prioritāte" in render_csv(result, "lv").encode(CSV_ENCODING).decode("utf-8-sig")


def test_texts_that_look_like_formulas_stay_text(bank: Questionnaire) -> None:
    first = bank.areas[0].questions[0]
    evil = attrs.evolve(first, action={"lv": "=HYPERLINK(1)", "en": "=HYPERLINK(1)"})
    areas = (attrs.evolve(bank.areas[0], questions=(evil,)),)
    small = attrs.evolve(bank, areas=areas)
    result = cse_assess.score(small, Assessment(small.id, small.version))
    row = rows(render_csv(result, "en"), "en")[1]
    assert row[7] == "'=HYPERLINK(1)"


def test_deterministic(result: Result) -> None:
    assert render_csv(result, "lv") == render_csv(result, "lv")


def test_no_gaps_is_a_header_only(bank: Questionnaire) -> None:
    empty = attrs.evolve(bank, areas=())
    result = cse_assess.score(empty, Assessment(bank.id, bank.version))
    assert rows(render_csv(result, "en"), "en") == [HEADERS["en"]]
