"""``cse-assess validate PATH...``: check question banks (YAML) and assessments (JSON).

An assessment is checked against ``--questionnaire`` when given; else against the bank given
in the same command (the only one, or the one whose id the file names); else against the
bundled bank it names. Every problem is printed as ``PATH:LINE: field: message``.
"""

from __future__ import annotations

import argparse

from cse_assess.cli import shared

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cse_assess.core.model import Questionnaire


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], lang_option: dict[str, Any]
) -> None:
    """Add the ``validate`` sub-command."""
    lang = shared.help_language()
    p = sub.add_parser(
        "validate",
        help=shared.t("ui.cli.validate", lang),
        description=shared.t("ui.cli.validate.about", lang),
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar=shared.t("ui.cli.metavar.path", lang),
        help=shared.t("ui.cli.validate.paths", lang),
    )
    p.add_argument(
        "--questionnaire",
        metavar=shared.t("ui.cli.metavar.bank", lang),
        help=shared.t("ui.cli.validate.questionnaire", lang),
    )
    p.add_argument("--lang", **lang_option)
    p.set_defaults(func=run)


def _is_assessment(path: str) -> bool:
    return path.lower().endswith(".json")


def _named_bank(path: str) -> str | None:
    """The bank id an assessment file names, read loosely (errors are reported later)."""
    import json

    from cse_assess.content.assessment import MAX_ASSESSMENT_BYTES
    from cse_assess.core.errors import AssessmentError, CseAssessError
    from cse_assess.io.store import read_bytes

    try:  # the store's reader: regular files only, never past the limit
        data = json.loads(read_bytes(path, MAX_ASSESSMENT_BYTES, AssessmentError)[0])
        found = data["questionnaire"]["id"]
    except (CseAssessError, ValueError, KeyError, TypeError, RecursionError):
        return None
    return found if isinstance(found, str) else None


def run(args: argparse.Namespace) -> int:
    """Check every file; 0 when all are valid, else 2."""
    from cse_assess.core.errors import ContentError, CseAssessError, NotFoundError
    from cse_assess.io.store import load_questionnaire

    paths: list[str] = list(args.paths)
    banks: dict[str, Questionnaire | BaseException] = {}
    for path in paths:
        if not _is_assessment(path) and path not in banks:
            try:
                banks[path] = load_questionnaire(path)
            except (ContentError, NotFoundError) as exc:
                banks[path] = exc
    status = shared.EXIT_OK
    for path in paths:
        lang = shared.language(args, shared.file_language(path))
        try:
            if _is_assessment(path):
                _assessment(args, path, banks, lang)
            else:
                found = banks[path]
                if isinstance(found, BaseException):
                    raise found
                print(
                    shared.t(
                        "ui.valid_bank",
                        lang,
                        path=path,
                        areas=len(found.areas),
                        questions=len(found.questions),
                    )
                )
        except CseAssessError as exc:
            print(shared.error_text(exc, lang))
            status = shared.EXIT_USAGE
    return status


def _assessment(
    args: argparse.Namespace, path: str, banks: dict[str, Questionnaire | BaseException], lang: str
) -> None:
    from cse_assess.core.errors import MessageError
    from cse_assess.core.scoring import score
    from cse_assess.io.store import read_assessment

    bank: Questionnaire | str | None = args.questionnaire
    bank_path = None  # a bank given among the paths
    if bank is None and banks:
        if len(banks) == 1:
            bank_path = next(iter(banks))
        else:
            named = _named_bank(path)
            bank_path = next(
                (p for p, b in banks.items() if not isinstance(b, BaseException) and b.id == named),
                None,
            )
        if bank_path is not None:
            found = banks[bank_path]
            if isinstance(found, BaseException):
                raise MessageError("validate_bank_invalid", path=path, bank=bank_path)
            bank = found
    loaded = read_assessment(path, bank)
    shared.print_problems(loaded.warnings, lang, warning=True)
    result = score(loaded.questionnaire, loaded.assessment)  # skip logic counts
    code = "ui.valid_assessment_against" if bank_path else "ui.valid_assessment"
    print(
        shared.t(
            code,
            lang,
            path=path,
            bank=bank_path or "",
            answered=result.answered,
            questions=result.applicable,
        )
    )
