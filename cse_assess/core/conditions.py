"""Skip logic: conditions on earlier answers that show or hide a question or an area.

A condition is written in the bank under ``when:``::

    when: {question: segmentation.has-branches, equals: true}
    when: {question: goals.satisfaction-level, at_least: 2}
    when: {all: [{question: a.x, equals: true}, {not: {question: a.y, checked: phone}}]}

What a test means for an answer is the kind's rule (:meth:`~cse_assess.core.model.Question.test`);
this module combines the tests. A test on a question that is not applicable or hidden is false.
A test on a question not answered yet is *undetermined*: the terminal does not ask the questions
that depend on it until it is answered, and the score counts them as open, so that leaving a
gate unanswered never hides weak answers (see ``docs/scoring.md``).

Pure: :func:`visibility` and :func:`hidden` take the bank and the answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cse_assess.core.model import (
    NA,
    AllOf,
    Answer,
    AnyOf,
    Compare,
    Condition,
    Not,
    Operator,
    Questionnaire,
)

__all__ = [
    "OPERATORS",
    "AllOf",
    "AnyOf",
    "Compare",
    "Condition",
    "Not",
    "Operator",
    "answer_values",
    "evaluate",
    "hidden",
    "referenced",
    "visibility",
]

OPERATORS: tuple[Operator, ...] = ("equals", "not_equals", "in", "at_least", "at_most", "checked")
"""How a comparison tests the earlier answer."""


def referenced(condition: Condition) -> list[Compare]:
    """Every comparison in ``condition``, in the order written."""
    if isinstance(condition, Compare):
        return [condition]
    if isinstance(condition, AllOf | AnyOf):
        return [c for sub in condition.conditions for c in referenced(sub)]
    return referenced(condition.condition)


def evaluate(
    condition: Condition,
    bank: Questionnaire,
    values: Mapping[str, Any],
    hidden: frozenset[str] | set[str],
    undetermined: frozenset[str] | set[str],
) -> bool | None:
    """``True``, ``False`` or ``None`` (undetermined) for these answer values.

    ``values`` maps each answered question's id to its value, or to :data:`NA`; a question
    missing from it is not answered yet.
    """
    if isinstance(condition, Compare):
        qid = condition.question
        if qid in hidden:
            return False
        if qid in undetermined or qid not in values:
            return None
        got = values[qid]
        question = bank.question(qid)
        if got is NA or question is None or got is None:
            return False
        return question.test(condition.operator, got, condition.value)
    if isinstance(condition, AllOf):
        found = [evaluate(c, bank, values, hidden, undetermined) for c in condition.conditions]
        if False in found:
            return False
        return None if None in found else True
    if isinstance(condition, AnyOf):
        found = [evaluate(c, bank, values, hidden, undetermined) for c in condition.conditions]
        if True in found:
            return True
        return None if None in found else False
    inner = evaluate(condition.condition, bank, values, hidden, undetermined)
    return None if inner is None else not inner


def _and(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True


def visibility(
    bank: Questionnaire, values: Mapping[str, Any]
) -> tuple[frozenset[str], frozenset[str]]:
    """The ids of the questions the bank's conditions hide, and of those still undetermined.

    ``values`` maps answered question ids to their value or :data:`NA`.

    .. versionadded:: 0.2.0
    """
    hidden: set[str] = set()
    undetermined: set[str] = set()
    if not bank.conditional:
        return frozenset(), frozenset()
    for area in bank.areas:
        area_shown = (
            True if area.when is None else evaluate(area.when, bank, values, hidden, undetermined)
        )
        for question in area.questions:
            shown = area_shown
            if shown is not False and question.when is not None:
                shown = _and(shown, evaluate(question.when, bank, values, hidden, undetermined))
            if shown is False:
                hidden.add(question.id)
            elif shown is None:
                undetermined.add(question.id)
    return frozenset(hidden), frozenset(undetermined)


def answer_values(answers: Mapping[str, Answer]) -> dict[str, Any]:
    """The values conditions test: each answered question's value, or :data:`NA`."""
    return {qid: NA if a.na else a.value for qid, a in answers.items() if a.answered}


def hidden(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> frozenset[str]:
    """The ids of the questions not to ask for these answers: hidden, or still undetermined.

    .. versionadded:: 0.1.0
    """
    if not questionnaire.conditional:
        return frozenset()
    gone, open_ = visibility(questionnaire, answer_values(answers))
    return gone | open_
