"""The assessment file: JSON text to :class:`~cse_assess.core.model.Assessment` and back.

Pure: text in, objects out. :func:`parse_assessment` checks the file's structure;
:func:`validate_assessment` checks the answers against the question bank. Answers to questions
the bank does not know are kept and reported as warnings, never dropped.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from itertools import chain
from operator import itemgetter
from typing import Any, NamedTuple, cast

import attrs

from cse_assess.content._json import json_lines
from cse_assess.content._reader import (
    MAX_BANK_ID_LENGTH,
    MAX_NUMBER,
    MAX_VERSION_LENGTH,
    NUMBER_BOUNDS,
    Reader,
    TooLarge,
    capped,
    describe_value,
    finite,
    make_problem,
    non_finite,
)
from cse_assess.content._yaml import Lines, Path, parse_yaml, surrogate_at
from cse_assess.content.bank import BANK_ID
from cse_assess.core.errors import AssessmentError, Problem, format_path
from cse_assess.core.model import (
    Answer,
    Assessment,
    ConsensusInfo,
    Context,
    Disagreement,
    Questionnaire,
)
from cse_assess.core.validate import check_answers
from cse_assess.i18n import LANGUAGES, Term, describe

FORMAT = "cse-assess/assessment"
FORMAT_VERSION = 1
MAX_ASSESSMENT_BYTES = 10_000_000
"""The largest assessment file accepted."""
MAX_TARGETS_BYTES = 2_000_000
"""The largest targets file accepted (a bank's size: one line per number question)."""

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTEXT_KEYS = ("institution", "unit", "assessor", "date", "language")
_ANSWER_KEYS = ("value", "na", "evidence", "note", "flag")
_CONSENSUS_KEYS = ("assessors", "agreement", "disagreements")
_OPTIONAL_WITH_HEADER = ("format", "format_version", "context", "targets", "consensus")


def parse_assessment(text: str, source: str = "<assessment>") -> Assessment:
    """Read an assessment from JSON ``text``; ``source`` names it in error messages.

    Raises :class:`~cse_assess.core.errors.AssessmentError` with every structural problem found.
    The answers are checked against a bank by :func:`~cse_assess.validate_assessment`, or in
    the same pass by :func:`assessment_from_text`.

    .. versionadded:: 0.1.0
    """
    return _read(load_json(text, source), source, text, None)


def assessment_from_text(
    text: str, questionnaire: Questionnaire, source: str = "<assessment>"
) -> Assessment:
    """Read an assessment from JSON ``text`` and check it against ``questionnaire`` in one pass.

    Raises :class:`~cse_assess.core.errors.AssessmentError` with every problem, of structure
    and of value alike, each with its line.

    .. versionadded:: 0.2.0
    """
    return _read(load_json(text, source), source, text, questionnaire)


def assessment_from_data(
    data: Mapping[str, Any], questionnaire: Questionnaire, source: str = "<data>"
) -> Assessment:
    """Build an assessment from data shaped as the file is (``json.loads`` of it, say) and check
    it against ``questionnaire`` in one pass.

    ``data`` holds plain values: dicts, lists, text, numbers, ``True``/``False``/``None``. The
    ``format`` and ``format_version`` keys may be left out; when given they must be right.
    Raises :class:`~cse_assess.core.errors.AssessmentError` with every problem, of structure
    (an unknown key, a value of the wrong type, NaN) and of value (a level off the scale, N/A
    without a justification, a target the question cannot take) alike; each problem's ``loc``
    says where it is.

    .. versionadded:: 0.2.0
    """
    return _read(data, source, None, questionnaire, header=False)


class _Json:
    """What ``json.loads`` met that JSON allows and this format does not."""

    __slots__ = ("duplicated", "odd")

    def __init__(self) -> None:
        self.duplicated: list[str] = []
        self.odd = False

    def pairs(self, items: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(items)
        if len(found) != len(items):
            self.duplicated.append(items[0][0])
        return found

    def constant(self, name: str) -> float:
        self.odd = True  # NaN, Infinity, -Infinity: reported where they are
        return float(name)

    def integer(self, digits: str) -> int | str:
        if len(digits) > 300:  # past a float's range (and Python's int() limit, 4,300 digits)
            self.odd = True
            return TooLarge(digits)
        return int(digits)

    def real(self, digits: str) -> float:
        value = float(digits)
        if not math.isfinite(value):  # 1e999
            self.odd = True
        return value


def load_json(text: str, source: str) -> Any:
    """JSON ``text`` as data; a syntax error, a key given twice or a too deep document raise
    :class:`~cse_assess.core.errors.AssessmentError` with the line. NaN, infinity (``1e999``)
    and integers too long to read are kept, marked, to be reported where they are; an integer
    past a float's range but short enough to read is refused where a number is checked."""
    if not text.strip():
        raise AssessmentError([Problem(source, 1, "", "empty_document")])
    _check_size(text, source, MAX_ASSESSMENT_BYTES)
    seen = _Json()
    try:
        try:
            data = json.loads(
                text,
                object_pairs_hook=seen.pairs,
                parse_constant=seen.constant,
                parse_float=seen.real,
            )
        except ValueError as exc:
            if isinstance(exc, json.JSONDecodeError):
                raise
            # an integer too long for int() (4,300 digits): read it again to say where it is
            seen = _Json()
            data = json.loads(
                text,
                object_pairs_hook=seen.pairs,
                parse_constant=seen.constant,
                parse_int=seen.integer,
                parse_float=seen.real,
            )
    except json.JSONDecodeError as exc:
        raise AssessmentError(
            [Problem(source, exc.lineno, "", "json_syntax", {"reason": exc.msg})]
        ) from None
    except RecursionError:
        raise AssessmentError([Problem(source, None, "", "yaml_too_deep", {"limit": 64})]) from None
    if seen.duplicated:  # JSON parsers keep the last of two equal keys: an answer would be lost
        _, twice = json_lines(text, (), duplicates=True)
        raise AssessmentError(
            capped(
                make_problem(source, line, loc, "yaml_duplicate_key", key=loc[-1], first=first)
                for loc, line, first in twice
            )
            or [Problem(source, None, "", "json_syntax", {"reason": "a key appears twice"})]
        )
    if (
        seen.odd
        or ("\\u" in text and _ESCAPED_SURROGATE.search(text))
        or surrogate_at(text) is not None  # (text given in code, not read from a file)
    ):
        return _Odd(data)  # NaN, infinity, a huge integer or half a character: say where
    return data


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
"""``\\ud800``: JSON may write half of a character; whether it is alone is checked later."""


class _Odd:
    """Parsed data known to hold a number that is not finite somewhere."""

    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data


class Quick(NamedTuple):
    """An assessment file read by :func:`quick_assessment`: its bank, who and when, and the
    answers as columns (question ids, values, N/A, whether each has evidence), in file order.
    A list value (ticked items) is a tuple, as in an :class:`~cse_assess.core.model.Answer`."""

    bank_id: str
    version: str
    institution: str
    unit: str
    date: str
    qids: list[str]
    values: list[Any]
    nas: list[bool]
    proven: list[bool]
    evidence: list[int]
    """How many evidence items each answer has (blank ones left out, as a reader leaves them)."""


_TOP_KEYS = frozenset(
    ("format", "format_version", "questionnaire", "answers", "context", "targets")
)
_REQUIRED = frozenset(("format", "format_version", "questionnaire", "answers"))
_ANSWER_SET = frozenset(_ANSWER_KEYS)
_CONTEXT_SET = frozenset(_CONTEXT_KEYS)
_VALUE, _NA, _EVIDENCE, _NOTE = map(itemgetter, ("value", "na", "evidence", "note"))
_BANK_KEYS = {"id": 0, "version": 0}.keys()


def quick_assessment(raw: bytes) -> Quick | None:
    """Read an assessment file the quick way, or ``None`` when it is not plainly valid.

    For reading many files (a roll-up): the file's bytes (UTF-8) are parsed with ``json.loads``
    alone (orjson's where it is installed) and the structure checked with the same rules as
    :func:`parse_assessment`, column by column. Anything unusual (a key given twice, a wrong
    type, an unknown key, NaN, an escape sequence, the institution's own targets, a consensus
    record, bytes that are not UTF-8) gives ``None``: the caller then reads the file the full
    way, which accepts or refuses it and says why. So this never accepts a file the full reader
    would refuse; the answers' values are checked against the bank by
    :func:`cse_assess.core.scoring.tally` with ``strict=True``.

    Keys given twice are told without a hook: in a text without a backslash every ``"`` opens
    or closes a string, so the text holds as many strings as the parsed data exactly when no
    key was dropped. (In UTF-8 the bytes of ``"`` and ``\\`` stand only for those characters.)

    .. versionadded:: 0.2.0
    """
    global _loads
    if _loads is None:
        _loads = _json_loads()
    if b"\\" in raw:
        return None  # an escape: the full reader (a key twice, half a character, \u003a...)
    quotes = raw.count(b'"')
    text: str | bytes = raw
    if _loads is json.loads:  # which would guess an encoding: UTF-8, as the reader reads
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        data = _loads(text)
    except (ValueError, RecursionError):  # orjson's JSONDecodeError (bad UTF-8 too) is one
        return None
    if type(data) is not dict or not data.keys() >= _REQUIRED or not data.keys() <= _TOP_KEYS:
        return None
    if data["format"] != FORMAT or type(data["format_version"]) is not int:
        return None
    if data["format_version"] != FORMAT_VERSION or data.get("targets", {}) != {}:
        return None
    ref = data["questionnaire"]
    if type(ref) is not dict or ref.keys() != _BANK_KEYS:
        return None
    bank_id, version = ref["id"], ref["version"]
    if not _plain_bank(bank_id, version):
        return None
    strings = len(data) + 1 + 4  # the top keys, the format, the bank's two keys and values
    context = data.get("context", _NO_CONTEXT)
    if type(context) is not dict or not context.keys() <= _CONTEXT_SET:
        return None
    if context:
        if not all(type(v) is str for v in context.values()):
            return None
        date = context.get("date", "")
        language = context.get("language", "")
        if (date and not _good_date(date)) or (language and language not in LANGUAGES):
            return None
        strings += 2 * len(context)
    answers = data["answers"]
    if type(answers) is not dict:
        return None
    raws = list(answers.values())
    try:  # a TypeError where an answer is not a mapping
        keys = sum(map(len, raws))
        values = list(map(_VALUE, raws))  # a KeyError where one of the four usual keys is missing
        nas = list(map(_NA, raws))
        evidence = list(map(_EVIDENCE, raws))
        notes = list(map(_NOTE, raws))
        plain = keys == 4 * len(raws)  # each has the four, so exactly those
    except KeyError:
        plain = False
    except TypeError:
        return None
    strings += len(answers) + keys
    if plain:
        strings += len(notes)
    else:
        found = _answer_columns(raws)
        if found is None:
            return None
        values, nas, evidence, notes, texts = found
        strings += texts
    if not set(map(type, nas)) <= _BOOL or not set(map(type, notes)) <= _STR:
        return None
    if not set(map(type, evidence)) <= _LIST:
        return None
    items = list(chain.from_iterable(evidence))
    counts = list(map(len, evidence))
    strings += len(items)
    kinds = set(map(type, values))
    if not kinds <= _SCALAR:
        if not kinds <= _VALUE_TYPES:
            return None
        for i, value in enumerate(values):
            if type(value) is list:
                strings += len(value)
                values[i] = tuple(value)
            elif type(value) is str:
                strings += 1
    if quotes != 2 * strings:
        return None  # a key given twice: the parser kept only the last
    if True in nas:
        for na, note in zip(nas, notes, strict=True):
            if na and not note.strip():
                return None
    try:  # a TypeError where an evidence item is not text
        if not all(map(str.strip, items)):  # blank items are left out, as the reader does
            counts = [sum(1 for x in e if str.strip(x)) for e in evidence]
    except TypeError:
        return None
    proven = list(map(bool, counts))
    return Quick(
        bank_id,
        version,
        context.get("institution", ""),
        context.get("unit", ""),
        context.get("date", ""),
        list(answers),
        values,
        nas,
        proven,
        counts,
    )


def _json_loads() -> Callable[[str | bytes], Any]:
    """orjson's ``loads`` where it is installed (about three times as fast), else the standard
    library's. For :func:`quick_assessment` they agree: orjson refuses NaN and Infinity (the
    full reader decides those), keeps the last of a key given twice, as ``json.loads`` does,
    and turns an integer past 64 bits into a float — past the bounds either way, which
    ``tally(strict=True)`` leaves to the full reader, which refuses it."""
    try:
        from orjson import loads
    except ImportError:
        return json.loads
    return cast("Callable[[str | bytes], Any]", loads)


_loads: Callable[[str | bytes], Any] | None = None
"""The parser :func:`quick_assessment` uses, chosen on its first call."""
_NO_CONTEXT: dict[str, Any] = {}
_BOOL = frozenset((bool,))
_STR = frozenset((str,))
_LIST = frozenset((list,))
_SCALAR = frozenset((int, float, bool, type(None)))
_VALUE_TYPES = frozenset((int, float, bool, type(None), str, list))
_GOOD_DATES: dict[str, bool] = {}


def _good_date(value: str) -> bool:
    found = _GOOD_DATES.get(value)
    if found is None:
        found = _is_date(value)
        if len(_GOOD_DATES) < 10_000:
            _GOOD_DATES[value] = found
    return found


_GOOD_BANKS: set[tuple[str, str]] = set()


def _plain_bank(bank_id: Any, version: Any) -> bool:
    """Whether a bank reference passes the reader's checks (remembered once it does)."""
    if type(bank_id) is not str or type(version) is not str:
        return False
    if (bank_id, version) in _GOOD_BANKS:
        return True
    good = (
        len(bank_id) <= MAX_BANK_ID_LENGTH
        and bool(BANK_ID.fullmatch(bank_id))
        and bool(version.strip())
        and len(version) <= MAX_VERSION_LENGTH
    )
    if good and len(_GOOD_BANKS) < 10_000:
        _GOOD_BANKS.add((bank_id, version))
    return good


def _answer_columns(
    raws: list[dict[str, Any]],
) -> tuple[list[Any], list[Any], list[Any], list[Any], int] | None:
    """The columns of answers that do not all have exactly the four usual keys: a missing key
    takes the reader's default; a flag must be text or null. Also the number of notes and
    flags given as text (strings the count of ``"`` must find)."""
    values: list[Any] = []
    nas: list[Any] = []
    evidence: list[Any] = []
    notes: list[Any] = []
    texts = 0
    for raw in raws:
        if type(raw) is not dict or not raw.keys() <= _ANSWER_SET:
            return None
        flag = raw.get("flag")
        if flag is not None:
            if type(flag) is not str:
                return None
            texts += 1
        if "note" in raw:
            texts += 1
        values.append(raw.get("value"))
        nas.append(raw.get("na", False))
        evidence.append(raw.get("evidence", _NO_ITEMS))
        notes.append(raw.get("note", ""))
    return values, nas, evidence, notes, texts


_NO_ITEMS: list[str] = []


def _check_size(text: str, source: str, limit: int) -> None:
    """Refuse text longer than ``limit`` bytes of UTF-8 before any work is done on it."""
    if len(text) > limit:
        size = len(text)
    elif len(text) * 4 > limit and not text.isascii():
        size = len(text.encode("utf-8", "surrogatepass"))
    else:
        return
    if size > limit:
        raise AssessmentError(
            [Problem(source, None, "", "file_too_large", {"size": size, "limit": limit})]
        )


def _read(
    data: Any,
    source: str,
    text: str | None,
    questionnaire: Questionnaire | None,
    *,
    header: bool = True,
) -> Assessment:
    """The assessment in ``data``, checked against ``questionnaire`` where one is given."""
    r = Reader(source, {})
    odd: list[tuple[Path, str]] = []
    if isinstance(data, _Odd):
        data = data.data
        odd = non_finite(data)
    elif text is None:
        odd = non_finite(data)  # data from a caller: any float may be NaN
    for loc, code in odd:
        r.problem(loc, code)
    assessment, bank_id = _assessment(r, data, header)
    problems = r.problems
    if odd:  # the same values found wrong again as the reader meets them: keep the first word
        bad = {loc for loc, _ in odd}
        problems = [p for p in problems if p.code in _ODD or not _under(p.loc, bad)]
    if questionnaire is not None and assessment is not None and not odd:
        found = check_answers(assessment, questionnaire, source)
        if bank_id is None:
            found = [p for p in found if p.code != "other_bank"]
        taken = {p.loc for p in problems}
        problems = [*problems, *(p for p in found if not _under(p.loc, taken))]
    if problems or assessment is None or bank_id is None:
        problems = capped(problems)
        raise AssessmentError(problems if text is None else with_lines(problems, text))
    return assessment


_ODD = ("not_finite", "number_too_large", "text_not_unicode")


def _under(loc: tuple[str | int, ...], prefixes: Collection[tuple[str | int, ...]]) -> bool:
    """Whether ``loc`` is one of ``prefixes`` or lies under one (the root excepted)."""
    return any(loc[:end] in prefixes for end in range(1, len(loc) + 1))


def _assessment(r: Reader, data: Any, header: bool = True) -> tuple[Assessment | None, str | None]:
    """The assessment in ``data`` (its bank id and version ``""`` where they are wrong), and the
    bank id it names; problems go to ``r``."""
    top = r.mapping(
        data,
        (),
        ("format", "format_version", "questionnaire", "answers")
        if header
        else ("questionnaire", "answers"),
        ("context", "targets", "consensus") if header else _OPTIONAL_WITH_HEADER,
    )
    if top is None:
        return None, None
    r.header(top, FORMAT, FORMAT_VERSION)
    ref = (
        r.mapping(top["questionnaire"], ("questionnaire",), ("id", "version"))
        if "questionnaire" in top
        else None
    )
    bank_id = bank_version = None
    if ref is not None:
        bank_id = (
            r.text_value(
                ref.get("id"),
                ("questionnaire", "id"),
                pattern=BANK_ID,
                max_length=MAX_BANK_ID_LENGTH,
            )
            if "id" in ref
            else None
        )
        bank_version = (
            r.text_value(
                ref.get("version"),
                ("questionnaire", "version"),
                what="version",
                max_length=MAX_VERSION_LENGTH,
            )
            if "version" in ref
            else None
        )
    context = _context(r, top.get("context", {}))
    answers: dict[str, Answer] = {}
    raw_answers = r.any_mapping(top.get("answers", {}), ("answers",))
    for qid, raw in (raw_answers or {}).items():
        answer = _answer(r, raw, ("answers", qid))
        if answer is not None:
            answers[qid] = answer
    targets: dict[str, float] = {}
    for qid, value in (r.any_mapping(top.get("targets", {}), ("targets",)) or {}).items():
        number = r.number(value, ("targets", qid))
        if number is not None:
            targets[qid] = number
    consensus = _consensus(r, top["consensus"]) if "consensus" in top else None
    assessment = Assessment(
        bank_id or "", bank_version or "", context or Context(), answers, targets, consensus
    )
    if bank_id is None or bank_version is None or context is None:
        return assessment, None
    return assessment, bank_id


def _consensus(r: Reader, raw: Any) -> ConsensusInfo | None:
    """The optional ``consensus`` record: assessors, agreement figure, disagreements."""
    path: tuple[str | int, ...] = ("consensus",)
    m = r.mapping(raw, path, _CONSENSUS_KEYS[:2], _CONSENSUS_KEYS[2:])
    if m is None:
        return None
    before = len(r.problems)
    assessors = []
    for i, name in enumerate(r.items(m.get("assessors", []), (*path, "assessors"))):
        text = r.text_value(name, (*path, "assessors", i))
        if text is not None:
            assessors.append(text)
    agreement = m.get("agreement")
    if agreement is not None:
        agreement = r.number(agreement, (*path, "agreement"))
        if agreement is not None and not 0 <= agreement <= 1:
            r.problem((*path, "agreement"), "out_of_range", value=agreement, allowed="0…1")
    disagreements = []
    for i, item in enumerate(
        r.items(m.get("disagreements", []), (*path, "disagreements"), nonempty=False)
    ):
        d = (*path, "disagreements", i)
        entry = r.mapping(item, d, ("question", "values"), ("spread",))
        if entry is None:
            continue
        question = r.text_value(entry.get("question"), (*d, "question"))
        values = r.any_mapping(entry.get("values", {}), (*d, "values"))
        spread = entry.get("spread")
        if spread is not None and (type(spread) is not int or spread < 0):
            r.problem(
                (*d, "spread"),
                "expected_type",
                expected=Term("integer"),
                got=describe(spread),
            )
        if question is not None and values is not None:
            disagreements.append(Disagreement(question, dict(values), spread))
    if len(r.problems) > before:
        return None
    return ConsensusInfo(tuple(assessors), agreement, tuple(disagreements))


def _context(r: Reader, raw: Any) -> Context | None:
    m = r.mapping(raw, ("context",), (), _CONTEXT_KEYS)
    if m is None:
        return None
    values: dict[str, str] = {}
    for key in _CONTEXT_KEYS:
        if key in m:
            value = r.text_value(m[key], ("context", key), nonempty=False)
            if value is not None:
                values[key] = value
    date = values.get("date", "")
    if date and not _is_date(date):
        r.problem(("context", "date"), "bad_date", value=date)
    language = values.get("language", "")
    if language and language not in LANGUAGES:
        r.problem(
            ("context", "language"), "not_in_choices", value=language, allowed=", ".join(LANGUAGES)
        )
    return Context(**values)


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


_ANSWER_KEY_SET = frozenset(_ANSWER_KEYS)


def _plain_answer(raw: Any) -> Answer | None:
    """The answer in ``raw`` when nothing in it needs a closer look (the common case, read
    quickly), else None. Half a character in a text is found before, by ``non_finite``."""
    if type(raw) is not dict or not _ANSWER_KEY_SET.issuperset(raw):
        return None
    na = raw.get("na", False)
    note = raw.get("note", "")
    evidence = raw.get("evidence", [])
    value = raw.get("value")
    flag = raw.get("flag")  # absent or null: not marked
    if (
        (na is False or na is True)
        and type(note) is str
        and type(evidence) is list
        and all(type(e) is str for e in evidence)
        and (flag is None or type(flag) is str)
        and not _beyond_bounds(value)
    ):
        return Answer(value, na, tuple(e for e in evidence if e.strip()), note, flag)
    return None


def _answer(r: Reader, raw: Any, path: tuple[str, ...]) -> Answer | None:
    plain = _plain_answer(raw)
    if plain is not None:
        return plain
    m = r.mapping(raw, path, (), _ANSWER_KEYS)
    if m is None:
        return None
    na = r.boolean(m["na"], (*path, "na")) if "na" in m else False
    note = r.text_value(m["note"], (*path, "note"), nonempty=False) if "note" in m else ""
    evidence: list[str] = []
    raw_evidence = m.get("evidence", [])
    if not isinstance(raw_evidence, list):
        r.problem(
            (*path, "evidence"),
            "expected_type",
            expected=Term("list_of_text"),
            got=describe_value(raw_evidence),
        )
    else:
        for i, item in enumerate(raw_evidence):
            text = r.text_value(item, (*path, "evidence", i), nonempty=False)
            if text is not None and text.strip():
                evidence.append(text)
    value = m.get("value")
    if _beyond_bounds(value):  # (a number that is not finite is checked against the bank)
        r.problem((*path, "value"), "out_of_range", value=value, allowed=NUMBER_BOUNDS)
        return None
    raw_flag = m.get("flag")  # absent or null: not marked
    flag = None if raw_flag is None else r.text_value(raw_flag, (*path, "flag"), nonempty=False)
    if na is None or note is None or (raw_flag is not None and flag is None):
        return None
    return Answer(value, na, tuple(evidence), note, flag)


def _beyond_bounds(value: Any) -> bool:
    """Whether ``value`` is a finite number past :data:`MAX_NUMBER` (one not finite is
    reported as such where it is checked)."""
    kind = type(value)
    if kind is not int and kind is not float:
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and finite(value)
            and abs(value) > MAX_NUMBER
        )
    return not -MAX_NUMBER <= value <= MAX_NUMBER and finite(value)


def parse_targets(
    text: str, questionnaire: Questionnaire, source: str = "<targets>"
) -> dict[str, float]:
    """An institution's own targets: a YAML mapping of number-question id to target.

    Every id must name a number question of ``questionnaire`` and every target lie in its
    allowed range; otherwise :class:`~cse_assess.core.errors.AssessmentError` lists each problem.

    .. versionadded:: 0.1.0
    """
    _check_size(text, source, MAX_TARGETS_BYTES)
    data, lines, problems = parse_yaml(text, source)
    if problems:
        raise AssessmentError(capped(problems))
    r = Reader(source, lines)
    targets: dict[str, float] = {}
    for qid, value in (r.any_mapping(data, ()) or {}).items():
        question = questionnaire.question(qid)
        number = r.number(value, (qid,))
        if question is None or not question.takes_target:
            r.problem((qid,), "unknown_target", question=qid, bank=questionnaire.id)
        elif number is not None:
            invalid = question.target_problem(number)
            if invalid is not None:
                r.problem((qid,), invalid.code, **invalid.args)
            else:
                targets[qid] = number
    if r.problems:
        raise AssessmentError(r.capped())
    return targets


def with_lines(problems: Iterable[Problem], text: str) -> list[Problem]:
    """The problems with the line of each one's ``loc`` looked up in the JSON ``text``.

    JSON parsers do not report where a value sits, so this walks the text again along the
    paths of the problems only when there is something to report: the common, valid path pays
    nothing, and a large file with a few problems pays little (see :mod:`._json`).
    """
    problems = list(problems)
    if not problems or all(p.line is not None for p in problems):
        return problems
    wanted: set[Path] = set()
    for p in problems:
        if p.line is None and p.code != "too_many_problems":
            wanted.add(p.loc if p.loc != (p.path,) or "." not in p.path else ())
    by_path: dict[str, int] | None = None
    try:
        lines, _ = json_lines(text, wanted)
    except (ValueError, IndexError, RecursionError):  # not JSON after all: no lines to give
        return problems
    found: list[Problem] = []
    for p in problems:
        if p.line is None and p.code != "too_many_problems":
            if p.loc == (p.path,) and "." in p.path:  # made with a path alone: read it as text
                if by_path is None:
                    everything = _all_paths(text)
                    by_path = {format_path(k): v for k, v in everything.items()}
                p = attrs.evolve(p, line=_nearest_path(by_path, p.path))
            else:
                p = attrs.evolve(p, line=_nearest(lines, p.loc))
        found.append(p)
    return found


def _all_paths(text: str) -> Lines:
    """The line of every path of a small JSON ``text`` (for problems made with a text path)."""
    if len(text) > 1_000_000:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    paths: list[Path] = []
    stack: list[tuple[Path, Any]] = [((), data)]
    while stack and len(paths) < 100_000:
        at, value = stack.pop()
        paths.append(at)
        if isinstance(value, dict):
            stack.extend(((*at, k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*at, i), v) for i, v in enumerate(value))
    try:
        return json_lines(text, paths)[0]
    except (ValueError, IndexError, RecursionError):
        return {}


def _nearest(lines: Lines, loc: tuple[str | int, ...]) -> int | None:
    """The line of ``loc``, or of its nearest parent that has one."""
    for end in range(len(loc), -1, -1):
        line = lines.get(loc[:end])
        if line is not None:
            return line
    return None


def _nearest_path(by_path: dict[str, int], path: str) -> int | None:
    while True:
        if path in by_path:
            return by_path[path]
        if not path:
            return None
        cut = max(path.rfind("."), path.rfind("["))
        path = path[: max(cut, 0)]


def dump_assessment(assessment: Assessment) -> str:
    """The assessment as JSON text: two-space indent, UTF-8 characters kept as they are.

    An assessment that holds NaN or infinity (built in code: no reader lets them in) raises
    :class:`~cse_assess.core.errors.AssessmentError` rather than write a file that is not JSON.

    .. versionadded:: 0.1.0
    """
    data = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "questionnaire": {
            "id": assessment.questionnaire_id,
            "version": assessment.questionnaire_version,
        },
        "context": attrs.asdict(assessment.context),
        "answers": {qid: _answer_data(a) for qid, a in assessment.answers.items()},
    }
    if assessment.targets:
        data["targets"] = dict(assessment.targets)
    if assessment.consensus is not None:
        info = assessment.consensus
        data["consensus"] = {
            "assessors": list(info.assessors),
            "agreement": info.agreement,
            "disagreements": [
                {"question": d.question, "values": dict(d.values), "spread": d.spread}
                for d in info.disagreements
            ],
        }
    odd = non_finite(data)
    if odd:  # JSON has no NaN or infinity: the file would not be read back
        raise AssessmentError([Problem.at("<assessment>", None, loc, code) for loc, code in odd])
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _answer_data(answer: Answer) -> dict[str, Any]:
    """An answer as the file keeps it; ``flag`` only where the question is marked."""
    data: dict[str, Any] = {
        "value": answer.value,
        "na": answer.na,
        "evidence": list(answer.evidence),
        "note": answer.note,
    }
    if answer.flag is not None:
        data["flag"] = answer.flag
    return data
