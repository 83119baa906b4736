"""Offline forms: a question bank laid out as a spreadsheet, and filled-in cells back to answers.

Pure: no file, workbook library, clock or terminal here. :func:`form_layout` says what each
row and drop-down of a form holds; :mod:`cse_assess.forms.xlsx` writes it with openpyxl and
reads a filled-in workbook into a :class:`FormData` of plain cell values with their
coordinates. :func:`form_reference` and :func:`form_to_assessment` then check those values
and turn them into an :class:`~cse_assess.core.model.Assessment`, collecting every bad cell as a
:class:`~cse_assess.core.errors.Problem` whose path is ``Sheet!Cell``.

The layout of a form (format ``cse-assess/form`` 1):

- sheet *Context* (*Konteksts*): title in A1, instructions in A2, a header in row 4 and, from
  row 5, one field per row: label in A, value in B, explanation in C (:data:`CONTEXT_KEYS`);
  then the levels of each scale with their descriptions;
- sheet *Questions* (*Jautājumi*): title in A1, instructions in A2, the column headers in row 3
  and, from row 4, one row per question (:data:`COLUMNS`, A to I). A checklist question is
  followed by one row per item, whose id is ``question-id:item-id`` and whose answer is Yes or
  No;
- a hidden sheet *Lists* (*Saraksti*) with the values of the drop-down lists.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Mapping, Sequence

import attrs

from cse_assess.content._reader import MAX_NUMBER, NUMBER_BOUNDS, capped
from cse_assess.content._yaml import shorten, surrogate_at
from cse_assess.core.conditions import AllOf, AnyOf, Compare, Condition, hidden
from cse_assess.core.errors import AssessmentError, Problem
from cse_assess.core.model import (
    Answer,
    Assessment,
    Context,
    Invalid,
    Question,
    Questionnaire,
    localize,
)
from cse_assess.core.text import quoted
from cse_assess.core.validate import validate_assessment
from cse_assess.i18n import LANGUAGES, message
from cse_assess.views import DropDown, NumberRule, view
from cse_assess.views._shared import YES_NO_LIST, cell_text, parse_yes_no, shown, yes_no_list

FORM_FORMAT = "cse-assess/form"
FORM_FORMAT_VERSION = 1

COLUMNS = (
    "area",
    "id",
    "question",
    "guidance",
    "answer",
    "na",
    "justification",
    "evidence",
    "note",
)
"""The columns of the questions sheet, A to I."""
LETTERS = "ABCDEFGHI"
COLUMN = dict(zip(COLUMNS, LETTERS, strict=True))
"""Column letter by column name: ``COLUMN["answer"] == "E"``."""
QUESTIONS_HEADER_ROW = 3
QUESTIONS_FIRST_ROW = 4

CONTEXT_KEYS = (
    "institution",
    "unit",
    "assessor",
    "date",
    "language",
    "bank",
    "bank_version",
    "form_format",
)
"""The fields of the context sheet, one per row from :data:`CONTEXT_FIRST_ROW`."""
CONTEXT_EDITABLE = ("institution", "unit", "assessor", "date", "language")
CONTEXT_HEADER_ROW = 4
CONTEXT_FIRST_ROW = 5

LIST_YES_NO = YES_NO_LIST
LIST_LANGUAGE = "language"
ITEM_SEPARATOR = ":"
"""Between a question id and an item id on a checklist's item rows (ids never contain it)."""

_NO = frozenset({"no", "nē", "ne", "false"})
_NA_YES = frozenset({"yes", "jā", "ja", "true", "n/a", "na", "neattiecas", "not applicable", "x"})


def t(key: str, lang: str, **args: object) -> str:
    """The form label ``ui.forms.<key>`` in ``lang``."""
    return message(f"ui.forms.{key}", lang, **args)


def _both(key: str) -> tuple[str, str]:
    """A label in both languages (a filled-in form may be in either)."""
    return t(key, "en"), t(key, "lv")


# --- the layout (what the template holds) -------------------------------------------------
@attrs.frozen
class FormRow:
    """One row of the questions sheet: a question, or an item of the checklist above it.

    ``answer_list`` names the drop-down of the answer cell (a key of
    :attr:`FormLayout.lists`), ``number`` its decimal rule; with neither, the cell takes free
    text, unless ``answer_open`` says the row has no answer cell (a checklist's own row).
    ``na_open`` says whether the question may be marked not applicable.
    """

    kind: str
    """``"question"`` or ``"item"``."""
    area: str
    id: str
    text: str
    guidance: str
    answer_list: str | None
    number: NumberRule | None
    na_open: bool
    critical: bool = False
    answer_open: bool = True
    """Whether the answer cell is to be filled in (a checklist's own row has none)."""


@attrs.frozen
class ContextRow:
    """One field of the context sheet."""

    key: str
    label: str
    value: str
    hint: str
    editable: bool


@attrs.frozen
class FormLayout:
    """Everything a template holds, in one language; :mod:`cse_assess.forms.xlsx` draws it."""

    lang: str
    bank_id: str
    bank_version: str
    context_sheet: str
    questions_sheet: str
    lists_sheet: str
    title: str
    context_intro: str
    context_header: tuple[str, str, str]
    context: tuple[ContextRow, ...]
    levels_title: str
    levels: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    """Per scale: its heading and its (level text, description) pairs."""
    questions_title: str
    questions_intro: str
    headers: tuple[str, ...]
    rows: tuple[FormRow, ...]
    lists: tuple[DropDown, ...]
    na_prompt: tuple[str, str]

    def row_of(self, row_id: str) -> int:
        """The sheet row (1-based) of a question or item id."""
        for i, row in enumerate(self.rows):
            if row.id == row_id:
                return QUESTIONS_FIRST_ROW + i
        raise KeyError(row_id)


def describe_condition(condition: Condition, bank: Questionnaire, lang: str) -> str:
    """A ``when:`` condition in words: ``segmentation.has-branches = Yes``."""
    if isinstance(condition, Compare):
        question = bank.question(condition.question)

        op = condition.operator

        def words(value: object) -> str:
            if question is None:
                return str(value)
            return view(question).condition_value(question, op, value, lang)

        if op == "in":
            values = ", ".join(words(v) for v in condition.value)
            return f"{condition.question} {t('cond_in', lang)} {values}"
        if op == "checked":
            return f"{condition.question} {t('cond_checked', lang, item=words(condition.value))}"
        symbol = {"equals": "=", "not_equals": "≠", "at_least": "≥", "at_most": "≤"}[op]
        return f"{condition.question} {symbol} {words(condition.value)}"
    if isinstance(condition, AllOf | AnyOf):
        word = t("cond_and" if isinstance(condition, AllOf) else "cond_or", lang)
        parts = [_grouped(c, bank, lang) for c in condition.conditions]
        return f" {word} ".join(parts)
    return f"{t('cond_not', lang)} ({describe_condition(condition.condition, bank, lang)})"


def _grouped(condition: Condition, bank: Questionnaire, lang: str) -> str:
    text = describe_condition(condition, bank, lang)
    return f"({text})" if isinstance(condition, AllOf | AnyOf) else text


def _guidance(
    question: Question, condition: Condition | None, bank: Questionnaire, lang: str
) -> str:
    shown_view = view(question)
    answer = shown_view.form(question, lang)
    lines: list[str] = []
    if condition is not None:
        lines.append(t("when", lang, condition=describe_condition(condition, bank, lang)))
    help_text = localize(question.help, lang).strip()
    if help_text:
        lines.append(help_text)
    lines.extend(answer.guidance)
    lines.append(t("target", lang, target=shown_view.format_target(question, lang)))
    lines.extend(answer.evidence)
    if question.critical:
        lines.append(t("critical", lang))
    if question.evidence:
        lines.append(t("evidence_examples", lang))
        lines.extend(f"• {localize(e, lang)}" for e in question.evidence)
    return "\n".join(lines)


def form_layout(bank: Questionnaire, lang: str) -> FormLayout:
    """What the template of ``bank`` holds in ``lang`` (``"lv"`` or ``"en"``).

    .. versionadded:: 0.1.0
    """
    lists: dict[str, DropDown] = {
        LIST_YES_NO: yes_no_list(lang),
        LIST_LANGUAGE: DropDown(
            LIST_LANGUAGE, LANGUAGES, t("language", lang), t("hint_language", lang)
        ),
    }
    levels: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    rows: list[FormRow] = []
    for number, area in enumerate(bank.areas, start=1):
        area_title = f"{number}. {localize(area.title, lang)}"
        for question in area.questions:
            conditions = tuple(c for c in (area.when, question.when) if c is not None)
            condition: Condition | None = (
                None
                if not conditions
                else conditions[0]
                if len(conditions) == 1
                else AllOf(conditions)
            )
            answer = view(question).form(question, lang)
            for drop_down in answer.lists:
                if drop_down.key not in lists:
                    lists[drop_down.key] = drop_down
                    scale = question.scale
                    if scale is not None and drop_down.key == answer.answer_list:
                        levels.append(
                            (
                                t("levels_scale", lang, scale=scale.id),
                                tuple(
                                    (text, localize(o.description, lang))
                                    for text, o in zip(drop_down.values, scale.options, strict=True)
                                ),
                            )
                        )
            rows.append(
                FormRow(
                    kind="question",
                    area=area_title,
                    id=question.id,
                    text=localize(question.text, lang),
                    guidance=_guidance(question, condition, bank, lang),
                    answer_list=answer.answer_list,
                    number=answer.number,
                    na_open=question.allow_na,
                    critical=question.critical,
                    answer_open=answer.answer_cell,
                )
            )
            rows.extend(
                FormRow(
                    kind="item",
                    area=area_title,
                    id=f"{question.id}{ITEM_SEPARATOR}{sub.key}",
                    text=sub.text,
                    guidance="",
                    answer_list=LIST_YES_NO,
                    number=None,
                    na_open=False,
                )
                for sub in answer.rows
            )
    dnc = t("do_not_change", lang)
    values = {
        "bank": bank.id,
        "bank_version": bank.version,
        "form_format": f"{FORM_FORMAT} {FORM_FORMAT_VERSION}",
        "language": lang,
    }
    hints = {
        "institution": t("hint_institution", lang),
        "unit": t("hint_unit", lang),
        "assessor": t("hint_assessor", lang),
        "date": t("hint_date", lang),
        "language": t("hint_language", lang),
    }
    context = tuple(
        ContextRow(
            key,
            t(key, lang),
            values.get(key, ""),
            hints.get(key, dnc),
            key in CONTEXT_EDITABLE,
        )
        for key in CONTEXT_KEYS
    )
    questions_sheet = t("sheet_questions", lang)
    headers = tuple(t(f"col_{c}", lang) for c in COLUMNS)
    return FormLayout(
        lang=lang,
        bank_id=bank.id,
        bank_version=bank.version,
        context_sheet=t("sheet_context", lang),
        questions_sheet=questions_sheet,
        lists_sheet=t("sheet_lists", lang),
        title=t("form_title", lang, title=localize(bank.title, lang)),
        context_intro=t("context_intro", lang, questions=questions_sheet),
        context_header=(t("col_field", lang), t("col_value", lang), t("col_explanation", lang)),
        context=context,
        levels_title=t("levels_title", lang),
        levels=tuple(levels),
        questions_title=t(
            "questions_title", lang, title=localize(bank.title, lang), version=bank.version
        ),
        questions_intro=t(
            "questions_intro",
            lang,
            answer=t("col_answer", lang),
            na=t("col_na", lang),
            justification=t("col_justification", lang),
        ),
        headers=headers,
        rows=tuple(rows),
        lists=tuple(lists.values()),
        na_prompt=(t("prompt_na", lang), t("prompt_na_text", lang)),
    )


# --- a filled-in form (what the shell reads) ------------------------------------------------
@attrs.frozen
class Cell:
    """One cell of a filled-in form: its coordinate (``E12``) and its value as read."""

    ref: str
    value: object = None


@attrs.frozen
class Uncalculated:
    """The value of a cell that holds a formula but no value calculated for it (a form saved
    by a program that does not calculate): a problem where it is read, never an empty cell.

    .. versionadded:: 0.2.0
    """

    formula: str

    def __str__(self) -> str:
        return self.formula


@attrs.frozen
class FormData:
    """The cells of a filled-in form that matter, as plain values; see :func:`read_form`.

    ``context`` holds the (label, value) cells of each context row, in
    :data:`CONTEXT_KEYS` order; ``header`` the header cells A to I of the questions sheet;
    ``rows`` the cells A to I of every row below it.

    .. versionadded:: 0.1.0
    """

    context_sheet: str
    questions_sheet: str
    context: tuple[tuple[Cell, Cell], ...]
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


@attrs.frozen
class BankRef:
    """The bank and version a form was made for, and the cells that say so."""

    id: str
    version: str
    id_cell: str
    version_cell: str


@attrs.frozen
class Imported:
    """A form turned into an assessment, with the bank and the warnings to show.

    .. versionadded:: 0.1.0
    """

    assessment: Assessment
    questionnaire: Questionnaire
    warnings: tuple[Problem, ...]


_text = cell_text
_shown = shown


class _Collector:
    def __init__(self, source: str, sheet: str) -> None:
        self.source = source
        self.sheet = sheet
        self.problems: list[Problem] = []

    def at(self, sheet: str, ref: str, code: str, **args: object) -> None:
        safe = {key: quoted(value) for key, value in args.items()}  # one short line each
        self.problems.append(Problem(self.source, None, f"{shorten(sheet)}!{ref}", code, safe))

    def add(self, cell: Cell, code: str, **args: object) -> None:
        self.at(self.sheet, cell.ref, code, **args)


def _bad_value(value: object) -> tuple[str, dict[str, object]] | None:
    """Why a cell's value cannot be read at all (whatever the question), or None."""
    if isinstance(value, Uncalculated):
        return "forms_formula_no_value", {"formula": shorten(value.formula, 60)}
    if isinstance(value, float) and not math.isfinite(value):
        return "not_finite", {}
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
        return "out_of_range", {"value": quoted(value), "allowed": NUMBER_BOUNDS}
    if isinstance(value, str) and surrogate_at(value) is not None:
        return "text_not_unicode", {}
    return None


def _clean(cell: Cell, c: _Collector) -> Cell:
    """``cell``, or an empty one with a problem when its value cannot be read at all."""
    bad = _bad_value(cell.value)
    if bad is None:
        return cell
    c.add(cell, bad[0], **bad[1])
    return Cell(cell.ref)


def _cleaned(data: FormData, source: str) -> tuple[FormData, list[Problem]]:
    """``data`` with every cell that cannot be read emptied, and a problem for each."""
    c = _Collector(source, data.context_sheet)
    q = _Collector(source, data.questions_sheet)
    context = tuple((_clean(a, c), _clean(b, c)) for a, b in data.context)
    header = tuple(_clean(x, q) for x in data.header)
    rows = tuple(tuple(_clean(x, q) for x in row) for row in data.rows)
    if not c.problems and not q.problems:
        return data, []
    return attrs.evolve(data, context=context, header=header, rows=rows), c.problems + q.problems


def _same_label(cell: Cell, key: str) -> bool:
    found = _text(cell.value).casefold()
    return found in {label.casefold() for label in _both(key)}


def form_reference(data: FormData, source: str = "<form>") -> BankRef:
    """The bank and version the form was made for, after checking the form's layout.

    Raises :class:`~cse_assess.core.errors.AssessmentError` when the layout was changed, the form
    format is unknown or the bank cells are empty.

    .. versionadded:: 0.1.0
    """
    data, unreadable = _cleaned(data, source)
    c = _Collector(source, data.context_sheet)
    own = {f"{data.context_sheet}!{label.ref}" for label, _ in data.context}
    own |= {
        f"{data.context_sheet}!{value.ref}"
        for key, (_, value) in zip(CONTEXT_KEYS, data.context, strict=False)
        if key in ("bank", "bank_version", "form_format")
    }
    own |= {f"{data.questions_sheet}!{cell.ref}" for cell in data.header}
    c.problems.extend(p for p in unreadable if p.path in own)  # the others: when it is read
    lang = "lv" if data.context_sheet.casefold() == t("sheet_context", "lv").casefold() else "en"
    if len(data.context) < len(CONTEXT_KEYS):
        c.at(
            data.context_sheet,
            f"A{CONTEXT_FIRST_ROW + len(data.context)}",
            "forms_layout",
            expected=t(CONTEXT_KEYS[len(data.context)], lang),
            found="",
        )
        raise AssessmentError(c.problems)
    for key, (label, _) in zip(CONTEXT_KEYS, data.context, strict=False):
        if not _same_label(label, key):
            c.add(label, "forms_layout", expected=t(key, lang), found=_shown(label.value))
    q = _Collector(source, data.questions_sheet)
    header = list(data.header) + [
        Cell(f"{LETTERS[i]}{QUESTIONS_HEADER_ROW}") for i in range(len(data.header), len(COLUMNS))
    ]
    for column, cell in zip(COLUMNS, header, strict=False):
        if not _same_label(cell, f"col_{column}"):
            q.add(cell, "forms_layout", expected=t(f"col_{column}", lang), found=_shown(cell.value))
    if c.problems or q.problems:
        raise AssessmentError(capped(c.problems + q.problems))
    values = dict(zip(CONTEXT_KEYS, (v for _, v in data.context), strict=False))
    fmt = values["form_format"]
    if _text(fmt.value) != f"{FORM_FORMAT} {FORM_FORMAT_VERSION}":
        c.add(
            fmt,
            "forms_format",
            got=_shown(fmt.value),
            expected=f"{FORM_FORMAT} {FORM_FORMAT_VERSION}",
        )
    bank_cell, version_cell = values["bank"], values["bank_version"]
    for cell in (bank_cell, version_cell):
        if not _text(cell.value):
            c.add(cell, "forms_bank_empty")
    if c.problems:
        raise AssessmentError(c.problems)
    return BankRef(
        _text(bank_cell.value), _text(version_cell.value), bank_cell.ref, version_cell.ref
    )


def _context(data: FormData, c: _Collector) -> Context:
    values = dict(zip(CONTEXT_KEYS, (v for _, v in data.context), strict=False))
    found: dict[str, str] = {}
    for key in ("institution", "unit", "assessor"):
        found[key] = _text(values[key].value)
    date_cell = values["date"]
    raw = date_cell.value
    date = ""
    if isinstance(raw, _dt.datetime):
        date = raw.date().isoformat()
    elif isinstance(raw, _dt.date):
        date = raw.isoformat()
    elif _text(raw):
        text = _text(raw)
        try:
            if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
                raise ValueError(text)
            date = _dt.date.fromisoformat(text).isoformat()
        except ValueError:
            c.add(date_cell, "forms_bad_date", value=_shown(raw))
    found["date"] = date
    language_cell = values["language"]
    language = _text(language_cell.value).lower()
    if language and language not in LANGUAGES:
        c.add(language_cell, "forms_bad_language", value=_shown(language_cell.value))
        language = ""
    found["language"] = language
    return Context(**found)


# --- cell values to answer values (pure, one cell at a time) -------------------------------
def parse_na(value: object) -> bool | Invalid:
    """Whether a not-applicable cell marks the question not applicable."""
    if isinstance(value, bool):
        return value
    text = _text(value).casefold()
    if not text or text in _NO:
        return False
    if text in _NA_YES:
        return True
    return Invalid("forms_bad_na", {"value": _shown(value)})


def evidence_lines(value: object) -> tuple[str, ...]:
    """The evidence items of a cell: one per line, blank lines dropped."""
    return tuple(line.strip() for line in _text(value).splitlines() if line.strip())


# --- rows to answers ------------------------------------------------------------------------
def _cells(row: Sequence[Cell]) -> dict[str, Cell]:
    return dict(zip(COLUMNS, row, strict=False))


@attrs.define
class _Pending:
    """A question whose own rows (a checklist's items) are being read."""

    question: Question
    keys: tuple[str, ...]
    cells: dict[str, Cell]
    row: int
    values: dict[str, bool | None] = attrs.field(factory=dict)


def _row_number(ref: str) -> int:
    return int(re.sub(r"[A-Z]+", "", ref))


def form_to_assessment(
    data: FormData, bank: Questionnaire, ref: BankRef, source: str = "<form>"
) -> Imported:
    """The assessment a filled-in form holds, checked cell by cell against ``bank``.

    Every bad cell is reported at once as a problem at ``Sheet!Cell``; then
    :class:`~cse_assess.core.errors.AssessmentError` is raised and nothing is returned. A
    question whose row is empty stays unanswered; empty context cells are allowed.

    .. versionadded:: 0.1.0
    """
    data, unreadable = _cleaned(data, source)
    c = _Collector(source, data.context_sheet)
    if ref.id != bank.id or ref.version != bank.version:
        c.at(
            data.context_sheet,
            ref.id_cell if ref.id != bank.id else ref.version_cell,
            "forms_other_bank",
            got=ref.id,
            got_version=ref.version,
            expected=bank.id,
            expected_version=bank.version,
        )
        raise AssessmentError(c.problems)
    c.problems.extend(p for p in unreadable if not p.path.startswith(f"{data.questions_sheet}!"))
    context = _context(data, c)
    q = _Collector(source, data.questions_sheet)
    q.problems.extend(p for p in unreadable if p.path.startswith(f"{data.questions_sheet}!"))
    answers: dict[str, Answer] = {}
    cells_of: dict[str, dict[str, Cell]] = {}
    seen: dict[str, int] = {}
    pending: _Pending | None = None

    def finish(p: _Pending | None) -> None:
        if p is None:
            return
        missing = [key for key in p.keys if key not in p.values]
        if missing:
            q.add(
                p.cells["id"],
                "forms_missing_items",
                question=p.question.id,
                items=", ".join(missing),
            )
            return
        answer_cell = p.cells.get("answer", Cell(""))
        value = _value(p.question, answer_cell, p.values, q)
        _finish_answer(p.question, value, p.cells, q, answers, value_cell="na")

    for row in data.rows:
        cells = _cells(row)
        row_id = _text(cells["id"].value) if "id" in cells else ""
        inputs = [
            cells[k] for k in ("answer", "na", "justification", "evidence", "note") if k in cells
        ]
        if not row_id:
            filled = next((x for x in inputs if _text(x.value)), None)
            if filled is not None:
                q.add(filled, "forms_row_without_id")
            continue
        number = _row_number(cells["id"].ref)
        if row_id in seen:
            q.add(cells["id"], "forms_duplicate_question", id=row_id, first=seen[row_id])
            continue
        seen[row_id] = number
        if ITEM_SEPARATOR in row_id:
            _item_row(row_id, cells, pending, q)
            continue
        finish(pending)
        pending = None
        question = bank.question(row_id)
        if question is None:
            q.add(
                cells["id"],
                "forms_unknown_question",
                id=row_id,
                bank=bank.id,
                version=bank.version,
            )
            continue
        cells_of[question.id] = cells
        form = view(question).form(question, "en")
        keys = tuple(sub.key for sub in form.rows)
        answer_cell = cells.get("answer", Cell(""))
        if not form.answer_cell and _text(answer_cell.value):
            q.add(answer_cell, "forms_checklist_answer")  # answered on its own rows below
            cells = {k: v for k, v in cells.items() if k != "answer"}
        if keys:
            pending = _Pending(question, keys, cells, number)
            continue
        value = _value(question, cells.get("answer", Cell("")), {}, q)
        _finish_answer(question, value, cells, q, answers, value_cell="answer")
    finish(pending)
    missing = [x.id for x in bank.questions if x.id not in cells_of]
    if missing:
        q.problems.append(
            Problem(
                source,
                None,
                data.questions_sheet,
                "forms_missing_questions",
                {"ids": ", ".join(missing)},
            )
        )
    problems = c.problems + q.problems
    if problems:
        raise AssessmentError(capped(problems))
    ordered = {x.id: answers[x.id] for x in bank.questions if x.id in answers}
    assessment = Assessment(bank.id, bank.version, context, ordered, {})
    checked = validate_assessment(assessment, bank, source)
    if checked.problems:  # pragma: no cover - the cell checks above catch everything first
        raise AssessmentError(checked.problems)
    warnings = _hidden_answered(bank, ordered, cells_of, data.questions_sheet, source)
    return Imported(assessment, bank, warnings)


def _item_row(row_id: str, cells: dict[str, Cell], pending: _Pending | None, q: _Collector) -> None:
    """Read one of the rows that belong to the question above (a checklist's item)."""
    qid, _, key = row_id.partition(ITEM_SEPARATOR)
    if pending is None or pending.question.id != qid:
        q.add(cells["id"], "forms_item_orphan", question=qid)
        return
    if key not in pending.keys:
        q.add(
            cells["id"],
            "forms_unknown_item",
            item=key,
            question=qid,
            allowed=", ".join(pending.keys),
        )
        return
    for column in ("na", "justification", "evidence", "note"):
        if column in cells and _text(cells[column].value):
            q.add(cells[column], "forms_item_extra", row=pending.row)
    got = parse_yes_no(cells["answer"].value) if "answer" in cells else None
    if isinstance(got, Invalid):
        q.add(cells["answer"], got.code, **got.args)
        got = None
    pending.values[key] = got


def _hidden_answered(
    bank: Questionnaire,
    answers: Mapping[str, Answer],
    cells_of: Mapping[str, Mapping[str, Cell]],
    sheet: str,
    source: str,
) -> tuple[Problem, ...]:
    """Warnings for answers to questions the bank skips for these answers (kept, not scored)."""
    if not bank.conditional:
        return ()
    skipped = hidden(bank, answers)
    warnings: list[Problem] = []
    for question in bank.questions:
        answer = answers.get(question.id)
        if question.id not in skipped or answer is None or not answer.answered:
            continue
        has_rows = bool(view(question).form(question, "en").rows)
        column = "na" if answer.na else "id" if has_rows else "answer"
        cell = cells_of[question.id][column]
        warnings.append(
            Problem(
                source,
                None,
                f"{sheet}!{cell.ref}",
                "forms_hidden_answered",
                {"question": question.id},
            )
        )
    return tuple(warnings)


_NOT_GIVEN = object()


def _value(
    question: Question, cell: Cell, rows: Mapping[str, bool | None], q: _Collector
) -> object:
    """The answer value of a question's cells; ``None`` when empty, ``_NOT_GIVEN`` when bad."""
    got = view(question).read_form(question, cell.value, rows)
    if isinstance(got, Invalid):
        q.add(cell, got.code, **got.args)
        return _NOT_GIVEN
    return got


def _finish_answer(
    question: Question,
    value: object,
    cells: Mapping[str, Cell],
    q: _Collector,
    answers: dict[str, Answer],
    value_cell: str,
) -> None:
    empty = Cell("")
    na_cell = cells.get("na", empty)
    na = parse_na(na_cell.value)
    if isinstance(na, Invalid):
        q.add(na_cell, na.code, **na.args)
        na = False
    justification = _text(cells.get("justification", empty).value)
    evidence = evidence_lines(cells.get("evidence", empty).value)
    note = _text(cells.get("note", empty).value)
    if value is _NOT_GIVEN:
        return
    if na:
        if not question.allow_na:
            q.add(na_cell, "forms_na_not_allowed", question=question.id)
        if value is not None:
            q.add(cells.get(value_cell, na_cell), "forms_na_and_answer")
        if not justification:
            q.add(cells.get("justification", empty), "forms_na_needs_justification")
        text = justification if not note else f"{justification}\n{note}"
        answers[question.id] = Answer(None, True, evidence, text)
        return
    if justification:
        q.add(cells.get("justification", empty), "forms_justification_without_na")
    if value is None and not evidence and not note:
        return
    answers[question.id] = Answer(value, False, evidence, note)
