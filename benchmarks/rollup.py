"""The network roll-up over 1,000, 3,000 and 10,000 generated assessment files.

    python benchmarks/rollup.py [--keep DIR]

Generates readiness assessments of 50 branches over many dates (seeded, so every run has the
same files), with evidence, notes, N/A answers and a few bad files, then measures in the same
run: reading and parsing every file with ``json.loads`` (the baseline), the roll-up in
process and as the command ``cse-assess rollup DIR --format json`` (one process, and worker
processes), and peak memory for each corpus size. The measurements are interleaved in five
rounds and the best of each is shown (other work on the machine only ever slows a run down),
wall-clock and CPU time (of the command and its workers). This is a measurement, not a test:
it always exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (1_000, 3_000, 10_000)
BRANCHES = 50
RUNS = 5

EVIDENCE = [
    "Rīkojums Nr. {n}, 2025-{m:02d}-{d:02d}",
    "Vadības sanāksmes protokols Nr. {n}, {d}. punkts",
    "Klientu apmierinātības aptaujas ziņojums 2025, {n}. lpp.",
    "Iekštīkla lapa „Klientu apkalpošanas standarts”, aktualizēta 2025-{m:02d}",
    "Apmācību grafiks 2026: {n} darbinieki",
    "https://intranet.example.lv/standarts/{n}",
    "Sūdzību reģistrs, {n} ieraksti",
]
NOTES = ["", "", "", "Filiālē ieviests daļēji.", "Plānots līdz gada beigām: atbildīgais vadītājs."]


def generate(folder: Path, count: int, seed: int = 2026) -> int:
    """``count`` assessment files of 50 branches, one folder per branch; returns bad files."""
    sys.path.insert(0, str(ROOT))
    from cse_assess.content.assessment import dump_assessment
    from cse_assess.core.model import Answer, Assessment, Context
    from cse_assess.io.store import load_questionnaire

    bank = load_questionnaire("readiness")
    rng = random.Random(seed)
    bad = 0
    for i in range(count):
        branch = i % BRANCHES
        visit = i // BRANCHES  # the branch's n-th assessment, a fortnight after the last
        day = datetime.date(2015, 1, 5) + datetime.timedelta(days=14 * visit + branch % 10)
        date = day.isoformat()
        skill = rng.random()  # some branches do better than others
        answers = {}
        for q in bank.questions:
            roll = rng.random()
            if roll < 0.04:
                continue  # not answered yet
            if roll < 0.07 and q.allow_na:
                answers[q.id] = Answer(None, True, (), "Filiālē šis neattiecas: nav rindu.")
                continue
            level = max(0, min(4, round(rng.gauss(1 + 2.5 * skill, 1))))
            items = rng.choice((0, 1, 1, 2, 3)) if level >= 1 and rng.random() < 0.85 else 0
            evidence = tuple(
                rng.choice(EVIDENCE).format(
                    n=rng.randint(1, 120), m=rng.randint(1, 12), d=rng.randint(1, 28)
                )
                for _ in range(items)
            )
            value = level >= 2 if q.kind == "yes_no" else level
            answers[q.id] = Answer(value, False, evidence, rng.choice(NOTES))
        context = Context(
            "Valsts ieņēmumu dienests", f"Filiāle {branch + 1:02d}", "Kvalitātes vadītāja", date
        )
        text = dump_assessment(Assessment(bank.id, bank.version, context, answers))
        if i % 331 == 17:  # now and then a bad file, as in any shared folder
            bad += 1
            kind = (i // 331) % 4
            if kind == 0:
                text = text[: len(text) // 2]  # cut off: not JSON
            elif kind == 1:
                text = text.replace('"readiness"', '"readiness-old"', 1)  # unknown bank
            elif kind == 2:
                text = text.replace('"value": 2,', '"value": 7,', 1)  # off the scale
            else:
                text = text.replace('"na": true', '"na": true, "na": false', 1)  # a key twice
        target = folder / f"filiale-{branch + 1:02d}" / f"{date}-{i:05d}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return bad


def subset(source: Path, target: Path, count: int) -> None:
    """The first ``count`` files of ``source`` (generation order), linked into ``target``."""
    files = sorted(source.rglob("*.json"), key=lambda p: p.stem.rsplit("-", 1)[1])[:count]
    for f in files:
        dest = target / f.relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(f, dest)
        except OSError:
            shutil.copyfile(f, dest)


def timed(func: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of one call in this process."""
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    return time.perf_counter() - wall, time.process_time() - cpu


def parse_all(folder: Path) -> None:
    """The baseline: list, read and json.loads every file, nothing else."""
    for root, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(root, name), encoding="utf-8") as f:
                text = f.read()
            with contextlib.suppress(ValueError):  # a bad file is parsed as far as it goes
                json.loads(text)


def rollup_command() -> list[str]:
    """``cse-assess rollup``, or a stand-in while the command is not yet in cli.py."""
    sys.path.insert(0, str(ROOT))
    from cse_assess.cli.main import build_parser

    parser = build_parser()
    wired = any(
        "rollup" in (a.choices or {})
        for a in parser._actions
        if a.__class__.__name__ == "_SubParsersAction"
    )
    if wired:
        return [sys.executable, "-m", "cse_assess", "rollup"]
    shim = (
        "import sys\n"
        "from cse_assess import cli\n"
        "from cse_assess.cli.rollup import register\n"
        "build = cli.build_parser\n"
        "def patched():\n"
        "    p = build()\n"
        "    sub = next(a for a in p._actions if a.__class__.__name__ == '_SubParsersAction')\n"
        "    register(sub, {'choices': ('lv', 'en')})\n"
        "    return p\n"
        "cli.build_parser = patched\n"
        "sys.exit(cli.main(['rollup', *sys.argv[1:]]))\n"
    )
    return [sys.executable, "-c", shim]


def run_child(cmd: list[str]) -> tuple[float, float, int, int]:
    """Wall and CPU seconds, exit code and peak resident memory (KiB) of a command.

    The CPU time and the memory are those of the child and its worker processes.
    """
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        return elapsed, usage.ru_utime + usage.ru_stime, child.returncode, usage.ru_maxrss
    child.wait()  # pragma: no cover - Windows has no wait4: no CPU or memory figure
    return time.perf_counter() - start, 0.0, child.returncode, 0


def in_process(folder: Path, jobs: int) -> object:
    from cse_assess.cli.rollup import run

    args = argparse.Namespace(
        paths=[str(folder)],
        by="unit",
        format="json",
        output=None,
        score="claimed",
        questionnaire=None,
        jobs=jobs,
        lang="en",
    )
    out, err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.StringIO()
    try:
        return run(args)
    finally:
        sys.stdout, sys.stderr = out, err


def traced_peak(folder: Path) -> int:
    """Peak bytes allocated by Python during an in-process roll-up (one process)."""
    from cse_assess.io.rollup_files import find_files, rollup_files

    tracemalloc.start()
    try:
        files, missing = find_files([str(folder)])
        rollup_files(files, skipped=missing, jobs=1)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def fast_share(folder: Path) -> tuple[int, int]:
    from cse_assess.io.rollup_files import FileReader, find_files

    files, _ = find_files([str(folder)])
    reader = FileReader()
    for path in files:
        reader.read(path)
    return reader.fast, len(files)


def measure(size: int, folder: Path, command: list[str], jobs: int) -> list[tuple[str, ...]]:
    """The rows of one corpus size."""
    parse_all(folder)  # warm the file cache
    one_cmd = [*command, str(folder), "--format", "json", "-j", "1"]
    many_cmd = [*command, str(folder), "--format", "json", "-j", str(jobs)]
    # interleaved rounds, the best of each: other work on the machine only slows a run down
    found: dict[str, list[tuple[float, float]]] = {}
    codes: dict[str, int] = {}
    rss: dict[str, int] = {}
    for _ in range(RUNS):
        found.setdefault("base", []).append(timed(lambda: parse_all(folder)))
        found.setdefault("inproc", []).append(timed(lambda: in_process(folder, 1)))
        for key, cmd in (("one", one_cmd), ("many", many_cmd)):
            wall, cpu, codes[key], kib = run_child(cmd)
            found.setdefault(key, []).append((wall, cpu))
            rss[key] = max(rss.get(key, 0), kib)
    best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in found.items()}
    base_wall, base_cpu = best["base"]
    peak = traced_peak(folder)
    fast, total = fast_share(folder)
    rows: list[tuple[str, ...]] = []

    def row(label: str, key: str, extra: str = "", verdict: str = "") -> None:
        wall, cpu = best[key]
        rows.append(
            (
                f"{size:,} files: {label}",
                f"{wall:.2f} s",
                f"{wall / base_wall:.2f}×",
                f"CPU {cpu:.2f} s = {cpu / base_cpu:.2f}×",
                " ".join(x for x in (extra, verdict) if x),
            )
        )

    row("read + json.loads (baseline)", "base")
    row("rollup in process (1 process)", "inproc", f"{fast}/{total} on the fast path")
    for key, label in (("one", "-j 1"), ("many", f"-j {jobs}")):
        verdict = ""
        if size == max(SIZES):
            wall = best[key][0]
            ok5 = "ok" if wall <= 5 else "OVER"
            ok2 = "ok" if wall <= 2 * base_wall else "OVER"
            verdict = f"≤ 5 s: {ok5}; ≤ 2× baseline: {ok2}"
        row(
            f"rollup --format json {label} (exit {codes[key]})",
            key,
            f"maxrss {rss[key] / 1024:.0f} MiB",
            verdict,
        )
    rows.append(
        (
            f"{size:,} files: tracemalloc peak (1 process)",
            f"{peak / 1e6:.1f} MB",
            "",
            f"{peak / total:.0f} B/file",
            "",
        )
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep the files")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from cse_assess.io.rollup_files import default_jobs

    base = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="cse-rollup-"))
    base.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, ...]] = []
    try:
        start = time.perf_counter()
        full = base / "n10000"
        if not full.is_dir():
            bad = generate(full, max(SIZES))
        else:
            bad = sum(1 for i in range(max(SIZES)) if i % 331 == 17)
        for size in SIZES[:-1]:
            if not (base / f"n{size}").is_dir():
                subset(full, base / f"n{size}", size)
        made = time.perf_counter() - start
        size_mb = sum(f.stat().st_size for f in full.rglob("*.json")) / 1e6
        print(
            f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs; "
            f"{max(SIZES):,} files ({size_mb:.0f} MB, {bad} bad) ready in {made:.1f} s, in {base}"
        )
        pass_time = min(run_child([sys.executable, "-c", "pass"])[0] for _ in range(5))
        rows.append(("python -c pass", f"{pass_time * 1000:.0f} ms", "", "", ""))
        command = rollup_command()
        jobs = default_jobs()
        for size in SIZES:
            rows += measure(size, base / f"n{size}", command, jobs)
    finally:
        if not options.keep:
            shutil.rmtree(base, ignore_errors=True)
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for r in rows:
        print(
            "  ".join(
                f"{c:<{w}}" if i in (0, 4) else f"{c:>{w}}"
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            ).rstrip()
        )


if __name__ == "__main__":
    main()
