"""The light prompts of the interactive assessment: the first screen, and the shared helpers.

Imports only questionary and the messages, so that the first question is on screen while the
engine and the question bank are still loading (see :func:`cse_assess.cli.main.cmd_assess`).
"""

from __future__ import annotations

import os
import re
import shlex
import unicodedata
from collections.abc import Callable
from pathlib import Path

import questionary

from cse_assess.i18n import message


def t(key: str, lang: str, **args: object) -> str:
    """An interface label in ``lang``."""
    return message(f"ui.{key}", lang, **args)


def slug(text: str) -> str:
    """A file-name-safe form of ``text``: ``Zaļkalnu pašvaldība`` → ``zalkalnu-pasvaldiba``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "assessment"


def default_file(institution: str, date: str, folder: str | Path = "") -> str:
    """The file name derived from institution and date (in ``folder``, else the current one)."""
    return os.path.join(folder, f"{slug(institution)}-{date}.json")


def resume_command(path: str) -> str:
    """The command that continues this assessment, quoted for the user's shell."""
    if os.name == "nt":  # pragma: no cover - Windows quoting
        return f'cse-assess resume "{path}"' if " " in path else f"cse-assess resume {path}"
    return f"cse-assess resume {shlex.quote(path)}"


def select(
    message_text: str, choices: list[questionary.Choice | questionary.Separator], lang: str
) -> questionary.Question:
    """A localized selection prompt."""
    return questionary.select(
        message_text, choices=choices, instruction=t("select_instruction", lang)
    )


def confirm(message_text: str, lang: str, *, default: bool = True) -> questionary.Question:
    """A localized yes/no prompt."""
    return questionary.confirm(
        message_text,
        default=default,
        instruction=t("confirm_yes" if default else "confirm_no", lang) + " ",
    )


def ask_context(
    lang: str, defaults: dict[str, str], on_shown: Callable[[], object] | None = None
) -> dict[str, str]:
    """Institution, unit and assessor, with last run's values as defaults.

    ``on_shown`` is called once the first question is on screen (work to do while the person
    types, such as loading the question bank).
    """

    def required(value: str) -> bool | str:
        return bool(value.strip()) or t("required", lang)

    first = questionary.text(
        t("ask_institution", lang), default=defaults.get("institution", ""), validate=required
    )
    if on_shown is None:
        institution = first.unsafe_ask()
    else:  # as unsafe_ask() does, with a hook that runs just after the first drawing
        import asyncio

        def later() -> None:
            asyncio.get_running_loop().call_later(0.05, on_shown)

        institution = first.application.run(pre_run=later)
    unit = questionary.text(t("ask_unit", lang), default=defaults.get("unit", "")).unsafe_ask()
    assessor = questionary.text(
        t("ask_assessor", lang), default=defaults.get("assessor", ""), validate=required
    ).unsafe_ask()
    return {
        "institution": institution.strip(),
        "unit": unit.strip(),
        "assessor": assessor.strip(),
    }
