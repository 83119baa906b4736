"""The ``text`` kind: a free-text answer, never scored.

For facts a report should carry but no score can judge: where the standard is published, the
order that approved it, the name of a contact person. A text question drives no score, no
coverage and no gap; it may be tested by skip logic (``equals``, ``not_equals``, ``in``).
Several assessors agree on the text most of them gave (spacing ignored; a tie: the first).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import attrs

from cse_assess.core.model import Invalid, Question
from cse_assess.i18n import register_messages
from cse_assess.kinds import BankDefaults, Field, FieldReader, Kind, Path
from cse_assess.kinds._shared import wrong_type

register_messages(
    {
        "en": {
            "text_too_long": (
                "the answer to question '{question}' is {length} characters long; at most"
                " {limit} are accepted"
            ),
            "text_not_scored": "a text question is never scored: remove 'scored: true'",
        },
        "lv": {
            "text_too_long": (
                "atbilde uz jautājumu '{question}' ir {length} rakstzīmes gara; pieļaujamas ne"
                " vairāk kā {limit}"
            ),
            "text_not_scored": "teksta jautājums nekad netiek vērtēts: izņemiet 'scored: true'",
        },
    }
)

MAX_LENGTH = 2000
"""The longest answer a text question takes unless its bank says otherwise."""


def _plain(text: str) -> str:
    return " ".join(text.split())


@attrs.frozen(kw_only=True)
class TextQuestion(Question):
    """A question answered in words, never scored.

    .. versionadded:: 0.2.0
    """

    kind: ClassVar[str] = "text"
    scorable: ClassVar[bool] = False

    max_length: int = MAX_LENGTH
    """The longest answer accepted, in characters."""

    @property
    def target_score(self) -> float:
        return 0.0

    def check(self, value: Any) -> Invalid | None:
        if not isinstance(value, str):
            return wrong_type(self.id, "text", value)
        if not value.strip():
            return Invalid("empty_text", {})
        if len(value) > self.max_length:
            return Invalid(
                "text_too_long",
                {"question": self.id, "length": len(value), "limit": self.max_length},
            )
        return None

    def claimed(self, value: Any) -> float:
        return 0.0  # never called: a text question is not scored

    def same(self, a: Any, b: Any) -> bool:
        if isinstance(a, str) and isinstance(b, str):
            return _plain(a) == _plain(b)
        return super().same(a, b)

    def propose(self, values: Sequence[Any]) -> Any:
        counts: dict[str, int] = {}
        first: dict[str, Any] = {}
        for value in values:
            key = _plain(value)
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, value)
        best = max(counts.values())
        return next(first[key] for key in counts if counts[key] == best)


def build(
    r: FieldReader,
    raw: Mapping[str, Any],
    path: Path,
    common: Mapping[str, Any],
    bank: BankDefaults,
) -> Question | None:
    """A text question from its bank keys."""
    limit = MAX_LENGTH
    if "max_length" in raw:
        found = r.number(raw["max_length"], (*path, "max_length"))
        if found is None:
            return None
        if not isinstance(found, int) or not 1 <= found <= 100_000:
            r.problem((*path, "max_length"), "out_of_range", value=found, allowed="1…100000")
            return None
        limit = found
    if common.get("scored") is True and "scored" in raw:
        r.problem((*path, "scored"), "text_not_scored")
        return None
    return TextQuestion(max_length=limit, **{**common, "scored": False})


KIND = Kind(
    name="text",
    title="Text question",
    question=TextQuestion,
    description="A question answered in words (the answer is text), never scored: a fact for"
    " the report, such as where the standard is published.",
    fields=(
        Field(
            "max_length",
            {
                "title": "Longest answer",
                "description": "The longest answer accepted, in characters, 1 to 100000."
                " Default 2000.",
                "type": "integer",
                "minimum": 1,
                "maximum": 100000,
                "default": MAX_LENGTH,
            },
        ),
    ),
    build=build,
)
