"""How ``scale`` questions are shown: a level with its label, a menu of levels, a drop-down."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cse_assess.core.model import Answer, Invalid, Question, Scale, localize
from cse_assess.i18n import message
from cse_assess.views._shared import cell_text, evidence_line, parse_number, show_number, shown

if TYPE_CHECKING:
    from cse_assess.kinds.scale import ScaleQuestion
    from cse_assess.views._describe import Ask, FormAnswer

_LEVEL = r"\s*([-+]?[0-9]+(?:[.,][0-9]+)?)\s*(?:[—–-]\s*(.*?))?\s*"
"""A level in a form's cell (compiled by :mod:`re` on first use: only forms read one)."""


def _scale(question: Question) -> Scale:
    scale = question.scale
    assert scale is not None
    return scale


def level_text(scale: Scale, value: float, lang: str) -> str:
    """A level as the form's drop-down shows it: ``0 — Nav ieviests``."""
    option = scale.option(value)
    label = "" if option is None else localize(option.label, lang)
    number = show_number(value, "en")
    return f"{number} — {label}" if label else number


def parse_level(value: object, scale: Scale) -> float | Invalid:
    """A scale level from a cell: ``3``, ``"3"``, ``"3 — In place and reviewed"`` or a label."""
    allowed = ", ".join(show_number(v, "en") for v in scale.values)
    bad = Invalid("forms_not_level", {"value": shown(value), "allowed": allowed})
    if isinstance(value, bool):
        return bad
    if isinstance(value, int | float):
        option = scale.option(value)
        return bad if option is None else option.value
    text = cell_text(value)
    match = re.fullmatch(_LEVEL, text, re.DOTALL)
    if match is None:  # a label alone: accepted when it names exactly one level
        hits = [
            o for o in scale.options if text.casefold() in {s.casefold() for s in o.label.values()}
        ]
        return hits[0].value if len(hits) == 1 else bad
    number = parse_number(match.group(1))
    option = None if number is None else scale.option(number)
    if option is None:
        return bad
    label = (match.group(2) or "").strip().casefold()
    if label and label not in {s.casefold() for s in option.label.values()}:
        return bad
    return option.value


class ScaleView:
    """The view of ``kind: scale``."""

    kind = "scale"

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        option = _scale(question).option(value)
        if option is None:
            return show_number(value, "en") if isinstance(value, int | float) else str(value)
        return f"{show_number(option.value, 'en')} {localize(option.label, lang)}"

    def format_target(self, question: Question, lang: str) -> str:
        return self.format_value(question, question.target, lang)

    def condition_value(self, question: Question, operator: str, value: Any, lang: str) -> str:
        return self.format_value(question, value, lang)

    def choices(self, question: Question, lang: str) -> list[str]:
        return [
            f"{self.format_value(question, o.value, lang)}: {localize(o.description, lang)}"
            for o in _scale(question).options
        ]

    def describe(self, question: Question, lang: str) -> list[str]:
        return self.choices(question, lang)

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        return []

    def prompt(self, question: Question, lang: str, current: Answer | None) -> Ask:
        from cse_assess.views._describe import Choice, PickOne

        options = _scale(question).options
        keyed = all(float(o.value).is_integer() and 0 <= o.value <= 9 for o in options)
        return PickOne(
            tuple(
                Choice(
                    f"{show_number(o.value, 'en')} {localize(o.label, lang)}",
                    o.value,
                    show_number(o.value, "en") if keyed else None,
                )
                for o in options
            )
        )

    def form(self, question: Question, lang: str) -> FormAnswer:
        from cse_assess.views._describe import DropDown, FormAnswer

        scale = _scale(question)
        key = f"scale:{scale.id}"
        texts = tuple(level_text(scale, o.value, lang) for o in scale.options)
        return FormAnswer(
            answer_list=key,
            lists=(DropDown(key, texts, message("ui.forms.prompt_level", lang), ""),),
            evidence=evidence_line(question, lang),
        )

    def read_form(
        self, question: Question, cell: object, rows: Mapping[str, bool | None]
    ) -> Any | Invalid | None:
        if not cell_text(cell):
            return None
        return parse_level(cell, _scale(question))


def scale_levels(question: ScaleQuestion, lang: str) -> tuple[tuple[str, str], ...]:
    """A scale's levels as the form's context sheet lists them: (level text, description)."""
    return tuple(
        (level_text(question.scale, o.value, lang), localize(o.description, lang))
        for o in question.scale.options
    )


VIEW = ScaleView()
