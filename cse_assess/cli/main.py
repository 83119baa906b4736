"""The ``cse-assess`` command line: the parser, and the one place errors become exit codes.

Each command lives in a module of its own (:mod:`cse_assess.cli.score`, ...); what they share
(the session's language, writing output, printing problems) is :mod:`cse_assess.cli.shared`.
Start-up is kept light: the parser is built from the standard library and the message
catalogue only, and each command imports the engine and the renderer it needs when it runs, so
``cse-assess --help`` does not pay for rich, prompt_toolkit, attrs or PyYAML.

The session's language is known before the parser is built (``--lang``, else the locale), so
that ``--help`` and usage errors are in it too.
"""

from __future__ import annotations

import argparse
import os
import sys

from cse_assess._version import __version__
from cse_assess.cli import shared
from cse_assess.cli.parser import Parser, speaking
from cse_assess.cli.shared import (  # re-exported: the exit codes and the locale rule
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    detect_language,
)

TYPE_CHECKING = False  # not imported from typing, which alone costs ~10 ms at start-up
if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Sequence

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "detect_language",
    "main",
]

COMMANDS = {
    "assess": "assess",
    "resume": "assess",
    "review": "assess",
    "questionnaires": "questionnaires",
    "validate": "validate",
    "show": "show",
    "score": "score",
    "plan": "plan",
    "consensus": "consensus",
    "compare": "compare",
    "rollup": "rollup",
    "template": "forms",
    "import": "forms",
}
"""Each command and the module (``cse_assess.cli.<module>``) that defines it, in the order
``--help`` lists them."""


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option (or ``--lang``'s value)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--lang":
            skip = True
        elif word == "--":
            return None
        elif not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def build_parser(whole: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser, one sub-command per job, in the session's language.

    The commands in ``whole`` (every command when ``None``) are built with all their
    arguments, the others only with their one-line help, which is all that ``cse-assess
    --help`` shows and all that a run of another command needs.
    """
    import importlib

    lang = shared.help_language()
    parser = Parser(
        prog="cse-assess",
        description=shared.t("ui.cli.description", lang),
        epilog=shared.t("ui.cli.epilog", lang),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"cse-assess {__version__}",
        help=shared.t("ui.cli.version", lang),
    )
    lang_option = {
        "choices": shared.LANGUAGES,
        "help": shared.t("ui.cli.lang", lang),
    }
    parser.add_argument("--lang", dest="main_lang", **lang_option)  # type: ignore[arg-type]
    sub = parser.add_subparsers(
        dest="command",
        metavar=shared.t("ui.cli.metavar.command", lang),
        title=shared.t("ui.cli.commands", lang),
    )
    built: set[str] = set()
    modules = None if whole is None else {COMMANDS[name] for name in whole}
    for name, module_name in COMMANDS.items():
        if modules is not None and module_name not in modules:
            sub.add_parser(name, help=shared.t(f"ui.cli.{name}", lang))
        elif module_name not in built:
            module = importlib.import_module(f"cse_assess.cli.{module_name}")
            module.register(sub, lang_option)
            built.add(module_name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 2 bad input, 1 internal error).

    ``--help``, ``--version`` and usage errors end in argparse's ``SystemExit`` (0 or 2).
    """
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(words)
    except KeyboardInterrupt:  # while the parser or a command's modules were loading
        lang = shared.early_language(words, os.environ)
        print(f"\n{shared.t('ui.interrupted', lang)}", file=sys.stderr)
        return EXIT_INTERRUPTED


def _main(words: list[str]) -> int:
    lang = shared.early_language(words, os.environ)
    args: argparse.Namespace | None = None
    with speaking(lang):  # --help, --version and usage errors exit here (SystemExit)
        command = command_named(words)
        if command is None:  # --help or --version; else the default job, assess
            command = None if _asks_for_help(words) else "assess"
        parser = build_parser(() if command is None else (command,))
        args = parser.parse_args(words)
        func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
        if func is None:  # no command: the main job, an assessment of the default bank
            main_lang = args.main_lang
            args = parser.parse_args(["assess"])
            args.lang = main_lang
            func = args.func
    assert func is not None
    try:
        return func(args)
    except KeyboardInterrupt:
        print(f"\n{shared.t('ui.interrupted', shared.language(args))}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        from cse_assess.core.errors import CseAssessError

        if isinstance(exc, CseAssessError):
            print(shared.error_text(exc, shared.error_language(args, exc)), file=sys.stderr)
            return EXIT_USAGE
        if os.environ.get("CSE_ASSESS_DEBUG"):
            raise
        print(
            shared.t(
                "ui.internal_error", shared.language(args), error=f"{type(exc).__name__}: {exc}"
            ),
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _asks_for_help(words: Sequence[str]) -> bool:
    return any(w in ("-h", "--help", "--version") for w in words)


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), point stdout at devnull so exit does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
