"""Skip logic: conditions on earlier answers that show or hide a question or an area.

A condition is written in the bank under ``when:``::

    when: {question: segmentation.has-branches, equals: true}
    when: {question: goals.satisfaction-level, at_least: 2}
    when: {all: [{question: a.x, equals: true}, {not: {question: a.y, checked: phone}}]}

Pure: :func:`hidden` takes the bank and the answers and returns the ids of hidden questions.
A comparison with a question that is unanswered, not applicable or itself hidden is false,
so the questions that depend on it stay hidden until it is answered.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from cse_assess.core.model import Answer, Questionnaire

OPERATORS = ("equals", "not_equals", "in", "at_least", "at_most", "checked")
"""How a comparison tests the earlier answer."""


@attrs.frozen
class Compare:
    """``question`` ``operator`` ``value``: true when the earlier answer passes the test.

    .. versionadded:: 0.1.0
    """

    question: str
    operator: str
    value: Any

    def test(self, answer: Answer | None) -> bool:
        """Whether ``answer`` (of :attr:`question`) passes."""
        if answer is None or answer.na or answer.value is None:
            return False
        got, want = answer.value, self.value
        if self.operator == "equals":
            return _same(got, want)
        if self.operator == "not_equals":
            return not _same(got, want)
        if self.operator == "in":
            return any(_same(got, w) for w in want)
        if self.operator == "checked":
            return isinstance(got, list) and want in got
        if not _numbers(got, want):
            return False
        return bool(got >= want) if self.operator == "at_least" else bool(got <= want)


def _numbers(a: Any, b: Any) -> bool:
    return all(isinstance(x, int | float) and not isinstance(x, bool) for x in (a, b))


def _same(a: Any, b: Any) -> bool:
    """Equal and of one kind: ``1 == 1.0`` but ``true != 1``; ticked items in any order."""
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return (_numbers(a, b) or type(a) is type(b)) and bool(a == b)


@attrs.frozen
class AllOf:
    """True when every condition is true.

    .. versionadded:: 0.1.0
    """

    conditions: tuple[Condition, ...]


@attrs.frozen
class AnyOf:
    """True when at least one condition is true.

    .. versionadded:: 0.1.0
    """

    conditions: tuple[Condition, ...]


@attrs.frozen
class Not:
    """True when the condition is false.

    .. versionadded:: 0.1.0
    """

    condition: Condition


Condition = Compare | AllOf | AnyOf | Not


def holds(condition: Condition, answers: Mapping[str, Answer], hidden: frozenset[str]) -> bool:
    """Whether ``condition`` is true for these answers (hidden questions count as unanswered)."""
    if isinstance(condition, Compare):
        if condition.question in hidden:
            return False
        return condition.test(answers.get(condition.question))
    if isinstance(condition, AllOf):
        return all(holds(c, answers, hidden) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(holds(c, answers, hidden) for c in condition.conditions)
    return not holds(condition.condition, answers, hidden)


def referenced(condition: Condition) -> list[Compare]:
    """Every comparison in ``condition``, in the order written."""
    if isinstance(condition, Compare):
        return [condition]
    if isinstance(condition, AllOf | AnyOf):
        return [c for sub in condition.conditions for c in referenced(sub)]
    return referenced(condition.condition)


def hidden(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> frozenset[str]:
    """The ids of the questions that the bank's conditions hide, given these answers.

    .. versionadded:: 0.1.0
    """
    found: set[str] = set()
    for area in questionnaire.areas:
        area_shown = area.when is None or holds(area.when, answers, frozenset(found))
        for question in area.questions:
            if not area_shown or (
                question.when is not None and not holds(question.when, answers, frozenset(found))
            ):
                found.add(question.id)
    return frozenset(found)
