"""A strict, path-aware reader that turns parsed data into checked values.

Every check records a :class:`~cse_assess.core.errors.Problem` with the file, line and field path
instead of stopping, so one run reports everything wrong with a file. Nothing is coerced:
``"1"`` is not ``1``, ``1`` is not ``true``, and an unknown key is an error.

The work is linear in the size of the data whatever is wrong with it: a problem found twice is
one problem (a set, not a search), a value quoted in a message is cut short, and what is raised
holds at most :data:`MAX_PROBLEMS` problems and a count of the rest (:func:`capped`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from cse_assess.content._yaml import Lines, Path
from cse_assess.core.errors import Problem, format_path
from cse_assess.core.text import quoted, shorten, surrogate_at
from cse_assess.i18n import Term, describe

MAX_PROBLEMS = 200
"""The most problems an error lists; the rest are counted in one more line."""
MAX_NUMBER = 1e12
"""The largest magnitude of any number in a bank, an answer or a target (10^12)."""
MAX_ID_LENGTH = 100
"""The longest id (of a question, an area, a scale...) in characters."""
MAX_BANK_ID_LENGTH = 64
"""The longest bank id: it becomes part of file names (``id@version.yaml``)."""
MAX_VERSION_LENGTH = 32
"""The longest version (``MAJOR.MINOR.PATCH``)."""
NUMBER_BOUNDS = "−1000000000000…1000000000000"
""":data:`MAX_NUMBER` as a message shows the allowed range."""


def finite(value: int | float) -> bool:
    """Whether a number is finite and fits a float (a 400-digit integer does not)."""
    if isinstance(value, int):
        return -_LARGEST <= value <= _LARGEST
    return math.isfinite(value)


_LARGEST = int(1e308)


def _not_finite(value: int | float) -> tuple[str]:
    return ("number_too_large",) if isinstance(value, int) else ("not_finite",)


def _odd(value: Any) -> bool:
    """Whether ``value`` holds a number that is not finite anywhere, or text that is not
    Unicode (no paths: quick)."""
    if isinstance(value, dict):
        return any(_odd_text(k) or _odd(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_odd(v) for v in value)
    if isinstance(value, str):
        return _odd_text(value)
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, int):
        return not -_LARGEST <= value <= _LARGEST
    return False


def _odd_text(value: object) -> bool:
    return isinstance(value, TooLarge) or (
        isinstance(value, str) and surrogate_at(value) is not None
    )


def non_finite(data: Any, path: Path = ()) -> list[tuple[Path, str]]:
    """Where ``data`` holds a number that is not finite (NaN, infinity, a huge integer) or text
    that is not Unicode (a lone surrogate, in a value or in a key), with the problem's code."""
    if not _odd(data):
        return []
    found: list[tuple[Path, str]] = []
    stack: list[tuple[Path, Any]] = [(path, data)]
    while stack:
        at, value = stack.pop()
        if isinstance(value, dict):
            for k, v in reversed(list(value.items())):
                if isinstance(k, str) and surrogate_at(k) is not None:
                    found.append(((*at, k), "text_not_unicode"))
                else:
                    stack.append(((*at, k), v))
        elif isinstance(value, list | tuple):
            stack.extend(((*at, i), v) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, TooLarge):
            found.append((at, "number_too_large"))
        elif isinstance(value, str):
            if surrogate_at(value) is not None:
                found.append((at, "text_not_unicode"))
        elif isinstance(value, int | float) and not isinstance(value, bool) and not finite(value):
            found.append((at, _not_finite(value)[0]))
    return found


class TooLarge(str):
    """The digits of an integer too long to be a number here (JSON's ``parse_int`` gives it)."""

    __slots__ = ()


def _safe_loc(loc: Path) -> Path:
    return tuple(shorten(p, 80) if isinstance(p, str) else p for p in loc)


def make_problem(source: str, line: int | None, loc: Path, code: str, /, **args: object) -> Problem:
    """A problem at ``loc`` whose path and arguments are safe to print on one short line."""
    safe = {key: quoted(value) for key, value in args.items()}
    return Problem(source, line, format_path(_safe_loc(loc)), code, safe, loc)


def capped(problems: Iterable[Problem], limit: int = MAX_PROBLEMS) -> list[Problem]:
    """The first ``limit`` problems, and one more that counts the rest, if there are more."""
    kept: list[Problem] = []
    more = 0
    source = ""
    for problem in problems:
        if len(kept) < limit:
            kept.append(problem)
            source = problem.source
        else:
            more += 1
    if more:
        kept.append(Problem(source, None, "", "too_many_problems", {"count": more, "shown": limit}))
    return kept


def describe_value(value: Any) -> Term:
    """:func:`~cse_assess.i18n.describe`, with a number too long to quote cut short."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**24:
        return Term("number", str(quoted(value)))
    return describe(value)


class Reader:
    """Checks values of one file, collecting problems."""

    def __init__(self, source: str, lines: Lines, languages: tuple[str, ...] = ()) -> None:
        self.source = source
        self.lines = lines
        self.languages = languages
        self.problems: list[Problem] = []
        self._seen: set[tuple[object, ...]] = set()

    def line(self, path: Path) -> int | None:
        """The line of ``path``, or of its nearest parent that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None

    def problem(self, path: Path, code: str, **args: object) -> None:
        """Record a problem at ``path`` (once: the same problem found twice is one problem)."""
        problem = make_problem(self.source, self.line(path), path, code, **args)
        key = (problem.line, problem.path, code, repr(sorted(problem.args.items())))
        if key not in self._seen:
            self._seen.add(key)
            self.problems.append(problem)

    def capped(self) -> list[Problem]:
        """The problems found, at most :data:`MAX_PROBLEMS` of them and a count of the rest."""
        return capped(self.problems)

    # --- containers ----------------------------------------------------------------------
    def mapping(
        self,
        value: Any,
        path: Path,
        required: Collection[str] = (),
        optional: Collection[str] = (),
    ) -> dict[str, Any] | None:
        """``value`` as a mapping with exactly the allowed keys, or ``None`` if it is not one."""
        if not isinstance(value, dict):
            self.problem(path, "expected_type", expected=Term("mapping"), got=describe_value(value))
            return None
        allowed = [*required, *optional]
        for key in value:
            if key not in allowed:
                self.problem((*path, key), "unknown_key", key=key, allowed=", ".join(allowed))
        for key in required:
            if key not in value:
                self.problem(path, "missing_key", key=key)
        return value

    def any_mapping(self, value: Any, path: Path) -> dict[str, Any] | None:
        """``value`` as a mapping with keys of the caller's choosing (answers by question id)."""
        if not isinstance(value, dict):
            self.problem(path, "expected_type", expected=Term("mapping"), got=describe_value(value))
            return None
        return value

    def items(self, value: Any, path: Path, *, nonempty: bool = True) -> list[Any]:
        """``value`` as a list (empty, with a problem, if it is not one)."""
        if not isinstance(value, list):
            self.problem(path, "expected_type", expected=Term("list"), got=describe_value(value))
            return []
        if nonempty and not value:
            self.problem(path, "empty_list")
        return value

    # --- scalars -------------------------------------------------------------------------
    def text_value(
        self,
        value: Any,
        path: Path,
        *,
        pattern: re.Pattern[str] | None = None,
        what: str = "id",
        nonempty: bool = True,
        max_length: int | None = None,
    ) -> str | None:
        """A plain string of Unicode text, optionally matching ``pattern``, at most
        ``max_length`` characters long (:data:`MAX_ID_LENGTH` when it must match a pattern)."""
        if not isinstance(value, str):
            self.problem(path, "expected_type", expected=Term("text"), got=describe_value(value))
            return None
        if surrogate_at(value) is not None:
            self.problem(path, "text_not_unicode")
            return None
        if nonempty and not value.strip():
            self.problem(path, "empty_text")
            return None
        if max_length is None and pattern is not None:
            max_length = MAX_ID_LENGTH
        if max_length is not None and len(value) > max_length:
            self.problem(
                path,
                "id_too_long",
                value=value,
                length=len(value),
                what=Term(what),
                limit=max_length,
            )
            return None
        if pattern is not None and not pattern.fullmatch(value):
            self.problem(
                path, "bad_pattern", value=value, what=Term(what), rule=Term(f"rule.{what}")
            )
            return None
        return value

    def number(self, value: Any, path: Path) -> float | None:
        """A finite int or float (never a bool, never a string, never NaN or infinity)."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(path, "expected_type", expected=Term("number"), got=describe_value(value))
            return None
        if not finite(value):
            self.problem(path, *_not_finite(value))
            return None
        if abs(value) > MAX_NUMBER:
            self.problem(path, "out_of_range", value=value, allowed=NUMBER_BOUNDS)
            return None
        return value

    def boolean(self, value: Any, path: Path) -> bool | None:
        """``true`` or ``false`` (never 0 or 1, never ``"yes"``)."""
        if not isinstance(value, bool):
            self.problem(path, "expected_type", expected=Term("boolean"), got=describe_value(value))
            return None
        return value

    def localized(self, value: Any, path: Path) -> dict[str, str] | None:
        """Localized text: a mapping with a non-empty string for each of the bank's languages."""
        if not isinstance(value, dict):
            self.problem(path, "expected_type", expected=Term("mapping"), got=describe_value(value))
            return None
        languages = ", ".join(self.languages)
        ok = True
        for lang, text in value.items():
            if self.languages and lang not in self.languages:
                self.problem((*path, lang), "unknown_language", lang=lang, languages=languages)
                ok = False
            elif self.text_value(text, (*path, lang)) is None:
                ok = False
        for lang in self.languages:
            if lang not in value:
                self.problem(path, "missing_language", lang=lang, languages=languages)
                ok = False
        return dict(value) if ok else None

    def header(self, top: Mapping[str, Any], fmt: str, version: int) -> None:
        """Check a file's ``format`` and ``format_version`` (exactly the integer, not 1.0)."""
        if "format" in top and top["format"] != fmt:
            got = top["format"]
            shown = got if isinstance(got, str) else describe_value(got)
            self.problem(("format",), "wrong_format", expected=fmt, got=shown)
        if "format_version" not in top:
            return
        given = top["format_version"]
        if type(given) is not int:
            self.problem(
                ("format_version",),
                "expected_type",
                expected=Term("integer"),
                got=describe_value(given),
            )
        elif given != version:
            self.problem(
                ("format_version",), "unsupported_format_version", got=given, supported=version
            )

    def choice(self, value: Any, path: Path, allowed: Mapping[str, Any] | Collection[str]) -> Any:
        """``value`` if it is one of ``allowed`` (a string), else ``None`` with a problem."""
        if self.text_value(value, path) is None:
            return None
        if value not in allowed:
            self.problem(path, "not_in_choices", value=value, allowed=", ".join(allowed))
            return None
        return value
