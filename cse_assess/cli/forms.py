"""``cse-assess template`` and ``cse-assess import``: offline forms for branches without the tool.

Only argparse and typing are imported here, so that ``cse-assess --help`` stays fast; openpyxl
and the engine are imported when a command runs.
"""

from __future__ import annotations

import argparse

TYPE_CHECKING = False  # not from typing: it alone costs ~5 ms of `cse-assess --help`
if TYPE_CHECKING:
    from typing import Any


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``template`` and ``import`` sub-commands to the parser's sub-commands."""
    p = sub.add_parser(
        "template",
        help="write a question bank as a spreadsheet form (.xlsx) to fill in without the tool",
        description="Write a question bank as an Excel form: the context (institution, unit, "
        "assessor, date) on the first sheet, then one row per question with a drop-down of "
        "answers and columns for not applicable, evidence and notes. Send it to branches "
        "without cse-assess; read the filled-in form back with 'cse-assess import'.",
    )
    p.add_argument("questionnaire", metavar="ID_OR_PATH", help="the bank (id, id@version or file)")
    p.add_argument(
        "--output", "-o", metavar="PATH", required=True, help="the form to write (.xlsx)"
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run_template)

    p = sub.add_parser(
        "import",
        help="read a filled-in spreadsheet form into an assessment file",
        description="Read a form made by 'cse-assess template' and filled in, check every cell "
        "and write the assessment file. Every bad cell is reported as Sheet!Cell: problem, all "
        "at once; then nothing is written and the exit code is 2. A question left empty stays "
        "unanswered.",
    )
    p.add_argument("form", metavar="FORM", help="the filled-in form (.xlsx)")
    p.add_argument(
        "--output", "-o", metavar="PATH", required=True, help="the assessment file to write (JSON)"
    )
    p.add_argument(
        "--questionnaire",
        metavar="ID_OR_PATH",
        help="the bank the form was made of, when it is not a bundled one (default: the one "
        "the form names)",
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run_import)


def run_template(args: argparse.Namespace) -> int:
    """Write the form; 0, or 2 (raised as a CseAssessError) on bad input."""
    import sys

    from cse_assess.cli.main import _language
    from cse_assess.forms.layout import t
    from cse_assess.forms.xlsx import write_template
    from cse_assess.io.store import load_questionnaire

    lang = _language(args)
    bank = load_questionnaire(args.questionnaire)
    write_template(bank, args.output, lang)
    print(t("written", lang, path=args.output, questions=len(bank.questions)), file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Import the form and save the assessment atomically; 0, or 2 on any bad cell."""
    import os
    import sys

    from cse_assess.cli.main import _language, _print_problems
    from cse_assess.core.errors import MessageError
    from cse_assess.forms.layout import t
    from cse_assess.forms.xlsx import import_form
    from cse_assess.io.store import save_assessment

    lang = _language(args)
    if os.path.abspath(args.output) == os.path.abspath(args.form):
        suggested = os.path.splitext(args.output)[0] + ".json"
        raise MessageError("forms_output_is_form", path=args.output, suggested=suggested)
    imported = import_form(args.form, args.questionnaire)
    _print_problems(imported.warnings, lang, "warning")
    save_assessment(imported.assessment, args.output)
    answers = imported.assessment.answers
    bank = imported.questionnaire
    answered = sum(1 for q in bank.questions if (a := answers.get(q.id)) is not None and a.answered)
    na = sum(1 for a in answers.values() if a.na)
    print(
        t(
            "imported",
            lang,
            path=args.form,
            answered=answered,
            questions=len(bank.questions),
            na=na,
            output=args.output,
        ),
        file=sys.stderr,
    )
    return 0
