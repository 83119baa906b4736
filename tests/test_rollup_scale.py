"""The roll-up at scale: bounded lists with true counts, every superseded file on request, the
long export (CSV, Parquet, DuckDB), the cache of per-file results, workers, large text tables.

No timing here: speed is measured in ``benchmarks/rollup.py``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cse_assess.core.errors import MessageError
from cse_assess.core.model import Questionnaire
from cse_assess.io import rollup_files
from cse_assess.io.rollup_cache import FILE_NAME, ResultCache
from cse_assess.io.rollup_files import (
    FileReader,
    default_jobs,
    find_files,
    question_rows,
    rollup_paths,
)
from cse_assess.io.rollup_files import (
    rollup_files as roll_files,
)
from cse_assess.io.store import load_questionnaire
from cse_assess.many import rollup as many
from cse_assess.many.rollup import RollupBuilder, Skipped, UnitScores, roll_up
from cse_assess.render.rollup.long import COLUMNS, iter_csv_long
from cse_assess.render.rollup.plain import render_rollup_text
from tests.test_rollup import TINY, args, backed, write

EXAMPLE = Path(__file__).parent.parent / "questionnaires/examples/readiness-example.json"


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[Questionnaire, str]:
    from cse_assess.content.bank import parse_questionnaire

    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    return parse_questionnaire(TINY, str(path)), str(path)


def history(root: Path, units: int, visits: int) -> list[Path]:
    """``visits`` assessments of each of ``units`` units, a month apart."""
    made = []
    for u in range(units):
        for v in range(visits):
            answers = {"a.one": backed((u + v) % 5), "a.two": {"value": v % 5}}
            made.append(
                write(
                    root / f"u{u:02d}" / f"{v:02d}.json",
                    answers,
                    unit=f"U{u:02d}",
                    date=f"2025-{v + 1:02d}-01",
                )
            )
    return made


# --- bounded lists, true counts ----------------------------------------------------------------
def test_superseded_and_skipped_are_counted_and_the_first_kept(
    tmp_path: Path, tiny: tuple[Questionnaire, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bank, _ = tiny
    monkeypatch.setattr(many, "SUPERSEDED_KEPT", 5)
    monkeypatch.setattr(many, "SKIPPED_KEPT", 3)
    history(tmp_path, units=4, visits=6)
    for i in range(7):
        (tmp_path / f"bad{i}.json").write_text("{", encoding="utf-8")
    rollup = rollup_paths([str(tmp_path)], banks={"tiny": bank})
    assert rollup.files == 31
    assert rollup.counted == 4
    assert rollup.superseded_count == 20
    assert rollup.skipped_count == 7
    assert rollup.skipped_by_category() == (("not_json", 7),)
    # the first in path order are kept, whatever order they were found in
    everything = sorted(str(p) for p in tmp_path.rglob("0[0-4].json"))
    assert [s.path for s in rollup.superseded] == everything[:5]
    assert [Path(s.path).name for s in rollup.skipped] == ["bad0.json", "bad1.json", "bad2.json"]
    # the reports say how many, and list what is kept
    text = render_rollup_text(rollup, "en", limit=2)
    assert "Superseded assessments (a later assessment of the same unit counts) (20)" in text
    assert "... and 18 more: --superseded FILE.csv lists every one." in text
    assert "Skipped files (7)" in text
    assert "... and 5 more: --format json, html, markdown or xlsx list the first 3." in text
    from cse_assess.render.rollup.html import render_rollup_html
    from cse_assess.render.rollup.json import rollup_data

    data = rollup_data(rollup, "en")
    assert (data["superseded_count"], data["skipped_count"], data["format_version"]) == (20, 7, 2)
    assert len(data["superseded"]) == 5
    page = render_rollup_html(rollup, "en")
    assert page.count("<tr><td><code>") == 5 + 3
    assert "… and 15 more" not in page
    assert "... and 15 more: --superseded FILE.csv lists every one." in page
    assert "... and 4 more, not listed here: the first 3 are listed." in page


def test_what_is_kept_does_not_grow_with_the_files(tmp_path: Path) -> None:
    """Per unit one record, per other file a count: the builder holds no list of every file."""
    builder = RollupBuilder()
    info = many.BankInfo("b", "1", {"en": "B"}, ("a",), ({"en": "A"},))
    for i in range(20_000):
        builder.add(
            UnitScores(
                info,
                f"f{i:05d}.json",
                "I",
                f"U{i % 10}",
                f"2026-01-{i % 28 + 1:02d}",
                50.0,
                40.0,
                (50.0,),
                (40.0,),
            )
        )
        if i % 100 == 0:
            builder.add(Skipped(f"bad{i:05d}.json", ()))
    assert len(builder._latest) == 10
    assert len(builder._older) < 2 * many.SUPERSEDED_KEPT
    assert len(builder._skipped) <= 2 * many.SKIPPED_KEPT
    rollup = builder.build()
    assert (rollup.superseded_count, rollup.skipped_count) == (19_990, 200)


# --- every superseded file on request -----------------------------------------------------------
def test_superseded_csv_lists_every_one(
    tmp_path: Path, tiny: tuple[Questionnaire, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cse_assess.cli.rollup import run

    _, bank_file = tiny
    monkeypatch.setattr(many, "SUPERSEDED_KEPT", 2)
    root = tmp_path / "n"
    history(root, units=3, visits=4)
    out = tmp_path / "older.csv"
    code = run(args([str(root)], questionnaire=[bank_file], superseded=str(out), format="json"))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 9
    assert {r["path"] for r in rows} == {
        str(p) for p in root.rglob("*.json") if not p.name.startswith("03")
    }
    assert all(r["by"].endswith("03.json") and r["by"].startswith(str(root)) for r in rows)
    assert all(r["bank"] == "tiny" and r["institution"] == "Agency 1" for r in rows)
    assert {r["unit"] for r in rows} == {"U00", "U01", "U02"}


def test_superseded_csv_is_not_written_over_an_input(
    tmp_path: Path, tiny: tuple[Questionnaire, str]
) -> None:
    from cse_assess.cli.rollup import run

    _, bank_file = tiny
    made = history(tmp_path / "n", units=1, visits=2)
    with pytest.raises(MessageError) as caught:
        run(args([str(tmp_path / "n")], questionnaire=[bank_file], superseded=str(made[0])))
    assert caught.value.code in ("output_is_input", "output_extension")
    with pytest.raises(MessageError) as caught:
        run(args([str(tmp_path / "n")], questionnaire=[bank_file], superseded=bank_file))
    assert caught.value.code in ("output_is_input", "output_extension")


# --- the long export ----------------------------------------------------------------------------
def example_network(root: Path, units: int = 3) -> list[Path]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    made = []
    for u in range(units):
        data["context"].update(unit=f"Filiāle {u + 1}", date=f"2026-03-0{u + 1}")
        path = root / f"f{u}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        made.append(path)
    return made


def test_csv_long_is_one_row_per_unit_and_question(tmp_path: Path) -> None:
    import cse_assess
    from cse_assess.cli.rollup import run

    example_network(tmp_path / "n")
    out = tmp_path / "long.csv"
    assert run(args([str(tmp_path / "n")], output=str(out))) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    bank = load_questionnaire("readiness")
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == 3 * len(bank.questions)
    result = cse_assess.score(bank, cse_assess.load_assessment(EXAMPLE))
    first = [r for r in rows if r["unit"] == "Filiāle 1"]
    assert [r["question"] for r in first] == [q.id for q in bank.questions]
    for row, q in zip(first, result.questions, strict=True):
        assert row["status"] == q.status
        assert row["claimed"] == ("" if q.claimed is None else repr(q.claimed))
        assert row["verified"] == ("" if q.verified is None else repr(q.verified))
        assert int(row["evidence"]) == (len(q.answer.evidence) if q.answer else 0)
        value = None if q.answer is None else q.answer.value
        assert row["value"] == ("" if value is None else json.dumps(value))
        assert (row["bank"], row["version"], row["date"]) == (
            "readiness",
            bank.version,
            "2026-03-01",
        )


def test_csv_long_by_institution_still_lists_every_unit(tmp_path: Path) -> None:
    example_network(tmp_path / "n")
    rollup = rollup_paths([str(tmp_path / "n")], by="institution")
    assert len(rollup.banks[0].rows) == 1
    units = {row[3] for row in question_rows(rollup)}
    assert units == {"Filiāle 1", "Filiāle 2", "Filiāle 3"}


def test_csv_long_cells_are_inert() -> None:
    row = ("b", "1", '=HYPERLINK("x")', "+u", "2026-01-01", "q", "answered", -5, 0.0, None, 2)
    text = "".join(iter_csv_long([row]))
    assert "'=HYPERLINK" in text
    assert "'+u" in text
    assert ",-5,0.0,,2" in text


def test_the_long_export_of_a_unit_that_takes_the_full_path(tmp_path: Path) -> None:
    """A file with an escape is read by the full reader: its rows are the same."""
    made = example_network(tmp_path / "n", units=1)
    plain = list(question_rows(rollup_paths([str(tmp_path / "n")])))
    text = made[0].read_text(encoding="utf-8").replace('"note": ""', '"note": "a\\u0020"', 1)
    made[0].write_text(text, encoding="utf-8")
    escaped = list(question_rows(rollup_paths([str(tmp_path / "n")])))
    assert [r[:7] + r[8:] for r in plain] == [r[:7] + r[8:] for r in escaped]


def test_parquet_needs_pyarrow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cse_assess.cli.rollup import run
    from cse_assess.render.rollup import long

    example_network(tmp_path / "n", units=1)
    monkeypatch.setattr(long, "parquet_available", lambda: False)
    with pytest.raises(MessageError) as caught:
        run(args([str(tmp_path / "n")], output=str(tmp_path / "x.parquet")))
    assert caught.value.code == "rollup_parquet_missing"
    assert "pip install 'cse-assess[parquet]'" in caught.value.localized("en")
    assert "pyarrow" in caught.value.localized("lv")
    with pytest.raises(MessageError) as caught:
        run(args([str(tmp_path / "n")], format="parquet"))
    assert caught.value.code == "binary_needs_output"
    assert not (tmp_path / "x.parquet").exists()


def test_parquet_holds_the_csv_rows(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow (the parquet extra) is missing")
    from cse_assess.cli.rollup import run

    example_network(tmp_path / "n")
    assert run(args([str(tmp_path / "n")], output=str(tmp_path / "x.parquet"))) == 0
    assert run(args([str(tmp_path / "n")], output=str(tmp_path / "x.csv"))) == 0
    table = pq.read_table(tmp_path / "x.parquet")
    assert table.column_names == list(COLUMNS)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text(encoding="utf-8"))))
    assert table.num_rows == len(rows)
    got = table.to_pylist()
    for a, b in zip(got, rows, strict=True):
        assert a["question"] == b["question"]
        assert a["status"] == b["status"]
        assert (a["value"] or "") == b["value"]
        assert ("" if a["claimed"] is None else repr(a["claimed"])) == b["claimed"]
        assert a["evidence"] == int(b["evidence"])


# --- the cache ----------------------------------------------------------------------------------
def rolled(root: Path, cache: Path | None, banks: dict[str, Questionnaire] | None = None) -> Any:
    files, missing = find_files([str(root)])
    store = None if cache is None else ResultCache.open(str(cache))
    try:
        found = roll_files(files, banks=banks, skipped=missing, cache=store)
    finally:
        if store is not None:
            store.close()
    return found, store


def test_a_rerun_reads_only_what_changed(tmp_path: Path) -> None:
    made = example_network(tmp_path / "n", units=4)
    (tmp_path / "n" / "bad.json").write_text("{", encoding="utf-8")
    cold, first = rolled(tmp_path / "n", tmp_path / "cache")
    assert (first.hits, first.stored) == (0, 4)  # a skipped file is not kept
    warm, second = rolled(tmp_path / "n", tmp_path / "cache")
    assert (second.hits, second.stored) == (4, 0)
    assert warm == cold == rolled(tmp_path / "n", None)[0]
    # a file changed: read again, and its new numbers count
    text = made[1].read_text(encoding="utf-8").replace('"value": 3', '"value": 0', 1)
    made[1].write_text(text, encoding="utf-8")
    os.utime(made[1], ns=(1, 1))
    changed, third = rolled(tmp_path / "n", tmp_path / "cache")
    assert (third.hits, third.stored) == (3, 1)
    assert changed == rolled(tmp_path / "n", None)[0]
    assert changed != cold


def test_a_changed_bank_never_uses_old_entries(
    tmp_path: Path, tiny: tuple[Questionnaire, str]
) -> None:
    bank, _ = tiny
    write(tmp_path / "n" / "a.json", {"a.one": backed(4), "a.two": {"value": 1}}, unit="A")
    before, first = rolled(tmp_path / "n", tmp_path / "c", {"tiny": bank})
    assert first.stored == 1
    from cse_assess.content.bank import parse_questionnaire

    weighted = parse_questionnaire(TINY.replace("target: 3}", "target: 3, weight: 3}", 1), "t")
    after, second = rolled(tmp_path / "n", tmp_path / "c", {"tiny": weighted})
    assert second.hits == 0
    assert after.banks[0].rows[0].areas != before.banks[0].rows[0].areas
    assert after == rolled(tmp_path / "n", None, {"tiny": weighted})[0]


def test_a_damaged_cache_is_set_aside(tmp_path: Path) -> None:
    example_network(tmp_path / "n", units=2)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / FILE_NAME).write_bytes(b"this is not a database" * 100)
    found, store = rolled(tmp_path / "n", cache)
    assert store.problem is None
    assert store.stored == 2
    assert (cache / (FILE_NAME + ".damaged")).exists()
    assert found == rolled(tmp_path / "n", None)[0]
    # an entry of another layout is read past, never a crash
    db = sqlite3.connect(cache / FILE_NAME)
    db.execute("UPDATE entries SET data = '[1, 2]'")
    db.commit()
    db.close()
    again, store = rolled(tmp_path / "n", cache)
    assert (store.hits, store.stored) == (0, 2)
    assert again == found


def test_a_cache_folder_that_cannot_be_used_reads_everything(tmp_path: Path) -> None:
    example_network(tmp_path / "n", units=2)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    found, store = rolled(tmp_path / "n", blocker / "cache")
    assert store.problem is not None
    assert not store.usable
    assert found == rolled(tmp_path / "n", None)[0]


def test_cache_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cse_assess.cli.rollup import run

    example_network(tmp_path / "n", units=2)
    cache = tmp_path / "c"
    assert run(args([str(tmp_path / "n")], format="json", cache=str(cache))) == 0
    first = json.loads(capsys.readouterr().out)
    assert (cache / FILE_NAME).exists()
    assert run(args([str(tmp_path / "n")], format="json", cache=str(cache))) == 0
    assert json.loads(capsys.readouterr().out) == first
    blocker = tmp_path / "f"
    blocker.write_text("", encoding="utf-8")
    assert run(args([str(tmp_path / "n")], format="json", cache=str(blocker / "c"))) == 0
    err = capsys.readouterr().err
    assert "cannot be used" in err
    assert "(warning)" in err


# --- workers ------------------------------------------------------------------------------------
def test_default_jobs_follow_the_usable_processors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert default_jobs() == 3
    assert default_jobs(100) == 1  # a small roll-up: no worker process
    assert default_jobs(rollup_files.PARALLEL_FROM * 2) == 2
    assert default_jobs(10**6) == 3


def test_workers_with_a_cache_give_the_same_rollup(
    tmp_path: Path, tiny: tuple[Questionnaire, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bank, _ = tiny
    monkeypatch.setattr(rollup_files, "PARALLEL_FROM", 10)
    history(tmp_path / "n", units=5, visits=6)
    files, _ = find_files([str(tmp_path / "n")])
    one = roll_files(files, banks={"tiny": bank}, jobs=1)
    store = ResultCache.open(str(tmp_path / "c"))
    two = roll_files(files, banks={"tiny": bank}, jobs=2, cache=store)
    store.close()
    assert one == two
    assert store.stored == 30


# --- large text tables --------------------------------------------------------------------------
def test_a_table_of_ten_thousand_units_is_plain_text() -> None:
    bank = load_questionnaire("readiness")
    info = many.BankInfo.of(bank)
    items = [
        UnitScores(
            info,
            f"u{i:05d}.json",
            f"Iestāde {i // 50}",
            f"Filiāle {i % 50}",
            "2026-01-01",
            50.0 + i % 50,
            40.0,
            (60.0,) * 9,
            (50.0,) * 9,
        )
        for i in range(10_000)
    ]
    rollup = roll_up(items)
    text = render_rollup_text(rollup, "lv")
    lines = text.splitlines()
    rows = [line for line in lines if line.startswith("Iestāde ") and "2026-01-01" in line]
    assert len(rows) == 10_000
    assert "\x1b[" not in text
    widths = {len(line) for line in rows}
    assert len(widths) == 1  # columns line up
    coloured = render_rollup_text(roll_up(items[:3]), "en", color=True)
    assert "\x1b[30;43m" in coloured  # a mid-band cell


def test_unit_scores_pickle_compactly() -> None:
    """What a worker sends back per file stays small (the bank's description once per chunk)."""
    bank = load_questionnaire("readiness")
    info = many.BankInfo.of(bank)
    items = [
        UnitScores(info, f"u{i}.json", "I", "U", "2026-01-01", 1.0, 1.0, (1.0,) * 9, (1.0,) * 9)
        for i in range(500)
    ]
    assert len(pickle.dumps(items)) / 500 < 600


def test_file_reader_resolves_banks_as_score_does() -> None:
    reader = FileReader()
    current = load_questionnaire("readiness")
    assert reader.bank("readiness", current.version) is current
    assert reader.bank("readiness", "9.9.9") is current  # a version not bundled: the current one
    assert reader.bank("readiness", "1.0.0").version == "1.0.0"
    assert reader.bank("nonesuch", "1.0.0") is None


def test_the_duckdb_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    from cse_assess.cli.rollup import run
    from tests.test_docs import marked

    made = example_network(tmp_path / "n", units=3)
    text = made[2].read_text(encoding="utf-8").replace('"value": 3', '"value": 1')
    made[2].write_text(text, encoding="utf-8")
    out = tmp_path / "network-long.csv"
    assert run(args([str(tmp_path / "n")], output=str(out))) == 0
    query = marked("docs/rollup.md", "duckdb-example").code
    monkeypatch.chdir(tmp_path)
    got = duckdb.sql(query).fetchall()
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    means: dict[str, list[float]] = {}
    for r in rows:
        if r["status"] in ("answered", "unanswered") and r["verified"]:  # avg() skips NULL
            means.setdefault(r["question"], []).append(float(r["verified"]))
    expected = sorted((round(sum(v) / len(v), 1), q) for q, v in means.items())[:10]
    assert [(q, m) for q, m, _, _ in got] == [(q, m) for m, q in expected]
    assert all(units == 3 for *_, units in got)
    if pytest.importorskip("pyarrow") is not None:
        assert run(args([str(tmp_path / "n")], output=str(tmp_path / "network.parquet"))) == 0
        parquet = query.replace("read_csv('network-long.csv', header = true)", "'network.parquet'")
        assert duckdb.sql(parquet).fetchall() == got
