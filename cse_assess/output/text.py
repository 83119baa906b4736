"""Text from banks and assessments, made inert for the format it is written into.

Question banks and assessments are user content: a name may hold an escape sequence that
retitles a terminal, a right-to-left override that shows ``exe.txt`` as ``txt.exe``, or a text
that a spreadsheet would run as a formula. Every writer passes such text through one of these
functions, so that what is shown is what the file holds and nothing in it acts:

- :func:`visible`: control characters (C0 except tab and line breaks, DEL, C1), bidirectional
  controls and lone surrogates are replaced by a visible sign (``␛``, ``⟨U+202E⟩``, ``�``);
- :func:`formula_like` and :func:`spreadsheet_text`: a text a spreadsheet would read as a
  formula (``=``, ``+``, ``-``, ``@``, tab or CR first, also after spaces, NBSP, zero-width or
  fullwidth look-alikes) gets a leading apostrophe in CSV; XLSX cells are stored as text with
  Excel's quote prefix (:mod:`cse_assess.output.xlsx`);
- :func:`dumps`: JSON that never holds NaN or Infinity.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code not in (9, 10, 13)}
_CONTROL_PICTURES[0x7F] = "\u2421"  # ␡
_BIDI = [
    0x061C,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),  # LRE RLE PDF LRO RLO
    *range(0x2066, 0x206A),  # LRI RLI FSI PDI
]
_TABLE: dict[int, str] = dict(_CONTROL_PICTURES)
_TABLE.update({code: f"\u27e8U+{code:04X}\u27e9" for code in range(0x80, 0xA0)})
_TABLE.update({code: f"\u27e8U+{code:04X}\u27e9" for code in _BIDI})
_SURROGATE = "[\ud800-\udfff]"
_NEEDS = (
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


@cache
def _pattern(source: str) -> re.Pattern[str]:
    """``source`` compiled on first use: a class of non-ASCII characters takes a good part of
    a millisecond to compile, which a command that never needs it does not pay."""
    return re.compile(source)


def visible(text: str, *, keep_lines: bool = True) -> str:
    """``text`` with every character that would act instead of show made visible.

    Control characters become their Unicode control pictures (ESC is ``␛``), C1 controls and
    bidirectional controls (U+202E and the like) ``⟨U+202E⟩``, a lone surrogate ``�``. Tab and
    line breaks are kept unless ``keep_lines`` is false (then they are pictures too).
    """
    if not keep_lines:
        text = text.replace("\t", "\u2409").replace("\r", "\u240d").replace("\n", "\u2424")
    if not _pattern(_NEEDS).search(text):
        return text
    return _pattern(_SURROGATE).sub("\ufffd", text).translate(_TABLE)


_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20\u2212\ufe62\ufe63\ufe66\u207a\u208a")
"""Signs a spreadsheet may take as the start of a formula, with their fullwidth and other
look-alikes (＝ ＋ － ＠, the minus sign, small and superscript forms)."""
_LEADING = r"^[\s\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]*"
"""What may stand before a formula sign and be ignored by a spreadsheet: spaces of every kind,
NBSP, zero-width and other invisible format characters."""


def formula_like(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula (or DDE call).

    >>> [formula_like(x) for x in ("=1+1", " \u00a0=cmd", "\u200b@SUM(A1)", "\uff1d1", "-3", "a=b")]
    [True, True, True, True, True, False]
    """
    if not text:
        return False
    if text[0] in "\t\r":
        return True
    rest = text[_pattern(_LEADING).match(text).end() :]  # type: ignore[union-attr]
    return bool(rest) and rest[0] in _FORMULA_START


def spreadsheet_text(text: str) -> str:
    """``text`` for a CSV cell: visible, with a leading ``'`` where it could start a formula."""
    shown = visible(text)
    return "'" + shown if formula_like(shown) or formula_like(text) else shown


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """JSON text of ``data``: UTF-8 characters kept, never NaN or Infinity (``ValueError``).

    Lone surrogates in strings are written as ``\\ud800`` escapes by :mod:`json` itself only with
    ``ensure_ascii``; here they become ``�`` so the text stays valid UTF-8. C1 and
    bidirectional control characters are written as ``\\u`` escapes.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    if not _pattern(_ODD).search(text):  # one pass for the usual text, with neither
        return text
    text = _pattern(_SURROGATE).sub("\ufffd", text)
    # C1 and bidirectional controls only occur inside strings: written as \u escapes, the
    # data stays the same for a JSON reader, and a viewer shows them rather than obeying them
    return _pattern(_INVISIBLE).sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_INVISIBLE = "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_ODD = "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
"""What :func:`dumps` rewrites: the invisible characters above and lone surrogates."""
