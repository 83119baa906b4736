"""Numbers as a reader of each language expects them: ``40.0`` in English, ``40,0`` in Latvian."""

from __future__ import annotations

MINUS = "\u2212"
"""The minus sign of printed numbers (``−3,2``), not the hyphen of ``-3.2``."""

NONE = "–"
"""What stands where there is no number (an en dash)."""

_DECIMAL_COMMA = frozenset({"lv"})


def format_number(value: float | None, lang: str, digits: int | None = 1) -> str:
    """``value`` for display in ``lang``: ``40.0``, ``40,0`` in Latvian, ``−3.5``, ``–`` for None.

    ``digits`` fixes the decimals (a score: one); ``None`` asks for no more than the number
    needs: ``3`` rather than ``3.0``, ``4.25`` as it is (up to ten significant digits). A value
    that rounds to zero has no sign. Latvian (the languages in ``_DECIMAL_COMMA``) writes a
    decimal comma; every other language a point. Digits are not grouped.

    .. versionadded:: 0.1.0
    """
    if value is None:
        return NONE
    if digits is None:
        text = str(int(value)) if float(value).is_integer() else f"{value:.10g}"
    else:
        text = f"{value:.{digits}f}"
    if text.startswith("-"):
        text = text[1:]
        if text.strip("0."):
            text = MINUS + text
    return text.replace(".", ",") if lang in _DECIMAL_COMMA else text


def format_percent(fraction: float | None, lang: str, digits: int = 0) -> str:
    """A fraction from 0 to 1 as a percentage: ``90 %`` (``87,5 %`` in Latvian with one digit).

    The space before the sign is the Latvian norm and the SI one, kept in both languages.

    .. versionadded:: 0.1.0
    """
    if fraction is None:
        return NONE
    return f"{format_number(fraction * 100, lang, digits)} %"
