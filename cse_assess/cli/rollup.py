"""``cse-assess rollup PATH...``: many units' assessments become one table of units by areas.

Only argparse is imported here, so that ``cse-assess --help`` stays fast; the engine and the
renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse
import os

from cse_assess.cli import shared
from cse_assess.cli.parser import integer

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "markdown", "json", "html", "xlsx", "csv-long", "parquet")
RICH_ROWS = 300
"""Up to this many rows a terminal gets rich's table; more, and the plain writer is used."""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``rollup`` sub-command to the parser's sub-commands."""
    lang = shared.help_language()

    def h(key: str) -> str:
        return shared.t(f"ui.cli.rollup.{key}", lang)

    p = sub.add_parser("rollup", help=shared.t("ui.cli.rollup", lang), description=h("about"))
    p.add_argument(
        "paths", nargs="+", metavar=shared.t("ui.cli.metavar.path", lang), help=h("paths")
    )
    p.add_argument("--by", choices=("unit", "institution"), default="unit", help=h("by"))
    shared.add_format_and_output(p, FORMATS, lang, h("output"))
    p.add_argument("--score", choices=("claimed", "verified"), default="claimed", help=h("score"))
    p.add_argument(
        "--questionnaire",
        action="append",
        metavar=shared.t("ui.cli.metavar.bank", lang),
        help=h("questionnaire"),
    )
    p.add_argument("--jobs", "-j", type=integer(lang), default=0, metavar="N", help=h("jobs"))
    p.add_argument(
        "--superseded", metavar=shared.t("ui.cli.metavar.path", lang), help=h("superseded")
    )
    p.add_argument(
        "--cache",
        nargs="?",
        const="",
        metavar=shared.t("ui.cli.metavar.path", lang),
        help=h("cache"),
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def _format(args: argparse.Namespace) -> str:
    # a .csv output is the long export: the one CSV a roll-up writes
    fmt = "csv" if args.format == "csv-long" else args.format
    found = shared.output_format(args.output, fmt, (*FORMATS, "csv"))
    return "csv-long" if found == "csv" else found


def run(args: argparse.Namespace) -> int:
    """Roll the files up and print or write the report; 0, or 2 when nothing could count."""
    import sys
    from itertools import chain

    from cse_assess.core.errors import MessageError
    from cse_assess.i18n import message
    from cse_assess.io.rollup_files import default_jobs, iter_files, rollup_files
    from cse_assess.io.store import load_questionnaire
    from cse_assess.many.rollup import RollupBuilder

    lang = shared.language(args)
    fmt = _format(args)
    if fmt in ("xlsx", "parquet") and not args.output:
        if fmt == "xlsx":
            raise MessageError("rollup_xlsx_needs_output")
        raise MessageError("binary_needs_output", format=fmt)
    if fmt == "parquet":
        from cse_assess.render.rollup.long import parquet_available

        if not parquet_available():
            raise MessageError("rollup_parquet_missing")
    superseded_csv = getattr(args, "superseded", None)
    if superseded_csv is not None:
        shared.output_format(superseded_csv, None, ("csv",))
        if args.output and os.path.abspath(superseded_csv) == os.path.abspath(args.output):
            raise MessageError("output_is_input", path=superseded_csv)
    banks = {}
    for name in args.questionnaire or ():
        bank = load_questionnaire(name)
        banks[bank.id] = bank
    stream, missing = iter_files(args.paths)
    first = next(stream, None)
    if first is None and not missing:
        raise MessageError("rollup_no_files", paths=", ".join(args.paths))
    files = stream if first is None else chain((first,), stream)
    inputs = [*args.paths, *(args.questionnaire or ())]
    for output in (args.output, superseded_csv):
        shared.refuse_overwriting(output, inputs)
        _refuse_one_found(output, args.paths)
    jobs = args.jobs if args.jobs > 0 else default_jobs()
    spool = None
    if superseded_csv is not None:
        from cse_assess.io.rollup_files import SupersededList

        spool = SupersededList()
    builder = RollupBuilder(args.by, on_superseded=spool)
    cache = _cache(args, banks)
    try:
        rollup = rollup_files(files, args.by, banks, missing, jobs, builder=builder, cache=cache)
    finally:
        if cache is not None:
            cache.close()
    if cache is not None and cache.problem is not None:
        warning = message("ui.rollup.cache_unusable", lang, path=cache.path, reason=cache.problem)
        print(f"{warning} ({message('ui.warning', lang)})", file=sys.stderr)
    basis = args.score
    if spool is not None:
        assert superseded_csv is not None
        from cse_assess.render.rollup.long import iter_superseded_csv

        with spool:
            shared.write_chunks(superseded_csv, iter_superseded_csv(spool.rows(builder)))
        print(message("ui.written", lang, path=superseded_csv), file=sys.stderr)
    if fmt == "xlsx":
        from cse_assess.render.rollup.xlsx import render_rollup_xlsx

        shared.write_chunks(args.output, [render_rollup_xlsx(rollup, lang, basis)])
        print(message("ui.written", lang, path=args.output), file=sys.stderr)
    elif fmt in ("json", "csv-long", "parquet") or (fmt == "text" and not _rich(rollup, args)):
        _stream(rollup, fmt, lang, basis, args, banks)
    elif fmt == "text":
        from cse_assess.render.rollup.text import RollupView

        shared.print_rich(RollupView(rollup, lang, basis=basis))
    else:
        shared.emit(render(rollup, fmt, lang, basis), args.output, lang)
    if fmt != "text" or args.output is not None:
        from cse_assess.render.rollup._common import counts_line

        print(counts_line(rollup, lang), file=sys.stderr)
    if rollup.counted == 0:
        print(message("rollup_nothing_counted", lang, count=rollup.files), file=sys.stderr)
        return 2
    return 0


def _refuse_one_found(output: str | None, paths: list[str]) -> None:
    """Refuse an output that is a file the search of ``paths`` reads: an existing ``*.json``
    file inside a folder searched (the files themselves are not listed to find out)."""
    if output is None or not output.lower().endswith(".json") or not os.path.exists(output):
        return
    from cse_assess.core.errors import MessageError

    where = os.path.realpath(output)
    if os.path.basename(where).startswith("."):
        return  # hidden files are not read
    for path in paths:
        if os.path.isdir(path) and where.startswith(os.path.join(os.path.realpath(path), "")):
            raise MessageError("output_is_input", path=output)


def _rich(rollup: Any, args: argparse.Namespace) -> bool:
    """Whether the text goes to a terminal as rich's table: a terminal, and not too many rows."""
    import sys

    rows = sum(len(b.rows) for b in rollup.banks)
    return args.output is None and rows <= RICH_ROWS and sys.stdout.isatty()


def _stream(
    rollup: Any, fmt: str, lang: str, basis: str, args: argparse.Namespace, banks: Any
) -> None:
    """Write a format that is made piece by piece: never held whole in memory."""
    import sys
    from collections.abc import Iterator

    from cse_assess.i18n import message

    chunks: Iterator[str] | Iterator[bytes]
    if fmt == "json":
        from cse_assess.render.rollup.json import iter_rollup_json

        chunks = iter_rollup_json(rollup, lang, basis)
    elif fmt == "text":
        from cse_assess.render.rollup.plain import iter_rollup_text

        color = args.output is None and sys.stdout.isatty()
        chunks = (line + "\n" for line in iter_rollup_text(rollup, lang, basis=basis, color=color))
    else:
        from cse_assess.io.rollup_files import question_rows
        from cse_assess.render.rollup.long import iter_csv_long, iter_parquet

        rows = question_rows(rollup, banks)
        chunks = iter_parquet(rows) if fmt == "parquet" else iter_csv_long(rows)
    if args.output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)  # type: ignore[arg-type]
        return
    shared.write_chunks(
        args.output, (c.encode("utf-8") if isinstance(c, str) else c for c in chunks)
    )
    print(message("ui.written", lang, path=args.output), file=sys.stderr)


def _cache(args: argparse.Namespace, banks: Any) -> Any:
    """The cache of per-file results that ``--cache`` names (``None`` without it)."""
    if getattr(args, "cache", None) is None:
        return None
    from cse_assess.io.rollup_cache import ResultCache, default_cache_dir

    return ResultCache.open(args.cache or default_cache_dir())


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
