"""Renderers: each takes a scoring :class:`~cse_assess.core.scoring.Result` and returns text.

The engine imports none of them; the command line imports the one it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cse_assess.core.model import Refs, Text, localize
from cse_assess.i18n import format_number, format_percent, message

if TYPE_CHECKING:
    from cse_assess.core.scoring import Gap, Result


def t(key: str, lang: str, /, **args: object) -> str:
    """An interface label (``ui.<key>``) in ``lang``."""
    return message(f"ui.{key}", lang, **args)


def number(value: float | None, lang: str, digits: int = 1) -> str:
    """A score for display: one decimal, a comma in Latvian, a dash where there is none."""
    return format_number(value, lang, digits)


def percent(fraction: float | None, lang: str) -> str:
    """A fraction from 0 to 1 as a whole percentage: ``90 %``."""
    return format_percent(fraction, lang)


def level(value: object) -> str:
    """An answer value as written on a scale: ``3`` rather than ``3.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "–" if value is None else str(value)


def seed_ref(ref: str, lang: str) -> str:
    """A methodology reference in words: ``2.3 item 1`` is ``2.3. sadaļa, 1. punkts`` in Latvian."""
    section, _, rest = ref.partition(" ")
    if lang != "lv":
        return f"§{section}, {rest}" if rest else f"§{section}"
    part = {"item": "punkts", "component": "sastāvdaļa"}
    if rest == "closing paragraph":
        return f"{section}. sadaļa, noslēguma rindkopa"
    word, _, n = rest.partition(" ")
    return f"{section}. sadaļa, {n}. {part[word]}" if rest else f"{section}. sadaļa"


def refs_text(refs: Refs, lang: str) -> list[str]:
    """A question's references: the methodology's sections, then CSE, CAF and EFQM criteria."""
    return [
        *(seed_ref(s, lang) for s in refs.seed),
        *(f"CSE {c}" for c in refs.cse),
        *(f"CAF {c}" for c in refs.caf),
        *(f"EFQM {c}" for c in refs.efqm),
        *refs.law,
    ]


def target_text(result: Result, gap: Gap, lang: str) -> str:
    """The gap's target in words, with the bank's default beside a target the institution set."""
    from cse_assess.views import view

    shown_view = view(gap.question)
    shown = shown_view.format_target(gap.question, lang)
    if gap.id in result.targets:
        default = result.questionnaire.question(gap.id)
        if default is not None:
            value = shown_view.format_target(default, lang)
            shown += " (" + t("target_default", lang, value=value) + ")"
    return shown


def current_text(gap: Gap, lang: str) -> str:
    """The gap's current answer in words (``not answered`` where there is none)."""
    from cse_assess.views import view

    if gap.current is None:
        return t("unanswered", lang)
    return view(gap.question).format_value(gap.question, gap.current, lang)


def missing_text(gap: Gap, lang: str) -> list[str]:
    """What the answer lacks item by item (a checklist's unticked items)."""
    from cse_assess.views import view

    return view(gap.question).missing(gap.question, gap.current, lang)


__all__ = [
    "Text",
    "current_text",
    "level",
    "localize",
    "missing_text",
    "number",
    "percent",
    "refs_text",
    "seed_ref",
    "t",
    "target_text",
]
