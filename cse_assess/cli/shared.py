"""What every command shares: the session's language, writing output, printing problems.

One module for all commands, so that no command imports another's private helpers. At import
it takes only the standard library: ``cse-assess --help`` builds its parser with it, and the
engine, the message catalogue's wording and the renderers load when a command runs.
"""

from __future__ import annotations

import os
import re
import sys

TYPE_CHECKING = False  # not imported from typing, which alone costs ~10 ms at start-up
if TYPE_CHECKING:
    import argparse
    from collections.abc import Collection, Iterable, Mapping, Sequence
    from typing import TextIO

    from cse_assess.core.errors import CseAssessError, Problem

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
"""The exit codes: done, a bug, bad input or usage, interrupted with Ctrl-C."""

LANGUAGES = ("lv", "en")


# --- the language of the session -----------------------------------------------------------
def detect_language(environ: Mapping[str, str]) -> str:
    """``lv`` when the user's locale is Latvian, else ``en`` (``LC_ALL``, then ``LANG``...)."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(key, "")
        if value:
            return "lv" if value.lower().startswith("lv") else "en"
    return "en"


def early_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language of ``--help`` and usage errors: ``--lang`` if given, else the locale's.

    Read before the parser is built, so that the parser itself speaks the session's language.
    """
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in LANGUAGES:
            return value
    return detect_language(environ)


_HELP_LANGUAGE: list[str] = []
"""The language the parser is being built in (set by :func:`cse_assess.cli.main.main`)."""


def help_language() -> str:
    """The language of the help texts being built: the session's, else the locale's."""
    return _HELP_LANGUAGE[-1] if _HELP_LANGUAGE else detect_language(os.environ)


def add_format_and_output(
    p: argparse.ArgumentParser, formats: Sequence[str], lang: str, output_help: str
) -> None:
    """``--format``/``-f`` (one of ``formats``) and ``--output``/``-o``, as every command that
    writes a report offers them."""
    p.add_argument(
        "--format",
        "-f",
        choices=formats,
        help=t("ui.cli.format", lang, allowed=", ".join(formats)),
    )
    p.add_argument("--output", "-o", metavar=t("ui.cli.metavar.path", lang), help=output_help)


def set_help_language(lang: str | None) -> None:
    """Build the parser's help texts in ``lang`` from now on (``None``: the locale's)."""
    _HELP_LANGUAGE.clear()
    if lang is not None:
        _HELP_LANGUAGE.append(lang)


def language(args: argparse.Namespace, own: str = "") -> str:
    """The output language: ``--lang``, else the file's own (``own``), else the locale's."""
    for name in ("lang", "main_lang"):
        chosen = getattr(args, name, None)
        if chosen:
            return str(chosen)
    if own in LANGUAGES:
        return own
    return detect_language(os.environ)


_LANGUAGE_FIELD = rb'"language"\s*:\s*"(lv|en)"'


def file_language(path: str) -> str:
    """The language an assessment file states (``context.language``), read without parsing.

    For errors about a file that cannot be parsed: they follow the file's language. ``""`` when
    the file is not JSON, cannot be read or states none.
    """
    import stat

    if not path.lower().endswith(".json"):
        return ""
    try:  # a regular file only: opening a named pipe or a device could wait for ever
        if not stat.S_ISREG(os.stat(path).st_mode):
            return ""
        with open(path, "rb") as f:
            head = f.read(1 << 16)
    except (OSError, ValueError):  # ValueError: a name with a NUL in it
        return ""
    found = re.search(_LANGUAGE_FIELD, head)
    return found.group(1).decode() if found else ""


def t(code: str, lang: str, /, **args: object) -> str:
    """The message ``code`` of the catalogue in ``lang``."""
    from cse_assess.i18n import message

    return message(code, lang, **args)


# --- problems and errors -------------------------------------------------------------------
# The syntax errors of the YAML and JSON parsers come in English. Those a person meets are
# matched here and shown in the session's language; any other is named as a syntax error at
# its line, without the parser's English.
_SYNTAX = (
    (r"mapping values are not allowed", "ui.syntax.mapping_values"),
    (r"did not find expected key|could not find expected ':'", "ui.syntax.expected_key"),
    (r"did not find expected ',' or '\]'|expected ',' or '\]'", "ui.syntax.unclosed_list"),
    (r"did not find expected ',' or '\}'|expected ',' or '\}'", "ui.syntax.unclosed_mapping"),
    (r"did not find expected '-' indicator", "ui.syntax.expected_item"),
    (r"sequence entries are not allowed", "ui.syntax.list_item"),
    (r"found unexpected end of stream", "ui.syntax.unexpected_end"),
    (r"found character .*that cannot start any token", "ui.syntax.bad_character"),
    (r"tab", "ui.syntax.tab"),
    (r"found undefined alias", "ui.syntax.undefined_alias"),
    (r"found duplicate anchor|second occurrence", "ui.syntax.duplicate_anchor"),
    (r"found unknown escape character|Invalid \\escape", "ui.syntax.bad_escape"),
    (r"Invalid \\uXXXX escape", "ui.syntax.bad_escape"),
    (r"but found another document|expected a single document", "ui.syntax.two_documents"),
    (r"the tag .* is not allowed|could not determine a constructor", "ui.syntax.tag"),
    (r"cannot read .* as ", "ui.syntax.bad_value"),
    (r"a key appears twice|found duplicate key", "ui.syntax.duplicate_key"),
    (r"Expecting property name enclosed in double quotes", "ui.syntax.expected_name"),
    (r"Expecting ':' delimiter", "ui.syntax.expected_colon"),
    (r"Expecting ',' delimiter", "ui.syntax.expected_comma"),
    (r"Expecting value", "ui.syntax.expected_value"),
    (r"Unterminated string", "ui.syntax.unterminated_string"),
    (r"Invalid control character", "ui.syntax.control_character"),
    (r"Extra data", "ui.syntax.extra_data"),
    (r"trailing comma", "ui.syntax.trailing_comma"),
)
_SYNTAX_CODES = frozenset(("yaml_syntax", "json_syntax"))


def syntax_reason(reason: str, lang: str) -> str:
    """A YAML or JSON parser's English reason, in ``lang`` (kept as it is in English)."""
    if lang == "en":
        return reason
    for pattern, code in _SYNTAX:
        if re.search(pattern, reason):
            return t(code, lang)
    return t("ui.syntax.other", lang)


def problem_text(problem: Problem, lang: str) -> str:
    """``FILE:LINE: path: message`` in ``lang``, a parser's syntax error included."""
    reason = problem.args.get("reason")
    if problem.code in _SYNTAX_CODES and isinstance(reason, str) and lang != "en":
        from cse_assess.core.errors import Problem as _Problem

        args = {**problem.args, "reason": syntax_reason(reason, lang)}
        problem = _Problem(problem.source, problem.line, problem.path, problem.code, args)
    return problem.format(lang)


def print_problems(
    problems: Iterable[Problem], lang: str, *, warning: bool = False, stream: TextIO | None = None
) -> None:
    """Print each problem on a line of its own (to stderr unless ``stream`` says otherwise)."""
    out = sys.stderr if stream is None else stream
    word = t("ui.warning", lang) if warning else ""
    for p in problems:
        text = problem_text(p, lang)
        print(f"{text} ({word})" if warning else text, file=out)


def error_text(exc: CseAssessError, lang: str) -> str:
    """An error in ``lang``: every problem of a file, or the one message."""
    from cse_assess.core.errors import ContentError

    if isinstance(exc, ContentError):
        return "\n".join(problem_text(p, lang) for p in exc.problems)
    return exc.localized(lang)


def error_language(args: argparse.Namespace | None, exc: BaseException) -> str:
    """The language of an error: ``--lang``; else the language the file in error states, else
    the language of the assessment the command reads (as its output would be); else the
    locale's."""
    if args is not None and (getattr(args, "lang", None) or getattr(args, "main_lang", None)):
        return language(args)
    from cse_assess.core.errors import ContentError, MessageError

    sources: list[str] = []
    if isinstance(exc, ContentError):
        sources = [p.source for p in exc.problems]
    elif isinstance(exc, MessageError):
        sources = [str(v) for k, v in exc.args_.items() if k in ("path", "other")]
    if args is not None:
        for name in ("file", "new", "old", "files", "paths"):
            value = getattr(args, name, None)
            sources += [value] if isinstance(value, str) else list(value or ())
    for source in sources:
        own = file_language(str(source))
        if own:
            return own
    return detect_language(os.environ)


# --- output --------------------------------------------------------------------------------
EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".docx": "docx",
    ".parquet": "parquet",
}
"""The format each known extension stands for."""

_FIRST_EXTENSION = {fmt: ext for ext, fmt in reversed(EXTENSIONS.items())}


def format_for(output: str | None, formats: Collection[str]) -> str | None:
    """The format ``output``'s extension names, if the command offers it; else ``None``."""
    if output is None:
        return None
    found = EXTENSIONS.get(os.path.splitext(output)[1].lower())
    return found if found in formats else None


def extensions(formats: Iterable[str]) -> str:
    """The file extensions of ``formats``, for a message: ``.txt, .md, .html``."""
    return ", ".join(_FIRST_EXTENSION[f] for f in formats if f in _FIRST_EXTENSION)


def output_format(output: str | None, fmt: str | None, formats: Sequence[str]) -> str:
    """The format to write: ``--format``, else the output's extension, else the first one.

    An output whose extension names a format the command cannot write, or another format
    than ``--format`` asks for, is refused (exit 2), so that nothing is ever written under a
    name that says something else.
    """
    if output is None:
        return fmt or formats[0]
    ext = os.path.splitext(output)[1].lower()
    named = EXTENSIONS.get(ext)
    if (ext and (named is None or named not in formats)) or (fmt and named and named != fmt):
        # the engine's errors load only for an error: assess asks its first question before
        from cse_assess.core.errors import MessageError
    if ext and (named is None or named not in formats):
        code = "output_pdf" if ext == ".pdf" and "html" in formats else "output_extension"
        raise MessageError(code, path=output, extension=ext, allowed=extensions(formats))
    if fmt and named and named != fmt:
        raise MessageError(
            "output_format_mismatch", path=output, extension=ext, format=fmt, allowed=ext
        )
    return fmt or named or formats[0]


def refuse_overwriting(output: str | None, inputs: Iterable[str | None]) -> None:
    """Refuse (exit 2) to write ``output`` over a file the command reads."""
    if output is None or not os.path.exists(output):
        return
    from cse_assess.core.errors import MessageError

    for path in inputs:
        if not path:
            continue
        try:
            same = os.path.samefile(output, path)
        except OSError:
            continue
        if same:
            raise MessageError("output_is_input", path=output)


def emit(text: str | bytes, output: str | None, lang: str) -> None:
    """Print ``text``, or write it atomically to ``output`` and say so on stderr."""
    if output is None:
        if isinstance(text, bytes):  # pragma: no cover - refused before rendering
            from cse_assess.core.errors import MessageError

            raise MessageError("binary_needs_output", format="xlsx")
        sys.stdout.write(text)
        return
    from cse_assess.io.store import atomic_write

    if isinstance(text, str) and output.lower().endswith(".csv"):
        text = "\ufeff" + text  # a byte-order mark, so that Excel reads UTF-8 diacritics
    atomic_write(output, text)
    print(t("ui.written", lang, path=output), file=sys.stderr)


def write_chunks(path: str, chunks: Iterable[bytes]) -> None:
    """Replace ``path`` with the ``chunks`` so that it is never seen half-written."""
    import contextlib
    import tempfile

    from cse_assess.core.errors import OutputError

    folder = os.path.dirname(path) or "."
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                for chunk in chunks:
                    f.write(chunk)
                f.flush()
                os.fsync(f.fileno())
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        from cse_assess.i18n import os_reason

        raise OutputError(path, os_reason(exc)) from None


def today() -> str:
    """The day a report is made: ``SOURCE_DATE_EPOCH``'s where it is set (reproducible
    builds), else today's date (ISO 8601)."""
    import datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
    return datetime.date.today().isoformat()


def terminal_width() -> int:
    """The terminal's width as :func:`shutil.get_terminal_size` finds it (``$COLUMNS``, else
    the terminal's, else 80), without importing :mod:`shutil` and the compression modules it
    brings (argparse sizes its help with it each time an argument is added)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def print_rich(renderable: object) -> None:
    """Print a rich renderable to the terminal."""
    from rich.console import Console

    Console(highlight=False).print(renderable)
