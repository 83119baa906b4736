"""The ``number`` kind: a measured value against a target.

Meeting the target scores 100; otherwise the score runs linearly from ``zero_at`` (0) to the
target (100), clamped to 0-100, or is 0 where the bank gives no ``zero_at``. ``direction`` is
``at_least`` (higher is better) or ``at_most`` (lower is better). A bank may set an allowed
range (``min``, ``max``): a value outside it is an error, in a file as in the terminal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cse_assess.content._reader import Reader
from cse_assess.content._yaml import Path
from cse_assess.core.model import Answer, NumberQuestion, Question, localize
from cse_assess.i18n.messages import Term, describe, message
from cse_assess.kinds import ANSWER, BankDefaults, Invalid, Prompt, Special, register
from cse_assess.kinds._common import (
    TwoStep,
    ValueKind,
    evidence_required,
    first_step,
    show_number,
)

DIRECTIONS = ("at_least", "at_most")


def number_score(value: float, target: float, direction: str, zero_at: float | None) -> float:
    """The score of ``value`` for a target: 100 when met, linear from ``zero_at``, else 0."""
    met = value >= target if direction == "at_least" else value <= target
    if met:
        return 100.0
    if zero_at is None or zero_at == target:
        return 0.0
    share = (value - zero_at) / (target - zero_at)
    return max(0.0, min(1.0, share)) * 100.0


def parse_number(text: str) -> float | None:
    """A number typed by a person: ``4,2`` or ``4.2``, spaces ignored; ``None`` if it is not one."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return int(value) if value.is_integer() and "." not in cleaned else value


def target_problem(question: NumberQuestion, target: float) -> Invalid | None:
    """Why ``target`` cannot replace the bank's: off the allowed range, or past ``zero_at``."""
    invalid = NUMBER.check(question, target)
    if invalid is not None:
        return invalid
    zero_at = question.zero_at
    if zero_at is not None and (
        zero_at >= target if question.direction == "at_least" else zero_at <= target
    ):
        side = Term("above") if question.direction == "at_least" else Term("below")
        return Invalid(
            "target_past_zero_at",
            {"question": question.id, "target": target, "zero_at": zero_at, "side": side},
        )
    return None


def _range(question: NumberQuestion, lang: str = "en") -> str:
    low = "−∞" if question.min is None else show_number(question.min, lang)
    high = "∞" if question.max is None else show_number(question.max, lang)
    return f"{low}…{high}"


class NumberKind(ValueKind):
    """Registry entry for ``kind: number``."""

    name = "number"
    fields: tuple[str, ...] = (
        "unit",
        "target",
        "direction",
        "zero_at",
        "min",
        "max",
        "evidence_required",
    )

    def build(
        self,
        r: Reader,
        raw: Mapping[str, Any],
        path: Path,
        common: Mapping[str, Any],
        bank: BankDefaults,
    ) -> Question | None:
        before = len(r.problems)
        for key in ("unit", "target", "direction"):
            if key not in raw:
                r.problem(path, "missing_key", key=key)
        unit = r.localized(raw["unit"], (*path, "unit")) if "unit" in raw else None
        target = r.number(raw["target"], (*path, "target")) if "target" in raw else None
        direction = (
            r.choice(raw["direction"], (*path, "direction"), DIRECTIONS)
            if "direction" in raw
            else None
        )
        optional = {
            key: r.number(raw[key], (*path, key)) if key in raw else None
            for key in ("zero_at", "min", "max")
        }
        required = evidence_required(r, raw, path)
        if len(r.problems) > before or None in (unit, target, direction, required):
            return None
        assert target is not None
        assert unit is not None
        assert direction is not None
        zero_at, low, high = optional["zero_at"], optional["min"], optional["max"]
        if zero_at is not None:
            wrong = zero_at >= target if direction == "at_least" else zero_at <= target
            if wrong:
                side = Term("below") if direction == "at_least" else Term("above")
                r.problem(
                    (*path, "zero_at"),
                    "zero_at_side",
                    zero_at=zero_at,
                    side=side,
                    target=target,
                    direction=direction,
                )
        if low is not None and high is not None and low > high:
            r.problem((*path, "min"), "range_empty", min=low, max=high)
        elif (low is not None and target < low) or (high is not None and target > high):
            allowed = f"{'−∞' if low is None else low}…{'∞' if high is None else high}"
            r.problem((*path, "target"), "target_outside_range", target=target, allowed=allowed)
        if len(r.problems) > before:
            return None
        return NumberQuestion(
            unit=unit,
            target=target,
            direction=direction,
            zero_at=zero_at,
            min=low,
            max=high,
            evidence_required=bool(required),
            **common,
        )

    def check(self, question: Question, value: Any) -> Invalid | None:
        assert isinstance(question, NumberQuestion)
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            return Invalid(
                "answer_wrong_type",
                {"question": question.id, "expected": Term("number"), "got": describe(value)},
            )
        if (question.min is not None and value < question.min) or (
            question.max is not None and value > question.max
        ):
            return Invalid(
                "number_out_of_range",
                {"question": question.id, "value": value, "allowed": _range(question)},
            )
        return None

    def claimed(self, question: Question, answer: Answer) -> float:
        assert isinstance(question, NumberQuestion)
        return number_score(answer.value, question.target, question.direction, question.zero_at)

    def target_score(self, question: Question) -> float:
        return 100.0

    def needs_evidence(self, question: Question, answer: Answer) -> bool:
        assert isinstance(question, NumberQuestion)
        return question.evidence_required and answer.value is not None

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        assert isinstance(question, NumberQuestion)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return str(value)
        return f"{show_number(value, lang)} {localize(question.unit, lang)}".rstrip()

    def format_target(self, question: Question, lang: str) -> str:
        """``at least 95 %`` / ``vismaz 95 %``."""
        assert isinstance(question, NumberQuestion)
        shown = self.format_value(question, question.target, lang)
        return message(f"ui.{question.direction}", lang, value=shown)

    def choices(self, question: Question, lang: str) -> list[str]:
        return []  # a value to write in, not options to tick

    def describe(self, question: Question, lang: str) -> list[str]:
        assert isinstance(question, NumberQuestion)
        lines = []
        if question.zero_at is not None:
            shown = self.format_value(question, question.zero_at, lang)
            lines.append(message("ui.zero_at", lang, value=shown))
        lines.append(message("ui.number_range", lang, allowed=_range(question, lang)))
        return lines

    def prompt(
        self,
        question: Question,
        lang: str,
        current: Answer | None,
        specials: list[tuple[str, Special]],
    ) -> Prompt:
        import questionary

        assert isinstance(question, NumberQuestion)
        default = ""
        if current is not None and isinstance(current.value, int | float):
            default = show_number(current.value, lang)

        def validate(text: str) -> bool | str:
            value = parse_number(text)
            if value is None:
                return message("ui.not_a_number", lang)
            invalid = self.check(question, value)
            if invalid is not None:
                return message("ui.number_range", lang, allowed=_range(question, lang))
            return True

        def entry() -> Any:
            return questionary.text(
                message("ui.ask_number", lang, unit=localize(question.unit, lang)),
                default=default,
                validate=validate,
            )

        first = first_step(message("ui.choice_enter_number", lang), ANSWER, specials, lang)
        return TwoStep(first, ANSWER, _Parsed(entry))


class _Parsed:
    """Turns the typed text of a number prompt into the number."""

    def __init__(self, make: Any) -> None:
        self.make = make

    def __call__(self) -> _Parsed:
        self.prompt = self.make()
        return self

    def unsafe_ask(self) -> Any:
        return parse_number(self.prompt.unsafe_ask())


NUMBER = register(NumberKind())
