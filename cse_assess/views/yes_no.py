"""How ``yes_no`` questions are shown: Yes or No, a two-item menu, a yes/no drop-down."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cse_assess.core.model import Answer, Invalid, Question
from cse_assess.i18n import message
from cse_assess.views._shared import YES_NO_LIST, evidence_line, parse_yes_no, yes_no_list

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cse_assess.views._describe import Ask, FormAnswer


class YesNoView:
    """The view of ``kind: yes_no``."""

    kind = "yes_no"

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        if isinstance(value, bool):
            return message("ui.yes" if value else "ui.no", lang)
        return str(value)

    def format_target(self, question: Question, lang: str) -> str:
        return message("ui.yes", lang)

    def condition_value(self, question: Question, operator: str, value: Any, lang: str) -> str:
        return self.format_value(question, value, lang)

    def choices(self, question: Question, lang: str) -> list[str]:
        return [message("ui.yes", lang), message("ui.no", lang)]

    def describe(self, question: Question, lang: str) -> list[str]:
        return []

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        return []

    def prompt(self, question: Question, lang: str, current: Answer | None) -> Ask:
        from cse_assess.views._describe import Choice, PickOne

        return PickOne(
            (
                Choice(message("ui.yes", lang), True, message("ui.key_yes", lang)),
                Choice(message("ui.no", lang), False, message("ui.key_no", lang)),
            )
        )

    def form(self, question: Question, lang: str) -> FormAnswer:
        from cse_assess.views._describe import FormAnswer

        return FormAnswer(
            answer_list=YES_NO_LIST,
            lists=(yes_no_list(lang),),
            evidence=evidence_line(question, lang),
        )

    def read_form(
        self, question: Question, cell: object, rows: Mapping[str, bool | None]
    ) -> Any | Invalid | None:
        return parse_yes_no(cell)


VIEW = YesNoView()
