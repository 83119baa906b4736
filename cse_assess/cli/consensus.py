"""``cse-assess consensus FILE... --output FILE``: several assessors' files become one.

Only argparse is imported here, so that ``cse-assess --help`` stays fast; the engine and the
renderers are imported when the command runs.
"""

from __future__ import annotations

import argparse

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "markdown", "json")
"""The formats of the report printed."""
OUTPUTS = ("json", "html", "markdown")
"""What ``--output`` writes: the consensus assessment (.json), the review page (.html), the
report (.md)."""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``consensus`` sub-command to the parser's sub-commands."""
    lang = shared.help_language()

    def h(key: str) -> str:
        return shared.t(f"ui.cli.consensus.{key}", lang)

    p = sub.add_parser("consensus", help=shared.t("ui.cli.consensus", lang), description=h("about"))
    p.add_argument(
        "files", nargs="+", metavar=shared.t("ui.cli.metavar.file", lang), help=h("files")
    )
    p.add_argument(
        "--output",
        "-o",
        required=True,
        action="append",
        metavar=shared.t("ui.cli.metavar.file", lang),
        help=h("output"),
    )
    p.add_argument("--format", "-f", choices=FORMATS, default="text", help=h("format"))
    p.add_argument(
        "--questionnaire", metavar=shared.t("ui.cli.metavar.bank", lang), help=h("questionnaire")
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def refuse_the_same_twice(files: list[str]) -> None:
    """Refuse (exit 2) one assessment given twice: the same file, or two identical copies."""
    import os

    from cse_assess.content.assessment import MAX_ASSESSMENT_BYTES
    from cse_assess.core.errors import AssessmentError, CseAssessError, MessageError
    from cse_assess.io.store import read_bytes

    seen: dict[bytes, str] = {}
    for i, path in enumerate(files):
        for earlier in files[:i]:
            try:
                same = os.path.samefile(path, earlier)
            except OSError:
                same = False
            if same:
                raise MessageError("consensus_same_file", path=path, other=earlier)
        try:  # the store's reader: regular files only, never past the limit
            content = read_bytes(path, MAX_ASSESSMENT_BYTES, AssessmentError)[0]
        except CseAssessError:
            continue  # reported when the file is read
        if content in seen:
            raise MessageError("consensus_same_content", path=path, other=seen[content])
        seen[content] = path


def run(args: argparse.Namespace) -> int:
    """Build the consensus, write each output atomically, print the report; 0, or 2 on bad
    input."""
    import sys

    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import read_assessment, save_assessment
    from cse_assess.many.consensus import consensus

    files: list[str] = list(args.files)
    lang = shared.language(args)
    if len(files) < 2:
        raise MessageError("consensus_too_few", count=len(files))
    outputs = [str(o) for o in args.output]
    kinds: dict[str, str] = {}
    for output in outputs:
        try:
            shared.refuse_overwriting(output, [*files, args.questionnaire])
        except MessageError:
            raise MessageError("consensus_output_is_input", path=output) from None
        kinds[output] = shared.output_format(output, None, OUTPUTS)
    refuse_the_same_twice(files)
    loaded = [read_assessment(f, args.questionnaire) for f in files]
    lang = shared.language(args, loaded[0].assessment.context.language)
    for item in loaded:
        shared.print_problems(item.warnings, lang, warning=True)
    bank = loaded[0].questionnaire
    found = consensus(bank, [item.assessment for item in loaded], files)
    result = score(bank, found.assessment)
    saved = [o for o in outputs if kinds[o] == "json"]
    for output in saved:
        save_assessment(found.assessment, output)
        print(shared.t("ui.written", lang, path=output), file=sys.stderr)
    output = saved[0] if saved else ""
    for page in (o for o in outputs if kinds[o] != "json"):
        if kinds[page] == "html":
            from cse_assess.render.consensus.html import render_consensus_html

            assessments = [item.assessment for item in loaded]
            text = render_consensus_html(found, result, lang, output, assessments)
        else:
            from cse_assess.render.consensus.views import render_consensus_markdown

            text = render_consensus_markdown(found, result, lang, output)
        shared.emit(text, page, lang)
    fmt = args.format
    if fmt == "json":
        from cse_assess.render.consensus.views import render_consensus_json

        sys.stdout.write(render_consensus_json(found, result, lang, output))
    elif fmt == "markdown":
        from cse_assess.render.consensus.views import render_consensus_markdown

        sys.stdout.write(render_consensus_markdown(found, result, lang, output))
    else:
        from cse_assess.render.consensus.views import LARGE, ConsensusView, answer_rows

        if sys.stdout.isatty() and answer_rows(found) <= LARGE:
            shared.print_rich(ConsensusView(found, result, lang, output))
        else:  # a file, a pipe, or too many rows for rich's layout: the same text, plain
            from cse_assess.render.consensus.views import render_consensus_text

            width = shared.terminal_width() if sys.stdout.isatty() else 100
            sys.stdout.write(render_consensus_text(found, result, lang, output, width=width))
    return shared.EXIT_OK
