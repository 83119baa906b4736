"""The light part of the interactive assessment: the first screen, file names and hints.

Imports only the prompts and the messages, so that the first question is on screen while the
engine and the question bank are still loading (see :mod:`cse_assess.cli.assess`).
"""

from __future__ import annotations

import os
import re
import shlex
import unicodedata
from collections.abc import Callable

from cse_assess.i18n import message

TYPE_CHECKING = False  # pathlib is not imported before the first question
if TYPE_CHECKING:
    from pathlib import Path


def t(key: str, lang: str, **args: object) -> str:
    """An interface label in ``lang``."""
    return message(f"ui.{key}", lang, **args)


def paragraph(text: str, width: int | None = None) -> str:
    """``text`` wrapped at word boundaries to the terminal's width (at most 100 columns), so
    that a long line never breaks inside a word."""
    import textwrap

    if width is None:
        try:
            width = os.get_terminal_size().columns
        except OSError:  # not a terminal
            width = 80
    return textwrap.fill(text, width=max(20, min(width, 100)), break_on_hyphens=False)


def slug(text: str) -> str:
    """A file-name-safe form of ``text``: ``Zaļkalnu pašvaldība`` → ``zalkalnu-pasvaldiba``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "assessment"


def default_file(institution: str, date: str, folder: str | Path = "") -> str:
    """The file name derived from institution and date (in ``folder``, else the current one)."""
    return os.path.join(folder, f"{slug(institution)}-{date}.json")


def quote(word: str) -> str:
    """``word`` quoted for the user's shell, where it needs it."""
    if os.name == "nt":  # pragma: no cover - Windows quoting
        return f'"{word}"' if " " in word else word
    return shlex.quote(word)


def command(name: str, *words: str, questionnaire: str | None = None) -> str:
    """A ``cse-assess`` command to print as a hint, that works as printed.

    ``questionnaire`` is the bank option the command needs: a bank of one's own, which the
    assessment file names only by its id.
    """
    parts = ["cse-assess", name, *(quote(w) for w in words)]
    if questionnaire:
        parts += ["--questionnaire", quote(questionnaire)]
    return " ".join(parts)


def resume_command(path: str, questionnaire: str | None = None) -> str:
    """The command that continues this assessment, quoted for the user's shell."""
    return command("resume", path, questionnaire=questionnaire)


def own_bank(name: str | None) -> str | None:
    """``name`` when it names a bank file of one's own (a hint must repeat it), else ``None``."""
    if not name:
        return None
    looks_like_path = os.sep in name or "/" in name or name.endswith((".yaml", ".yml"))
    return name if looks_like_path or os.path.isfile(name) else None


def ask_context(
    lang: str, defaults: dict[str, str], on_shown: Callable[[], object] | None = None
) -> dict[str, str]:
    """Institution, unit and assessor, with last run's values as defaults.

    ``on_shown`` is called once the first question is on screen (work to do while the person
    types, such as loading the question bank).
    """

    from cse_assess.terminal import widgets

    def required(value: str) -> str | None:
        return None if value.strip() else t("required", lang)

    if on_shown is not None:
        widgets.after_first_drawing(on_shown)
    try:
        institution = widgets.entry(
            t("ask_institution", lang),
            lang,
            default=defaults.get("institution", ""),
            check=required,
        )
        unit = widgets.entry(t("ask_unit", lang), lang, default=defaults.get("unit", ""))
        assessor = widgets.entry(
            t("ask_assessor", lang), lang, default=defaults.get("assessor", ""), check=required
        )
    finally:  # answered too fast for it: the caller does the work now
        if on_shown is not None:
            widgets.forget(on_shown)
    return {
        "institution": str(institution).strip(),
        "unit": str(unit).strip(),
        "assessor": str(assessor).strip(),
    }
