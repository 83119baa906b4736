"""Exceptions and the problems they carry.

Every error raised by cse-assess derives from :class:`CseAssessError`, so a caller catches one
name. Errors about content (a question bank or an assessment file) carry every
:class:`Problem` found, each with the file, the line where known, the field path and a
message that can be shown in Latvian or English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from cse_assess.i18n import message


@attrs.frozen
class Problem:
    """One thing wrong in a file: where it is and what is wrong.

    ``code`` names a message in :mod:`cse_assess.i18n`; ``args`` fill it in.

    .. versionadded:: 0.1.0
    """

    source: str
    line: int | None
    path: str
    code: str
    args: Mapping[str, object] = attrs.field(factory=dict, eq=False)

    def message(self, lang: str = "en") -> str:
        """The problem in words, without the location."""
        return message(self.code, lang, **self.args)

    def format(self, lang: str = "en") -> str:
        """``FILE:LINE: path: message``, the form editors and CI logs understand."""
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        at = f"{self.path}: " if self.path else ""
        return f"{where}: {at}{self.message(lang)}"

    def __str__(self) -> str:
        return self.format()


class CseAssessError(Exception):
    """The root of every error raised by cse-assess.

    .. versionadded:: 0.1.0
    """

    def localized(self, lang: str = "en") -> str:
        """The message in the given language (English where there is no translation)."""
        return str(self)


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

    .. versionadded:: 0.1.0
    """

    def __init__(self, code: str, **args: object) -> None:
        self.code = code
        self.args_ = args
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

    def __init__(self, path: str, reason: str) -> None:
        super().__init__("cannot_write", path=path, reason=reason)


class CseAssessWarning(UserWarning):
    """Something the user should know that does not stop the work (kept unknown answers, say).

    .. versionadded:: 0.1.0
    """
