"""How ``checklist`` questions are shown: "3 of 5 items", check boxes, a row per item."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cse_assess.core.model import Answer, Invalid, Question, localize
from cse_assess.i18n import message
from cse_assess.views._shared import evidence_line, yes_no_list

if TYPE_CHECKING:
    from cse_assess.kinds.checklist import ChecklistQuestion
    from cse_assess.views._describe import Ask, FormAnswer


def _items(question: Question) -> ChecklistQuestion:
    return question  # type: ignore[return-value]


class ChecklistView:
    """The view of ``kind: checklist``."""

    kind = "checklist"

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        if not isinstance(value, list | tuple):
            return str(value)
        total = len(_items(question).items)
        return message("ui.checked_count", lang, checked=len(value), total=total)

    def format_target(self, question: Question, lang: str) -> str:
        share = _items(question).target
        return message("ui.target_share", lang, percent=f"{round(share * 100)} %")

    def condition_value(self, question: Question, operator: str, value: Any, lang: str) -> str:
        if operator == "checked":
            item = _items(question).item(value)
            return localize(item.text, lang) if item is not None else str(value)
        return self.format_value(question, value, lang)

    def choices(self, question: Question, lang: str) -> list[str]:
        return [localize(item.text, lang) for item in _items(question).items]

    def describe(self, question: Question, lang: str) -> list[str]:
        return []  # the checkbox list shows the items itself

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        ticked = value if isinstance(value, list | tuple) else ()
        return [localize(i.text, lang) for i in _items(question).items if i.id not in ticked]

    def prompt(self, question: Question, lang: str, current: Answer | None) -> Ask:
        from cse_assess.views._describe import Choice, TickItems

        ticked = (
            current.value if current is not None and isinstance(current.value, list | tuple) else ()
        )
        return TickItems(
            message("ui.choice_tick", lang),
            tuple(Choice(localize(item.text, lang), item.id) for item in _items(question).items),
            tuple(ticked),
        )

    def form(self, question: Question, lang: str) -> FormAnswer:
        from cse_assess.views._describe import FormAnswer, SubRow

        return FormAnswer(
            answer_cell=False,
            lists=(yes_no_list(lang),),
            rows=tuple(
                SubRow(item.id, localize(item.text, lang)) for item in _items(question).items
            ),
            guidance=(message("ui.forms.tick_items", lang),),
            evidence=evidence_line(question, lang),
        )

    def read_form(
        self, question: Question, cell: object, rows: Mapping[str, bool | None]
    ) -> Any | Invalid | None:
        if all(v is None for v in rows.values()):
            return None
        return [item.id for item in _items(question).items if rows.get(item.id)]


VIEW = ChecklistView()
