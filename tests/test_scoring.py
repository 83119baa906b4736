"""Hand-computed scoring cases.

The first half checks the first and the third worked examples of ``docs/scoring.md`` (the
second is checked by ``tests/test_kinds.py``). The first example's bank and assessment are read
from the fenced blocks of that page; the third takes the bundled example assessment. Every
number the page states is checked twice: against the values computed by hand below, and against
the engine. The page and the engine therefore cannot drift apart. The second half checks small
cases, one rule at a time.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Mapping, Sequence
from contextlib import redirect_stdout
from pathlib import Path

import attrs
import pytest

import cse_assess
from cse_assess import ScaleQuestion
from cse_assess.cli.main import main
from cse_assess.content.assessment import parse_assessment
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.explain import explain
from cse_assess.core.model import Answer, Area, Assessment, Band, Option, Questionnaire, Scale
from cse_assess.core.scoring import (
    WITHHELD_NA,
    Result,
    band_for,
    round_score,
    score,
    withholding,
)
from cse_assess.core.validate import validate_assessment
from cse_assess.render._explain import formula
from cse_assess.render.report.json import result_data

DOC = Path(__file__).resolve().parent.parent / "docs" / "scoring.md"


# --- reading the worked example out of docs/scoring.md ---------------------------------------
def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def doc_block(marker: str, lang: str) -> str:
    """The fenced ``lang`` block right after ``<!-- worked-example:marker -->``."""
    pattern = rf"<!-- worked-example:{marker} -->\s*```{lang}\n(.*?)\n```"
    found = re.search(pattern, doc_text(), re.DOTALL)
    assert found, f"no ```{lang} block after the worked-example:{marker} marker in {DOC}"
    return found.group(1) + "\n"


def doc_table(marker: str) -> list[list[str]]:
    """The body rows of the Markdown table right after ``<!-- worked-example:marker -->``."""
    return doc_table_after(f"<!-- worked-example:{marker} -->")


def doc_table_after(comment: str) -> list[list[str]]:
    """The body rows of the Markdown table right after the line ``comment``."""
    text = doc_text()
    start = text.find(comment)
    assert start >= 0, f"no {comment} in {DOC}"
    lines = text[start:].splitlines()[1:]
    rows = []
    for line in lines:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    assert len(rows) > 2, f"no table after {comment}"
    return rows[2:]  # without the header and the |---| line


def flat(text: str) -> str:
    """``text`` with every run of white space (line breaks included) as one space."""
    return " ".join(text.split())


def matches(cell: str, value: float | None) -> bool:
    """Whether a number as the page writes it (``83.33``, ``75``, ``–``) states ``value``."""
    if cell == "–":
        return value is None
    if value is None:
        return False
    decimals = len(cell.split(".")[1]) if "." in cell else 0
    return abs(float(cell) - value) <= 0.5 * 10**-decimals + 1e-9


def example() -> tuple[Questionnaire, Assessment]:
    bank = parse_questionnaire(doc_block("bank", "yaml"), "docs/scoring.md#bank")
    assessment = parse_assessment(doc_block("assessment", "json"), "docs/scoring.md#assessment")
    return bank, assessment


@pytest.fixture(scope="module")
def worked() -> Result:
    bank, assessment = example()
    return score(bank, assessment)


# The numbers of the worked example, computed by hand (see docs/scoring.md, steps 1-5).
# question: (claimed, verified, target score)
QUESTIONS = {
    "lead.adopted": (75, 25, 75),
    "lead.owner": (100, 100, 75),
    "lead.review": (50, 50, 75),
    "serve.targets": (100, 100, 75),
    "serve.complaints": (None, None, 75),
    "serve.branches": (None, None, 50),
}
STATUSES = {
    "lead.adopted": "answered",
    "lead.owner": "answered",
    "lead.review": "answered",
    "serve.targets": "answered",
    "serve.complaints": "unanswered",
    "serve.branches": "na",
}
# area: (weight, claimed, verified, floor, verified floor, answered, na, applicable), the
# columns of the page's table. Nothing of "lead" is open, so its floors are its scores; the
# open serve.complaints (weight 1) counts as 0 in the floors of "serve", and the N/A
# serve.branches is left out of everything.
LEAD = ((75 * 2 + 100 * 1 + 50 * 1) / 4, (25 * 2 + 100 * 1 + 50 * 1) / 4)  # 75, 50
SERVE = (100 * 2 / 2, 100 * 2 / 2)  # 100, 100
SERVE_FLOOR = (100 * 2 + 0 * 1) / (2 + 1)  # 66.67
AREAS = {
    "lead": (2, *LEAD, *LEAD, 3, 0, 3),
    "serve": (1, *SERVE, SERVE_FLOOR, SERVE_FLOOR, 2, 1, 3),
}
OVERALL = (75 * 2 + 100 * 1) / 3  # 83.33
VERIFIED = (50 * 2 + 100 * 1) / 3  # 66.67
FLOOR = (75 * 2 + SERVE_FLOOR * 1) / 3  # 72.22
VERIFIED_FLOOR = (50 * 2 + SERVE_FLOOR * 1) / 3  # 55.56
COVERAGE = 5 / 6
NEEDED = math.ceil(0.8 * 6)  # min_coverage 0.8 of 6 questions: 5 answers, and 5 are given
# question, reasons, current, target, claimed, verified, shortfall, proof, priority, next level
GAPS = [
    # claimed 75 meets the target 75: no shortfall, 75 - 25 = 50 points of proof at 0.5, x 2
    ("lead.adopted", ("no_evidence",), 3, 3, 75, 25, 0, 50, 2 * (0 + 0.5 * 50) / 100 * 2, 2),
    ("serve.complaints", ("unanswered",), None, 3, None, 0, 75, 0, 1 * (75 + 0) / 100, 3),
    ("lead.review", ("below_target",), 2, 3, 50, 50, 75 - 50, 0, 1 * (25 + 0) / 100, 3),
]
# The formulas as the page's prose writes them, with the value each one states.
PROSE = [
    ("3 / 4 × 100 = **75**", 75),
    ("1 / 4 × 100 = **25**", 25),
    ("(75 × 2 + 100 × 1 + 50 × 1) / (2 + 1 + 1) = 300 / 4 = **75**", AREAS["lead"][1]),
    ("(25 × 2 + 100 × 1 + 50 × 1) / 4 = 200 / 4 = **50**", AREAS["lead"][2]),
    ("(100 × 2) / 2 = **100**", AREAS["serve"][1]),
    ("(100 × 2 + 0 × 1) / (2 + 1) = 200 / 3 = **66.67**", SERVE_FLOOR),
    ("(75 × 2 + 100 × 1) / (2 + 1) = 250 / 3 = **83.33**", OVERALL),
    ("(50 × 2 + 100 × 1) / 3 = 200 / 3 = **66.67**", VERIFIED),
    ("(75 × 2 + 66.67 × 1) / 3 = 216.67 / 3 = **72.22**", FLOOR),
    ("(50 × 2 + 66.67 × 1) / 3 = 166.67 / 3 = **55.56**", VERIFIED_FLOOR),
    ("5 answered (four with a value, one N/A) of 6 = **0.8333** (83 %)", COVERAGE),
    ("0.8 × 6 = 4.8, rounded up **5** answers", NEEDED),
    ("2 × (0 + 0.5 × 50) / 100 = 0.50, doubled because it is critical: **1.00**", GAPS[0][8]),
    ("1 × (75 + 0.5 × 0) / 100 = **0.75**", GAPS[1][8]),
    ("Priority 1 × 25 / 100 = **0.25**", GAPS[2][8]),
]


def test_the_example_files_of_the_page_are_valid() -> None:
    bank, assessment = example()
    checked = validate_assessment(assessment, bank)
    assert checked.problems == ()
    assert checked.warnings == ()
    assert [a.id for a in bank.areas] == ["lead", "serve"]
    assert [a.weight for a in bank.areas] == [2, 1]
    assert [q.id for q in bank.questions] == list(QUESTIONS)
    assert [q.id for q in bank.questions if q.critical] == ["lead.adopted"]
    assert bank.evidence_from == 2
    assert bank.critical_cap == "developing"
    # the page relies on the default policy
    assert (bank.min_coverage, bank.max_na, bank.critical_factor, bank.proof_factor) == (
        0.8,
        0.25,
        2,
        0.5,
    )


def test_question_scores(worked: Result) -> None:
    assert [q.id for q in worked.questions] == list(QUESTIONS)
    for q in worked.questions:
        claimed, verified, target = QUESTIONS[q.id]
        assert q.status == STATUSES[q.id], q.id
        assert q.claimed == claimed, q.id
        assert q.verified == verified, q.id
        assert q.target == target, q.id


def test_area_scores(worked: Result) -> None:
    assert [a.id for a in worked.areas] == list(AREAS)
    for a in worked.areas:
        weight, claimed, verified, floor, verified_floor, answered, na, applicable = AREAS[a.id]
        assert (a.weight, a.score, a.verified) == (weight, claimed, verified), a.id
        assert (a.floor, a.verified_floor) == pytest.approx((floor, verified_floor)), a.id
        assert (a.answered, a.na, a.applicable) == (answered, na, applicable), a.id
    assert AREAS["lead"][1:5] == (75, 50, 75, 50)
    assert AREAS["serve"][1:3] == (100, 100)
    assert round(SERVE_FLOOR, 2) == 66.67


def test_overall_verified_floor_and_coverage(worked: Result) -> None:
    assert worked.overall == pytest.approx(OVERALL)
    assert worked.verified == pytest.approx(VERIFIED)
    assert worked.floor == pytest.approx(FLOOR)
    assert worked.verified_floor == pytest.approx(VERIFIED_FLOOR)
    assert round(worked.overall, 2) == 83.33
    assert round(worked.verified, 2) == 66.67
    assert (round(FLOOR, 2), round(VERIFIED_FLOOR, 2)) == (72.22, 55.56)
    assert worked.coverage == pytest.approx(COVERAGE)
    assert (worked.answered, worked.applicable, worked.na) == (5, 6, 1)
    # 5 answers reach min_coverage, and 1 N/A of 6 is within max_na (1.5): a band is given
    assert worked.answered == NEEDED
    assert (worked.withheld, worked.needed, worked.provisional) == (None, 0, False)
    assert [q.id for q in worked.not_applicable] == ["serve.branches"]
    assert worked.not_applicable[0].answer.note == "One office, no branches."  # type: ignore[union-attr]


def test_band_and_cap(worked: Result) -> None:
    assert worked.floor is not None
    assert round_score(worked.floor) == 72.2
    before = band_for(worked.questionnaire, worked.floor, capped=False)
    assert before is not None
    assert before.id == "established"
    assert worked.band is not None
    assert worked.band.id == "developing"
    assert worked.capped is True  # the cap lowered "established"
    assert worked.verified_band is not None
    assert worked.verified_band.id == "developing"
    assert worked.verified_capped is False  # 55.6 is "developing" anyway
    assert worked.capped_by == ("lead.adopted",)


def test_gaps_in_priority_order(worked: Result) -> None:
    assert [g.id for g in worked.gaps] == [g[0] for g in GAPS]
    for gap, row in zip(worked.gaps, GAPS, strict=True):
        qid, reasons, current, target, claimed, verified, shortfall, proof, priority, nxt = row
        assert gap.reasons == reasons, qid
        assert gap.current == current, qid
        assert gap.target == target, qid
        assert gap.claimed == claimed, qid
        assert gap.verified == verified, qid
        assert gap.shortfall == shortfall, qid
        assert gap.proof == proof, qid
        assert gap.priority == pytest.approx(priority), qid
        assert gap.next_level is not None
        assert gap.next_level.value == nxt, qid
        assert gap.critical == (qid == "lead.adopted")
    assert [g[8] for g in GAPS] == [1.0, 0.75, 0.25]


def test_the_page_states_the_hand_computed_numbers() -> None:
    questions = doc_table("questions")
    assert [r[0] for r in questions] == list(QUESTIONS)
    for row in questions:
        claimed, verified, target = QUESTIONS[row[0]]
        assert matches(row[5], claimed), row
        assert matches(row[6], verified), row
        assert matches(row[7], target), row

    areas = doc_table("areas")
    assert [r[0] for r in areas] == list(AREAS)
    for row in areas:
        assert all(matches(c, v) for c, v in zip(row[1:], AREAS[row[0]], strict=True)), row

    summary = {r[0]: r[1] for r in doc_table("summary")}
    assert matches(summary["overall"], OVERALL)
    assert matches(summary["verified"], VERIFIED)
    assert matches(summary["floor"], FLOOR)
    assert matches(summary["verified_floor"], VERIFIED_FLOOR)
    assert matches(summary["coverage"], COVERAGE)
    assert summary["answered"] == "5"
    assert summary["na"] == "1"
    assert summary["applicable"] == "6"
    assert summary["withheld"] == "–"
    assert summary["band before the cap"] == "established"
    assert summary["band"] == "developing"
    assert summary["capped"] == "yes"
    assert summary["verified_band"] == "developing"
    assert summary["capped_by"] == "lead.adopted"

    gaps = doc_table("gaps")
    assert [r[1] for r in gaps] == [g[0] for g in GAPS]
    for row, (_, reasons, current, target, _, verified, shortfall, proof, priority, nxt) in zip(
        gaps, GAPS, strict=True
    ):
        assert tuple(row[2].split(", ")) == reasons
        assert matches(row[3], current)
        assert matches(row[4], target)
        assert matches(row[5], verified)
        assert matches(row[6], shortfall)
        assert matches(row[7], proof)
        assert matches(row[8], priority)
        assert matches(row[9], nxt)

    text = flat(doc_text())
    for sentence, value in PROSE:
        assert sentence in text, sentence
        stated = re.findall(r"\*\*([\d.]+)\*\*", sentence)[-1]
        assert matches(stated, value), sentence


def test_the_numbers_on_the_page_are_the_engines(worked: Result) -> None:
    summary = {r[0]: r[1] for r in doc_table("summary")}
    assert matches(summary["overall"], worked.overall)
    assert matches(summary["verified"], worked.verified)
    assert matches(summary["floor"], worked.floor)
    assert matches(summary["verified_floor"], worked.verified_floor)
    assert matches(summary["coverage"], worked.coverage)
    assert summary["na"] == str(worked.na)
    assert summary["withheld"] == (worked.withheld or "–")
    assert summary["band"] == worked.band.id  # type: ignore[union-attr]
    assert summary["capped"] == ("yes" if worked.capped else "no")
    assert summary["verified_band"] == worked.verified_band.id  # type: ignore[union-attr]
    for row in doc_table("questions"):
        q = next(q for q in worked.questions if q.id == row[0])
        assert matches(row[5], q.claimed), row
        assert matches(row[6], q.verified), row
    for row in doc_table("areas"):
        a = worked.area(row[0])
        assert a is not None
        engine = (a.weight, a.score, a.verified, a.floor, a.verified_floor, a.answered, a.na)
        assert all(matches(c, v) for c, v in zip(row[1:8], engine, strict=True)), row
        assert matches(row[8], a.applicable), row
    for row in doc_table("gaps"):
        gap = next(g for g in worked.gaps if g.id == row[1])
        assert matches(row[6], gap.shortfall), row
        assert matches(row[7], gap.proof), row
        assert matches(row[8], gap.priority), row


def test_the_priority_table_on_the_page_is_the_engines() -> None:
    """Section 7's table: one question of weight 1, target 3 on 0-4, evidence_from 2."""
    given = {
        "none": None,
        "2, with evidence": proven(2),
        "3, no evidence": bare(3),
        "2, no evidence": bare(2),
        "4, no evidence": bare(4),
    }
    # by hand: (claimed, verified, shortfall, proof, priority)
    by_hand = {
        "none": (None, None, 75, 0, 75 / 100),
        "2, with evidence": (50, 50, 25, 0, 25 / 100),
        "3, no evidence": (75, 25, 0, 75 - 25, 0.5 * 50 / 100),
        "2, no evidence": (50, 25, 75 - 50, 50 - 25, (25 + 0.5 * 25) / 100),
        "4, no evidence": (100, 25, 0, min(100, 75) - 25, 0.5 * 50 / 100),
    }
    rows = doc_table_after("<!-- priority-example -->")
    assert [r[0] for r in rows] == list(given)
    for row in rows:
        answer = given[row[0]]
        bank = bank_of(("a", 1, [question("a.one"), question("a.other")]), min_coverage=0)
        result = score(bank, answers({} if answer is None else {"a.one": answer}))
        q = result.questions[0]
        (gap,) = [g for g in result.gaps if g.id == "a.one"]
        claimed, verified, shortfall, proof, priority = by_hand[row[0]]
        assert (q.claimed, q.verified) == (claimed, verified), row
        assert (gap.shortfall, gap.proof, gap.priority) == (shortfall, proof, priority), row
        assert tuple(r.strip("`") for r in row[3].split(", ")) == gap.reasons, row
        assert matches(row[1], claimed), row
        assert matches(row[2], verified), row
        assert matches(row[4], shortfall), row
        assert matches(row[5], proof), row
        assert matches(row[6].split("= ")[-1], priority), row
        critical = bank_of(("a", 1, [question("a.one", critical=True)]), min_coverage=0)
        found = score(critical, answers({} if answer is None else {"a.one": answer})).gaps
        assert found[0].priority == 2 * priority  # "each priority doubled"
    assert "the unanswered one 1.50" in flat(doc_text())


def test_the_trace_on_the_page_is_explain(worked: Result) -> None:
    steps = [
        [s.level, s.subject, formula(s, worked, "en"), "–" if s.value is None else f"{s.value:.2f}"]
        for s in explain(worked)
    ]
    assert doc_table("trace") == steps


def test_the_json_result_on_the_page_is_result_data(worked: Result) -> None:
    assert json.loads(doc_block("result", "json")) == result_data(worked, "en")


def test_the_command_line_gives_the_json_result_on_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mini.yaml").write_text(doc_block("bank", "yaml"), encoding="utf-8")
    (tmp_path / "mini.json").write_text(doc_block("assessment", "json"), encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796601600")  # 2026-12-07: the day it is made
    out = io.StringIO()
    argv = [str(tmp_path / "mini.json"), "--questionnaire", str(tmp_path / "mini.yaml")]
    with redirect_stdout(out):
        code = main(["score", *argv, "--format", "json", "--lang", "en"])
    assert code == 0
    got = json.loads(out.getvalue())
    assert got.pop("made") == "2026-12-07"  # the page's result is made by result_data alone
    page = json.loads(doc_block("result", "json"))
    assert page.pop("made") is None
    assert got == page


def test_one_piece_of_evidence_lifts_the_cap() -> None:
    """The page's "What one piece of evidence changes"."""
    bank, assessment = example()
    signed = Answer(3, evidence=("Order No. 3, signed 2026-03-10",))
    result = score(bank, assessment.with_answer("lead.adopted", signed))
    lead = result.area("lead")
    assert lead is not None
    assert lead.verified == (75 * 2 + 100 * 1 + 50 * 1) / 4 == 75
    assert result.verified == pytest.approx((75 * 2 + 100 * 1) / 3)
    assert result.verified == pytest.approx(result.overall)
    assert result.verified_floor == pytest.approx((75 * 2 + SERVE_FLOOR * 1) / 3)
    assert result.verified_floor == pytest.approx(result.floor)
    assert result.capped_by == ()
    assert result.band is not None
    assert result.band.id == "established"
    assert result.verified_band is not None
    assert result.verified_band.id == "established"
    assert [(g.id, g.priority) for g in result.gaps] == [
        ("serve.complaints", 0.75),
        ("lead.review", 0.25),
    ]
    text = flat(doc_text())
    assert "(75 × 2 + 100 × 1) / 3 = **83.33**" in text
    assert "(75 × 2 + 66.67 × 1) / 3 = **72.22**" in text
    assert "both bands become **established**" in text


# --- the third worked example: skipping never pays --------------------------------------------
def readiness_example() -> tuple[Questionnaire, Assessment]:
    return cse_assess.load_questionnaire("readiness"), cse_assess.load_assessment(
        cse_assess.example_path()
    )


# The example's answers, area by area, in bank order, as docs/scoring.md reads them: None is an
# open question, "na" an N/A one, "yes" a yes, a level followed by "?" one given without the
# evidence it needs. Both scales of the bank run 0-4, so a level is worth 25 points.
EXAMPLE_LEVELS: dict[str, list[object]] = {
    "values": [3, 2, 3, 1],
    "leadership": ["yes", 3, 2, 2, 2, 2],
    "segmentation": [3, 1, 1, 2, 0, 1],
    "goals": [2, 2, 2, 2, 1, "na"],
    "training": [3, 3, 2, 1, 2, 1, 2],
    "culture": ["2?", 3, 3, 3, 2, 2, 1, 2, 2],
    "procedures": [3, 2, 2, 2, 1, 2, 2, 2, 3, 1, 3],
    "technology": [3, "2?", 3, 3, 2, 3, 2, 3],
    "evidence": [2, 2, 1, 2, 0, 1],
}
# The question weights, in the same order, where they are not all 1: the six questions of
# weight 2 (the standard approved, the management review, induction, the training plan,
# satisfaction measurement, complaints).
EXAMPLE_WEIGHTS: dict[str, list[float]] = {
    "leadership": [2, 1, 1, 1, 1, 2],
    "training": [2, 2, 1, 1, 1, 1, 1],
    "procedures": [2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1],
}


def weights_of(area: str) -> list[float]:
    return EXAMPLE_WEIGHTS.get(area, [1.0] * len(EXAMPLE_LEVELS[area]))


def claimed_of(entry: object) -> float | None:
    """The claimed score of an entry of ``EXAMPLE_LEVELS``: None when it is open or N/A."""
    if entry is None or entry == "na":
        return None
    if entry == "yes":
        return 100.0
    return 25 * float(str(entry).rstrip("?"))


def verified_of(entry: object) -> float | None:
    """Every unproven answer of the example is a maturity answer at level 2 or more, and the
    bank's ``evidence_from`` is 2: it counts as level 1 (checked against the bank below)."""
    return 25.0 if str(entry).endswith("?") else claimed_of(entry)


@attrs.frozen
class ByHand:
    """An area worked out by the page's rules: the weighted means of the answered questions
    (headline) and the same over the open ones too, as 0 (floor); N/A left out of both."""

    total: float  # sum of claimed score x weight over the answered questions
    weight: float  # sum of their weights
    verified_total: float
    shown: float  # sum of the weights of the answered and the open questions
    claimed: float | None
    verified: float | None
    floor: float | None
    verified_floor: float | None


def by_hand(levels: Mapping[str, Sequence[object]]) -> dict[str, ByHand]:
    found = {}
    for area, entries in levels.items():
        pairs = list(zip(entries, weights_of(area), strict=True))
        claimed = [(claimed_of(e) or 0.0, w) for e, w in pairs if claimed_of(e) is not None]
        verified = [(verified_of(e) or 0.0, w) for e, w in pairs if claimed_of(e) is not None]
        total = sum(s * w for s, w in claimed)
        verified_total = sum(s * w for s, w in verified)
        weight = sum(w for _, w in claimed)
        shown = sum(w for e, w in pairs if e != "na")
        found[area] = ByHand(
            total,
            weight,
            verified_total,
            shown,
            total / weight if weight else None,
            verified_total / weight if weight else None,
            total / shown if shown else None,
            verified_total / shown if shown else None,
        )
    return found


def overall_of(areas: Mapping[str, ByHand], field: str) -> float:
    """The mean of the areas' ``field`` over the areas that have one (every area weighs 1)."""
    values = [getattr(a, field) for a in areas.values() if getattr(a, field) is not None]
    return float(sum(values)) / len(values)


FULL = by_hand(EXAMPLE_LEVELS)
FULL_SUM = sum(a.claimed or 0.0 for a in FULL.values())  # 464.12
FULL_VERIFIED_SUM = sum(a.verified or 0.0 for a in FULL.values())  # 458.22
WEAK = "values.customer-impact-in-decisions"
ALLOWS_NA = ["goals.unit-targets", "technology.vpvkac", "technology.queue-management"]
CRITICAL = [
    "leadership.standard-approved",
    "procedures.satisfaction-measurement",
    "procedures.complaints",
]


def test_the_example_levels_are_the_bundled_examples() -> None:
    bank, example = readiness_example()
    assert bank.version == "2.0.0"
    assert (len(bank.questions), bank.conditional, {a.weight for a in bank.areas}) == (
        63,
        False,
        {1},
    )
    assert (bank.min_coverage, bank.max_na, bank.critical_cap) == (0.9, 0.1, "developing")
    assert [q.id for q in bank.questions if q.allow_na] == ALLOWS_NA
    assert [q.id for q in bank.questions if q.critical] == CRITICAL
    for area in bank.areas:
        read: list[object] = []
        for q in area.questions:
            a = example.answer(q.id)
            if a is None:
                read.append(None)
            elif a.na:
                read.append("na")
            elif isinstance(a.value, bool):
                assert a.evidence or not q.needs_evidence(a.value), q.id  # as verified_of has it
                read.append("yes" if a.value else "no")
            else:
                unproven = q.needs_evidence(a.value) and not a.evidence
                if unproven:  # what verified_of assumes
                    assert isinstance(q, ScaleQuestion), q.id
                    assert (q.scale.id, q.evidence_from, a.value >= 2) == ("maturity", 2, True)
                read.append(f"{a.value}?" if unproven else a.value)
        assert read == EXAMPLE_LEVELS[area.id], area.id
        assert [q.weight for q in area.questions] == weights_of(area.id), area.id
    scales = {q.scale.id: q.scale.values for q in bank.questions if isinstance(q, ScaleQuestion)}
    assert scales == {"maturity": (0, 1, 2, 3, 4), "results": (0, 1, 2, 3, 4)}
    assert (round(FULL_SUM, 2), round(FULL_VERIFIED_SUM, 2)) == (464.12, 458.22)
    assert (FULL["leadership"].total, FULL["leadership"].weight) == (525, 8)
    assert (FULL["goals"].total, FULL["goals"].weight, FULL["goals"].shown) == (225, 5, 5)
    assert (FULL["culture"].verified_total, FULL["technology"].verified_total) == (475, 500)


def test_the_bundled_example_as_given() -> None:
    bank, example = readiness_example()
    result = score(bank, example)
    assert (result.answered, result.na, result.applicable, result.coverage) == (63, 1, 63, 1)
    assert result.overall == pytest.approx(FULL_SUM / 9)
    assert result.verified == pytest.approx(FULL_VERIFIED_SUM / 9)
    assert (result.floor, result.verified_floor) == (result.overall, result.verified)
    assert (round(FULL_SUM / 9, 2), round(FULL_VERIFIED_SUM / 9, 2)) == (51.57, 50.91)
    assert round_score(result.floor) == 51.6  # type: ignore[arg-type]
    assert result.band is not None
    assert (result.band.id, result.withheld) == ("developing", None)
    assert (result.capped_by, result.capped) == (("procedures.complaints",), False)
    complaints = next(q for q in result.questions if q.id == "procedures.complaints")
    assert (complaints.claimed, complaints.target) == (50, 75)  # level 2 against target 3
    rows = doc_table_after("<!-- skipping-example:given -->")
    assert [r[0] for r in rows] == list(FULL)
    for row in rows:
        hand = FULL[row[0]]
        area = result.area(row[0])
        assert area is not None
        assert (area.floor, area.verified_floor) == (area.score, area.verified), row
        assert (float(row[1]), float(row[2])) == (hand.total, hand.weight), row
        assert matches(row[3], hand.claimed), row
        assert matches(row[3], area.score), row
        assert matches(row[4], hand.verified), row
        assert matches(row[4], area.verified), row
    text = flat(doc_text())
    for sentence, value in (
        ("(100 × 2 + 75 + 50 + 50 + 50 + 50 × 2) / 8 = 525 / 8 = **65.625**", 525 / 8),
        ("225 / 5 = **45**", FULL["goals"].claimed),
        ("add up, unrounded, to 464.12, so the headline is 464.12 / 9 = **51.57**", FULL_SUM / 9),
        ("add up to 458.22: 458.22 / 9 = **50.91** verified", FULL_VERIFIED_SUM / 9),
    ):
        assert sentence in text, sentence
        assert matches(re.findall(r"\*\*([\d.]+)\*\*", sentence)[-1], value), sentence
    assert FULL["leadership"].claimed == 525 / 8
    assert "With Culture verified at 475 / 9 and Technology at 500 / 8" in text
    assert "judged on 51.6, is *developing*" in text


# Only the answers that meet their target: 17 at level 3 (target 3, score 75; the two questions
# of target 2 are answered below it) and the yes of leadership.standard-approved (100). The
# other 45 are open, the N/A goals.unit-targets among them.
STRONG_LEVELS = {
    area: [e if (claimed_of(e) or 0) >= 75 else None for e in entries]
    for area, entries in EXAMPLE_LEVELS.items()
}
STRONG = by_hand(STRONG_LEVELS)
STRONG_LEAD = (100 * 2 + 75 * 1) / 3  # 91.67
STRONG_OVERALL = (6 * 75 + STRONG_LEAD) / 7  # 77.38: seven areas have a score
STRONG_FLOOR = sum(a.floor or 0.0 for a in STRONG.values()) / 9  # 212.66 / 9 = 23.63
STRONG_NEEDED = math.ceil(0.9 * 63) - 18  # 57 - 18 = 39


def strong_result() -> Result:
    bank, example = readiness_example()
    full = score(bank, example)
    kept = {
        q.id: q.answer
        for q in full.questions
        if q.answer is not None and q.claimed is not None and q.claimed >= q.target
    }
    return score(bank, attrs.evolve(example, answers=kept))


def test_only_the_strong_answers_give_no_band() -> None:
    bank, _ = readiness_example()
    result = strong_result()
    kept = [
        q.id
        for area in bank.areas
        for q, e in zip(area.questions, STRONG_LEVELS[area.id], strict=True)
        if e is not None
    ]
    assert [q.id for q in result.questions if q.status == "answered"] == kept
    assert len(kept) == 18
    assert sum(1 for e in STRONG_LEVELS.values() for x in e if x not in (None, 3)) == 1  # the yes
    assert (result.answered, result.applicable, result.na) == (18, 63, 0)
    assert result.overall == pytest.approx(STRONG_OVERALL)
    assert overall_of(STRONG, "claimed") == pytest.approx(STRONG_OVERALL)
    assert result.verified == pytest.approx(overall_of(STRONG, "verified"))
    assert result.verified == pytest.approx(STRONG_OVERALL)  # every answer has its evidence
    assert result.floor == pytest.approx(STRONG_FLOOR)
    assert result.verified_floor == pytest.approx(STRONG_FLOOR)
    assert (round(STRONG_OVERALL, 2), round(STRONG_FLOOR, 2)) == (77.38, 23.63)
    assert result.coverage == pytest.approx(18 / 63)
    assert (result.withheld, result.needed, result.provisional) == ("coverage", 39, True)
    assert STRONG_NEEDED == 39
    assert (result.band, result.verified_band, result.capped) == (None, None, False)
    assert result.capped_by == ("procedures.complaints",)
    # the headline alone would be "established" ("developing" once capped), the floor "initial"
    assert band_for(result.questionnaire, result.overall, False).id == "established"  # type: ignore[union-attr]
    assert band_for(result.questionnaire, result.overall, True).id == "developing"  # type: ignore[union-attr]
    assert band_for(result.questionnaire, result.floor, False).id == "initial"  # type: ignore[union-attr]
    for a in result.areas:
        hand = STRONG[a.id]
        assert (a.score, a.floor) == (hand.claimed, pytest.approx(hand.floor)), a.id
    assert len(result.gaps) == 45
    assert all(g.reasons == ("unanswered",) for g in result.gaps)
    first, second = result.gaps[:2]
    assert (first.id, first.priority) == ("procedures.complaints", 2 * 75 / 100 * 2)
    assert (second.id, second.priority) == ("leadership.quality-review", 2 * 75 / 100)
    steps = explain(result)
    assert (steps[-1].code, dict(steps[-1].args)) == (
        "withheld",
        {"reason": "coverage", "needed": 39},
    )


def test_the_page_states_the_strong_answers_numbers() -> None:
    result = strong_result()
    rows = doc_table_after("<!-- skipping-example:areas -->")
    assert [r[0] for r in rows] == list(STRONG)
    for row in rows:
        hand = STRONG[row[0]]
        answered = sum(1 for e in STRONG_LEVELS[row[0]] if e is not None)
        shown = len(EXAMPLE_LEVELS[row[0]])  # no N/A is kept, and no question is hidden
        area = result.area(row[0])
        assert area is not None
        assert (row[1], row[2]) == (str(answered), str(shown)), row
        assert (area.answered, area.applicable) == (answered, shown), row
        assert matches(row[3], hand.claimed), row
        assert matches(row[3], area.score), row
        assert matches(row[4], hand.floor), row
        assert matches(row[4], area.floor), row
    summary = {r[0]: r[1] for r in doc_table_after("<!-- skipping-example:summary -->")}
    for key, hand_value, engine in (
        ("overall", STRONG_OVERALL, result.overall),
        ("verified", STRONG_OVERALL, result.verified),
        ("floor", STRONG_FLOOR, result.floor),
        ("verified_floor", STRONG_FLOOR, result.verified_floor),
        ("coverage", 18 / 63, result.coverage),
    ):
        assert matches(summary[key], hand_value), key
        assert matches(summary[key], engine), key
    assert (summary["answered"], summary["applicable"]) == ("18", "63")
    assert (summary["withheld"], summary["needed"]) == (result.withheld, str(result.needed))
    assert summary["band"] == "–"
    assert summary["gaps"] == str(len(result.gaps)) == "45"
    lead = STRONG["leadership"]
    assert (lead.total, lead.shown - lead.weight, lead.floor) == (275, 5, 34.375)
    assert round(sum(a.floor or 0.0 for a in STRONG.values()), 2) == 212.66
    text = flat(doc_text())
    assert "(100 × 2 + 75 × 1 + 0 × 5) / 8 = 34.375, since its four open questions weigh 5" in text
    for sentence, value in (
        ("(100 × 2 + 75 × 1) / 3 = **91.67**", STRONG_LEAD),
        ("(6 × 75 + 91.67) / 7 = **77.38**", STRONG_OVERALL),
        ("add up to 212.66, and the overall floor is 212.66 / 9 = **23.63**", STRONG_FLOOR),
        ("18 answered of 63 shown = **0.29**", 18 / 63),
        ("0.9 × 63 = 56.7, rounded up 57 answers: 57 − 18 = **39** more", STRONG_NEEDED),
        ("2 × 75 / 100 = 1.50, doubled because it is critical: **3.00**", result.gaps[0].priority),
    ):
        assert sentence in text, sentence
        assert matches(re.findall(r"\*\*([\d.]+)\*\*", sentence)[-1], value), sentence
    # "What changed": version 1 judged the band on the headline, and capped it
    assert (
        "version 1 would have given the 18 strong answers a headline of 77.38 and the band "
        "*developing* (*established*, capped while the critical procedures.complaints is open); "
        "version 2 gives no band and asks for 39 more answers."
    ) in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "no band: 39 more answers needed"),
        ("lv", "līmenis netiek noteikts: vajadzīgas vēl 39 atbildes"),
    ],
)
def test_the_command_line_says_how_many_answers_are_missing(
    tmp_path: Path, lang: str, words: str
) -> None:
    _, example = readiness_example()
    kept = strong_result()
    answers = {q.id: q.answer for q in kept.questions if q.answer is not None}
    path = tmp_path / "strong.json"
    cse_assess.save_assessment(attrs.evolve(example, answers=answers), path)
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["score", str(path), "--explain", "--format", "markdown", "--lang", lang])
    assert code == 0
    rows = [line for line in out.getvalue().splitlines() if line.startswith("|")]
    last = [cell.strip() for cell in rows[-1].strip("|").split("|")]
    assert last[1:3] == ["readiness", words]
    assert f"`{words}`" in flat(doc_text())


# One weak answer, values.customer-impact-in-decisions (level 1, 25 points, weight 1), left open
OPEN_LEVELS: dict[str, list[object]] = {**EXAMPLE_LEVELS, "values": [3, 2, 3, None]}
OPEN = by_hand(OPEN_LEVELS)
VALUES_FULL = (75 + 50 + 75 + 25) / 4  # 56.25
VALUES_OPEN = (75 + 50 + 75) / 3  # 66.67, the headline
VALUES_OPEN_FLOOR = (75 + 50 + 75 + 0) / 4  # 50
WEAK_ROWS = {
    # answer: (values, values floor, overall, floor, band)
    "1, as given": (VALUES_FULL, VALUES_FULL, FULL_SUM / 9, FULL_SUM / 9, "developing"),
    "left open": (
        VALUES_OPEN,
        VALUES_OPEN_FLOOR,
        (FULL_SUM + VALUES_OPEN - VALUES_FULL) / 9,
        (FULL_SUM + VALUES_OPEN_FLOOR - VALUES_FULL) / 9,
        "developing",
    ),
}


def weak_results() -> tuple[Result, Result]:
    bank, example = readiness_example()
    rest = {q: a for q, a in example.answers.items() if q != WEAK}
    return score(bank, example), score(bank, attrs.evolve(example, answers=rest))


def test_one_weak_answer_left_open_lowers_the_floor() -> None:
    full, left_open = weak_results()
    assert (OPEN["values"].claimed, OPEN["values"].floor) == (VALUES_OPEN, VALUES_OPEN_FLOOR)
    assert FULL["values"].claimed == VALUES_FULL
    assert overall_of(OPEN, "claimed") == pytest.approx(WEAK_ROWS["left open"][2])
    assert overall_of(OPEN, "floor") == pytest.approx(WEAK_ROWS["left open"][3])
    for (name, (values, values_floor, overall, floor, band)), result in zip(
        WEAK_ROWS.items(), (full, left_open), strict=True
    ):
        area = result.area("values")
        assert area is not None
        assert (area.score, area.floor) == (values, values_floor), name
        assert (result.overall, result.floor) == (pytest.approx(overall), pytest.approx(floor))
        assert result.band is not None
        assert (result.band.id, result.withheld) == (band, None), name
    assert left_open.overall > full.overall  # leaving it open raises the headline...
    assert left_open.floor < full.floor  # ...and lowers the floor, on which the band is judged
    assert (left_open.answered, left_open.coverage) == (62, pytest.approx(62 / 63))
    assert 62 >= math.ceil(0.9 * 63) == 57
    gap_before = next(g for g in full.gaps if g.id == WEAK)
    gap_after = next(g for g in left_open.gaps if g.id == WEAK)
    assert (gap_before.reasons, gap_before.priority) == (("below_target",), 1 * (75 - 25) / 100)
    assert (gap_after.reasons, gap_after.priority) == (("unanswered",), 1 * 75 / 100)


def test_the_page_states_the_weak_answer_numbers() -> None:
    results = dict(zip(WEAK_ROWS, weak_results(), strict=True))
    rows = doc_table_after("<!-- skipping-example:weak -->")
    assert [r[0] for r in rows] == list(WEAK_ROWS)
    for row in rows:
        result = results[row[0]]
        area = result.area("values")
        assert area is not None
        engine = (area.score, area.floor, result.overall, result.floor)
        for cell, hand, found in zip(row[1:5], WEAK_ROWS[row[0]][:4], engine, strict=True):
            assert matches(cell, hand), row
            assert matches(cell, found), row
        assert row[5] == WEAK_ROWS[row[0]][4] == result.band.id, row  # type: ignore[union-attr]
    text = flat(doc_text())
    assert "Coverage is still 62 of 63 (0.98), above the 57 answers a band needs" in text
    for sentence, value in (
        ("(75 + 50 + 75) / 3 = **66.67**", VALUES_OPEN),
        ("(75 + 50 + 75 + 25) / 4 = **56.25**", VALUES_FULL),
        ("(75 + 50 + 75 + 0) / 4 = **50**", VALUES_OPEN_FLOOR),
        ("(464.12 + 66.67 − 56.25) / 9 = 474.54 / 9 = **52.73**", WEAK_ROWS["left open"][2]),
        ("(464.12 + 50 − 56.25) / 9 = 457.87 / 9 = **50.87**", WEAK_ROWS["left open"][3]),
        ("priority 1 × 75 / 100 = **0.75**", 0.75),
        ("1 × (75 − 25) / 100 = **0.50**", 0.5),
    ):
        assert sentence in text, sentence
        assert matches(re.findall(r"\*\*([\d.]+)\*\*", sentence)[-1], value), sentence


EXCUSE = Answer(na=True, note="Our decisions do not affect customers.")


def test_the_same_answer_marked_na_is_refused() -> None:
    bank, example = readiness_example()
    question = bank.question(WEAK)
    assert question is not None
    assert not question.allow_na
    with pytest.raises(cse_assess.AssessmentError) as refused:
        score(bank, example.with_answer(WEAK, EXCUSE))
    assert [(p.code, p.path) for p in refused.value.problems] == [
        ("na_not_allowed", f"answers.{WEAK}.na")
    ]
    assert [
        p.code for p in validate_assessment(example.with_answer(WEAK, EXCUSE), bank).problems
    ] == ["na_not_allowed"]
    text = flat(doc_text())
    assert "`readiness` 1.0.0 allowed it on 50 of its 53 questions, this one included" in text
    old = cse_assess.load_questionnaire("readiness@1.0.0")
    old_question = old.question(WEAK)
    assert old_question is not None
    assert old_question.allow_na
    assert (len(old.questions), sum(1 for q in old.questions if q.allow_na)) == (53, 50)
    assert 'the note "Our decisions do not affect customers.", the answers are refused' in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "question values.customer-impact-in-decisions cannot be marked not applicable"),
        ("lv", "jautājumu values.customer-impact-in-decisions nevar atzīmēt ar „neattiecas”"),
    ],
)
def test_the_command_line_refuses_that_na(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    words: str,
) -> None:
    _, example = readiness_example()
    cse_assess.save_assessment(example.with_answer(WEAK, EXCUSE), tmp_path / "weak-na.json")
    monkeypatch.chdir(tmp_path)
    code = main(["score", "weak-na.json", "--lang", lang])
    out, err = capsys.readouterr()
    said = f"weak-na.json:44: answers.{WEAK}.na: {words}"
    assert (code, out, err.strip()) == (2, "", said)
    assert f"`{said}`" in flat(doc_text())


def test_an_allowed_na_is_left_out_of_its_area() -> None:
    bank, example = readiness_example()
    full = score(bank, example)
    own = example.answer("goals.unit-targets")
    assert own is not None
    assert own.na
    assert [(q.id, q.answer) for q in full.not_applicable] == [("goals.unit-targets", own)]
    rest = {q: a for q, a in example.answers.items() if q != "goals.unit-targets"}
    left_open = score(bank, attrs.evolve(example, answers=rest))
    goals, goals_open = full.area("goals"), left_open.area("goals")
    assert goals is not None
    assert goals_open is not None
    hand = FULL["goals"]
    assert (goals.score, goals.floor) == (hand.claimed, hand.floor) == (225 / 5, 225 / 5)
    assert (goals_open.score, goals_open.floor) == (225 / 5, 225 / 6)
    text = flat(doc_text())
    for sentence, value in (
        ("is left out of Goals with its weight: Goals scores 225 / 5 = **45**", 45.0),
        ("it would count as 0 in the floor: 225 / 6 = **37.5**", goals_open.floor),
    ):
        assert sentence in text, sentence
        assert matches(re.findall(r"\*\*([\d.]+)\*\*", sentence)[-1], value), sentence


def test_a_7th_na_would_withhold_the_band_but_the_bank_allows_only_3() -> None:
    """The page: 0.1 x 63 = 6.3, so 6 N/A answers keep the band and a 7th would withhold it;
    only three questions allow N/A, so a valid file has at most 3 and keeps its band."""
    bank, example = readiness_example()
    assert math.floor(0.1 * 63) == 6
    assert withholding(bank, 63, 63, 6) == (None, 0)
    assert withholding(bank, 63, 63, 7) == (WITHHELD_NA, 0)
    na = Answer(na=True, note="Does not apply here.")
    # the most a valid file can have: the three questions that allow N/A
    three = example
    for qid in ALLOWS_NA[1:]:  # goals.unit-targets is N/A already
        three = three.with_answer(qid, na)
    most = score(bank, three)
    assert (most.na, most.applicable, most.withheld) == (3, 63, None)
    assert most.band is not None
    assert most.band.id == "developing"
    # more are refused; scored unchecked, the engine applies max_na as the page says
    others = [q.id for q in bank.questions if not q.allow_na and not q.critical]
    six, seven = three, three
    for qid in others[:3]:
        six = six.with_answer(qid, na)
    seven = six.with_answer(others[3], na)
    for assessment, count in ((six, 6), (seven, 7)):
        with pytest.raises(cse_assess.AssessmentError) as refused:
            score(bank, assessment)
        assert [p.code for p in refused.value.problems] == ["na_not_allowed"] * (count - 3)
    unchecked_six = score(bank, six, check=False)
    unchecked_seven = score(bank, seven, check=False)
    assert (unchecked_six.na, unchecked_six.withheld) == (6, None)
    assert (unchecked_seven.na, unchecked_seven.withheld, unchecked_seven.band) == (7, "na", None)
    text = flat(doc_text())
    assert (
        "0.1 × 63 = 6.3, so 6 N/A answers would keep the band and a 7th would withhold it" in text
    )
    assert f"at most 3 of 63 answers are, {100 * 3 / 63:.1f} %" in text
    assert "Even with all three marked N/A, the example keeps its band, *developing*" in text


# --- small cases -----------------------------------------------------------------------------
def scale(values: Sequence[float], sid: str = "maturity") -> Scale:
    return Scale(sid, tuple(Option(v, {"en": f"L{v}"}, {"en": f"level {v}"}) for v in values))


MATURITY = scale(range(5))
BANDS = tuple(
    Band(bid, low, {"en": bid}, {"en": bid})
    for bid, low in (("initial", 0), ("developing", 40), ("established", 70), ("leading", 90))
)


def question(
    qid: str,
    *,
    target: float = 3,
    weight: float = 1.0,
    critical: bool = False,
    evidence_from: float = 2,
    on: Scale = MATURITY,
) -> ScaleQuestion:
    return ScaleQuestion(
        id=qid,
        area=qid.split(".")[0],
        text={"en": qid},
        help={"en": "help"},
        evidence=({"en": "proof"},),
        action={"en": "act"},
        weight=weight,
        critical=critical,
        scale=on,
        target=target,
        evidence_from=evidence_from,
    )


def bank_of(
    *areas: tuple[str, float, Sequence[ScaleQuestion]],
    critical_cap: str | None = "developing",
    min_coverage: float = 0.8,
) -> Questionnaire:
    scales = {q.scale.id: q.scale for _, _, qs in areas for q in qs}
    return Questionnaire(
        id="t",
        version="1.0.0",
        title={"en": "t"},
        description={"en": "t"},
        languages=("en",),
        scales=tuple(scales.values()),
        bands=BANDS,
        areas=tuple(Area(aid, {"en": aid}, {"en": aid}, tuple(qs), w) for aid, w, qs in areas),
        critical_cap=critical_cap,
        min_coverage=min_coverage,
    )


def answers(given: Mapping[str, Answer]) -> Assessment:
    return Assessment("t", "1.0.0", answers=dict(given))


def proven(value: float) -> Answer:
    return Answer(value, evidence=("proof",))


def bare(value: float) -> Answer:
    return Answer(value)


def na() -> Answer:
    return Answer(na=True, note="does not apply here")


def two_areas(critical: bool = True) -> Questionnaire:
    return bank_of(
        ("a", 2, [question("a.one", critical=critical), question("a.two", weight=2)]),
        ("b", 1, [question("b.one"), question("b.two", target=2)]),
    )


def test_no_answers_means_no_score_not_zero() -> None:
    bank = two_areas()
    result = score(bank, answers({}))
    assert result.overall is None
    assert result.verified is None
    assert result.band is None
    assert result.verified_band is None
    assert result.coverage == 0
    assert (result.answered, result.applicable) == (0, 4)
    assert [(a.score, a.verified, a.answered) for a in result.areas] == [(None, None, 0)] * 2
    assert all(q.status == "unanswered" for q in result.questions)
    assert all(g.reasons == ("unanswered",) for g in result.gaps)
    assert {g.id for g in result.gaps} == {q.id for q in bank.questions}
    assert result.capped_by == ("a.one",)


def test_an_answer_without_a_value_is_unanswered() -> None:
    bank = two_areas()
    result = score(bank, answers({"a.one": Answer(None, evidence=("proof",), note="later")}))
    assert result.questions[0].status == "unanswered"
    assert result.answered == 0
    assert result.overall is None


def test_all_not_applicable_means_no_score_and_full_coverage() -> None:
    bank = two_areas()
    result = score(bank, answers({q.id: na() for q in bank.questions}))
    assert result.overall is None
    assert result.verified is None
    assert result.band is None
    assert result.coverage == 1
    assert (result.answered, result.applicable) == (4, 4)
    assert all(a.score is None and a.answered == a.applicable for a in result.areas)
    assert result.gaps == ()
    assert result.capped_by == ()


def test_not_applicable_is_left_out_of_the_mean_not_scored_zero() -> None:
    bank = bank_of(("a", 1, [question("a.one"), question("a.two", weight=3)]))
    result = score(bank, answers({"a.one": proven(2), "a.two": na()}))
    assert result.overall == 50
    assert result.coverage == 1


def test_unanswered_is_left_out_of_the_mean_and_lowers_coverage() -> None:
    bank = bank_of(("a", 1, [question("a.one"), question("a.two"), question("a.three")]))
    result = score(bank, answers({"a.one": proven(4)}))
    assert result.overall == 100
    assert result.coverage == pytest.approx(1 / 3)


def test_question_and_area_weights() -> None:
    bank = bank_of(
        ("a", 3, [question("a.one", weight=3), question("a.two")]),
        ("b", 1, [question("b.one", weight=0.5)]),
    )
    result = score(bank, answers({"a.one": proven(4), "a.two": proven(0), "b.one": proven(2)}))
    a, b = result.areas
    assert a.score == (100 * 3 + 0 * 1) / 4 == 75
    assert b.score == 50
    assert result.overall == (75 * 3 + 50 * 1) / 4 == 68.75


def test_an_area_without_a_score_is_left_out_of_the_overall_mean() -> None:
    bank = bank_of(
        ("a", 3, [question("a.one")]),
        ("b", 1, [question("b.one")]),
    )
    result = score(bank, answers({"a.one": na(), "b.one": proven(2)}))
    assert result.area("a") is not None
    assert result.area("a").score is None  # type: ignore[union-attr]
    assert result.overall == 50


def test_a_scale_that_does_not_start_at_zero() -> None:
    one_to_five = scale([1, 2, 3, 4, 5], "five")
    bank = bank_of(("a", 1, [question("a.one", target=4, evidence_from=3, on=one_to_five)]))
    result = score(bank, answers({"a.one": proven(3)}))
    assert result.overall == (3 - 1) / (5 - 1) * 100 == 50
    assert result.gaps[0].target_score == 75
    step = explain(result)[0]
    assert (step.code, dict(step.args)) == ("scale", {"value": 3, "min": 1, "max": 5})
    assert formula(step, result, "en") == "(3 − 1) / (5 − 1) × 100"


@pytest.mark.parametrize(
    ("value", "evidence", "evidence_from", "claimed", "verified", "reasons", "next_level"),
    [
        # at or above evidence_from without evidence: the level just below evidence_from
        (3, (), 2, 75, 25, ("no_evidence",), 2),  # the target (3) met, not yet proven
        (2, (), 2, 50, 25, ("below_target", "no_evidence"), 2),
        (4, (), 2, 100, 25, ("no_evidence",), 2),
        (3, (), 3, 75, 50, ("no_evidence",), 3),
        (4, (), 4, 100, 75, ("no_evidence",), 4),
        # below evidence_from: no evidence needed, unchanged
        (1, (), 2, 25, 25, ("below_target",), 2),
        (0, (), 2, 0, 0, ("below_target",), 1),
        # with evidence: unchanged
        (3, ("minutes",), 2, 75, 75, (), None),
        (2, ("minutes",), 2, 50, 50, ("below_target",), 3),
        # evidence_from at the bottom of the scale: nothing below it, so the lowest level
        (2, (), 0, 50, 0, ("below_target", "no_evidence"), 1),
    ],
)
def test_the_evidence_rule(
    value: float,
    evidence: tuple[str, ...],
    evidence_from: float,
    claimed: float,
    verified: float,
    reasons: tuple[str, ...],
    next_level: float | None,
) -> None:
    bank = bank_of(("a", 1, [question("a.one", evidence_from=evidence_from)]))
    result = score(bank, answers({"a.one": Answer(value, evidence=evidence)}))
    q = result.questions[0]
    assert (q.claimed, q.verified) == (claimed, verified)
    if not reasons:
        assert result.gaps == ()
        return
    (gap,) = result.gaps
    assert gap.reasons == reasons
    assert gap.current == value
    assert gap.next_level is not None
    assert gap.next_level.value == next_level


def test_value_three_without_evidence_verifies_as_level_one() -> None:
    bank = bank_of(("a", 1, [question("a.one")]))
    result = score(bank, answers({"a.one": bare(3)}))
    assert result.overall == 75
    assert result.verified == 25  # level 1, the level just below evidence_from 2


def test_the_bank_default_evidence_from_and_a_question_override() -> None:
    yaml_text = """\
format: cse-assess/questionnaire
format_version: 1
id: t
version: 1.0.0
languages: [en]
title: {en: t}
description: {en: t}
evidence_from: 3
scales:
  - id: maturity
    options:
      - {value: 0, label: {en: L0}, description: {en: d}}
      - {value: 1, label: {en: L1}, description: {en: d}}
      - {value: 2, label: {en: L2}, description: {en: d}}
      - {value: 3, label: {en: L3}, description: {en: d}}
      - {value: 4, label: {en: L4}, description: {en: d}}
bands:
  - {id: initial, min: 0, label: {en: i}, description: {en: i}}
areas:
  - id: a
    title: {en: a}
    intro: {en: a}
    questions:
      - {id: a.default, kind: scale, target: 3, text: {en: t}, help: {en: h},
         evidence: [{en: e}], action: {en: a}}
      - {id: a.own, kind: scale, target: 3, evidence_from: 1, text: {en: t}, help: {en: h},
         evidence: [{en: e}], action: {en: a}}
"""
    bank = parse_questionnaire(yaml_text)
    assert [q.evidence_from for q in bank.questions] == [3, 1]  # type: ignore[attr-defined]
    result = score(bank, answers({"a.default": bare(3), "a.own": bare(3)}))
    assert [(q.claimed, q.verified) for q in result.questions] == [(75, 50), (75, 0)]
    two = score(bank, answers({"a.default": bare(2), "a.own": bare(2)}))
    assert [(q.claimed, q.verified) for q in two.questions] == [(50, 50), (50, 0)]


def test_blank_evidence_entries_do_not_count_as_evidence() -> None:
    text = json.dumps(
        {
            "format": "cse-assess/assessment",
            "format_version": 1,
            "questionnaire": {"id": "t", "version": "1.0.0"},
            "answers": {"a.one": {"value": 3, "evidence": ["", "   "]}},
        }
    )
    assessment = parse_assessment(text)
    assert assessment.answers["a.one"].evidence == ()
    bank = bank_of(("a", 1, [question("a.one")]))
    assert score(bank, assessment).verified == 25


def test_claimed_without_evidence_but_still_at_target_has_priority_zero() -> None:
    bank = bank_of(("a", 1, [question("a.low", target=1), question("a.other")]))
    result = score(bank, answers({"a.low": bare(4), "a.other": proven(2)}))
    assert [(g.id, g.reasons, g.priority) for g in result.gaps] == [
        ("a.other", ("below_target",), 0.25),
        ("a.low", ("no_evidence",), 0.0),
    ]


CAPPED, NOT_CAPPED = True, False


@pytest.mark.parametrize(
    ("critical_answer", "capped"),
    [
        (None, CAPPED),  # unanswered
        (Answer(None), CAPPED),  # an answer without a value is unanswered
        (proven(2), CAPPED),  # below target, with evidence
        (bare(3), CAPPED),  # at target as claimed, below target verified
        (bare(4), CAPPED),
        (proven(3), NOT_CAPPED),  # at target with evidence
        (proven(4), NOT_CAPPED),
        (na(), NOT_CAPPED),  # not applicable: not open
    ],
)
def test_the_band_is_capped_only_while_a_critical_question_is_open(
    critical_answer: Answer | None, capped: bool
) -> None:
    others = [question(f"a.q{i}") for i in range(5)]
    bank = bank_of(("a", 1, [question("a.critical", critical=True), *others]))
    given = {q.id: proven(4) for q in others}
    if critical_answer is not None:
        given["a.critical"] = critical_answer
    result = score(bank, answers(given))
    assert result.overall is not None
    assert result.overall >= 90  # "leading" without the cap
    assert result.band is not None
    assert result.verified_band is not None
    if capped:
        assert result.capped_by == ("a.critical",)
        assert result.band.id == "developing"
        assert result.verified_band.id == "developing"
    else:
        assert result.capped_by == ()
        assert result.band.id == "leading"


# The three tests below leave one of two questions open: they set min_coverage 0 so that a band
# is given at all, and the band is judged on the floor score (the open question as 0).
def test_an_open_non_critical_question_does_not_cap() -> None:
    bank = bank_of(("a", 1, [question("a.one"), question("a.two")]), min_coverage=0)
    result = score(bank, answers({"a.one": proven(4)}))
    assert result.capped_by == ()
    assert (result.overall, result.floor) == (100, 50)
    assert result.band is not None
    assert (result.band.id, result.capped) == ("developing", False)


def test_the_cap_never_raises_a_band() -> None:
    bank = bank_of(
        ("a", 1, [question("a.critical", critical=True), question("a.one")]), min_coverage=0
    )
    result = score(bank, answers({"a.one": proven(1)}))
    assert (result.overall, result.floor) == (25, 12.5)
    assert result.capped_by == ("a.critical",)
    assert result.band is not None
    assert (result.band.id, result.capped) == ("initial", False)  # below the cap: not capped


def test_no_cap_without_critical_cap() -> None:
    bank = bank_of(
        ("a", 1, [question("a.critical", critical=True), question("a.one"), question("a.two")]),
        critical_cap=None,
        min_coverage=0,
    )
    result = score(bank, answers({"a.one": proven(4), "a.two": proven(4)}))
    assert result.capped_by == ("a.critical",)
    assert result.floor == pytest.approx(200 / 3)  # 66.7: developing, whatever is open
    assert result.band is not None
    assert (result.band.id, result.capped) == ("developing", False)


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0, "initial"),
        (3, "initial"),
        (4, "developing"),
        (6, "developing"),
        (7, "established"),
        (8, "established"),
        (9, "leading"),
        (10, "leading"),
    ],
)
def test_the_band_is_the_last_one_whose_min_is_at_or_below_the_score(value: int, band: str) -> None:
    ten = scale(range(11), "ten")
    bank = bank_of(("a", 1, [question("a.one", target=0, evidence_from=0, on=ten)]))
    result = score(bank, answers({"a.one": proven(value)}))
    assert result.overall == value * 10
    assert result.band is not None
    assert result.band.id == band


def test_a_score_that_is_exactly_a_band_minimum_gets_that_band() -> None:
    """(25×0.4 + 100×0.8 + 50×0.3) / 1.5 = 105 / 1.5 = 70 exactly: "established".

    Summed in floating point it comes out as 69.99999999999999, which the report prints as
    70.0 next to the band "developing".
    """
    bank = bank_of(
        (
            "a",
            1,
            [
                question("a.one", weight=0.4, target=0),
                question("a.two", weight=0.8, target=0),
                question("a.three", weight=0.3, target=0),
            ],
        )
    )
    result = score(bank, answers({"a.one": proven(1), "a.two": proven(4), "a.three": proven(2)}))
    assert result.overall == pytest.approx(70)
    assert result.band is not None
    assert result.band.id == "established"


def test_priority_is_weight_times_the_distance_to_target() -> None:
    bank = bank_of(("a", 1, [question("a.one", weight=3, target=4)]))
    (gap,) = score(bank, answers({"a.one": proven(1)})).gaps
    assert gap.priority == 3 * (100 - 25) / 100 == 2.25
    assert gap.target_score == 100
    assert gap.verified == 25


def test_an_unanswered_question_counts_as_zero_for_its_priority() -> None:
    bank = bank_of(("a", 1, [question("a.one", weight=2, target=2)]))
    (gap,) = score(bank, answers({})).gaps
    assert gap.claimed is None
    assert gap.verified == 0
    assert gap.current is None
    assert gap.target == 2
    assert gap.priority == 2 * (50 - 0) / 100 == 1.0
    assert gap.next_level is not None
    assert gap.next_level.value == 2  # the target option


def test_critical_doubles_the_priority() -> None:
    bank = bank_of(
        ("a", 1, [question("a.plain"), question("a.critical", critical=True)]),
        ("b", 1, [question("b.plain"), question("b.critical", critical=True)]),
    )
    result = score(bank, answers({"b.plain": proven(1), "b.critical": proven(1)}))
    priorities = {g.id: g.priority for g in result.gaps}
    assert priorities == {"a.plain": 0.75, "a.critical": 1.5, "b.plain": 0.5, "b.critical": 1.0}
    assert [g.id for g in result.gaps] == ["a.critical", "b.critical", "a.plain", "b.plain"]


def test_equal_priorities_keep_the_bank_order() -> None:
    bank = bank_of(
        ("a", 1, [question("a.one"), question("a.two", weight=2), question("a.three")]),
        ("b", 5, [question("b.one"), question("b.two")]),
    )
    # a.one: unanswered, 0.75; a.two: 2 × (75 - 50) / 100 = 0.5; a.three: 1 × (75 - 25) = 0.5;
    # b.one: unanswered, 0.75; b.two: 0.5. The answers are given in reverse bank order.
    given = {"b.two": proven(1), "a.three": proven(1), "a.two": proven(2)}
    result = score(bank, answers(given))
    assert [(g.id, g.priority) for g in result.gaps] == [
        ("a.one", 0.75),
        ("b.one", 0.75),
        ("a.two", 0.5),
        ("a.three", 0.5),
        ("b.two", 0.5),
    ]


def test_answers_to_unknown_questions_are_ignored_by_the_score() -> None:
    bank = two_areas()
    given = {"a.one": proven(3), "b.one": bare(4)}
    extra = {"zz.unknown": proven(4), **given, "a.removed": na(), "b": Answer("not a level")}
    assert score(bank, answers(extra)) == score(bank, answers(given))
    assert score(bank, answers(extra)).answered == 2


def _check_explain_covers_everything(result: Result) -> None:
    steps = explain(result)
    bank = result.questionnaire
    question_steps = [s for s in steps if s.level == "question"]
    assert [s.subject for s in question_steps] == [q.id for q in bank.questions]
    for s, q in zip(question_steps, result.questions, strict=True):
        assert s.value == q.claimed
        if q.status != "answered":
            assert (s.code, s.args["status"]) == ("status", q.status)
    verified_steps = {s.subject: s.value for s in steps if s.level == "verified"}
    assert verified_steps == {q.id: q.verified for q in result.questions if q.verified != q.claimed}
    for level, attribute in (("area", "score"), ("area-verified", "verified")):
        found = [(s.subject, s.value) for s in steps if s.level == level]
        assert found == [(a.id, getattr(a, attribute)) for a in result.areas]
    assert [(s.subject, s.value) for s in steps if s.level == "overall"] == [
        (bank.id, result.overall)
    ]
    assert [(s.subject, s.value) for s in steps if s.level == "overall-verified"] == [
        (bank.id, result.verified)
    ]
    assert [(s.subject, s.value) for s in steps if s.level == "overall-floor"] == [
        (bank.id, result.floor)
    ]
    # the cap is explained only where it lowered a band
    caps = [s for s in steps if s.level == "band-cap"]
    assert len(caps) == (1 if result.capped or result.verified_capped else 0)
    if caps:
        assert caps[0].subject == ", ".join(result.capped_by)
    bands = [s for s in steps if s.level in ("band", "band-verified")]
    if result.withheld is not None:
        assert [(s.code, s.args["reason"]) for s in bands] == [("withheld", result.withheld)]
    else:
        assert [s.args["band"] for s in bands] == [
            b.id for b in (result.band, result.verified_band) if b is not None
        ]


def test_explain_covers_every_question_area_and_overall(worked: Result) -> None:
    _check_explain_covers_everything(worked)
    bank = two_areas()
    for given in (
        {},
        {q.id: na() for q in bank.questions},
        {"a.one": proven(3), "a.two": bare(4), "b.one": na()},
        {q.id: proven(4) for q in bank.questions},
    ):
        _check_explain_covers_everything(score(bank, answers(given)))


def test_explain_shows_the_weighted_means() -> None:
    bank = bank_of(
        ("a", 3, [question("a.one", weight=3), question("a.two")]),
        ("b", 1, [question("b.one")]),
    )
    result = score(bank, answers({"a.one": proven(4), "a.two": bare(2), "b.one": na()}))
    formulas = {(s.level, s.subject): (formula(s, result, "en"), s.value) for s in explain(result)}
    assert formulas[("area", "a")] == ("(100×3 + 50×1) / 4", 87.5)
    assert formulas[("area-verified", "a")] == ("(100×3 + 25×1) / 4", 81.25)
    assert formulas[("area", "b")] == ("–", None)
    assert formulas[("overall", "t")] == ("(87.5×3) / 3", 87.5)
    lv = {(s.level, s.subject): formula(s, result, "lv") for s in explain(result)}
    assert lv[("area-verified", "a")] == "(100×3 + 25×1) / 4"
    assert lv[("verified", "a.two")] == "nav pierādījumu: ieskaitīts kā līmenis 1"
