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
        metavar="FILE",
        help="the consensus assessment file to write (JSON)",
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
    output = str(args.output)
    target = os.path.realpath(output)
    if any(os.path.realpath(f) == target for f in files):
        raise MessageError("consensus_output_is_input", path=output)
    loaded = [read_assessment(f, args.questionnaire) for f in files]
    lang = _language(args, loaded[0].assessment.context.language)
    for item in loaded:
        _print_problems(item.warnings, lang, "warning")
    bank = loaded[0].questionnaire
    found = consensus(bank, [item.assessment for item in loaded], files)
    result = score(bank, found.assessment)
    save_assessment(found.assessment, output)
    print(message("ui.written", lang, path=output), file=sys.stderr)
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
