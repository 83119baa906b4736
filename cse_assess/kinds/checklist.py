"""The ``checklist`` kind: the answer is the list of ticked item ids.

Score = weight of ticked items / weight of all items x 100. The question's ``target`` is the
share of the items to reach (default 1: all of them). With ``evidence_required: true``, an
answer with at least one item ticked and no evidence scores 0 in the verified score.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from cse_assess.content._reader import Reader
from cse_assess.content._yaml import Path
from cse_assess.core.model import (
    Answer,
    ChecklistItem,
    ChecklistQuestion,
    Question,
    localize,
)
from cse_assess.i18n.messages import Term, describe, message
from cse_assess.kinds import ANSWER, BankDefaults, Invalid, Prompt, Special, register
from cse_assess.kinds._common import TwoStep, ValueKind, evidence_required, first_step

_ITEM_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class ChecklistKind(ValueKind):
    """Registry entry for ``kind: checklist``."""

    name = "checklist"
    fields: tuple[str, ...] = ("items", "target", "evidence_required")

    def build(
        self,
        r: Reader,
        raw: Mapping[str, Any],
        path: Path,
        common: Mapping[str, Any],
        bank: BankDefaults,
    ) -> Question | None:
        before = len(r.problems)
        items: list[ChecklistItem] = []
        seen: dict[str, int | None] = {}
        if "items" not in raw:
            r.problem(path, "missing_key", key="items")
        for i, entry in enumerate(
            r.items(raw["items"], (*path, "items")) if "items" in raw else []
        ):
            p = (*path, "items", i)
            m = r.mapping(entry, p, ("id", "text"), ("weight",))
            if m is None:
                continue
            item_id = r.text_value(m.get("id"), (*p, "id"), pattern=_ITEM_ID) if "id" in m else None
            if item_id is not None and item_id in seen:
                r.problem((*p, "id"), "duplicate_id", id=item_id, first=seen[item_id])
            elif item_id is not None:
                seen[item_id] = r.line((*p, "id"))
            text = r.localized(m["text"], (*p, "text")) if "text" in m else None
            weight = r.number(m["weight"], (*p, "weight")) if "weight" in m else 1.0
            if weight is not None and weight <= 0:
                r.problem((*p, "weight"), "weight_positive", value=weight)
                weight = None
            if item_id is not None and text is not None and weight is not None:
                items.append(ChecklistItem(item_id, text, weight))
        target = 1.0
        if "target" in raw:
            share = r.number(raw["target"], (*path, "target"))
            if share is not None and not 0 < share <= 1:
                r.problem((*path, "target"), "out_of_range", value=share, allowed="0 < target ≤ 1")
            elif share is not None:
                target = share
        required = evidence_required(r, raw, path)
        if len(r.problems) > before or required is None:
            return None
        return ChecklistQuestion(
            items=tuple(items), target=target, evidence_required=required, **common
        )

    def check(self, question: Question, value: Any) -> Invalid | None:
        assert isinstance(question, ChecklistQuestion)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return Invalid(
                "answer_wrong_type",
                {"question": question.id, "expected": Term("list_of_text"), "got": describe(value)},
            )
        allowed = ", ".join(item.id for item in question.items)
        seen: set[str] = set()
        for item_id in value:
            if question.item(item_id) is None:
                return Invalid(
                    "unknown_item", {"question": question.id, "item": item_id, "allowed": allowed}
                )
            if item_id in seen:
                return Invalid("duplicate_item", {"question": question.id, "item": item_id})
            seen.add(item_id)
        return None

    def claimed(self, question: Question, answer: Answer) -> float:
        assert isinstance(question, ChecklistQuestion)
        total = sum(item.weight for item in question.items)
        ticked = sum(item.weight for item in question.items if item.id in answer.value)
        return ticked / total * 100.0

    def target_score(self, question: Question) -> float:
        assert isinstance(question, ChecklistQuestion)
        return question.target * 100.0

    def needs_evidence(self, question: Question, answer: Answer) -> bool:
        assert isinstance(question, ChecklistQuestion)
        return question.evidence_required and bool(answer.value)

    def format_value(self, question: Question, value: Any, lang: str) -> str:
        assert isinstance(question, ChecklistQuestion)
        if not isinstance(value, list):
            return str(value)
        return message("ui.checked_count", lang, checked=len(value), total=len(question.items))

    def choices(self, question: Question, lang: str) -> list[str]:
        assert isinstance(question, ChecklistQuestion)
        return [localize(item.text, lang) for item in question.items]

    def format_target(self, question: Question, lang: str) -> str:
        assert isinstance(question, ChecklistQuestion)
        return message("ui.target_share", lang, percent=f"{round(question.target * 100)} %")

    def missing(self, question: Question, value: Any, lang: str) -> list[str]:
        assert isinstance(question, ChecklistQuestion)
        ticked = value if isinstance(value, list) else []
        return [localize(item.text, lang) for item in question.items if item.id not in ticked]

    def describe(self, question: Question, lang: str) -> list[str]:
        return []  # the checkbox list shows the items itself

    def prompt(
        self,
        question: Question,
        lang: str,
        current: Answer | None,
        specials: list[tuple[str, Special]],
    ) -> Prompt:
        import questionary

        assert isinstance(question, ChecklistQuestion)
        ticked = current.value if current is not None and isinstance(current.value, list) else []

        def boxes() -> questionary.Question:
            return questionary.checkbox(
                message("ui.choice_tick", lang),
                choices=[
                    questionary.Choice(
                        title=localize(item.text, lang), value=item.id, checked=item.id in ticked
                    )
                    for item in question.items
                ],
                instruction=message("ui.checkbox_instruction", lang),
            )

        first = first_step(message("ui.choice_tick", lang), ANSWER, specials, lang)
        return TwoStep(first, ANSWER, boxes)


CHECKLIST = register(ChecklistKind())
