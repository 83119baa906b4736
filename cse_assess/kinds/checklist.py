"""The ``checklist`` kind: the answer is the list of ticked item ids.

Score = weight of ticked items / weight of all items x 100. The question's ``target`` is the
share of the items to reach (default 1: all of them). With ``evidence_required: true``, an
answer with at least one item ticked and no evidence scores 0 in the verified score. Several
assessors agree on the items a strict majority ticked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs

from cse_assess.core.model import Invalid, Question, Text, as_tuple, frozen_map
from cse_assess.kinds import BankDefaults, Field, FieldReader, Kind, Path
from cse_assess.kinds._shared import EVIDENCE_REQUIRED, evidence_required, wrong_type

_ITEM_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@attrs.frozen
class ChecklistItem:
    """One item of a checklist question.

    .. versionadded:: 0.1.0
    """

    id: str
    text: Text = attrs.field(converter=frozen_map)
    weight: float = 1.0


@attrs.frozen(kw_only=True)
class ChecklistQuestion(Question):
    """A question answered by ticking the items that are in place.

    Score = weight of the ticked items / weight of all items x 100; ``target`` is the share
    (0 to 1) to reach.

    .. versionadded:: 0.1.0
    """

    kind: ClassVar[str] = "checklist"
    operators: ClassVar[frozenset[str]] = frozenset(("equals", "not_equals", "checked"))

    items: tuple[ChecklistItem, ...] = attrs.field(converter=as_tuple)
    target: float = 1.0
    evidence_required: bool = False
    """Whether an answer with at least one item ticked needs evidence."""

    def item(self, item_id: str) -> ChecklistItem | None:
        """The item with this id, or ``None``."""
        for item in self.items:
            if item.id == item_id:
                return item
        return None

    @property
    def target_score(self) -> float:
        return self.target * 100.0

    def check(self, value: Any) -> Invalid | None:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            return wrong_type(self.id, "list_of_text", value)
        allowed = ", ".join(item.id for item in self.items)
        seen: set[str] = set()
        for item_id in value:
            if self.item(item_id) is None:
                return Invalid(
                    "unknown_item", {"question": self.id, "item": item_id, "allowed": allowed}
                )
            if item_id in seen:
                return Invalid("duplicate_item", {"question": self.id, "item": item_id})
            seen.add(item_id)
        return None

    def claimed(self, value: Any) -> float:
        total = sum(item.weight for item in self.items)
        ticked = sum(item.weight for item in self.items if item.id in value)
        return ticked / total * 100.0

    def needs_evidence(self, value: Any) -> bool:
        return self.evidence_required and bool(value)

    def same(self, a: Any, b: Any) -> bool:
        """The same items ticked, in any order."""
        if isinstance(a, list | tuple) and isinstance(b, list | tuple):
            return sorted(map(str, a)) == sorted(map(str, b))
        return super().same(a, b)

    def test(self, operator: str, got: Any, want: Any) -> bool:
        if operator == "checked":
            return isinstance(got, list | tuple) and want in got
        return super().test(operator, got, want)

    def check_condition(self, operator: str, value: Any) -> Invalid | None:
        if operator == "checked":
            if not isinstance(value, str) or self.item(value) is None:
                return Invalid(
                    "not_in_choices",
                    {"value": value, "allowed": ", ".join(i.id for i in self.items)},
                )
            return None
        return super().check_condition(operator, value)

    def propose(self, values: Sequence[Any]) -> Any:
        return tuple(
            item.id for item in self.items if sum(item.id in v for v in values) * 2 > len(values)
        )


def build(
    r: FieldReader,
    raw: Mapping[str, Any],
    path: Path,
    common: Mapping[str, Any],
    bank: BankDefaults,
) -> Question | None:
    """A checklist question from its bank keys."""
    before = len(r.problems)
    items: list[ChecklistItem] = []
    seen: dict[str, int | None] = {}
    if "items" not in raw:
        r.problem(path, "missing_key", key="items")
    for i, entry in enumerate(r.items(raw["items"], (*path, "items")) if "items" in raw else []):
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


KIND = Kind(
    name="checklist",
    title="Checklist question",
    question=ChecklistQuestion,
    description="A question answered by ticking the items that are in place; it needs `items`."
    " Score = weight of the ticked items / weight of all items x 100.",
    fields=(
        Field(
            "items",
            {
                "title": "Checklist items",
                "description": "The items the assessor can tick, in the order shown (at least"
                " one).",
                "type": "array",
                "minItems": 1,
                "items": {
                    "title": "Checklist item",
                    "description": "One item the assessor can tick.",
                    "type": "object",
                    "required": ["id", "text"],
                    "additionalProperties": False,
                    "properties": {
                        "id": {
                            "title": "Item id",
                            "description": "The item's name, unique within the question; the"
                            " answer lists the ids of the ticked items. Lowercase letters,"
                            " digits and single hyphens (e.g. `phone`, `reply-time`).",
                            "type": "string",
                            "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                            "examples": ["phone"],
                        },
                        "text": {
                            "$ref": "#/$defs/text",
                            "title": "Item text",
                            "description": "The item as the assessor reads it, and as reports"
                            " list it when it is missing.",
                        },
                        "weight": {
                            "title": "Item weight",
                            "description": "The item's weight in the question's score; a number"
                            " greater than 0. Default 1.",
                            "type": "number",
                            "exclusiveMinimum": 0,
                            "default": 1,
                        },
                    },
                },
            },
            required=True,
        ),
        Field(
            "target",
            {
                "title": "Target share",
                "description": "The share of the items' weight to tick: above 0, at most 1."
                " Default 1 (all items).",
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 1,
                "default": 1,
            },
        ),
        EVIDENCE_REQUIRED,
    ),
    build=build,
)
