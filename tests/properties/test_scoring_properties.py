"""Properties of the scoring engine over generated banks and assessments.

The banks are small random ones, built from the model classes: one to three areas of one to
four questions, scales with two to six levels that may not start at 0, weights that are not all
1, critical questions, and bands with or without a critical cap. The assessments mix answers
with and without evidence, N/A, unanswered questions and answers to unknown ids.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cse_assess import ScaleQuestion
from cse_assess.content.assessment import dump_assessment, parse_assessment
from cse_assess.core.errors import AssessmentError
from cse_assess.core.model import (
    Answer,
    Area,
    Assessment,
    Band,
    Context,
    Option,
    Questionnaire,
    Scale,
)
from cse_assess.core.scoring import Result, score

# How many examples: the profile's (tests/conftest.py: "ci" by default, "thorough" on demand).
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
Draw = Callable[[st.SearchStrategy[Any]], Any]

LATVIAN = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"
WEIGHTS = st.sampled_from([0.25, 0.4, 0.5, 0.8, 1.0, 1.0, 1.0, 1.5, 2.0, 3.0, 7.0])


# --- banks -----------------------------------------------------------------------------------
@st.composite
def scales(draw: Draw, sid: str) -> Scale:
    start = draw(st.integers(-2, 3))
    steps = draw(st.lists(st.sampled_from([0.5, 1, 1, 1, 2]), min_size=1, max_size=5))
    values: list[float] = [start]
    for step in steps:
        values.append(values[-1] + step)
    return Scale(sid, tuple(Option(v, {"en": f"L{v}"}, {"en": f"level {v}"}) for v in values))


@st.composite
def banks(draw: Draw) -> Questionnaire:
    own = [draw(scales(f"s{i}")) for i in range(draw(st.integers(1, 2)))]
    mins = sorted(draw(st.sets(st.integers(1, 99), max_size=3)))
    bands = tuple(
        Band(f"b{i}", low, {"en": f"b{i}"}, {"en": "band"}) for i, low in enumerate([0, *mins])
    )
    cap = draw(st.none() | st.sampled_from([b.id for b in bands]))
    areas = []
    for a in range(draw(st.integers(1, 3))):
        questions = []
        for q in range(draw(st.integers(1, 4))):
            on = draw(st.sampled_from(own))
            questions.append(
                ScaleQuestion(
                    id=f"a{a}.q{q}",
                    area=f"a{a}",
                    text={"en": "question"},
                    help={"en": "help"},
                    evidence=({"en": "proof"},),
                    action={"en": "act"},
                    weight=draw(WEIGHTS),
                    critical=draw(st.booleans()),
                    allow_na=True,
                    scale=on,
                    target=draw(st.sampled_from(on.values)),
                    evidence_from=draw(st.sampled_from(on.values)),
                )
            )
        areas.append(
            Area(f"a{a}", {"en": "area"}, {"en": "intro"}, tuple(questions), draw(WEIGHTS))
        )
    return Questionnaire(
        id="gen",
        version="1.0.0",
        title={"en": "generated"},
        description={"en": "generated"},
        languages=("en",),
        scales=tuple(own),
        bands=bands,
        areas=tuple(areas),
        critical_cap=cap,
        min_coverage=draw(st.sampled_from([0.0, 0.5, 0.8, 1.0])),
        max_na=draw(st.sampled_from([0.0, 0.25, 1.0])),
    )


EVIDENCE = st.lists(st.text(min_size=1, max_size=8).filter(str.strip), max_size=2)


@st.composite
def answers_for(draw: Draw, question: ScaleQuestion) -> Answer | None:
    kind = draw(st.sampled_from(["missing", "empty", "na", "value", "value", "value"]))
    if kind == "missing":
        return None
    if kind == "empty":
        return Answer(None, evidence=tuple(draw(EVIDENCE)))
    if kind == "na":
        return Answer(na=True, note=draw(st.text(min_size=1, max_size=10).filter(str.strip)))
    value = draw(st.sampled_from(question.scale.values))
    return Answer(value, evidence=tuple(draw(EVIDENCE)), note=draw(st.text(max_size=5)))


@st.composite
def cases(draw: Draw) -> tuple[Questionnaire, Assessment]:
    bank = draw(banks())
    given: dict[str, Answer] = {}
    for question in bank.questions:
        assert isinstance(question, ScaleQuestion)
        answer = draw(answers_for(question))
        if answer is not None:
            given[question.id] = answer
    for unknown in draw(st.lists(st.sampled_from(["x.gone", "old.one", "a9.q9"]), unique=True)):
        given[unknown] = Answer(draw(st.integers(-5, 50)), evidence=("proof",))
    order = draw(st.permutations(list(given)))
    return bank, Assessment(bank.id, bank.version, answers={k: given[k] for k in order})


def scores(result: Result) -> list[float | None]:
    found: list[float | None] = [result.overall, result.verified]
    for a in result.areas:
        found += [a.score, a.verified]
        for q in a.questions:
            found += [q.claimed, q.verified]
    return found


# --- properties ------------------------------------------------------------------------------
@SETTINGS
@given(cases())
def test_scores_are_in_range_or_none(case: tuple[Questionnaire, Assessment]) -> None:
    result = score(*case)
    for value in scores(result):
        assert value is None or -1e-9 <= value <= 100 + 1e-9
    for gap in result.gaps:
        assert 0 <= gap.verified <= 100 + 1e-9
        assert gap.priority >= 0


@SETTINGS
@given(cases())
def test_coverage_is_a_fraction(case: tuple[Questionnaire, Assessment]) -> None:
    result = score(*case)
    assert result.coverage is not None
    assert 0 <= result.coverage <= 1
    assert result.coverage == result.answered / result.applicable
    assert result.applicable == len(case[0].questions)
    for area in result.areas:
        assert 0 <= area.answered <= area.applicable == len(area.questions)


@SETTINGS
@given(cases())
def test_no_score_exactly_where_nothing_has_a_value(case: tuple[Questionnaire, Assessment]) -> None:
    result = score(*case)
    for area in result.areas:
        scored = [q for q in area.questions if q.status == "answered"]
        assert (area.score is None) == (not scored)
        assert (area.verified is None) == (not scored)
    has_score = any(a.score is not None for a in result.areas)
    assert (result.overall is None) == (not has_score)
    # a band exactly where there is a score and enough answers (few enough N/A) to judge it on
    assert (result.band is None) == (result.overall is None or result.withheld is not None)


@SETTINGS
@given(cases())
def test_verified_never_exceeds_claimed(case: tuple[Questionnaire, Assessment]) -> None:
    result = score(*case)
    for q in result.questions:
        assert (q.claimed is None) == (q.verified is None)
        if q.claimed is not None:
            assert q.verified is not None
            assert q.verified <= q.claimed
    for a in result.areas:
        if a.score is not None:
            assert a.verified is not None
            assert a.verified <= a.score + 1e-9
    if result.overall is not None:
        assert result.verified is not None
        assert result.verified <= result.overall + 1e-9
    if result.band is not None:
        assert result.verified_band is not None
        assert result.verified_band.min <= result.band.min


@SETTINGS
@given(cases(), st.data())
def test_raising_an_answer_never_lowers_its_area(
    case: tuple[Questionnaire, Assessment], data: st.DataObject
) -> None:
    bank, assessment = case
    answered = [
        q
        for q in bank.questions
        if (a := assessment.answer(q.id)) is not None
        and not a.na
        and a.value is not None
        and isinstance(q, ScaleQuestion)
        and a.value < q.scale.max
    ]
    assume(answered)
    question = data.draw(st.sampled_from(answered))
    assert isinstance(question, ScaleQuestion)
    old = assessment.answers[question.id]
    higher = data.draw(st.sampled_from([v for v in question.scale.values if v > old.value]))
    raised = assessment.with_answer(question.id, attrs.evolve(old, value=higher))
    before = score(bank, assessment).area(question.area)
    after = score(bank, raised).area(question.area)
    assert before is not None
    assert after is not None
    assert before.score is not None
    assert after.score is not None
    assert after.score >= before.score - 1e-9
    assert after.verified is not None
    assert before.verified is not None
    assert after.verified >= before.verified - 1e-9


@SETTINGS
@given(cases(), st.data())
def test_na_in_one_area_leaves_the_other_areas_alone(
    case: tuple[Questionnaire, Assessment], data: st.DataObject
) -> None:
    bank, assessment = case
    question = data.draw(st.sampled_from(bank.questions))
    changed = assessment.with_answer(question.id, Answer(na=True, note="not here"))
    before, after = score(bank, assessment), score(bank, changed)
    for old, new in zip(before.areas, after.areas, strict=True):
        if old.id != question.area:
            assert new == old


@SETTINGS
@given(cases(), st.randoms(use_true_random=False))
def test_answer_order_does_not_matter(case: tuple[Questionnaire, Assessment], rnd: Any) -> None:
    bank, assessment = case
    ids = list(assessment.answers)
    rnd.shuffle(ids)
    shuffled = attrs.evolve(assessment, answers={k: assessment.answers[k] for k in ids})
    assert score(bank, shuffled) == score(bank, assessment)


@SETTINGS
@given(cases())
def test_gaps_are_sorted_by_priority(case: tuple[Questionnaire, Assessment]) -> None:
    bank, assessment = case
    result = score(bank, assessment)
    priorities = [g.priority for g in result.gaps]
    assert priorities == sorted(priorities, reverse=True)
    order = {q.id: i for i, q in enumerate(bank.questions)}
    for first, second in zip(result.gaps, result.gaps[1:], strict=False):
        if first.priority == second.priority and first.critical == second.critical:
            assert order[first.id] < order[second.id]
        elif first.priority == second.priority:  # a tie: the critical one first
            assert first.critical
    statuses = {q.id: q.status for q in result.questions}
    assert all(statuses[g.id] != "na" for g in result.gaps)
    assert all(g.reasons for g in result.gaps)


# --- the assessment file round-trips ---------------------------------------------------------
# Text as a person types it: any character but half of one (a lone surrogate, refused on save).
TEXT = st.text(
    alphabet=st.sampled_from(LATVIAN) | st.characters(exclude_categories=("Cs",)), max_size=20
)
NONBLANK = TEXT.filter(str.strip)
DATES = st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10) | st.just("")
VALUES = st.none() | st.integers(-10, 10) | st.sampled_from([0.5, 2.5, 3.0, 1e6])
BANK_IDS = st.from_regex(r"[a-z][a-z0-9]{0,20}(-[a-z0-9]{1,10}){0,3}", fullmatch=True)


@st.composite
def assessments(draw: Draw) -> Assessment:
    context = Context(
        institution=draw(TEXT),
        unit=draw(TEXT),
        assessor=draw(TEXT),
        date=draw(DATES),
        language=draw(st.sampled_from(["", "lv", "en"])),  # the file allows only these
    )
    given: dict[str, Answer] = {}
    for qid in draw(
        st.lists(
            st.text(string.ascii_lowercase + ".-" + LATVIAN, min_size=1), unique=True, max_size=6
        )
    ):
        na = draw(st.booleans())
        given[qid] = Answer(
            value=None if na else draw(VALUES),
            na=na,
            evidence=tuple(draw(st.lists(NONBLANK, max_size=3))),
            note=draw(TEXT),
        )
    return Assessment(
        draw(BANK_IDS),  # a bank id is safe as a file name (issue 16)
        draw(NONBLANK),
        context=context,
        answers=given,
    )


@SETTINGS
@given(assessments())
def test_dump_then_parse_round_trips(assessment: Assessment) -> None:
    text = dump_assessment(assessment)
    back = parse_assessment(text)
    assert back == assessment
    assert list(back.answers) == list(assessment.answers)
    assert dump_assessment(back) == text


def test_round_trip_keeps_latvian_text_as_it_is() -> None:
    assessment = Assessment(
        "readiness",
        "1.0.0",
        Context(
            "Zaļkalnu novada pašvaldība",
            "Klientu apkalpošanas centrs",
            "Ilze Bērziņa",
            "2026-10-15",
            "lv",
        ),
        {
            "values.customer-at-centre": Answer(
                3,
                evidence=("Domes sēdes protokols Nr. 4",),
                note="Ģimenes ārstu prakses — ņemt vērā",
            )
        },
    )
    text = dump_assessment(assessment)
    assert "Zaļkalnu novada pašvaldība" in text  # not escaped to \\u013c
    assert parse_assessment(text) == assessment


# --- leaving a question open never pays ------------------------------------------------------
def rank(result: Result, verified: bool = False) -> int:
    """The band's position in the bank (-1: no band)."""
    band = result.verified_band if verified else result.band
    return -1 if band is None else [b.id for b in result.questionnaire.bands].index(band.id)


@SETTINGS
@given(cases(), st.data())
def test_removing_answers_never_raises_the_band(
    case: tuple[Questionnaire, Assessment], data: st.DataObject
) -> None:
    bank, assessment = case
    before = score(bank, assessment)
    given = [qid for qid in assessment.answers if bank.question(qid) is not None]
    gone = data.draw(st.sets(st.sampled_from(given)) if given else st.just(set()))
    kept = {k: v for k, v in assessment.answers.items() if k not in gone}
    after = score(bank, attrs.evolve(assessment, answers=kept))
    for attr in ("floor", "verified_floor"):
        old, new = getattr(before, attr), getattr(after, attr)
        if old is not None and new is not None:
            assert new <= old + 1e-9, attr
    if before.withheld == "coverage":
        assert after.withheld == "coverage"  # coverage only falls
    if before.band is not None and after.band is not None:
        assert rank(after) <= rank(before)
        assert rank(after, verified=True) <= rank(before, verified=True)
    if before.band is None and after.band is not None:  # only fewer N/A can do this:
        assert before.withheld == "na"  # an N/A removed, or one whose gate is now open,
        status = {r.question.id: r.status for r in after.questions}  # counts as 0 (or not at all)
        assert any(status[r.question.id] != "na" for r in before.questions if r.status == "na")


@SETTINGS
@given(cases())
def test_the_band_is_the_band_of_the_score_shown(case: tuple[Questionnaire, Assessment]) -> None:
    """One rounding policy: the band is judged on the floor score as reports print it."""
    result = score(*case)
    if result.band is None or result.floor is None:
        return
    shown = round(result.floor * 10 + 1e-9) / 10  # as printed with one decimal
    bands = [b for b in result.questionnaire.bands if b.min <= shown + 1e-9]
    if not result.capped:
        assert result.band == bands[-1]


# --- gates: leaving the question a condition tests open never pays -------------------------
@st.composite
def gated_cases(draw: Draw) -> tuple[Questionnaire, Assessment]:
    """A bank whose first question is a yes/no gate (context, not scored) that the questions of
    some areas depend on, with answers (or none) to every question, gate included."""
    from cse_assess import YesNoQuestion
    from cse_assess.core.conditions import Compare

    bank, assessment = draw(cases())
    gate = YesNoQuestion(
        id="a0.gate",
        area="a0",
        text={"en": "gate"},
        help={"en": "help"},
        evidence=({"en": "proof"},),
        action={"en": "act"},
        scored=False,
        allow_na=False,
    )
    when = Compare("a0.gate", draw(st.sampled_from(["equals", "not_equals"])), True)
    areas = []
    for i, area in enumerate(bank.areas):
        questions = [
            attrs.evolve(q, when=when) if draw(st.booleans()) else q for q in area.questions
        ]
        if i == 0:
            questions.insert(0, gate)
        areas.append(attrs.evolve(area, questions=tuple(questions)))
    bank = attrs.evolve(bank, areas=tuple(areas))
    answers = dict(assessment.answers)
    choice = draw(st.sampled_from(["yes", "no", "open"]))
    if choice != "open":
        answers["a0.gate"] = Answer(choice == "yes")
    return bank, attrs.evolve(assessment, answers=answers)


@SETTINGS
@given(gated_cases(), st.data())
def test_removing_answers_never_raises_the_band_with_gates(
    case: tuple[Questionnaire, Assessment], data: st.DataObject
) -> None:
    test_removing_answers_never_raises_the_band.hypothesis.inner_test(case, data)  # type: ignore[attr-defined]


@given(assessments(), st.sampled_from(["institution", "unit", "assessor"]))
def test_a_lone_surrogate_is_refused_on_save_not_written(
    assessment: Assessment, field: str
) -> None:
    # half of a character cannot be written as UTF-8: the save says where, and writes nothing
    odd = attrs.evolve(assessment, context=attrs.evolve(assessment.context, **{field: "a\ud800"}))
    with pytest.raises(AssessmentError) as raised:
        dump_assessment(odd)
    assert [p.code for p in raised.value.problems] == ["text_not_unicode"]
    assert raised.value.problems[0].path == f"context.{field}"


# --- the quick paths give what the full ones give ------------------------------------------------
@given(cases())
def test_checked_and_unchecked_scores_are_the_same(case: tuple[Questionnaire, Assessment]) -> None:
    """score() checks by the compiled bank where it can: the result is the one check=False gives
    on the same (valid) answers, to the last bit."""
    bank, assessment = case
    checked, unchecked = score(bank, assessment), score(bank, assessment, check=False)
    assert checked == unchecked
    assert hash(checked) == hash(unchecked)


@given(cases())
def test_a_result_is_the_same_however_it_is_first_read(
    case: tuple[Questionnaire, Assessment],
) -> None:
    """Areas and gaps are made when first asked for: in any order, after pickling, equal."""
    import pickle

    bank, assessment = case
    one, two, three = (score(bank, assessment) for _ in range(3))
    gaps_first = (one.gaps, one.areas)
    areas_first = (two.areas, two.gaps)
    assert gaps_first == areas_first[::-1]
    restored = pickle.loads(pickle.dumps(three))
    assert restored == one == two == three
    assert restored.questions == one.questions
    from cse_assess.core.scoring import answer_columns, tally

    numbers = tally(bank, *answer_columns(assessment.answers))
    assert numbers is not None
    assert (numbers.totals.overall, numbers.totals.verified) == (one.overall, one.verified)
    assert [a.score for a in one.areas] == [a[0] for a in numbers.totals.areas]
