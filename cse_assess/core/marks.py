"""Marks "to check later", and the one rule that tells a draft's mark from an assessor's own.

An answer's ``flag`` (:class:`~cse_assess.core.model.Answer`) is ``None`` when the question is
not marked, ``""`` when it is marked without a note, else the note. An answer interrupted by
Ctrl-C at the terminal is kept as a *draft*: its flag is the catalogue's ``ui.draft_flag`` in
the session's language, followed by :data:`DRAFT_SEPARATOR` and the assessor's own note where
the question was marked with one. The terminal writes drafts and the reports show them; both
recognise them here, in whichever language the draft was written.
"""

from __future__ import annotations

from cse_assess.core.model import Answer
from cse_assess.i18n import LANGUAGES, message

DRAFT_SEPARATOR = " — "
"""Between a draft's mark and the note of the assessor's own mark, where there was one."""


def draft_flags() -> frozenset[str]:
    """The marks that say an answer is a draft, in every language."""
    return frozenset(message("ui.draft_flag", lang) for lang in LANGUAGES)


def draft_flag(lang: str, own: str | None = None) -> str:
    """The flag of a draft kept in ``lang``, with the assessor's own mark ``own`` after it (an
    empty one too, so that the mark outlives the draft)."""
    flag = message("ui.draft_flag", lang)
    return flag if own is None else flag + DRAFT_SEPARATOR + own


def _split(flag: str | None) -> tuple[bool, str | None]:
    """Whether ``flag`` is a draft's, and the assessor's own mark in it (``None``: none)."""
    if flag is None:
        return False, None
    for d in draft_flags():
        if flag == d:
            return True, None
        if flag.startswith(d + DRAFT_SEPARATOR):
            return True, flag[len(d + DRAFT_SEPARATOR) :]
    return False, flag


def is_draft_flag(flag: str | None) -> bool:
    """Whether ``flag`` (an answer's, as stored) marks a draft."""
    return _split(flag)[0]


def own_note(flag: str | None) -> str | None:
    """The assessor's own mark in ``flag``: the flag itself, or a draft's mark left aside
    (``None`` for a draft without one, and for no flag)."""
    return _split(flag)[1]


def is_draft(answer: Answer | None) -> bool:
    """Whether ``answer`` was kept as a draft when Ctrl-C interrupted it."""
    return answer is not None and is_draft_flag(answer.flag)


def own_mark(answer: Answer | None) -> str | None:
    """The assessor's own mark of ``answer`` (its note), a draft's mark left aside."""
    return None if answer is None else own_note(answer.flag)
