"""``cse-assess rollup PATH...``: many units' assessments become one table of units by areas.

Only argparse and typing are imported here, so that ``cse-assess --help`` stays fast; the
engine and the renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse

TYPE_CHECKING = False  # not from typing: it alone costs ~5 ms of `cse-assess --help`
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

FORMATS = ("text", "markdown", "json", "html", "xlsx")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``rollup`` sub-command to the parser's sub-commands."""
    p = sub.add_parser(
        "rollup",
        help="roll many units' assessments up into one table of units by areas",
        description="Roll up assessment files (or folders of them, searched for *.json) into "
        "one table per question bank: units by areas, coloured by score, with the network's "
        "mean, minimum, maximum and spread per area, the weakest areas and units, and every "
        "file skipped or superseded. Where a unit has several files, the latest date counts. "
        "A bad file is reported and left out; the others still count.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="assessment files or folders")
    p.add_argument(
        "--by",
        choices=("unit", "institution"),
        default="unit",
        help="one row per unit (default), or per institution: the mean of its units' scores",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="output format (default: from --output's extension, else text)",
    )
    p.add_argument("--output", "-o", metavar="PATH", help="write to a file (xlsx needs one)")
    p.add_argument(
        "--score",
        choices=("claimed", "verified"),
        default="claimed",
        help="the scores the table shows and ranks by (default: claimed)",
    )
    p.add_argument(
        "--questionnaire",
        action="append",
        metavar="ID_OR_PATH",
        help="a bank to use for the files that name its id (may be given more than once; "
        "default: the bundled bank at the version each file names)",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=0,
        metavar="N",
        help="worker processes for large roll-ups (default 0: one per processor)",
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def _format(args: argparse.Namespace) -> str:
    from cse_assess.cli._formats import format_for

    return str(args.format or format_for(args.output, FORMATS) or "text")


def run(args: argparse.Namespace) -> int:
    """Roll the files up and print or write the report; 0, or 2 when nothing could count."""
    import sys

    from cse_assess.cli.main import _emit, _language
    from cse_assess.core.errors import MessageError
    from cse_assess.i18n import message
    from cse_assess.io.rollup_files import default_jobs, find_files, rollup_files
    from cse_assess.io.store import load_questionnaire

    lang = _language(args)
    fmt = _format(args)
    if fmt == "xlsx" and not args.output:
        raise MessageError("rollup_xlsx_needs_output")
    banks = {}
    for name in args.questionnaire or ():
        bank = load_questionnaire(name)
        banks[bank.id] = bank
    files, missing = find_files(args.paths)
    if not files and not missing:
        raise MessageError("rollup_no_files", paths=", ".join(args.paths))
    jobs = args.jobs if args.jobs > 0 else default_jobs()
    rollup = rollup_files(files, args.by, banks, missing, jobs)
    basis = args.score
    if fmt == "xlsx":
        from cse_assess.render.rollup.xlsx import render_rollup_xlsx

        write_file(args.output, [render_rollup_xlsx(rollup, lang, basis)])
        print(message("ui.written", lang, path=args.output), file=sys.stderr)
    elif fmt == "json":  # piece by piece: a long list of files is never one text
        from cse_assess.render.rollup.json import iter_rollup_json

        chunks = iter_rollup_json(rollup, lang, basis)
        if args.output is None:
            for chunk in chunks:
                sys.stdout.write(chunk)
        else:
            write_file(args.output, (chunk.encode("utf-8") for chunk in chunks))
            print(message("ui.written", lang, path=args.output), file=sys.stderr)
    elif fmt == "text" and args.output is None and sys.stdout.isatty():
        from rich.console import Console

        from cse_assess.render.rollup.text import RollupView

        Console(highlight=False).print(RollupView(rollup, lang, basis=basis))
    else:
        _emit(render(rollup, fmt, lang, basis), args.output, lang)
    if fmt != "text" or args.output is not None:
        from cse_assess.render.rollup._common import counts_line

        print(counts_line(rollup, lang), file=sys.stderr)
    if rollup.counted == 0:
        print(message("rollup_nothing_counted", lang, count=rollup.files), file=sys.stderr)
        return 2
    return 0


def render(rollup: Any, fmt: str, lang: str, basis: str) -> str:
    """The roll-up as text in ``fmt`` (text, markdown, json or html)."""
    if fmt == "json":
        from cse_assess.render.rollup.json import render_rollup_json

        return render_rollup_json(rollup, lang, basis)
    if fmt == "markdown":
        from cse_assess.render.rollup.markdown import render_rollup_markdown

        return render_rollup_markdown(rollup, lang, basis)
    if fmt == "html":
        from cse_assess.render.rollup.html import render_rollup_html

        return render_rollup_html(rollup, lang, basis)
    from cse_assess.render.rollup.text import render_rollup_text

    return render_rollup_text(rollup, lang, basis=basis)


def write_file(path: str, chunks: Iterable[bytes]) -> None:
    """Replace ``path`` with the ``chunks`` so that it is never seen half-written."""
    import contextlib
    import os
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
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(path, exc.strerror or str(exc)) from None


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask
