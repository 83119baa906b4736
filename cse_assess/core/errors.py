"""Exceptions and the problems they carry.

Every error raised by cse-assess derives from :class:`CseAssessError`, so a caller catches one
name, and every one of them carries :attr:`CseAssessError.problems`: each :class:`Problem` with
the file, the line where known, where in the data it is (:attr:`Problem.loc`, a tuple of keys),
a stable code and the arguments of its message, which can be shown in Latvian or English or
returned as JSON (:meth:`Problem.to_dict`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypedDict

import attrs

from cse_assess.core.model import FrozenMap, frozen_map
from cse_assess.i18n import LANGUAGES, Term, message

Loc = tuple[str | int, ...]
"""Where a value sits in the data: keys and list indexes (``("answers", "a.b", "value")``)."""


def format_path(loc: Loc) -> str:
    """``areas[2].questions[0].weight``: a location as one line of text, for people.

    Keys are joined with dots, so a key that holds a dot itself (a question id) cannot be told
    apart in the text; :attr:`Problem.loc` keeps the keys apart.
    """
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def plain(value: Any) -> Any:
    """``value`` as JSON has it: a :class:`~cse_assess.i18n.Term` as its stable key, tuples and
    sets as lists, read-only mappings as dicts; other values as they are.

    .. versionadded:: 0.2.0
    """
    if isinstance(value, Term):
        return value.key
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((plain(v) for v in value), key=str)
    return str(value)


class ProblemData(TypedDict):
    """A :class:`Problem` as JSON data (:meth:`Problem.to_dict`).

    .. versionadded:: 0.2.0
    """

    code: str
    loc: list[str | int]
    path: str
    line: int | None
    source: str
    args: dict[str, Any]
    message: dict[str, str]


def _loc_from_path(problem: Problem) -> Loc:
    return (problem.path,) if problem.path else ()


def _as_loc(value: Iterable[str | int]) -> Loc:
    return value if isinstance(value, tuple) else tuple(value)


@attrs.frozen
class Problem:
    """One thing wrong in a file or in data: where it is and what is wrong.

    ``code`` names a message in :mod:`cse_assess.i18n`; ``args`` fill it in. ``loc`` is where
    the value is, as a tuple of keys and list indexes (a question id stays one key, dots and
    all); ``path`` is the same as one line of text for people (``answers.a.b.value``).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``loc``, :meth:`at` and :meth:`to_dict`; ``args`` is read-only.
    """

    source: str
    line: int | None
    path: str
    code: str
    args: FrozenMap = attrs.field(factory=FrozenMap, converter=frozen_map, eq=False)
    loc: Loc = attrs.field(
        default=attrs.Factory(_loc_from_path, takes_self=True), converter=_as_loc, eq=False
    )

    @classmethod
    def at(cls, source: str, line: int | None, loc: Loc, code: str, /, **args: object) -> Problem:
        """A problem at ``loc``, its ``path`` written from it."""
        return cls(source, line, format_path(loc), code, args, loc)

    def message(self, lang: str = "en") -> str:
        """The problem in words, without the location."""
        return message(self.code, lang, **self.args)

    def format(self, lang: str = "en") -> str:
        """``FILE:LINE: path: message``, the form editors and CI logs understand."""
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        at = f"{self.path}: " if self.path else ""
        return f"{where}: {at}{self.message(lang)}"

    def to_dict(self, languages: Iterable[str] = LANGUAGES) -> ProblemData:
        """The problem as JSON-safe data: ``code``, ``loc`` (a list of keys), ``path``,
        ``line``, ``source``, ``args`` (plain values; a translated word as its key) and
        ``message`` in each of ``languages`` (Latvian and English unless told).

        .. versionadded:: 0.2.0
        """
        return {
            "code": self.code,
            "loc": list(self.loc),
            "path": self.path,
            "line": self.line,
            "source": self.source,
            "args": {key: plain(value) for key, value in self.args.items()},
            "message": {lang: self.message(lang) for lang in languages},
        }

    def __str__(self) -> str:
        return self.format()


class CseAssessError(Exception):
    """The root of every error raised by cse-assess.

    .. versionadded:: 0.1.0
    """

    problems: tuple[Problem, ...] = ()
    """What is wrong, one :class:`Problem` each (every error has at least one).

    .. versionadded:: 0.2.0
    """

    def localized(self, lang: str = "en") -> str:
        """The message in the given language (English where there is no translation)."""
        return str(self)

    def to_dict(self, languages: Iterable[str] = LANGUAGES) -> list[ProblemData]:
        """Every problem as JSON-safe data (:meth:`Problem.to_dict`), whatever the error.

        .. versionadded:: 0.2.0
        """
        languages = tuple(languages)
        return [p.to_dict(languages) for p in self.problems]


class ContentError(CseAssessError):
    """A file's content is wrong; :attr:`problems` lists everything found, not just the first.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.format() for p in self.problems))

    def localized(self, lang: str = "en") -> str:
        return "\n".join(p.format(lang) for p in self.problems)


class QuestionnaireError(ContentError):
    """A question bank is malformed.

    .. versionadded:: 0.1.0
    """


class AssessmentError(ContentError):
    """An assessment file is malformed, or does not fit its question bank.

    .. versionadded:: 0.1.0
    """


class MessageError(CseAssessError):
    """An error with one message from :mod:`cse_assess.i18n`, shown in either language.

    Its :attr:`problems` hold that one message as a :class:`Problem` (no line, no ``loc``;
    ``source`` is the file or the name looked for), so that an API returns every error in one
    shape.

    .. versionadded:: 0.1.0
    """

    def __init__(self, code: str, /, **args: object) -> None:
        self.code = code
        self.args_ = args
        source = args.get("path", args.get("name", ""))
        self.problems = (Problem(str(source), None, "", code, args, ()),)
        super().__init__(message(code, "en", **args))

    def localized(self, lang: str = "en") -> str:
        return message(self.code, lang, **self.args_)


class NotFoundError(MessageError):
    """A file or a bundled question bank does not exist.

    .. versionadded:: 0.1.0
    """


class OutputError(MessageError):
    """A file cannot be written (a missing folder, no permission, a full disk).

    .. versionadded:: 0.1.0
    """

    def __init__(self, path: str, reason: str | Term) -> None:
        super().__init__("cannot_write", path=path, reason=reason)


class CseAssessWarning(UserWarning):
    """Something the user should know that does not stop the work (kept unknown answers, say).

    .. versionadded:: 0.1.0
    """
