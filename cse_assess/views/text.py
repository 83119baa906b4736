"""How ``text`` questions are shown: the words given, a line to type, a free cell on the form."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cse_assess.core.model import Answer, Invalid, Question
from cse_assess.i18n import message
from cse_assess.views._shared import cell_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cse_assess.views._describe import Ask, FormAnswer


class TextView:
    """The view of ``kind: text``."""

    kind = "text"

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        return str(value)

    def format_target(self, question: Question, lang: str) -> str:
        return "–"  # a fact to record, not a target to reach

    def condition_value(self, question: Question, operator: str, value: Any, lang: str) -> str:
        return f"„{value}”" if lang == "lv" else f"“{value}”"

    def choices(self, question: Question, lang: str) -> list[str]:
        return []

    def describe(self, question: Question, lang: str) -> list[str]:
        return []

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        return []

    def prompt(self, question: Question, lang: str, current: Answer | None) -> Ask:
        from cse_assess.views._describe import TypeIn

        default = current.value if current is not None and isinstance(current.value, str) else ""

        def check(text: str) -> str | None:
            invalid = question.check(text.strip())
            if invalid is None:
                return None
            if invalid.code == "empty_text":
                return message("ui.required", lang)
            return message(invalid.code, lang, **invalid.args)

        return TypeIn(
            message("ui.choice_answer", lang),
            message("ui.choose_level", lang),
            default,
            check,
            str.strip,
        )

    def form(self, question: Question, lang: str) -> FormAnswer:
        from cse_assess.views._describe import FormAnswer

        return FormAnswer()  # a cell of free text

    def read_form(
        self, question: Question, cell: object, rows: Mapping[str, bool | None]
    ) -> Any | Invalid | None:
        text = cell_text(cell)
        if not text:
            return None
        invalid = question.check(text)
        return text if invalid is None else invalid


VIEW = TextView()
