"""``cse-assess consensus FILE... --output FILE``: several assessors' files become one.

Only argparse and typing are imported here, so that ``cse-assess --help`` stays fast; the
engine and the renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse

TYPE_CHECKING = False  # not from typing: it alone costs ~5 ms of `cse-assess --help`
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "markdown", "json")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``consensus`` sub-command to the parser's sub-commands."""
    p = sub.add_parser(
        "consensus",
        help="merge several assessors' files into one consensus assessment",
        description="Merge several assessors' files for the same question bank into one "
        "consensus assessment (median level; not applicable where a strict majority says so), "
        "write it to --output and print where the assessors disagree, to discuss first.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="the assessors' files (JSON)")
    p.add_argument(
        "--output",
        "-o",
        required=True,
        action="append",
        metavar="FILE",
        help="where to write: FILE.json the consensus assessment, FILE.html a page to review "
        "each disagreement with every assessor's answer, evidence and note, FILE.md the report "
        "in Markdown; may be given more than once",
    )
    p.add_argument(
        "--format", "-f", choices=FORMATS, default="text", help="the report's format (text)"
    )
    p.add_argument(
        "--questionnaire",
        metavar="ID_OR_PATH",
        help="the bank the files answer (default: the one they name)",
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the consensus, write it atomically, print the report; 0, or 2 on bad input."""
    import os
    import sys

    from cse_assess.cli.main import _language, _print_problems
    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.i18n import message
    from cse_assess.io.store import read_assessment, save_assessment
    from cse_assess.many.consensus import consensus

    files: list[str] = list(args.files)
    lang = _language(args)
    if len(files) < 2:
        raise MessageError("consensus_too_few", count=len(files))
    outputs = [str(o) for o in args.output]
    for out in outputs:
        if any(os.path.realpath(f) == os.path.realpath(out) for f in files):
            raise MessageError("consensus_output_is_input", path=out)
    pages = [o for o in outputs if o.lower().endswith((".html", ".htm", ".md", ".markdown"))]
    saved = [o for o in outputs if o not in pages]
    output = saved[0] if saved else ""
    loaded = [read_assessment(f, args.questionnaire) for f in files]
    lang = _language(args, loaded[0].assessment.context.language)
    for item in loaded:
        _print_problems(item.warnings, lang, "warning")
    bank = loaded[0].questionnaire
    found = consensus(bank, [item.assessment for item in loaded], files)
    result = score(bank, found.assessment)
    for path in saved:
        save_assessment(found.assessment, path)
        print(message("ui.written", lang, path=path), file=sys.stderr)
    for path in pages:
        from cse_assess.cli.main import _emit

        if path.lower().endswith((".html", ".htm")):
            from cse_assess.render.consensus.html import render_consensus_html

            assessments = [item.assessment for item in loaded]
            text = render_consensus_html(found, result, lang, output, assessments)
        else:
            from cse_assess.render.consensus.views import render_consensus_markdown

            text = render_consensus_markdown(found, result, lang, output)
        _emit(text, path, lang)
    fmt = args.format
    if fmt == "json":
        from cse_assess.render.consensus.views import render_consensus_json

        sys.stdout.write(render_consensus_json(found, result, lang, output))
    elif fmt == "markdown":
        from cse_assess.render.consensus.views import render_consensus_markdown

        sys.stdout.write(render_consensus_markdown(found, result, lang, output))
    elif sys.stdout.isatty():
        from rich.console import Console

        from cse_assess.render.consensus.views import ConsensusView

        Console(highlight=False).print(ConsensusView(found, result, lang, output))
    else:
        from cse_assess.render.consensus.views import render_consensus_text

        sys.stdout.write(render_consensus_text(found, result, lang, output))
    return 0
