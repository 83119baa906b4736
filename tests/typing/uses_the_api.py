"""Typed use of the public API: ``mypy --strict`` must accept it (tests/test_api.py runs it)."""

from __future__ import annotations

import cse_assess
from cse_assess import (
    Assessment,
    Direction,
    KindName,
    Language,
    Problem,
    ProblemData,
    Questionnaire,
    QuestionnaireData,
    Result,
    ResultData,
    Status,
)


def overall(bank: Questionnaire, assessment: Assessment) -> float | None:
    result: Result = cse_assess.score(bank, assessment)
    statuses: list[Status] = [q.status for q in result.questions]
    data: ResultData = cse_assess.result_data(result, "lv")
    assert len(statuses) == len(data["questions"])
    return result.overall


def problems(exc: cse_assess.CseAssessError) -> list[ProblemData]:
    first: Problem = exc.problems[0]
    assert first.loc is not None
    return exc.to_dict()


def form(bank: Questionnaire, lang: Language) -> QuestionnaireData:
    kinds: set[KindName] = {"scale", "yes_no"}
    direction: Direction = "at_least"
    assert kinds
    assert direction
    return cse_assess.questionnaire_data(bank, lang)
