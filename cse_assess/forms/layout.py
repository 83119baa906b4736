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
import re
from collections.abc import Mapping, Sequence

import attrs

from cse_assess.content.assessment import validate_assessment
from cse_assess.core.conditions import AllOf, AnyOf, Compare, Condition, hidden
from cse_assess.core.errors import AssessmentError, Problem
from cse_assess.core.model import (
    Answer,
    Assessment,
    ChecklistQuestion,
    Context,
    NumberQuestion,
    Question,
    Questionnaire,
    Scale,
    ScaleQuestion,
    YesNoQuestion,
    localize,
)
from cse_assess.i18n import LANGUAGES, message
from cse_assess.kinds import get_kind
from cse_assess.kinds._common import show_number
from cse_assess.kinds.number import parse_number

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

LIST_YES_NO = "yes_no"
LIST_LANGUAGE = "language"
ITEM_SEPARATOR = ":"
"""Between a question id and an item id on a checklist's item rows (ids never contain it)."""

_YES = frozenset({"yes", "jā", "ja", "true"})
_NO = frozenset({"no", "nē", "ne", "false"})
_NA_YES = _YES | {"n/a", "na", "neattiecas", "not applicable", "x"}
_LEVEL = re.compile(r"\s*([-+]?[0-9]+(?:[.,][0-9]+)?)\s*(?:[—–-]\s*(.*?))?\s*", re.DOTALL)


def t(key: str, lang: str, **args: object) -> str:
    """The form label ``ui.forms.<key>`` in ``lang``."""
    return message(f"ui.forms.{key}", lang, **args)


def _both(key: str) -> tuple[str, str]:
    """A label in both languages (a filled-in form may be in either)."""
    return t(key, "en"), t(key, "lv")


# --- the layout (what the template holds) -------------------------------------------------
@attrs.frozen
class NumberRule:
    """The decimal validation of a number question's answer cell."""

    min: float | None
    max: float | None
    prompt: str


@attrs.frozen
class FormRow:
    """One row of the questions sheet: a question, or an item of the checklist above it.

    ``answer_list`` names the drop-down of the answer cell (a key of
    :attr:`FormLayout.lists`), ``number`` its decimal rule; a row with neither has no
    answer cell to fill in (a checklist's own row). ``na_open`` says whether the question
    may be marked not applicable.
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

    @property
    def answer_open(self) -> bool:
        """Whether the answer cell is to be filled in."""
        return self.answer_list is not None or self.number is not None


@attrs.frozen
class ContextRow:
    """One field of the context sheet."""

    key: str
    label: str
    value: str
    hint: str
    editable: bool


@attrs.frozen
class DropDown:
    """The values of one drop-down list, kept in one column of the hidden lists sheet."""

    key: str
    values: tuple[str, ...]
    prompt_title: str
    prompt: str


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


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def level_text(scale: Scale, value: float, lang: str) -> str:
    """A level as the drop-down shows it: ``0 — Nav ieviests``."""
    option = scale.option(value)
    label = "" if option is None else localize(option.label, lang)
    return f"{_fmt(value)} — {label}" if label else _fmt(value)


def _list_key(scale: Scale) -> str:
    return f"scale:{scale.id}"


def _range_text(low: float | None, high: float | None, lang: str) -> str:
    lo = "−∞" if low is None else show_number(low, lang)
    hi = "∞" if high is None else show_number(high, lang)
    return f"{lo}…{hi}"


def describe_condition(condition: Condition, bank: Questionnaire, lang: str) -> str:
    """A ``when:`` condition in words: ``segmentation.has-branches = Yes``."""
    if isinstance(condition, Compare):
        question = bank.question(condition.question)

        def shown(value: object) -> str:
            if question is None:
                return str(value)
            return get_kind(question.kind).format_value(question, value, lang)

        op = condition.operator
        if op == "in":
            values = ", ".join(shown(v) for v in condition.value)
            return f"{condition.question} {t('cond_in', lang)} {values}"
        if op == "checked":
            item = (
                question.item(condition.value) if isinstance(question, ChecklistQuestion) else None
            )
            name = localize(item.text, lang) if item is not None else str(condition.value)
            return f"{condition.question} {t('cond_checked', lang, item=name)}"
        symbol = {"equals": "=", "not_equals": "≠", "at_least": "≥", "at_most": "≤"}[op]
        return f"{condition.question} {symbol} {shown(condition.value)}"
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
    kind = get_kind(question.kind)
    lines: list[str] = []
    if condition is not None:
        lines.append(t("when", lang, condition=describe_condition(condition, bank, lang)))
    help_text = localize(question.help, lang).strip()
    if help_text:
        lines.append(help_text)
    if isinstance(question, NumberQuestion):
        unit = localize(question.unit, lang).strip()
        allowed = _range_text(question.min, question.max, lang)
        lines.append(
            t("number_rule", lang, unit=unit, allowed=allowed)
            if unit
            else t("number_rule_no_unit", lang, allowed=allowed)
        )
    if isinstance(question, ChecklistQuestion):
        lines.append(t("tick_items", lang))
    lines.append(t("target", lang, target=kind.format_target(question, lang)))
    if question.evidence_from is not None:
        lines.append(t("evidence_from", lang, level=_fmt(question.evidence_from)))
    elif getattr(question, "evidence_required", False):
        lines.append(t("evidence_required", lang))
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
    lists: list[DropDown] = [
        DropDown(
            LIST_YES_NO,
            (message("ui.yes", lang), message("ui.no", lang)),
            t("prompt_yes_no", lang),
            "",
        ),
        DropDown(LIST_LANGUAGE, LANGUAGES, t("language", lang), t("hint_language", lang)),
    ]
    levels: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    seen_scales: set[str] = set()
    for question in bank.questions:
        if isinstance(question, ScaleQuestion) and question.scale.id not in seen_scales:
            scale = question.scale
            seen_scales.add(scale.id)
            texts = tuple(level_text(scale, o.value, lang) for o in scale.options)
            lists.append(DropDown(_list_key(scale), texts, t("prompt_level", lang), ""))
            levels.append(
                (
                    t("levels_scale", lang, scale=scale.id),
                    tuple(
                        (text, localize(o.description, lang))
                        for text, o in zip(texts, scale.options, strict=True)
                    ),
                )
            )
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
            answer_list: str | None = None
            rule: NumberRule | None = None
            if isinstance(question, ScaleQuestion):
                answer_list = _list_key(question.scale)
            elif isinstance(question, YesNoQuestion):
                answer_list = LIST_YES_NO
            elif isinstance(question, NumberQuestion):
                unit = localize(question.unit, lang).strip()
                allowed = _range_text(question.min, question.max, lang)
                rule = NumberRule(
                    question.min,
                    question.max,
                    t("number_rule", lang, unit=unit, allowed=allowed)
                    if unit
                    else t("number_rule_no_unit", lang, allowed=allowed),
                )
            rows.append(
                FormRow(
                    kind="question",
                    area=area_title,
                    id=question.id,
                    text=localize(question.text, lang),
                    guidance=_guidance(question, condition, bank, lang),
                    answer_list=answer_list,
                    number=rule,
                    na_open=question.allow_na,
                    critical=question.critical,
                )
            )
            if isinstance(question, ChecklistQuestion):
                rows.extend(
                    FormRow(
                        kind="item",
                        area=area_title,
                        id=f"{question.id}{ITEM_SEPARATOR}{item.id}",
                        text=localize(item.text, lang),
                        guidance="",
                        answer_list=LIST_YES_NO,
                        number=None,
                        na_open=False,
                    )
                    for item in question.items
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
        lists=tuple(lists),
        na_prompt=(t("prompt_na", lang), t("prompt_na_text", lang)),
    )


# --- a filled-in form (what the shell reads) ------------------------------------------------
@attrs.frozen
class Cell:
    """One cell of a filled-in form: its coordinate (``E12``) and its value as read."""

    ref: str
    value: object = None


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


def _text(value: object) -> str:
    """A cell value as text, as a person would read it (stripped)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _fmt(value)
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    return str(value).strip()


def _shown(value: object) -> str:
    text = _text(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Collector:
    def __init__(self, source: str, sheet: str) -> None:
        self.source = source
        self.sheet = sheet
        self.problems: list[Problem] = []

    def at(self, sheet: str, ref: str, code: str, **args: object) -> None:
        self.problems.append(Problem(self.source, None, f"{sheet}!{ref}", code, args))

    def add(self, cell: Cell, code: str, **args: object) -> None:
        self.at(self.sheet, cell.ref, code, **args)


def _same_label(cell: Cell, key: str) -> bool:
    found = _text(cell.value).casefold()
    return found in {label.casefold() for label in _both(key)}


def form_reference(data: FormData, source: str = "<form>") -> BankRef:
    """The bank and version the form was made for, after checking the form's layout.

    Raises :class:`~cse_assess.core.errors.AssessmentError` when the layout was changed, the form
    format is unknown or the bank cells are empty.

    .. versionadded:: 0.1.0
    """
    c = _Collector(source, data.context_sheet)
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
        raise AssessmentError(c.problems + q.problems)
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
_Invalid = tuple[str, dict[str, object]]


def parse_level(value: object, scale: Scale) -> float | _Invalid:
    """A scale level from a cell: ``3``, ``"3"``, ``"3 — In place and reviewed"`` or a label.

    Returns the bank's level value, or an ``(code, args)`` pair saying why not.
    """
    allowed = ", ".join(_fmt(v) for v in scale.values)
    bad: _Invalid = ("forms_not_level", {"value": _shown(value), "allowed": allowed})
    if isinstance(value, bool):
        return bad
    if isinstance(value, int | float):
        option = scale.option(value)
        return bad if option is None else option.value
    text = _text(value)
    match = _LEVEL.fullmatch(text)
    if match is None:  # a label alone: accepted when it names exactly one level
        hits = [
            o for o in scale.options if text.casefold() in {s.casefold() for s in o.label.values()}
        ]
        return hits[0].value if len(hits) == 1 else bad
    number = parse_number(match.group(1))
    option = None if number is None else scale.option(number)
    if option is None:
        return bad
    label = (match.group(2) or "").strip().casefold()
    if label and label not in {s.casefold() for s in option.label.values()}:
        return bad
    return option.value


def parse_yes_no(value: object) -> bool | _Invalid | None:
    """``True``, ``False``, ``None`` for an empty cell, or why the cell is neither yes nor no."""
    if isinstance(value, bool):
        return value
    text = _text(value).casefold()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    return ("forms_not_yes_no", {"value": _shown(value), "allowed": "Jā, Nē, Yes, No"})


def parse_number_cell(value: object, question: NumberQuestion) -> float | _Invalid:
    """A number from a cell (a number, or text with a decimal point or comma) in range."""
    number: float | None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int | float):
        number = value if value == value and abs(value) != float("inf") else None
    else:
        number = parse_number(_text(value))
    if number is None:
        return ("forms_not_number", {"value": _shown(value)})
    if (question.min is not None and number < question.min) or (
        question.max is not None and number > question.max
    ):
        return (
            "forms_out_of_range",
            {"value": _fmt(number), "allowed": _range_text(question.min, question.max, "en")},
        )
    return number


def parse_na(value: object) -> bool | _Invalid:
    """Whether a not-applicable cell marks the question not applicable."""
    if isinstance(value, bool):
        return value
    text = _text(value).casefold()
    if not text or text in _NO:
        return False
    if text in _NA_YES:
        return True
    return ("forms_bad_na", {"value": _shown(value)})


def evidence_lines(value: object) -> tuple[str, ...]:
    """The evidence items of a cell: one per line, blank lines dropped."""
    return tuple(line.strip() for line in _text(value).splitlines() if line.strip())


# --- rows to answers ------------------------------------------------------------------------
def _cells(row: Sequence[Cell]) -> dict[str, Cell]:
    return dict(zip(COLUMNS, row, strict=False))


@attrs.define
class _Pending:
    """A checklist question whose item rows are being read."""

    question: ChecklistQuestion
    cells: dict[str, Cell]
    row: int
    items: dict[str, bool | None] = attrs.field(factory=dict)
    item_rows: dict[str, int] = attrs.field(factory=dict)


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
    context = _context(data, c)
    q = _Collector(source, data.questions_sheet)
    answers: dict[str, Answer] = {}
    cells_of: dict[str, dict[str, Cell]] = {}
    seen: dict[str, int] = {}
    pending: _Pending | None = None

    def finish(p: _Pending | None) -> None:
        if p is None:
            return
        missing = [i.id for i in p.question.items if i.id not in p.items]
        if missing:
            q.add(
                p.cells["id"],
                "forms_missing_items",
                question=p.question.id,
                items=", ".join(missing),
            )
            return
        value: list[str] | None = None
        if any(v is not None for v in p.items.values()):
            value = [i.id for i in p.question.items if p.items.get(i.id)]
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
        if isinstance(question, ChecklistQuestion):
            if "answer" in cells and _text(cells["answer"].value):
                q.add(cells["answer"], "forms_checklist_answer")
            pending = _Pending(question, cells, number)
            continue
        value = _value(question, cells.get("answer", Cell("")), q)
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
        raise AssessmentError(problems)
    ordered = {x.id: answers[x.id] for x in bank.questions if x.id in answers}
    assessment = Assessment(bank.id, bank.version, context, ordered, {})
    checked = validate_assessment(assessment, bank, source)
    if checked.problems:  # pragma: no cover - the cell checks above catch everything first
        raise AssessmentError(checked.problems)
    warnings = _hidden_answered(bank, ordered, cells_of, data.questions_sheet, source)
    return Imported(assessment, bank, warnings)


def _item_row(row_id: str, cells: dict[str, Cell], pending: _Pending | None, q: _Collector) -> None:
    """Read one item row of the checklist whose rows are being read."""
    qid, _, item_id = row_id.partition(ITEM_SEPARATOR)
    if pending is None or pending.question.id != qid:
        q.add(cells["id"], "forms_item_orphan", question=qid)
        return
    if pending.question.item(item_id) is None:
        q.add(
            cells["id"],
            "forms_unknown_item",
            item=item_id,
            question=qid,
            allowed=", ".join(i.id for i in pending.question.items),
        )
        return
    for key in ("na", "justification", "evidence", "note"):
        if key in cells and _text(cells[key].value):
            q.add(cells[key], "forms_item_extra", row=pending.row)
    got = parse_yes_no(cells["answer"].value) if "answer" in cells else None
    if isinstance(got, tuple):
        q.add(cells["answer"], got[0], **got[1])
        got = None
    pending.items[item_id] = got


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
        column = (
            "na"
            if answer.na
            else "id"
            if isinstance(question, ChecklistQuestion)  # ticked on its item rows
            else "answer"
        )
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


def _value(question: Question, cell: Cell, q: _Collector) -> object:
    """The answer value of a question's answer cell; ``None`` when empty or bad (reported)."""
    if not _text(cell.value):
        return None
    got: object
    if isinstance(question, ScaleQuestion):
        got = parse_level(cell.value, question.scale)
    elif isinstance(question, YesNoQuestion):
        got = parse_yes_no(cell.value)
    elif isinstance(question, NumberQuestion):
        got = parse_number_cell(cell.value, question)
    else:  # pragma: no cover - a kind this form does not know
        got = cell.value
    if isinstance(got, tuple):
        q.add(cell, got[0], **got[1])
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
    if isinstance(na, tuple):
        q.add(na_cell, na[0], **na[1])
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
