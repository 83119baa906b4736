"""The network roll-up: hand-computed tables, superseded and skipped files, score()'s numbers.

The expected numbers are worked out by hand in the comments. The roll-up reads every file as
``score`` does (read_assessment, then score): for any valid file it gives the very same floats,
and it skips every bad file with exactly the problems ``validate`` reports.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cse_assess.content.assessment import dump_assessment, parse_assessment
from cse_assess.content.bank import parse_questionnaire
from cse_assess.core.errors import ContentError, MessageError
from cse_assess.core.model import Answer, Assessment, Context, Questionnaire
from cse_assess.core.scoring import score
from cse_assess.core.validate import validate_assessment
from cse_assess.io.rollup_files import FileReader, find_files, rollup_files, rollup_paths
from cse_assess.io.store import load_questionnaire, read_assessment
from cse_assess.many.rollup import (
    BY_INSTITUTION,
    VERIFIED,
    RollupBuilder,
    Skipped,
    UnitScores,
    heat,
    roll_up,
    summarize,
)

# --- a tiny bank: two areas of two questions, levels 0-4 worth 0, 25, 50, 75, 100 -------------
TINY = """\
format: cse-assess/questionnaire
format_version: 1
id: tiny
version: 1.0.0
title: {lv: Maza kopa, en: Tiny bank}
description: {lv: Pārbaudei, en: For tests}
min_coverage: 0.5
scales:
  - id: five
    options:
      - {value: 0, label: {lv: Nav, en: None}, description: {lv: N, en: N}}
      - {value: 1, label: {lv: Plānots, en: Planned}, description: {lv: P, en: P}}
      - {value: 2, label: {lv: Daļēji, en: Partly}, description: {lv: D, en: D}}
      - {value: 3, label: {lv: Ieviests, en: In place}, description: {lv: I, en: I}}
      - {value: 4, label: {lv: Pilnveidots, en: Improved}, description: {lv: V, en: V}}
bands:
  - {id: initial, min: 0, label: {lv: Sākums, en: Initial}, description: {lv: S, en: S}}
  - {id: established, min: 70, label: {lv: Nostiprināts, en: Established},
     description: {lv: N, en: N}}
areas:
  - id: a
    title: {lv: Joma A, en: Area A}
    intro: {lv: A, en: A}
    questions:
      - {id: a.one, kind: scale, text: {lv: A1, en: A1}, help: {lv: H, en: H},
         evidence: [{lv: E, en: E}], action: {lv: R, en: R}, target: 3}
      - {id: a.two, kind: scale, text: {lv: A2, en: A2}, help: {lv: H, en: H},
         evidence: [{lv: E, en: E}], action: {lv: R, en: R}, target: 3}
  - id: b
    title: {lv: Joma B, en: Area B}
    intro: {lv: B, en: B}
    questions:
      - {id: b.one, kind: scale, text: {lv: B1, en: B1}, help: {lv: H, en: H},
         evidence: [{lv: E, en: E}], action: {lv: R, en: R}, target: 3}
      - {id: b.two, kind: scale, text: {lv: B2, en: B2}, help: {lv: H, en: H},
         evidence: [{lv: E, en: E}], action: {lv: R, en: R}, target: 3}
"""

# --- a bank with every kind, uneven weights and its own evidence_from ------------------------
MIXED = """\
format: cse-assess/questionnaire
format_version: 1
id: mixed
version: 1.0.0
title: {lv: Jaukta kopa, en: Mixed bank}
description: {lv: Pārbaudei, en: For tests}
evidence_from: 2
scales:
  - id: five
    options:
      - {value: 0, label: {lv: Nav, en: None}, description: {lv: N, en: N}}
      - {value: 1, label: {lv: Plānots, en: Planned}, description: {lv: P, en: P}}
      - {value: 2, label: {lv: Daļēji, en: Partly}, description: {lv: D, en: D}}
      - {value: 3, label: {lv: Ieviests, en: In place}, description: {lv: I, en: I}}
      - {value: 4, label: {lv: Pilnveidots, en: Improved}, description: {lv: V, en: V}}
bands:
  - {id: initial, min: 0, label: {lv: Sākums, en: Initial}, description: {lv: S, en: S}}
areas:
  - id: lead
    title: {lv: Vadība, en: Leadership}
    intro: {lv: I, en: I}
    weight: 2
    questions:
      - {id: lead.adopted, kind: scale, text: {lv: T, en: T}, help: {lv: H, en: H},
         evidence: [{lv: E, en: E}], action: {lv: R, en: R}, target: 3, weight: 1.5,
         critical: true, allow_na: false}
      - {id: lead.review, kind: scale, text: {lv: T, en: T}, help: {lv: H, en: H},
         evidence: [{lv: E, en: E}], action: {lv: R, en: R}, target: 2, evidence_from: 3}
      - {id: lead.signed, kind: yes_no, evidence_required: true, text: {lv: T, en: T},
         help: {lv: H, en: H}, evidence: [{lv: E, en: E}], action: {lv: R, en: R},
         weight: 0.7}
  - id: serve
    title: {lv: Apkalpošana, en: Service}
    intro: {lv: I, en: I}
    weight: 0.5
    questions:
      - id: serve.channels
        kind: checklist
        evidence_required: true
        target: 0.5
        text: {lv: T, en: T}
        help: {lv: H, en: H}
        evidence: [{lv: E, en: E}]
        action: {lv: R, en: R}
        items:
          - {id: office, text: {lv: Birojs, en: Office}, weight: 2}
          - {id: phone, text: {lv: Tālrunis, en: Phone}}
          - {id: web, text: {lv: Tīmeklis, en: Web}, weight: 0.5}
      - {id: serve.wait, kind: number, unit: {lv: min, en: min}, target: 10,
         direction: at_most, zero_at: 40, min: 0, max: 600, text: {lv: T, en: T},
         help: {lv: H, en: H}, evidence: [{lv: E, en: E}], action: {lv: R, en: R}}
      - {id: serve.open, kind: scale, text: {lv: T, en: T}, help: {lv: H, en: H},
         evidence: [{lv: E, en: E}], action: {lv: R, en: R}, target: 3, weight: 0.25}
  - id: extra
    title: {lv: Papildu, en: Extra}
    intro: {lv: I, en: I}
    questions:
      - {id: extra.one, kind: scale, text: {lv: T, en: T}, help: {lv: H, en: H},
         evidence: [{lv: E, en: E}], action: {lv: R, en: R}, target: 3}
"""


@pytest.fixture(scope="module")
def tiny() -> Questionnaire:
    return parse_questionnaire(TINY, "tiny.yaml")


@pytest.fixture(scope="module")
def mixed() -> Questionnaire:
    return parse_questionnaire(MIXED, "mixed.yaml")


def write(
    path: Path,
    answers: dict[str, Any],
    *,
    bank: str = "tiny",
    institution: str = "Agency 1",
    unit: str = "",
    date: str = "2026-01-10",
) -> Path:
    data = {
        "format": "cse-assess/assessment",
        "format_version": 1,
        "questionnaire": {"id": bank, "version": "1.0.0"},
        "context": {"institution": institution, "unit": unit, "date": date},
        "answers": answers,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def backed(level: int) -> dict[str, Any]:
    return {"value": level, "evidence": ["Order No. 1"]}


NA = {"na": True, "note": "Does not apply here."}


@pytest.fixture
def network(tmp_path: Path) -> Path:
    """Three units of two institutions, and an older file of the first."""
    root = tmp_path / "network"
    # X: a = (100 + 50) / 2 = 75; b = 25 (b.two is N/A); overall (75 + 25) / 2 = 50
    write(
        root / "x.json",
        {"a.one": backed(4), "a.two": backed(2), "b.one": {"value": 1}, "b.two": NA},
        unit="Branch X",
    )
    # Y: a = (75 + 75) / 2 = 75, verified (75 + 25) / 2 = 50 (a.two has no evidence: level 1);
    #    b = (100 + 50) / 2 = 75; overall 75, verified (50 + 75) / 2 = 62.5
    write(
        root / "y.json",
        {"a.one": backed(3), "a.two": {"value": 3}, "b.one": backed(4), "b.two": backed(2)},
        unit="Branch Y",
    )
    # Z: a = (0 + 25) / 2 = 12.5; b has no answer: no score; overall 12.5
    write(
        root / "sub" / "z.json",
        {"a.one": {"value": 0}, "a.two": {"value": 1}},
        institution="Agency 2",
        unit="Branch Z",
    )
    # an older assessment of X: superseded, does not count
    write(root / "x-2025.json", {"a.one": {"value": 0}}, unit="Branch X", date="2025-01-10")
    return root


def test_hand_computed_rollup_by_unit(network: Path, tiny: Questionnaire) -> None:
    rollup = rollup_paths([str(network)], banks={"tiny": tiny})
    assert (rollup.files, rollup.counted, len(rollup.skipped)) == (4, 3, 0)
    (bank,) = rollup.banks
    assert bank.id == "tiny"
    assert [(r.unit, r.overall, r.areas) for r in bank.rows] == [
        ("Branch X", 50.0, (75.0, 25.0)),
        ("Branch Y", 75.0, (75.0, 75.0)),
        ("Branch Z", 12.5, (12.5, None)),
    ]
    assert bank.rows[1].verified_areas == (50.0, 75.0)
    assert bank.rows[1].verified == 62.5
    a, b = bank.areas
    # a: mean (75 + 75 + 12.5) / 3 = 54.1667, min 12.5, max 75;
    #    stdev sqrt(((125/6)² · 2 + (250/6)²) / 3) = sqrt(868.06) = 29.46
    assert (a.claimed.count, a.claimed.min, a.claimed.max) == (3, 12.5, 75.0)
    assert a.claimed.mean == pytest.approx(162.5 / 3)
    assert a.claimed.stdev == pytest.approx(29.4628, abs=1e-4)
    # b: Z has no score, so over X and Y only: mean (25 + 75) / 2 = 50, stdev 25
    assert (b.claimed.count, b.claimed.mean, b.claimed.min, b.claimed.max) == (2, 50.0, 25.0, 75.0)
    assert b.claimed.stdev == 25.0
    # overall: (50 + 75 + 12.5) / 3 = 45.8333
    assert bank.overall.mean == pytest.approx(137.5 / 3)
    assert [x.id for x in bank.weakest_areas()] == ["b", "a"]  # 50 < 54.17
    assert [r.unit for r in bank.weakest_rows()] == ["Branch Z", "Branch X", "Branch Y"]
    # verified: a = (75 + 50 + 12.5) / 3; the weakest is then a (45.83) before b (50)
    assert [x.id for x in bank.weakest_areas(VERIFIED)] == ["a", "b"]
    (older,) = rollup.superseded
    assert older.path.endswith("x-2025.json")
    assert older.by.endswith("x.json")
    assert (older.unit, older.date) == ("Branch X", "2025-01-10")


def test_a_unit_without_a_band_is_shown_apart_and_left_out_of_the_statistics(
    tmp_path: Path, tiny: Questionnaire
) -> None:
    """One answer of four (25 % < min_coverage 50 %): the band is withheld; the row keeps its
    provisional scores and coverage, marked, and the network's statistics leave it out."""
    root = tmp_path / "net"
    write(root / "x.json", {"a.one": backed(4), "a.two": backed(2), "b.one": backed(2)}, unit="X")
    write(root / "w.json", {"a.one": {"value": 0}}, unit="W")
    rollup = rollup_paths([str(root)], banks={"tiny": tiny})
    (bank,) = rollup.banks
    w, x = bank.rows
    assert (w.unit, w.provisional, w.coverage, w.needed) == ("W", True, 0.25, 1)
    assert (x.unit, x.provisional, x.coverage) == ("X", False, 0.75)
    assert bank.withheld_rows == 1
    assert bank.overall.count == 1
    assert bank.overall.mean == x.overall
    assert [r.unit for r in bank.weakest_rows()] == ["X"]
    from cse_assess.render.rollup.html import render_rollup_html

    for lang in ("lv", "en"):
        page = render_rollup_html(rollup, lang)
        assert 'class="withheld"' in page
        assert "25 %" in page


def test_by_institution_is_the_mean_of_its_units(network: Path, tiny: Questionnaire) -> None:
    rollup = rollup_paths([str(network)], BY_INSTITUTION, banks={"tiny": tiny})
    (bank,) = rollup.banks
    # Agency 1 = X and Y: a (75 + 75) / 2 = 75, b (25 + 75) / 2 = 50, overall (50 + 75) / 2
    # Agency 2 = Z alone: a 12.5, b none, overall 12.5
    assert [(r.institution, r.units, r.overall, r.areas) for r in bank.rows] == [
        ("Agency 1", 2, 62.5, (75.0, 50.0)),
        ("Agency 2", 1, 12.5, (12.5, None)),
    ]
    assert bank.rows[0].date == "2026-01-10"
    # the network: a (75 + 12.5) / 2 = 43.75; b only Agency 1: 50
    assert bank.areas[0].claimed.mean == 43.75
    assert (bank.areas[1].claimed.count, bank.areas[1].claimed.mean) == (1, 50.0)
    assert rollup.counted == 3


def test_latest_date_counts_and_a_tie_goes_to_the_later_path(
    tmp_path: Path, tiny: Questionnaire
) -> None:
    write(tmp_path / "b.json", {"a.one": {"value": 4}}, unit="U", date="2026-03-01")
    write(tmp_path / "a.json", {"a.one": {"value": 0}}, unit="U", date="2026-03-01")
    write(tmp_path / "c.json", {"a.one": {"value": 2}}, unit="u ", date="2025-12-31")
    rollup = rollup_paths([str(tmp_path)], banks={"tiny": tiny})
    (row,) = rollup.banks[0].rows
    assert row.paths == (str(tmp_path / "b.json"),)  # same date as a.json, later in order
    assert row.overall == 100.0
    assert [s.path for s in rollup.superseded] == [
        str(tmp_path / "a.json"),
        str(tmp_path / "c.json"),  # "u " is the same unit as "U": spaces and case ignored
    ]
    assert {s.by for s in rollup.superseded} == {str(tmp_path / "b.json")}


def test_the_order_of_the_files_does_not_matter(network: Path, tiny: Questionnaire) -> None:
    files, _ = find_files([str(network)])
    reader = FileReader({"tiny": tiny})
    items = [reader.read(p) for p in files]
    forward, backward = RollupBuilder(), RollupBuilder()
    for item in items:
        forward.add(item)
    for item in reversed(items):
        backward.add(item)
    assert forward.build() == backward.build()


def chain_of_files(folder: Path, count: int, units: int = 3) -> list[str]:
    """``count`` files of ``units`` units, oldest first, with random answers."""
    rng = random.Random(count)
    for i in range(count):
        answers = {q: {"value": rng.randint(0, 4)} for q in ("a.one", "a.two", "b.one")}
        if rng.random() < 0.5:
            answers["b.two"] = backed(rng.randint(0, 4))
        date = f"2026-{i // 28 + 1:02d}-{i % 28 + 1:02d}"
        write(folder / f"{date}-{i:03d}.json", answers, unit=f"U{i % units}", date=date)
    files, _ = find_files([str(folder)])
    return files


def test_only_the_files_that_count_are_summed(
    tmp_path: Path, tiny: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cse_assess.many import rollup as core

    files = chain_of_files(tmp_path, 30)
    reader = FileReader({"tiny": tiny})
    eager = roll_up(reader.read(p) for p in files)  # every file scored in full
    calls: list[int] = []
    summed = core.tally_entries

    def counting(*args: Any) -> Any:
        calls.append(1)
        return summed(*args)

    monkeypatch.setattr(core, "tally_entries", counting)
    lazy = rollup_files(files, banks={"tiny": tiny})
    assert lazy == eager
    assert (lazy.counted, lazy.superseded_count) == (3, 27)
    assert len(calls) == 3  # the superseded 27 were checked, never summed


def test_a_superseded_file_is_still_checked(tmp_path: Path, tiny: Questionnaire) -> None:
    files = chain_of_files(tmp_path, 9)
    old = Path(files[1])
    data = json.loads(old.read_text(encoding="utf-8"))
    data["answers"]["a.one"]["value"] = 7  # off the scale, in a file that a later one supersedes
    old.write_text(json.dumps(data), encoding="utf-8")
    rollup = rollup_files(files, banks={"tiny": tiny})
    assert [s.path for s in rollup.skipped] == [str(old)]
    assert (rollup.files, rollup.counted, rollup.superseded_count) == (9, 3, 5)


def test_deferred_scores_are_the_same_in_any_order_and_across_processes(
    tmp_path: Path, tiny: Questionnaire
) -> None:
    import pickle

    from cse_assess.many.rollup import Deferred

    files = chain_of_files(tmp_path, 12)
    reader = FileReader({"tiny": tiny})
    items = [reader.candidate(p) for p in files]
    assert all(isinstance(i, Deferred) for i in items)
    forward, backward = RollupBuilder(), RollupBuilder()
    for item in items:
        forward.add(item)
    for item in reversed(items):
        backward.add(item)
    travelled = pickle.loads(pickle.dumps(backward))  # as a worker's part comes back
    assert forward.build() == travelled.build() == roll_up(reader.read(p) for p in files)


def test_corrupt_other_bank_and_unknown_bank(tmp_path: Path, tiny: Questionnaire) -> None:
    root = tmp_path / "in"
    write(root / "ok.json", {"a.one": backed(4)}, unit="Branch")
    (root / "corrupt.json").write_text('{"format": "cse-assess/assessment",', encoding="utf-8")
    (root / "latin1.json").write_bytes('{"x": "Rīga"}'.encode("cp1257"))
    example = Path(__file__).parent.parent / "questionnaires/examples/readiness-example.json"
    (root / "readiness.json").write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    write(root / "unknown.json", {"a.one": backed(4)}, bank="nosuch")
    write(root / "off-scale.json", {"a.one": {"value": 7}}, unit="Branch 2")
    (root / ".hidden.json").write_text("not even json", encoding="utf-8")
    (root / "notes.txt").write_text("not an assessment", encoding="utf-8")
    rollup = rollup_paths([str(root), str(tmp_path / "missing.json")], banks={"tiny": tiny})
    assert [b.id for b in rollup.banks] == ["readiness", "tiny"]  # one table per bank
    assert rollup.banks[0].rows[0].institution.startswith("Zaļkalnu")
    by_path = {Path(s.path).name: s for s in rollup.skipped}
    assert set(by_path) == {
        "corrupt.json",
        "latin1.json",
        "unknown.json",
        "off-scale.json",
        "missing.json",
    }
    assert by_path["corrupt.json"].category == "not_json"
    assert by_path["latin1.json"].category == "unreadable"
    assert by_path["unknown.json"].category == "unknown_bank"
    assert by_path["unknown.json"].code == "unknown_questionnaire"
    assert by_path["off-scale.json"].category == "invalid"
    assert "answers.a.one.value" in by_path["off-scale.json"].reason("en")
    assert "7 is not a level" in by_path["off-scale.json"].reason("en")
    assert "7 nav skalas līmenis" in by_path["off-scale.json"].reason("lv")
    assert by_path["missing.json"].reason("en") == "no such file or folder"
    assert dict(rollup.skipped_by_category()) == {
        "unreadable": 2,
        "not_json": 1,
        "unknown_bank": 1,
        "invalid": 1,
    }
    assert (rollup.files, rollup.counted) == (7, 2)


# --- the command ----------------------------------------------------------------------------
def args(paths: list[str], **kw: Any) -> argparse.Namespace:
    defaults: dict[str, Any] = {
        "paths": paths,
        "by": "unit",
        "format": None,
        "output": None,
        "score": "claimed",
        "questionnaire": None,
        "jobs": 1,
        "lang": "en",
        "superseded": None,
        "cache": None,
    }
    return argparse.Namespace(**{**defaults, **kw})


TINY_PATH = "tiny.yaml"


@pytest.fixture
def tiny_file(tmp_path: Path) -> str:
    path = tmp_path / TINY_PATH
    path.write_text(TINY, encoding="utf-8")
    return str(path)


def test_json_output(network: Path, tiny_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    from cse_assess.cli.rollup import run

    assert run(args([str(network)], format="json", questionnaire=[tiny_file])) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "cse-assess/rollup"
    (bank,) = data["banks"]
    assert bank["id"] == "tiny"
    assert [a["id"] for a in bank["areas"]] == ["a", "b"]
    assert bank["areas"][1] | {"verified": None} == {
        "id": "b",
        "title": "Area B",
        "count": 2,
        "mean": 50.0,
        "min": 25.0,
        "max": 75.0,
        "stdev": 25.0,
        "verified": None,
    }
    x, y, z = bank["units"]
    assert {k: x[k] for k in ("institution", "unit", "date", "overall", "areas")} == {
        "institution": "Agency 1",
        "unit": "Branch X",
        "date": "2026-01-10",
        "overall": 50.0,
        "areas": {"a": 75.0, "b": 25.0},
    }
    assert y["verified_areas"] == {"a": 50.0, "b": 75.0}
    assert z["areas"] == {"a": 12.5, "b": None}
    assert bank["weakest_areas"] == ["b", "a"]
    assert data["skipped"] == []
    assert [Path(s["path"]).name for s in data["superseded"]] == ["x-2025.json"]


def test_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    from cse_assess.cli.rollup import run

    (tmp_path / "empty").mkdir()
    with pytest.raises(MessageError) as caught:
        run(args([str(tmp_path / "empty")]))
    assert caught.value.code == "rollup_no_files"
    assert str(tmp_path / "empty") in caught.value.localized("lv")
    assert "nav atrasts neviens novērtējuma fails" in caught.value.localized("lv")


def test_nothing_counted_prints_the_report_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cse_assess.cli.rollup import run

    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert run(args([str(tmp_path)], format="json")) == 2
    out = capsys.readouterr()
    assert json.loads(out.out)["skipped"][0]["category"] == "not_json"
    assert "no assessment could be rolled up" in out.err


def test_text_report(network: Path, tiny_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    from cse_assess.cli.rollup import run

    assert run(args([str(network)], questionnaire=[tiny_file])) == 0
    out = capsys.readouterr().out
    assert "Weakest area of the network: Area B (mean 50.0, lowest 25.0)" in out
    assert re.search(r"Branch Z\s+2026-01-10\s+12\.5\s+12\.5\s+–", out)
    assert re.search(r"Mean\s+45\.8\s+54\.2\s+50\.0", out)
    assert "x-2025.json (2025-01-10) →" in out
    assert "\x1b[" not in out  # no colour codes in a pipe


def test_text_cells_are_coloured_by_band() -> None:
    # the colour follows the number as shown: 39.96 shows as 40.0, yellow
    assert [heat(x) for x in (None, 0.0, 39.94, 39.96, 69.9, 70.0, 100.0)] == [
        "none",
        "low",
        "low",
        "mid",
        "mid",
        "high",
        "high",
    ]


def test_html_is_self_contained_and_escapes_names(tmp_path: Path, tiny: Questionnaire) -> None:
    from cse_assess.render.rollup.html import render_rollup_html

    write(tmp_path / "a.json", {"a.one": backed(4)}, unit='<script>alert("x")</script>')
    write(tmp_path / "b.json", {"a.one": backed(1)}, institution="A & B <i>", unit="U")
    (tmp_path / "<bad>.json").write_text("{", encoding="utf-8")
    rollup = rollup_paths([str(tmp_path)], banks={"tiny": tiny})
    page = render_rollup_html(rollup, "lv")
    assert page == render_rollup_html(rollup, "lv")  # deterministic
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "A &amp; B &lt;i&gt;" in page
    assert "&lt;bad&gt;.json" in page
    # nothing from outside: only the skip link to the page's own main content
    assert not re.search(r'https?:|//[a-z]|src=|href="(?!#content")|@import|url\(', page, re.I)
    assert "Content-Security-Policy" in page
    assert 'class="num h-high">100,0<' in page  # Latvian decimal comma, green cell


def test_xlsx_reads_back(network: Path, tiny_file: str, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from cse_assess.cli.rollup import run

    (network / "broken.json").write_text("[", encoding="utf-8")
    out = tmp_path / "rollup.xlsx"
    assert run(args([str(network)], output=str(out), questionnaire=[tiny_file])) == 0
    first = out.read_bytes()
    assert run(args([str(network)], output=str(out), questionnaire=[tiny_file])) == 0
    assert out.read_bytes() == first  # deterministic
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["tiny", "skipped", "superseded"]
    ws = wb["tiny"]
    assert ws.freeze_panes == "C2"
    header = [c.value for c in ws[1]]
    assert header[:7] == ["Institution", "Unit", "Date", "Version", "Overall", "Area A", "Area B"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=4)]
    assert [r[1] for r in rows] == ["Branch X", "Branch Y", "Branch Z"]
    assert [r[4:7] for r in rows] == [[50, 75, 25], [75, 75, 75], [12.5, 12.5, None]]
    assert ws.cell(row=6, column=1).value == "Mean"
    assert ws.cell(row=6, column=6).value == pytest.approx(162.5 / 3)
    assert len(ws.conditional_formatting) == 2  # the rows, and mean/min/max
    skipped = [[c.value for c in row] for row in wb["skipped"].iter_rows(min_row=2)]
    assert [Path(r[0]).name for r in skipped] == ["broken.json"]
    assert skipped[0][2] == "json_syntax"
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert all(i.date_time[:3] == (2026, 1, 10) for i in z.infolist())


def test_xlsx_needs_an_output_file(network: Path) -> None:
    from cse_assess.cli.rollup import run

    with pytest.raises(MessageError) as caught:
        run(args([str(network)], format="xlsx"))
    assert caught.value.code == "rollup_xlsx_needs_output"


def test_markdown_lists_every_file(network: Path, tiny_file: str, tmp_path: Path) -> None:
    from cse_assess.cli.rollup import run

    out = tmp_path / "r.md"
    assert run(args([str(network)], output=str(out), questionnaire=[tiny_file])) == 0
    text = out.read_text(encoding="utf-8")
    assert "| Institution" in text
    assert "Area A" in text
    assert "**Weakest area of the network: Area B (mean 50.0, lowest 25.0)**" in text
    assert "x-2025.json" in text


def test_worker_processes_give_the_same_rollup(
    tmp_path: Path, tiny: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cse_assess.io import rollup_files as module

    rng = random.Random(6)
    for i in range(40):
        answers = {q: {"value": rng.randint(0, 4)} for q in ("a.one", "a.two", "b.one")}
        date = f"2026-01-{i % 28 + 1:02d}"
        write(tmp_path / f"f{i:02d}.json", answers, unit=f"U{i % 7}", date=date)
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    files, _ = find_files([str(tmp_path)])
    monkeypatch.setattr(module, "PARALLEL_FROM", 10)
    monkeypatch.setattr(module, "CHUNK", 7)
    one = rollup_files(files, banks={"tiny": tiny}, jobs=1)
    two = rollup_files(files, banks={"tiny": tiny}, jobs=2)
    assert one == two
    assert (one.counted, len(one.skipped), len(one.superseded)) == (7, 1, 33)


@given(files=st.integers(0, 2_000), size=st.integers(1, 600))
def test_the_parts_for_workers_keep_every_file_in_order_and_end_small(
    files: int, size: int
) -> None:
    """Workers get the files in parts of CHUNK, every file once, in order; the last parts are
    quarter parts, so that no worker is left alone with a whole part at the end."""
    from cse_assess.io import rollup_files as module

    names = [f"f{i}.json" for i in range(files)]
    saved = module.CHUNK
    module.CHUNK = size
    try:
        parts = list(module._chunks(iter(names)))
    finally:
        module.CHUNK = saved
    assert [name for part in parts for name in part] == names
    assert all(0 < len(part) <= size for part in parts)
    small = max(1, size // 4)
    ends = max((i + 1 for i, part in enumerate(parts) if len(part) > small), default=0)
    assert all(len(part) == size for part in parts[:ends])  # whole parts, then quarters
    assert sum(map(len, parts[ends:])) >= min(files, size)  # at least the last part's worth


# --- the roll-up's numbers are exactly those of score() -------------------------------------
def full(bank: Questionnaire, text: str, path: str = "f.json") -> UnitScores | None:
    """The full path on ``text``: parse, validate, score; ``None`` where it refuses the file."""
    try:  # as store.read_text: a byte-order mark is read past
        assessment = parse_assessment(text.removeprefix("\ufeff"), path)
    except Exception:
        return None
    if validate_assessment(assessment, bank, path).problems:
        return None
    return summarize(score(bank, assessment), path)


def rolled(bank: Questionnaire, text: str | bytes, folder: Path) -> UnitScores | Skipped:
    """What the roll-up reads from a file holding ``text`` (the bank given as the file's own)."""
    path = folder / "f.json"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return FileReader({bank.id: bank}).read(str(path))


def sign(x: float) -> float:
    return math.copysign(1, x)


def same(a: UnitScores | None, b: UnitScores | None) -> bool:
    """Equal to the last bit (NaN never appears; -0.0 and 0.0 are told apart)."""
    if a is None or b is None:
        return a is b
    pairs = [(a.overall, b.overall), (a.verified, b.verified)]
    pairs += list(zip(a.areas + a.verified_areas, b.areas + b.verified_areas, strict=True))
    exact = all(
        x is y or (x is not None and y is not None and x == y and sign(x) == sign(y))
        for x, y in pairs
    )
    return exact and (a.institution, a.unit, a.date) == (b.institution, b.unit, b.date)


EVIDENCE = [
    "Order No. 7",
    "Protokols Nr. 4: 12. punkts",
    "https://example.lv/a",
    " Rīkojums ",
    'Lapa "Vērtības"',
    "C:\\standarts\\2026.docx",
]


def answer_strategy(question: Any) -> st.SearchStrategy[dict[str, Any] | None]:
    evidence = st.lists(st.sampled_from(EVIDENCE), max_size=3)
    note = st.sampled_from(["", "Piezīme: viss kārtībā.", "note"])
    if question.kind == "scale":
        value: st.SearchStrategy[Any] = st.sampled_from(question.scale.values)
    elif question.kind == "yes_no":
        value = st.booleans()
    elif question.kind == "checklist":
        value = st.lists(st.sampled_from([i.id for i in question.items]), unique=True)
    else:
        value = st.one_of(st.integers(0, 600), st.floats(0, 600, allow_nan=False))
    answered = st.builds(
        lambda v, e, n: {"value": v, "na": False, "evidence": e, "note": n}, value, evidence, note
    )
    unanswered = st.builds(
        lambda e, n: {"value": None, "na": False, "evidence": e, "note": n}, evidence, note
    )
    options = [answered, unanswered, st.none(), st.just({}), st.just({"value": None})]
    if question.allow_na:
        options.append(st.just({"value": None, "na": True, "evidence": [], "note": "Neattiecas."}))
        options.append(st.just({"na": True, "note": "N/A: nav filiāļu."}))
    return st.one_of(*options)


_ANSWERS: dict[tuple[str, str], st.SearchStrategy[tuple[dict[str, Any] | None, ...]]] = {}


def bank_answers(bank: Questionnaire) -> st.SearchStrategy[tuple[dict[str, Any] | None, ...]]:
    """Every question's raw answer (``None``: left out), as one strategy made once per bank: a
    strategy made anew for each draw is checked anew, which took most of these tests' time."""
    key = (bank.id, bank.version)
    if key not in _ANSWERS:
        _ANSWERS[key] = st.tuples(*(answer_strategy(q) for q in bank.questions))
    return _ANSWERS[key]


@st.composite
def assessments(draw: st.DrawFn, bank: Questionnaire) -> str:
    answers = {}
    for q, raw in zip(bank.questions, draw(bank_answers(bank)), strict=True):
        if raw is not None:
            answers[q.id] = raw
    context = {"institution": "Iestāde: centrs", "unit": draw(st.sampled_from(["", "Filiāle 1"]))}
    context["date"] = draw(st.sampled_from(["", "2026-02-28"]))
    data = {
        "format": "cse-assess/assessment",
        "format_version": 1,
        "questionnaire": {"id": bank.id, "version": bank.version},
        "context": context,
        "answers": answers,
    }
    indent = draw(st.sampled_from([None, 2]))
    return json.dumps(data, ensure_ascii=draw(st.booleans()), indent=indent)


@pytest.mark.parametrize("bank_id", ["mixed", "tiny", "readiness"])
@settings(  # as many examples as the profile says (25 in CI, 1,000 with "thorough")
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_the_rollup_reads_what_score_gives(
    bank_id: str, data: st.DataObject, tiny: Questionnaire, mixed: Questionnaire, tmp_path: Path
) -> None:
    bank = {"mixed": mixed, "tiny": tiny}.get(bank_id) or load_questionnaire(bank_id)
    text = data.draw(assessments(bank))
    expected = full(bank, text, str(tmp_path / "f.json"))
    assert expected is not None
    got = rolled(bank, text, tmp_path)
    assert isinstance(got, UnitScores)
    assert same(got, expected), (got, expected)


def test_many_seeded_readiness_files_roll_up_as_they_score(tmp_path: Path) -> None:
    """200 files as cse-assess writes them: the roll-up's numbers are score()'s, to the last bit."""
    bank = load_questionnaire("readiness")
    rng = random.Random(2026)
    for _ in range(200):
        answers = {}
        for q in bank.questions:
            roll = rng.random()
            if roll < 0.05:
                continue  # unanswered
            if roll < 0.09 and q.allow_na:
                answers[q.id] = Answer(None, True, (), "Neattiecas: nav filiāļu.")
            else:
                evidence = tuple(rng.sample(EVIDENCE, rng.randint(0, 2)))
                value = rng.random() < 0.5 if q.kind == "yes_no" else rng.randint(0, 4)
                answers[q.id] = Answer(value, False, evidence, "")
        a = Assessment(bank.id, bank.version, Context("Iestāde", "F", "", "2026-01-01"), answers)
        got = rolled(bank, dump_assessment(a), tmp_path)
        assert isinstance(got, UnitScores)
        assert same(got, summarize(score(bank, a), "f.json"))


def readiness_text(**changes: Any) -> str:
    example = Path(__file__).parent.parent / "questionnaires/examples/readiness-example.json"
    data = json.loads(example.read_text(encoding="utf-8"))
    for key, value in changes.items():
        data[key] = value
    return json.dumps(data, ensure_ascii=False, indent=2)


def answers_with(**override: Any) -> dict[str, Any]:
    example = Path(__file__).parent.parent / "questionnaires/examples/readiness-example.json"
    answers = json.loads(example.read_text(encoding="utf-8"))["answers"]
    answers.update({k.replace("__", "."): v for k, v in override.items()})
    return answers


ANOMALIES = {
    "duplicate answer": lambda t: t.replace(
        '"answers": {', '"answers": {\n    "values.strategy-levels": {"value": 0},', 1
    ),
    "duplicate key in an answer": lambda t: t.replace('"value": 3,', '"value": 3, "value": 0,', 1),
    "duplicate empty answer": lambda t: t.replace(
        '"answers": {', '"answers": {\n    "values.strategy-levels": {},', 1
    ),
    "duplicate top key": lambda t: t.replace('{\n  "format"', '{\n  "context": {},\n  "format"', 1),
    "duplicate key, text with escapes": lambda t: t.replace(
        '"value": 3,', '"value": 3, "value": 0,', 1
    ).replace('"note": ""', '"note": "a \\"b\\": c"', 1),
    "escaped colon and duplicate": lambda t: t.replace(
        '"answers": {', '"answers": {\n    "values.strategy-levels": {"note": "a\\u003ab"},', 1
    ),
    "not json": lambda t: t[:-3],
    "unknown key": lambda t: t.replace('"na": false', '"na": false, "comment": "x"', 1),
    "na as 0": lambda t: t.replace('"na": false', '"na": 0', 1),
    "note as number": lambda t: t.replace('"note": ""', '"note": 5', 1),
    "evidence as text": lambda t: t.replace('"evidence": [', '"evidence": "x", "e": [', 1),
    "blank evidence": lambda t: t.replace('"evidence": [', '"evidence": ["  ", ', 1),
    "value true": lambda t: t.replace('"value": 3,', '"value": true,', 1),
    "value 3.5": lambda t: t.replace('"value": 3,', '"value": 3.5,', 1),
    "value NaN": lambda t: t.replace('"value": 3,', '"value": NaN,', 1),
    "value text": lambda t: t.replace('"value": 3,', '"value": "3",', 1),
    "answer null": lambda t: t.replace(
        '"answers": {', '"answers": {\n    "values.vision-mission-x": null,', 1
    ),
    "unknown question": lambda t: t.replace('"answers": {', '"answers": {\n    "x.y": {},', 1),
    "format version 1.0": lambda t: t.replace('"format_version": 1', '"format_version": 1.0', 1),
    "bad date": lambda t: t.replace('"2026-11-30"', '"2026-02-30"', 1),
    "targets": lambda t: t.replace('{\n  "format"', '{\n  "targets": {"x": 1},\n  "format"', 1),
}


@pytest.mark.parametrize("name", sorted(ANOMALIES))
def test_anomalies_are_skipped_with_what_validate_reports(name: str, tmp_path: Path) -> None:
    bank = load_questionnaire("readiness")
    text = ANOMALIES[name](readiness_text())
    assert text != readiness_text()
    path = tmp_path / "f.json"
    path.write_text(text, encoding="utf-8")
    got = FileReader().read(str(path))
    if name in ("blank evidence", "unknown question"):  # valid files: counted
        assert isinstance(got, UnitScores)
        assert same(got, full(bank, text, str(path)))
        return
    assert isinstance(got, Skipped), name
    with pytest.raises(ContentError) as caught:  # exactly what validate and score report
        read_assessment(path)
    assert [p.format("lv") for p in got.problems] == [p.format("lv") for p in caught.value.problems]


def test_na_rules_are_reported_as_validate_reports_them(tmp_path: Path) -> None:
    cases = {
        "no note": {"na": True, "note": " "},
        "with a value": {"na": True, "value": 2, "note": "x"},
        "not allowed": {"na": True, "note": "x"},
    }
    for name, raw in cases.items():
        qid = "values.customer-at-centre" if name == "not allowed" else "goals.unit-targets"
        text = readiness_text(answers=answers_with(**{qid: raw}))
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        got = FileReader().read(str(path))
        assert isinstance(got, Skipped)
        code = {"no note": "na_needs_note", "with a value": "na_with_value"}.get(
            name, "na_not_allowed"
        )
        assert got.code == code
        assert f"answers.{qid}.na" in got.reason("en") or f"answers.{qid}" in got.reason("en")
        assert got.problems[0].line is not None  # the line is found, as validate finds it


@pytest.mark.parametrize("prefix", ["", "\ufeff"])  # Notepad's byte-order mark is read past
def test_the_example_rolls_up_with_the_same_numbers(prefix: str, tmp_path: Path) -> None:
    bank = load_questionnaire("readiness")
    text = prefix + readiness_text()
    got = rolled(bank, text, tmp_path)
    assert isinstance(got, UnitScores)
    assert same(got, full(bank, text))


def test_the_core_imports_no_terminal_code() -> None:
    import subprocess
    import sys

    code = (
        "import sys, cse_assess.many.rollup, cse_assess.io.rollup_files;"
        "heavy = ('rich', 'questionary', 'openpyxl', 'tabulate');"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_streamed_json_is_the_data(network: Path, tiny: Questionnaire) -> None:
    from cse_assess.render.rollup.json import render_rollup_json, rollup_data

    (network / "bad.json").write_text("{", encoding="utf-8")
    rollup = rollup_paths([str(network)], banks={"tiny": tiny})
    for r in (rollup, rollup_paths([], banks={"tiny": tiny})):
        assert json.loads(render_rollup_json(r, "lv")) == rollup_data(r, "lv")


# --- the quick path never counts a file score refuses, and counts it with score's numbers ----
def _set_answer_field(field: str, value: Any) -> Any:
    def mutate(data: dict[str, Any], draw: st.DrawFn) -> None:
        answers = data["answers"]
        if answers:
            qid = draw(st.sampled_from(sorted(answers)))
            if isinstance(answers[qid], dict):
                answers[qid][field] = value

    return mutate


def _drop_answer_field(field: str) -> Any:
    def mutate(data: dict[str, Any], draw: st.DrawFn) -> None:
        for raw in data["answers"].values():
            if isinstance(raw, dict) and field in raw:
                del raw[field]
                return

    return mutate


def _top(key: str, value: Any) -> Any:
    def mutate(data: dict[str, Any], draw: st.DrawFn) -> None:
        data[key] = value

    return mutate


def _context(key: str, value: Any) -> Any:
    def mutate(data: dict[str, Any], draw: st.DrawFn) -> None:
        data["context"][key] = value

    return mutate


def _unknown_question(data: dict[str, Any], draw: st.DrawFn) -> None:
    data["answers"]["x.unknown"] = {"value": 1}


def _answer_not_a_mapping(data: dict[str, Any], draw: st.DrawFn) -> None:
    if data["answers"]:
        qid = draw(st.sampled_from(sorted(data["answers"])))
        data["answers"][qid] = draw(st.sampled_from([[1], "3", 3, None, ["value", "na"]]))


DATA_MUTATIONS = [
    _set_answer_field("value", True),
    _set_answer_field("value", False),
    _set_answer_field("value", 1),
    _set_answer_field("value", "3"),
    _set_answer_field("value", 3.5),
    _set_answer_field("value", 2.0),
    _set_answer_field("value", -0.0),
    _set_answer_field("value", 1e13),
    _set_answer_field("value", 10**400),
    _set_answer_field("value", [1]),
    _set_answer_field("value", ["office"]),
    _set_answer_field("value", {"a": 1}),
    _set_answer_field("na", 0),
    _set_answer_field("na", True),
    _set_answer_field("note", 5),
    _set_answer_field("note", "  "),
    _set_answer_field("evidence", "x"),
    _set_answer_field("evidence", [1]),
    _set_answer_field("evidence", ["  ", "real"]),
    _set_answer_field("evidence", ["   "]),
    _set_answer_field("flag", None),
    _set_answer_field("flag", ""),
    _set_answer_field("flag", 3),
    _set_answer_field("extra", 1),
    _drop_answer_field("value"),
    _drop_answer_field("note"),
    _drop_answer_field("na"),
    _drop_answer_field("evidence"),
    _top("format_version", 1.0),
    _top("format_version", True),
    _top("format", "cse-assess/result"),
    _top("targets", {}),
    _top("targets", {"a.one": 3}),
    _top("consensus", {"assessors": ["A"], "agreement": 1}),
    _top("comment", "x"),
    _top("answers", []),
    _top("questionnaire", {"id": "tiny"}),
    _top("questionnaire", {"id": "Tiny!", "version": "1.0.0"}),
    _top("questionnaire", {"id": "tiny", "version": " "}),
    _context("date", "2026-02-30"),
    _context("date", 20260101),
    _context("language", "de"),
    _context("language", "lv"),
    _context("colour", "x"),
    _unknown_question,
    _answer_not_a_mapping,
]

TEXT_MUTATIONS = [
    lambda t: "\ufeff" + t,
    lambda t: t.replace('"value": 1', '"value": NaN', 1),
    lambda t: t.replace('"value": 2', '"value": Infinity', 1),
    lambda t: t.replace('"value": 3', '"value": 1e999', 1),
    lambda t: t.replace('"na": false', '"na": false, "na": true', 1),
    lambda t: t.replace('"note": "', '"note": "x", "note": "', 1),
    lambda t: t.replace('"answers": {', '"answers": {"a.one": {}, ', 1),
    lambda t: t.replace('"format"', '"context": {}, "format"', 1),
    lambda t: t.replace('"note": "', '"note": "\\u0041\\"', 1),
    lambda t: t.replace('"note": "', '"note": "\\ud800', 1),
    lambda t: t.replace('"note": "', '"note": "\\ud83d\\ude00', 1),
    lambda t: t.replace('"Filiāle 1"', '"Filiāle 1\\u003a"', 1),
    lambda t: t[: len(t) // 2],
    lambda t: t + " ",
]


@st.composite
def mutated(draw: st.DrawFn, bank: Questionnaire) -> str:
    data = json.loads(draw(assessments(bank)))
    for mutation in draw(st.lists(st.sampled_from(DATA_MUTATIONS), max_size=2)):
        if not all(isinstance(data.get(key), dict) for key in ("answers", "context")):
            break  # an earlier mutation replaced the answers or the context: broken enough
        mutation(data, draw)
    text = json.dumps(data, ensure_ascii=False, indent=draw(st.sampled_from([None, 2])))
    for mutation in draw(st.lists(st.sampled_from(TEXT_MUTATIONS), max_size=2)):
        text = mutation(text)
    return text


@pytest.fixture(params=["json", "orjson"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The quick reader's JSON parser: the standard library's, or orjson (the speed extra)."""
    from cse_assess.content import assessment

    if request.param == "json":
        monkeypatch.setattr(assessment, "_loads", json.loads)
    else:
        orjson = pytest.importorskip("orjson")
        monkeypatch.setattr(assessment, "_loads", orjson.loads)
    return str(request.param)


@pytest.mark.parametrize("bank_id", ["mixed", "tiny", "standard-content"])
@settings(  # as many examples as the profile says (25 in CI, 1,000 with "thorough")
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_the_rollup_counts_exactly_what_score_accepts(
    bank_id: str,
    data: st.DataObject,
    tiny: Questionnaire,
    mixed: Questionnaire,
    tmp_path: Path,
    parser: str,
) -> None:
    """Random assessments, then broken at random (a wrong type, a key twice, NaN, an escape, a
    missing key, a number past the bounds...): the roll-up skips what score refuses, with
    validate's words, and counts the rest with score's numbers to the last bit, whichever path
    it takes and whichever parser reads it."""
    bank = {"mixed": mixed, "tiny": tiny}.get(bank_id) or load_questionnaire(bank_id)
    text = data.draw(mutated(bank))
    path = tmp_path / "f.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    expected = full(bank, text, str(path))
    got = FileReader({bank.id: bank}).read(str(path))
    if expected is None:
        assert isinstance(got, Skipped), text
        with pytest.raises(ContentError) as caught:
            read_assessment(path, bank)
        assert [p.format("en") for p in got.problems] == [
            p.format("en") for p in caught.value.problems
        ]
    else:
        assert isinstance(got, UnitScores), (got, text)
        assert same(got, expected), (got, expected)


def test_the_quick_path_takes_the_plain_files(tmp_path: Path) -> None:
    """The files cse-assess writes take the quick path; an unusual one takes the full one."""
    bank = load_questionnaire("readiness")
    reader = FileReader()
    plain = tmp_path / "plain.json"
    plain.write_text(readiness_text(), encoding="utf-8")
    escaped = tmp_path / "escaped.json"
    escaped.write_text(readiness_text().replace('"note": ""', '"note": "a\\\\b"', 1), "utf-8")
    assert isinstance(reader.read(str(plain)), UnitScores)
    assert reader.quick == 1
    assert isinstance(reader.read(str(escaped)), UnitScores)
    assert reader.quick == 1  # an escape: the full reader
    assert same(reader.read(str(plain)), full(bank, readiness_text()))


@pytest.mark.parametrize("odd", [[1], "3", 3, None])
def test_an_answer_that_is_not_a_mapping_is_left_to_the_full_reader(
    tmp_path: Path, odd: object
) -> None:
    """Behind an answer the quick reader fills in (a key left out), one that is not a mapping
    at all: the full reader says what is wrong, as ``score`` would, not an unexpected error."""
    data = json.loads(readiness_text())
    first, *_, last = data["answers"]
    del data["answers"][first]["value"]
    data["answers"][last] = odd
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    reader = FileReader()
    got = reader.read(str(path))
    assert reader.quick == 0
    expected = full(load_questionnaire("readiness"), path.read_text(encoding="utf-8"))
    if expected is None:
        assert isinstance(got, Skipped)
        assert "rollup_unexpected" not in {p.code for p in got.problems}
    else:
        assert same(got, expected)
