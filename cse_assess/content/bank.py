"""Reading a question bank from YAML text into a :class:`~cse_assess.core.model.Questionnaire`.

Pure: the text comes in as an argument. Every problem in the bank is collected and raised at
once in a :class:`~cse_assess.core.errors.QuestionnaireError`, each with its line and field path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from cse_assess.content._reader import (
    MAX_BANK_ID_LENGTH,
    MAX_VERSION_LENGTH,
    Reader,
    capped,
    finite,
)
from cse_assess.content._yaml import Path, parse_yaml
from cse_assess.core.conditions import OPERATORS, AllOf, AnyOf, Compare, Condition, Not
from cse_assess.core.errors import Problem, QuestionnaireError
from cse_assess.core.model import (
    Area,
    Band,
    Lineage,
    Option,
    Question,
    Questionnaire,
    Refs,
    Scale,
)
from cse_assess.kinds import BankDefaults, get_kind, kinds

FORMAT = "cse-assess/questionnaire"
FORMAT_VERSION = 1
MAX_BANK_BYTES = 2_000_000
"""The largest bank accepted; the bundled ones are about a twentieth of this."""

_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_VERSION = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")
BANK_ID = _ID
"""What a bank id looks like (safe in a file name; at most 64 characters)."""
VERSION = _VERSION
"""What a bank version looks like: ``MAJOR.MINOR.PATCH`` (at most 32 characters)."""
MIN_WEIGHT = 0.001
"""The smallest weight of an area or a question."""
MAX_WEIGHT = 1000.0
"""The largest weight of an area or a question."""
_LANG = re.compile(r"[a-z]{2}")

_TOP_REQUIRED = (
    "format",
    "format_version",
    "id",
    "version",
    "title",
    "description",
    "bands",
    "areas",
)
_TOP_OPTIONAL = (
    "languages",
    "scales",
    "evidence_from",
    "critical_cap",
    "band_name",
    "allow_na",
    "min_coverage",
    "max_na",
    "critical_factor",
    "proof_factor",
    "replaces",
)
_QUESTION_REQUIRED = ("id", "kind", "text", "help", "evidence", "action")
_QUESTION_OPTIONAL = ("weight", "critical", "allow_na", "na_when", "scored", "refs", "when")

CSE_CRITERIA = frozenset(
    [
        "1",
        "1.1",
        "1.2",
        "1.3",
        "2",
        "2.1",
        "2.2",
        "3",
        "3.1",
        "3.2",
        "3.3",
        "3.4",
        "4",
        "4.1",
        "4.2",
        "4.3",
        "5",
        "5.1",
        "5.2",
        "5.3",
    ]
)
"""UK Customer Service Excellence criteria and sub-criteria, by number."""
CAF_CRITERIA = frozenset(
    [str(c) for c in range(1, 10)]
    + [
        f"{criterion}.{sub}"
        for criterion, count in (
            (1, 4),
            (2, 4),
            (3, 3),
            (4, 6),
            (5, 3),
            (6, 2),
            (7, 2),
            (8, 2),
            (9, 2),
        )
        for sub in range(1, count + 1)
    ]
)
"""CAF 2020 criteria 1-9 and their 28 sub-criteria, by number."""
_REF_SETS = {
    "cse": (CSE_CRITERIA, "1-5, 1.1-1.3, 2.1-2.2, 3.1-3.4, 4.1-4.3, 5.1-5.3"),
    "caf": (
        CAF_CRITERIA,
        "1-9, 1.1-1.4, 2.1-2.4, 3.1-3.3, 4.1-4.6, 5.1-5.3, 6.1-6.2, 7.1-7.2, 8.1-8.2, 9.1-9.2",
    ),
}
_REF_PATTERNS = {
    "seed": (
        re.compile(r"[0-9]+(?:\.[0-9]+)*(?: (?:item|component) [0-9]+| closing paragraph)?"),
        "'2.3 item 1', '2.2 component 7', '2.3 closing paragraph' or '2.1'",
    ),
    "efqm": (re.compile(r"[1-7](?:\.[1-9])?"), "an EFQM 2020 criterion 1-7 or part '1.2'"),
}


def parse_questionnaire(text: str, source: str = "<bank>") -> Questionnaire:
    """Read a bank from YAML ``text``; ``source`` names it in error messages.

    Raises :class:`~cse_assess.core.errors.QuestionnaireError` listing every problem found.

    .. versionadded:: 0.1.0
    """
    size = len(text) if len(text) > MAX_BANK_BYTES else 0
    if not size and len(text) * 4 > MAX_BANK_BYTES and not text.isascii():
        size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BANK_BYTES:
        raise QuestionnaireError(
            [Problem(source, None, "", "file_too_large", {"size": size, "limit": MAX_BANK_BYTES})]
        )
    data, lines, problems = parse_yaml(text, source)
    if problems:
        raise QuestionnaireError(capped(problems))
    return build_questionnaire(data, Reader(source, lines))


def questionnaire_from_data(data: Mapping[str, Any], source: str = "<data>") -> Questionnaire:
    """Build a bank from data shaped as the bank file is (``yaml.safe_load`` or ``json.loads``
    of it, say), checking it as :func:`parse_questionnaire` does.

    ``data`` holds plain values: dicts, lists, text, numbers, ``True``/``False``/``None``. The
    ``format`` and ``format_version`` keys may be left out; when given they must be right.
    Raises :class:`~cse_assess.core.errors.QuestionnaireError` with every problem; each
    problem's ``loc`` says where it is (there are no lines).

    .. versionadded:: 0.2.0
    """
    return build_questionnaire(data, Reader(source, {}), header=False)


def build_questionnaire(data: Any, r: Reader, *, header: bool = True) -> Questionnaire:
    """Build a bank from parsed data, reporting problems through ``r``."""
    required = _TOP_REQUIRED if header else _TOP_REQUIRED[2:]
    optional = _TOP_OPTIONAL if header else (*_TOP_REQUIRED[:2], *_TOP_OPTIONAL)
    top = r.mapping(data, (), required, optional)
    if top is None:
        raise QuestionnaireError(r.capped())
    r.header(top, FORMAT, FORMAT_VERSION)
    bank_id = (
        r.text_value(top.get("id"), ("id",), pattern=_ID, max_length=MAX_BANK_ID_LENGTH)
        if "id" in top
        else None
    )
    version = (
        r.text_value(
            top.get("version"),
            ("version",),
            pattern=_VERSION,
            what="version",
            max_length=MAX_VERSION_LENGTH,
        )
        if "version" in top
        else None
    )
    r.languages = _languages(r, top)
    title = r.localized(top["title"], ("title",)) if "title" in top else None
    description = (
        r.localized(top["description"], ("description",)) if "description" in top else None
    )
    evidence_from: float | None = 2
    if "evidence_from" in top:
        evidence_from = r.number(top["evidence_from"], ("evidence_from",))
    scales = _scales(r, top["scales"], ("scales",)) if "scales" in top else ()
    bands, band_ids = _bands(r, top.get("bands", []), ("bands",))
    critical_cap = None
    if "critical_cap" in top and band_ids:
        critical_cap = r.choice(top["critical_cap"], ("critical_cap",), band_ids)
    scales_by_id = {s.id: s for s in scales}
    allow_na = r.boolean(top["allow_na"], ("allow_na",)) if "allow_na" in top else True
    defaults = BankDefaults(
        scales_by_id, 0 if evidence_from is None else evidence_from, allow_na is not False
    )
    band_name = r.localized(top["band_name"], ("band_name",)) if "band_name" in top else None
    policy = {
        key: _share(r, top, key, default, low, high)
        for key, default, low, high in (
            ("min_coverage", 0.8, 0.0, 1.0),
            ("max_na", 0.25, 0.0, 1.0),
            ("critical_factor", 2.0, 1.0, 10.0),
            ("proof_factor", 0.5, 0.0, 1.0),
        )
    }
    areas = _areas(r, top.get("areas", []), ("areas",), defaults)
    replaces = _lineage(r, top["replaces"], ("replaces",), version) if "replaces" in top else None
    if r.problems:
        raise QuestionnaireError(r.capped())
    assert bank_id
    assert version
    assert title
    assert description is not None
    bank = Questionnaire(
        id=bank_id,
        version=version,
        title=title,
        description=description,
        languages=r.languages,
        scales=scales,
        bands=bands,
        areas=areas,
        evidence_from=defaults.evidence_from,
        critical_cap=critical_cap,
        band_name=band_name,
        min_coverage=policy["min_coverage"],
        max_na=policy["max_na"],
        critical_factor=policy["critical_factor"],
        proof_factor=policy["proof_factor"],
        replaces=replaces,
    )
    check_lineage(bank, r)
    if r.problems:
        raise QuestionnaireError(r.capped())
    return bank


def _share(
    r: Reader, top: dict[str, Any], key: str, default: float, low: float, high: float
) -> float:
    """A bank-wide number setting within ``low``..``high`` (``default`` where not given)."""
    if key not in top:
        return default
    value = r.number(top[key], (key,))
    if value is not None and not low <= value <= high:
        r.problem((key,), "out_of_range", value=value, allowed=f"{low:g}…{high:g}")
        return default
    return default if value is None else float(value)


def _lineage(r: Reader, raw: Any, p: Path, version: str | None) -> Lineage | None:
    """``replaces``: the earlier version, and where each of its changed question ids went."""
    m = r.mapping(raw, p, ("version", "questions"))
    if m is None:
        return None
    old = r.text_value(
        m.get("version"),
        (*p, "version"),
        pattern=_VERSION,
        what="version",
        max_length=MAX_VERSION_LENGTH,
    )
    if old is not None and version is not None and _version_key(old) >= _version_key(version):
        r.problem((*p, "version"), "replaces_not_older", old=old, new=version)
    mapping: dict[str, tuple[str, ...]] = {}
    for old_id, new in (r.any_mapping(m.get("questions", {}), (*p, "questions")) or {}).items():
        qp = (*p, "questions", old_id)
        if new is None:
            mapping[old_id] = ()
        elif isinstance(new, str):
            mapping[old_id] = (new,)
        else:
            ids = [r.text_value(v, (*qp, i)) for i, v in enumerate(r.items(new, qp))]
            mapping[old_id] = tuple(i for i in ids if i is not None)
    if old is None:
        return None
    return Lineage(old, mapping)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def check_lineage(bank: Questionnaire, r: Reader) -> None:
    """Every new id that ``replaces`` names is a question of ``bank``."""
    if bank.replaces is None:
        return
    for old_id, new_ids in bank.replaces.questions.items():
        for i, new_id in enumerate(new_ids):
            if bank.question(new_id) is None:
                path: Path = ("replaces", "questions", old_id)
                if len(new_ids) > 1 or not isinstance(new_id, str):
                    path = (*path, i)
                r.problem(path, "replaces_unknown", question=new_id)


def _languages(r: Reader, top: dict[str, Any]) -> tuple[str, ...]:
    if "languages" not in top:
        return ("lv", "en")
    found: list[str] = []
    for i, lang in enumerate(r.items(top["languages"], ("languages",))):
        code = r.text_value(
            lang,
            ("languages", i),
            pattern=_LANG,
            what="language_code",
        )
        if code is not None and code not in found:
            found.append(code)
    return tuple(found) or ("lv", "en")


def _unique(r: Reader, seen: dict[str, int | None], ident: str | None, path: Path) -> None:
    if ident is None:
        return
    if ident in seen:
        r.problem(path, "duplicate_id", id=ident, first=seen[ident])
    else:
        seen[ident] = r.line(path)


def _scales(r: Reader, value: Any, path: Path) -> tuple[Scale, ...]:
    scales: list[Scale] = []
    seen: dict[str, int | None] = {}
    for i, raw in enumerate(r.items(value, path)):
        p = (*path, i)
        m = r.mapping(raw, p, ("id", "options"))
        if m is None:
            continue
        sid = r.text_value(m.get("id"), (*p, "id"), pattern=_ID) if "id" in m else None
        _unique(r, seen, sid, (*p, "id"))
        options: list[Option] = []
        ok = True
        for j, raw_option in enumerate(r.items(m.get("options", []), (*p, "options"))):
            op = (*p, "options", j)
            o = r.mapping(raw_option, op, ("value", "label", "description"))
            if o is None:
                ok = False
                continue
            v = r.number(o.get("value"), (*op, "value")) if "value" in o else None
            label = r.localized(o["label"], (*op, "label")) if "label" in o else None
            desc = (
                r.localized(o["description"], (*op, "description")) if "description" in o else None
            )
            if v is None or label is None or desc is None:
                ok = False
                continue
            if options and v <= options[-1].value:
                r.problem(
                    (*op, "value"), "scale_not_increasing", value=v, previous=options[-1].value
                )
                ok = False
            options.append(Option(v, label, desc))
        if ok and len(options) < 2:
            r.problem((*p, "options"), "scale_too_small")
            ok = False
        if ok and sid is not None:
            scales.append(Scale(sid, tuple(options)))
    return tuple(scales)


def _bands(r: Reader, value: Any, path: Path) -> tuple[tuple[Band, ...], list[str]]:
    """The valid bands, and the ids of every band written (valid or not) for ``critical_cap``."""
    bands: list[Band] = []
    seen: dict[str, int | None] = {}
    previous: float | None = None
    for i, raw in enumerate(r.items(value, path)):
        p = (*path, i)
        m = r.mapping(raw, p, ("id", "min", "label", "description"))
        if m is None:
            continue
        bid = r.text_value(m.get("id"), (*p, "id"), pattern=_ID) if "id" in m else None
        _unique(r, seen, bid, (*p, "id"))
        low = r.number(m.get("min"), (*p, "min")) if "min" in m else None
        label = r.localized(m["label"], (*p, "label")) if "label" in m else None
        desc = r.localized(m["description"], (*p, "description")) if "description" in m else None
        if low is not None and not 0 <= low <= 100:
            r.problem((*p, "min"), "out_of_range", value=low, allowed="0-100")
            low = None
        if low is not None and i == 0 and low != 0:
            r.problem((*p, "min"), "bands_start", value=low)
        if low is not None and previous is not None and low <= previous:
            r.problem((*p, "min"), "bands_not_increasing", value=low, previous=previous)
        previous = low if low is not None else previous
        if bid is not None and low is not None and label is not None and desc is not None:
            bands.append(Band(bid, low, label, desc))
    return tuple(bands), list(seen)


def _weight(r: Reader, m: dict[str, Any], path: Path) -> float | None:
    """An area's or a question's weight: from :data:`MIN_WEIGHT` to :data:`MAX_WEIGHT`."""
    if "weight" not in m:
        return 1.0
    raw = m["weight"]
    allowed = f"{MIN_WEIGHT:g}…{MAX_WEIGHT:g}"
    real = isinstance(raw, int | float) and not isinstance(raw, bool) and finite(raw)
    if real and raw > MAX_WEIGHT:  # said with the weight's own range, not every number's
        r.problem((*path, "weight"), "out_of_range", value=raw, allowed=allowed)
        return None
    w = r.number(raw, (*path, "weight"))
    if w is not None and w <= 0:
        r.problem((*path, "weight"), "weight_positive", value=w)
        return None
    if w is not None and w < MIN_WEIGHT:
        r.problem((*path, "weight"), "out_of_range", value=w, allowed=allowed)
        return None
    return w


class _Earlier:
    """What a condition may refer to: the questions written before it, and every id's line."""

    def __init__(self, raw_areas: Any, r: Reader, path: Path) -> None:
        self.built: dict[str, Question] = {}
        self.attempted: set[str] = set()  # read already, built or not (problems reported)
        self.lines: dict[str, int | None] = {}
        for i, area in enumerate(raw_areas if isinstance(raw_areas, list) else []):
            questions = area.get("questions") if isinstance(area, dict) else None
            for j, q in enumerate(questions if isinstance(questions, list) else []):
                qid = q.get("id") if isinstance(q, dict) else None
                if isinstance(qid, str):
                    self.lines.setdefault(qid, r.line((*path, i, "questions", j, "id")))


def _areas(r: Reader, value: Any, path: Path, bank: BankDefaults) -> tuple[Area, ...]:
    areas: list[Area] = []
    area_ids: dict[str, int | None] = {}
    question_ids: dict[str, int | None] = {}
    earlier = _Earlier(value, r, path)
    for i, raw in enumerate(r.items(value, path)):
        p = (*path, i)
        m = r.mapping(raw, p, ("id", "title", "intro", "questions"), ("weight", "when"))
        if m is None:
            continue
        aid = r.text_value(m.get("id"), (*p, "id"), pattern=_ID) if "id" in m else None
        _unique(r, area_ids, aid, (*p, "id"))
        title = r.localized(m["title"], (*p, "title")) if "title" in m else None
        intro = r.localized(m["intro"], (*p, "intro")) if "intro" in m else None
        weight = _weight(r, m, p)
        when = _condition(r, m["when"], (*p, "when"), earlier) if "when" in m else None
        questions = []
        for j, raw_q in enumerate(r.items(m.get("questions", []), (*p, "questions"))):
            q = _question(r, raw_q, (*p, "questions", j), aid or "", bank, question_ids, earlier)
            if isinstance(raw_q, dict) and isinstance(raw_q.get("id"), str):
                earlier.attempted.add(raw_q["id"])
            if q is not None:
                questions.append(q)
                earlier.built[q.id] = q
        if aid and title and intro and weight is not None:
            areas.append(Area(aid, title, intro, tuple(questions), weight, when))
    return tuple(areas)


def _condition(r: Reader, raw: Any, p: Path, earlier: _Earlier) -> Condition | None:
    """A ``when:`` condition; its questions must exist and come before it in the bank."""
    if isinstance(raw, dict) and len(raw) == 1 and next(iter(raw)) in ("all", "any", "not"):
        ((key, value),) = raw.items()
        if key == "not":
            inner = _condition(r, value, (*p, "not"), earlier)
            return None if inner is None else Not(inner)
        parts = [
            _condition(r, c, (*p, key, i), earlier) for i, c in enumerate(r.items(value, (*p, key)))
        ]
        if not parts or any(c is None for c in parts):
            return None
        conditions = tuple(c for c in parts if c is not None)
        return AllOf(conditions) if key == "all" else AnyOf(conditions)
    m = r.mapping(raw, p, ("question",), OPERATORS)
    if m is None:
        return None
    operators = [k for k in m if k in OPERATORS]
    if len(operators) != 1:
        r.problem(p, "condition_operator", allowed=", ".join(OPERATORS) + "; all, any, not")
        return None
    operator = operators[0]
    qid = r.text_value(m.get("question"), (*p, "question")) if "question" in m else None
    if qid is None:
        return None
    target = earlier.built.get(qid)
    if target is None:
        if qid in earlier.attempted:
            return None  # an earlier question with problems of its own, already reported
        if qid in earlier.lines:  # this question itself, or one that comes after it
            r.problem((*p, "question"), "condition_later", question=qid, line=earlier.lines[qid])
        else:
            r.problem((*p, "question"), "condition_unknown", question=qid)
        return None
    value = m[operator]
    vp = (*p, operator)
    if operator not in target.operators:
        code = _UNSUPPORTED.get(operator, "condition_operator_kind")
        allowed = ", ".join(sorted(target.operators))
        r.problem(vp, code, question=qid, operator=operator, allowed=allowed)
        return None
    if operator in ("at_least", "at_most"):
        if r.number(value, vp) is None:
            return None
    elif operator == "checked":
        if r.text_value(value, vp) is None:
            return None
    elif operator == "in":
        value = r.items(value, vp)
        if not value:
            return None
    invalid = target.check_condition(operator, value)
    if invalid is not None:
        r.problem(vp, invalid.code, **invalid.args)
        return None
    return Compare(qid, operator, value)


_UNSUPPORTED = {
    "at_least": "condition_not_numeric",
    "at_most": "condition_not_numeric",
    "checked": "condition_not_checklist",
}
"""The problem code of a condition test that the question's kind does not support."""


def _question(
    r: Reader,
    raw: Any,
    p: Path,
    area: str,
    bank: BankDefaults,
    seen: dict[str, int | None],
    earlier: _Earlier,
) -> Question | None:
    kind_name = raw.get("kind") if isinstance(raw, dict) else None
    known = kinds()
    kind = get_kind(kind_name) if isinstance(kind_name, str) and kind_name in known else None
    extra = kind.field_names if kind else tuple(f for k in known.values() for f in k.field_names)
    m = r.mapping(raw, p, _QUESTION_REQUIRED, (*_QUESTION_OPTIONAL, *dict.fromkeys(extra)))
    if m is None:
        return None
    before = len(r.problems)
    qid = (
        r.text_value(
            m.get("id"),
            (*p, "id"),
            pattern=re.compile(r"[a-z0-9.-]+"),
            what="question_id",
        )
        if "id" in m
        else None
    )
    if qid is not None:
        prefix, _, slug = qid.partition(".")
        if area and (prefix != area or not _SLUG.fullmatch(slug)):
            r.problem((*p, "id"), "question_id_prefix", id=qid, area=area)
        _unique(r, seen, qid, (*p, "id"))
    if "kind" in m and kind is None and r.text_value(m["kind"], (*p, "kind")) is not None:
        r.problem((*p, "kind"), "unknown_kind", kind=m["kind"], allowed=", ".join(known))
    evidence = tuple(
        t
        for k, e in enumerate(r.items(m.get("evidence", []), (*p, "evidence")))
        if (t := r.localized(e, (*p, "evidence", k))) is not None
    )
    common = {
        "id": qid,
        "area": area,
        "text": r.localized(m["text"], (*p, "text")) if "text" in m else None,
        "help": r.localized(m["help"], (*p, "help")) if "help" in m else None,
        "evidence": evidence,
        "action": r.localized(m["action"], (*p, "action")) if "action" in m else None,
        "refs": _refs(r, m["refs"], (*p, "refs")) if "refs" in m else Refs(),
        "weight": _weight(r, m, p),
        "critical": r.boolean(m["critical"], (*p, "critical")) if "critical" in m else False,
        "allow_na": (
            r.boolean(m["allow_na"], (*p, "allow_na")) if "allow_na" in m else bank.allow_na
        ),
        "na_when": r.localized(m["na_when"], (*p, "na_when")) if "na_when" in m else None,
        "scored": r.boolean(m["scored"], (*p, "scored")) if "scored" in m else True,
        "when": _condition(r, m["when"], (*p, "when"), earlier) if "when" in m else None,
    }
    if common["na_when"] is not None and common["allow_na"] is False:
        r.problem((*p, "na_when"), "na_when_without_na")
    if kind is None:
        return None
    question = kind.build(r, m, p, common, bank)
    return None if len(r.problems) > before else question


_REF_KEYS = ("seed", "cse", "caf", "efqm", "law")


def _refs(r: Reader, raw: Any, p: Path) -> Refs:
    m = r.mapping(raw, p, (), _REF_KEYS)
    if m is None:
        return Refs()
    found: dict[str, tuple[str, ...]] = {}
    for framework, values in m.items():
        if framework not in _REF_KEYS:
            continue  # already reported as an unknown key
        items = []
        for i, v in enumerate(r.items(values, (*p, framework))):
            text = r.text_value(v, (*p, framework, i))
            if text is None:
                continue
            if framework == "law":
                pass  # a legal act as written: any non-empty text
            elif framework in _REF_SETS:
                known, listed = _REF_SETS[framework]
                if text not in known:
                    r.problem(
                        (*p, framework, i),
                        "unknown_ref",
                        value=text,
                        framework=framework.upper(),
                        allowed=listed,
                    )
                    continue
            else:
                pattern, rule = _REF_PATTERNS[framework]
                if not pattern.fullmatch(text):
                    r.problem(
                        (*p, framework, i),
                        "unknown_ref",
                        value=text,
                        framework=framework.upper(),
                        allowed=rule,
                    )
                    continue
            items.append(text)
        found[framework] = tuple(items)
    return Refs(**found)
