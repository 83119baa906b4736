"""``cse-assess template`` and ``cse-assess import``: offline forms for branches without the tool.

Only argparse is imported here, so that ``cse-assess --help`` stays fast; openpyxl and the
engine are imported when a command runs.
"""

from __future__ import annotations

import argparse

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``template`` and ``import`` sub-commands to the parser's sub-commands."""
    lang = shared.help_language()

    def h(key: str) -> str:
        return shared.t(f"ui.cli.{key}", lang)

    p = sub.add_parser("template", help=h("template"), description=h("template.about"))
    p.add_argument(
        "questionnaire",
        metavar=shared.t("ui.cli.metavar.bank", lang),
        help=h("template.questionnaire"),
    )
    p.add_argument(
        "--output",
        "-o",
        metavar=shared.t("ui.cli.metavar.path", lang),
        required=True,
        help=h("template.output"),
    )
    p.add_argument("--force", action="store_true", help=h("template.force"))
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run_template)

    p = sub.add_parser("import", help=h("import"), description=h("import.about"))
    p.add_argument("form", metavar=shared.t("ui.cli.metavar.form", lang), help=h("import.form"))
    p.add_argument(
        "--output",
        "-o",
        metavar=shared.t("ui.cli.metavar.path", lang),
        required=True,
        help=h("import.output"),
    )
    p.add_argument(
        "--questionnaire",
        metavar=shared.t("ui.cli.metavar.bank", lang),
        help=h("import.questionnaire"),
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run_import)


def run_template(args: argparse.Namespace) -> int:
    """Write the form; 0, or 2 (raised as a CseAssessError) on bad input."""
    import os
    import sys

    from cse_assess.core.errors import MessageError
    from cse_assess.forms.layout import t
    from cse_assess.forms.xlsx import write_template
    from cse_assess.io.store import load_questionnaire
    from cse_assess.terminal.prompts import command

    lang = shared.language(args)
    output = str(args.output)
    shared.refuse_overwriting(output, [args.questionnaire])
    shared.output_format(output, "xlsx", ("xlsx",))
    bank = load_questionnaire(args.questionnaire)
    if os.path.exists(output) and not args.force:
        raise MessageError("template_exists", path=output)
    write_template(bank, output, lang)
    own = args.questionnaire if os.path.isfile(args.questionnaire) else None  # not bundled
    json_name = os.path.splitext(output)[0] + ".json"
    hint = command("import", output, "-o", json_name, questionnaire=own)
    print(
        t("written", lang, path=output, questions=len(bank.questions), command=hint),
        file=sys.stderr,
    )
    return shared.EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Import the form and save the assessment atomically; 0, or 2 on any bad cell."""
    import os
    import sys

    from cse_assess.core.errors import MessageError
    from cse_assess.forms.layout import t
    from cse_assess.forms.xlsx import import_form
    from cse_assess.io.store import save_assessment

    lang = shared.language(args)
    output = str(args.output)
    if os.path.abspath(output) == os.path.abspath(args.form):
        suggested = os.path.splitext(output)[0] + ".json"
        raise MessageError("forms_output_is_form", path=output, suggested=suggested)
    shared.refuse_overwriting(output, [args.form, args.questionnaire])
    shared.output_format(output, "json", ("json",))
    imported = import_form(args.form, args.questionnaire)
    shared.print_problems(imported.warnings, lang, warning=True)
    save_assessment(imported.assessment, output)
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
            output=output,
        ),
        file=sys.stderr,
    )
    return shared.EXIT_OK
