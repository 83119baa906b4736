"""How ``number`` questions are shown: a value with its unit, a typed entry, a decimal cell."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cse_assess.core.model import Answer, Invalid, Question, localize
from cse_assess.i18n import message
from cse_assess.views._shared import (
    cell_text,
    evidence_line,
    parse_number,
    range_text,
    show_number,
    shown,
)

if TYPE_CHECKING:
    from cse_assess.kinds.number import NumberQuestion
    from cse_assess.views._describe import Ask, FormAnswer


def _number(question: Question) -> NumberQuestion:
    return question  # type: ignore[return-value]


def parse_number_cell(value: object, question: Question) -> float | Invalid:
    """A number from a cell (a number, or text with a decimal point or comma) in range."""
    q = _number(question)
    number: float | None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int | float):
        number = value if value == value and abs(value) != float("inf") else None
    else:
        number = parse_number(cell_text(value))
    if number is None:
        return Invalid("forms_not_number", {"value": shown(value)})
    if (q.min is not None and number < q.min) or (q.max is not None and number > q.max):
        return Invalid(
            "forms_out_of_range",
            {"value": show_number(number, "en"), "allowed": range_text(q.min, q.max, "en")},
        )
    return number


def _rule(question: Question, lang: str) -> str:
    q = _number(question)
    unit = localize(q.unit, lang).strip()
    allowed = range_text(q.min, q.max, lang)
    if unit:
        return message("ui.forms.number_rule", lang, unit=unit, allowed=allowed)
    return message("ui.forms.number_rule_no_unit", lang, allowed=allowed)


class NumberView:
    """The view of ``kind: number``."""

    kind = "number"

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return str(value)
        return f"{show_number(value, lang)} {localize(_number(question).unit, lang)}".rstrip()

    def format_target(self, question: Question, lang: str) -> str:
        """``at least 95 %`` / ``vismaz 95 %``."""
        q = _number(question)
        value = self.format_value(question, q.target, lang)
        return message(f"ui.{q.direction}", lang, value=value)

    def condition_value(self, question: Question, operator: str, value: Any, lang: str) -> str:
        return self.format_value(question, value, lang)

    def choices(self, question: Question, lang: str) -> list[str]:
        return []  # a value to write in, not options to tick

    def describe(self, question: Question, lang: str) -> list[str]:
        q = _number(question)
        lines = []
        if q.zero_at is not None:
            lines.append(
                message("ui.zero_at", lang, value=self.format_value(question, q.zero_at, lang))
            )
        lines.append(message("ui.number_range", lang, allowed=range_text(q.min, q.max, lang)))
        return lines

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        return []

    def prompt(self, question: Question, lang: str, current: Answer | None) -> Ask:
        from cse_assess.views._describe import TypeIn

        q = _number(question)
        default = ""
        if current is not None and isinstance(current.value, int | float):
            default = show_number(current.value, lang)

        def check(text: str) -> str | None:
            value = parse_number(text)
            if value is None:
                return message("ui.not_a_number", lang)
            if q.check(value) is not None:
                return message("ui.number_range", lang, allowed=range_text(q.min, q.max, lang))
            return None

        return TypeIn(
            message("ui.choice_enter_number", lang),
            message("ui.ask_number", lang, unit=localize(q.unit, lang)),
            default,
            check,
            parse_number,
        )

    def form(self, question: Question, lang: str) -> FormAnswer:
        from cse_assess.views._describe import FormAnswer, NumberRule

        q = _number(question)
        return FormAnswer(
            number=NumberRule(q.min, q.max, _rule(question, lang)),
            guidance=(_rule(question, lang),),
            evidence=evidence_line(question, lang),
        )

    def read_form(
        self, question: Question, cell: object, rows: Mapping[str, bool | None]
    ) -> Any | Invalid | None:
        if not cell_text(cell):
            return None
        return parse_number_cell(cell, question)


VIEW = NumberView()
