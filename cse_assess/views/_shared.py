"""What several views share: numbers in words, cell text, yes/no cells."""

from __future__ import annotations

import datetime as _dt

from cse_assess.core.model import Invalid, Question
from cse_assess.i18n import format_number, message

TYPE_CHECKING = False
if TYPE_CHECKING:
    from cse_assess.views._describe import DropDown

YES_NO_LIST = "yes_no"
"""The key of the yes/no drop-down of a form."""
_YES = frozenset({"yes", "jā", "ja", "true"})
_NO = frozenset({"no", "nē", "ne", "false"})


def show_number(value: float, lang: str) -> str:
    """``4.5`` (``4,5`` in Latvian), ``3`` rather than ``3.0``: the one number formatter."""
    return format_number(value, lang, None)


def parse_number(text: str) -> float | None:
    """A number typed by a person: ``4,2`` or ``4.2``, spaces ignored; ``None`` if it is not one."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        value = float(cleaned)
    except (ValueError, OverflowError):
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return (
        int(value)
        if value.is_integer() and "." not in cleaned and "e" not in cleaned.lower()
        else value
    )


def range_text(low: float | None, high: float | None, lang: str) -> str:
    """An allowed range: ``0…100``, ``−∞…5``."""
    lo = "−∞" if low is None else show_number(low, lang)
    hi = "∞" if high is None else show_number(high, lang)
    return f"{lo}…{hi}"


def cell_text(value: object) -> str:
    """A cell value as text, as a person would read it (stripped)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    return str(value).strip()


def shown(value: object) -> str:
    """A cell value for a message: at most 60 characters."""
    text = cell_text(value)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_yes_no(value: object) -> bool | Invalid | None:
    """``True``, ``False``, ``None`` for an empty cell, or why the cell is neither yes nor no."""
    if isinstance(value, bool):
        return value
    text = cell_text(value).casefold()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    return Invalid("forms_not_yes_no", {"value": shown(value), "allowed": "Jā, Nē, Yes, No"})


def yes_no_list(lang: str) -> DropDown:
    """The yes/no drop-down of a form."""
    from cse_assess.views._describe import DropDown

    return DropDown(
        YES_NO_LIST,
        (message("ui.yes", lang), message("ui.no", lang)),
        message("ui.forms.prompt_yes_no", lang),
        "",
    )


def evidence_line(question: Question, lang: str) -> tuple[str, ...]:
    """The form guidance line that says when an answer needs evidence."""
    if question.evidence_from is not None:
        level = show_number(question.evidence_from, "en")
        return (message("ui.forms.evidence_from", lang, level=level),)
    if getattr(question, "evidence_required", False):
        return (message("ui.forms.evidence_required", lang),)
    return ()
