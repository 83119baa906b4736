"""The argument parser in the session's language: argparse's own words translated too.

argparse words its usage line, its section titles and its errors through the module's
``_`` (gettext). While the parser is built and used, :func:`speaking` swaps that for the
message catalogue, so that a Latvian session's ``--help`` and usage errors are Latvian.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any, NoReturn

# argparse's own texts that a person can meet, and the code of each in the catalogue. The
# others (such as "dest= is required for options like %r") are a developer's errors.
ARGPARSE = {
    "usage: ": "ui.cli.argparse.usage",
    "positional arguments": "ui.cli.argparse.positionals",
    "options": "ui.cli.argparse.options",
    "show this help message and exit": "ui.cli.argparse.help",
    "ambiguous option: %(option)s could match %(matches)s": "ui.cli.argparse.ambiguous",
    "argument %(argument_name)s: %(message)s": "ui.cli.argparse.argument",
    "expected at least one argument": "ui.cli.argparse.at_least_one",
    "expected at most one argument": "ui.cli.argparse.at_most_one",
    "expected one argument": "ui.cli.argparse.one",
    "expected %s argument": "ui.cli.argparse.count",
    "expected %s arguments": "ui.cli.argparse.count",
    "ignored explicit argument %r": "ui.cli.argparse.ignored",
    "invalid %(type)s value: %(value)r": "ui.cli.argparse.invalid_value",
    "invalid choice: %(value)r (choose from %(choices)s)": "ui.cli.argparse.invalid_choice",
    "not allowed with argument %s": "ui.cli.argparse.not_allowed",
    "one of the arguments %s is required": "ui.cli.argparse.one_required",
    "the following arguments are required: %s": "ui.cli.argparse.required",
    "unrecognized arguments: %s": "ui.cli.argparse.unrecognized",
    "can't open '%(filename)s': %(error)s": "ui.cli.argparse.cannot_open",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ui.cli.argparse.unknown_parser",
}


def translate(text: str, lang: str) -> str:
    """argparse's ``text`` in ``lang`` (unchanged in English or where it is not known)."""
    code = ARGPARSE.get(text)
    if code is None or lang == "en":
        return text
    return shared.t(code, lang)


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse speaks ``lang`` inside the block, and the help texts are built in it."""
    gettext: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    ngettext: Callable[[str, str, int], str] = argparse.ngettext  # type: ignore[attr-defined]

    def one(text: str) -> str:
        return translate(text, lang)

    def many(singular: str, plural: str, n: int) -> str:
        return translate(singular if n == 1 else plural, lang)

    argparse._ = one  # type: ignore[attr-defined]
    argparse.ngettext = many  # type: ignore[attr-defined]
    shared.set_help_language(lang)
    try:
        yield
    finally:
        argparse._ = gettext  # type: ignore[attr-defined]
        argparse.ngettext = ngettext  # type: ignore[attr-defined]
        shared.set_help_language(None)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, as wide as the terminal (found without :mod:`shutil`)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
        **more: Any,
    ) -> None:
        if width is None:
            width = shared.terminal_width() - 2  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width, **more)


class Parser(argparse.ArgumentParser):
    """An argument parser whose own messages are in the session's language."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        lang = shared.help_language()
        self._positionals.title = translate("positional arguments", lang)
        self._optionals.title = translate("options", lang)
        self.add_argument(
            "-h", "--help", action="help", help=shared.t("ui.cli.argparse.help", lang)
        )

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error in the session's language; exit 2."""
        self.print_usage(sys.stderr)
        lang = shared.help_language()
        self.exit(
            shared.EXIT_USAGE,
            shared.t("ui.cli.argparse.error", lang, prog=self.prog, message=message) + "\n",
        )


def integer(lang: str) -> Callable[[str], int]:
    """``int`` for argparse, named in ``lang`` in its "invalid ... value" message."""

    def whole(text: str) -> int:
        return int(text)

    whole.__name__ = shared.t("ui.cli.integer", lang)
    return whole
