"""The network roll-up beside its floor, measured in the same run: whole processes, medians.

    python benchmarks/rollup.py [--quick] [--keep DIR] [--runs N]

Generates readiness assessments (seeded, so every run has the same files, with evidence, notes,
N/A answers, unanswered questions and a few bad files, as cse-assess writes them):

- a network of 50 branches of one institution, assessed again and again: 1,000, 10,000 and
  100,000 files (``--quick``: 300 and 2,000);
- a national network: 100,000 files of 500 institutions with 20 units each (``--quick``: 2,000).

Then, for each, it runs whole processes and prints the median of several runs (CPU time of
the process and its workers, wall time, peak resident memory of the largest process):

- the floor: one process that lists, reads and ``json.loads`` every file, nothing else;
- ``cse-assess rollup DIR --format json -j 1`` (the CPU ratio to the floor is the goal: at most
  1.5x), and with ``-j 2`` (the wall ratio: at least 1.6x faster on two processors);
- peak memory at each size (the goal: at most 60 MiB at 100,000 files, and within 10 % of the
  10,000-file figure);
- of the national network: the text table (to a pipe), ``--format csv-long`` (the second
  pass over every counted file), and the workbook and the page (``-o network.xlsx``,
  ``-o network.html``: CPU, peak memory, size; beside the text table's CPU);
- ``--cache``: a first run that fills the cache, and a re-run after 1 % of the files changed;
- the plain text of a table of 10,000 units, beside the HTML page of the same table.

The machine's processors are printed first: the -j figures mean little on one. This is a
measurement, not a test: it always exits 0. ``--quick`` takes seconds (CI runs it as a smoke
test of the benchmark itself; its figures are too small to judge).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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

FLOOR = """
import json, os, sys
for root, dirs, names in os.walk(sys.argv[1]):
    for name in names:
        with open(os.path.join(root, name), encoding="utf-8") as f:
            text = f.read()
        try:
            json.loads(text)
        except ValueError:
            pass
"""
"""The floor: list, read and json.loads every file, in one process."""


# --- the files ---------------------------------------------------------------------------------
def generate(
    folder: Path, count: int, *, institutions: int = 1, units: int = 50, seed: int = 2026
) -> int:
    """``count`` assessment files, unit by unit over the years, as cse-assess writes them
    (``dump_assessment``'s layout); returns how many are bad on purpose."""
    import datetime

    from cse_assess.io.store import load_questionnaire

    bank = load_questionnaire("readiness")
    questions = [(q.id, q.kind, q.allow_na) for q in bank.questions]
    rng = random.Random(seed)
    cells = institutions * units
    bad = 0
    skill = [rng.random() for _ in range(cells)]
    for i in range(count):
        cell = i % cells
        inst, unit = divmod(cell, units)
        visit = i // cells
        day = datetime.date(2015, 1, 5) + datetime.timedelta(days=14 * visit + cell % 10)
        answers: dict[str, dict[str, object]] = {}
        for qid, kind, allow_na in questions:
            roll = rng.random()
            if roll < 0.04:
                continue  # not answered yet
            if roll < 0.07 and allow_na:
                answers[qid] = {
                    "value": None,
                    "na": True,
                    "evidence": [],
                    "note": "Filiālē šis neattiecas: nav rindu.",
                }
                continue
            level = max(0, min(4, round(rng.gauss(1 + 2.5 * skill[cell], 1))))
            items = rng.choice((0, 1, 1, 2, 3)) if level >= 1 and rng.random() < 0.85 else 0
            evidence = [
                rng.choice(EVIDENCE).format(
                    n=rng.randint(1, 120), m=rng.randint(1, 12), d=rng.randint(1, 28)
                )
                for _ in range(items)
            ]
            answers[qid] = {
                "value": level >= 2 if kind == "yes_no" else level,
                "na": False,
                "evidence": evidence,
                "note": rng.choice(NOTES),
            }
        name = "Valsts ieņēmumu dienests" if institutions == 1 else f"Iestāde {inst + 1:03d}"
        data = {
            "format": "cse-assess/assessment",
            "format_version": 1,
            "questionnaire": {"id": bank.id, "version": bank.version},
            "context": {
                "institution": name,
                "unit": f"Filiāle {unit + 1:02d}",
                "assessor": "Kvalitātes vadītāja",
                "date": day.isoformat(),
                "language": "lv",
            },
            "answers": answers,
        }
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if i % 331 == 17:  # now and then a bad file, as in any shared folder
            bad += 1
            flaw = (i // 331) % 4
            if flaw == 0:
                text = text[: len(text) // 2]  # cut off: not JSON
            elif flaw == 1:
                text = text.replace('"readiness"', '"readiness-old"', 1)  # unknown bank
            elif flaw == 2:
                text = text.replace('"value": 2,', '"value": 7,', 1)  # off the scale
            else:
                text = text.replace('"na": true', '"na": true, "na": false', 1)  # a key twice
        where = folder / f"iestade-{inst + 1:03d}" / f"filiale-{unit + 1:02d}"
        where.mkdir(parents=True, exist_ok=True)
        (where / f"{day.isoformat()}-{i:06d}.json").write_text(text, encoding="utf-8")
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


# --- measuring ---------------------------------------------------------------------------------
class Figure:
    """The medians of several runs of one command."""

    def __init__(self, runs: list[tuple[float, float, int, int]]) -> None:
        self.wall = statistics.median(r[0] for r in runs)
        self.cpu = statistics.median(r[1] for r in runs)
        self.code = runs[-1][2]
        self.rss = max(r[3] for r in runs) / 1024  # MiB


LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    cmd, env = json.loads(line)
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps([took, cpu, code, usage.ru_maxrss]), flush=True)
"""
"""Starts every measured command from a small process: a child forked from this benchmark
(which has generated files and imported cse-assess) would count this process's memory in its
peak (ru_maxrss keeps the largest size before and after exec)."""

_LAUNCHER: list[subprocess.Popen[str]] = []


def start_launcher() -> None:
    """Start the launcher while this process is still small (before any import of the engine)."""
    _LAUNCHER.append(
        subprocess.Popen(
            [sys.executable, "-c", LAUNCHER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
    )


def run_child(cmd: list[str]) -> tuple[float, float, int, int]:
    """Wall and CPU seconds (of the process and its workers), exit code and peak resident
    memory (KiB, ru_maxrss: of the largest of the process and its workers) of a command."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "LC_ALL": "C.UTF-8"}
    launcher = _LAUNCHER[0]
    assert launcher.stdin is not None
    assert launcher.stdout is not None
    launcher.stdin.write(json.dumps([cmd, env]) + "\n")
    launcher.stdin.flush()
    took, cpu, code, rss = json.loads(launcher.stdout.readline())
    return took, cpu, code, rss


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, Figure]:
    """Each command ``runs`` times, interleaved (so a busy moment of the machine touches all
    alike); the medians."""
    found: dict[str, list[tuple[float, float, int, int]]] = {k: [] for k in commands}
    for _ in range(runs):
        for key, cmd in commands.items():
            found[key].append(run_child(cmd))
    return {k: Figure(v) for k, v in found.items()}


ROLLUP = [sys.executable, "-m", "cse_assess", "rollup"]


def floor_cmd(folder: Path) -> list[str]:
    return [sys.executable, "-c", FLOOR, str(folder)]


def rollup_cmd(folder: Path, *options: str) -> list[str]:
    return [*ROLLUP, str(folder), *options]


def cpus() -> str:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        usable = os.cpu_count() or 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{usable} CPUs usable (of {os.cpu_count()}), load average {load:.2f}"


def goal(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def line(label: str, fig: Figure, floor: Figure | None = None, extra: str = "") -> str:
    ratio = f"  CPU {fig.cpu / floor.cpu:4.2f}x floor" if floor is not None else ""
    return (
        f"  {label:<46} CPU {fig.cpu:7.2f} s  wall {fig.wall:7.2f} s  "
        f"peak {fig.rss:5.0f} MiB{ratio}{extra}"
    )


def quick_text(units: int) -> tuple[float, float]:
    """Seconds to write the plain text and the HTML page of a table of ``units`` units."""
    from cse_assess.io.store import load_questionnaire
    from cse_assess.many.rollup import BankInfo, UnitScores, roll_up
    from cse_assess.render.rollup.html import render_rollup_html
    from cse_assess.render.rollup.plain import render_rollup_text

    bank = load_questionnaire("readiness")
    info = BankInfo.of(bank)
    rng = random.Random(7)
    items = []
    for i in range(units):
        areas = tuple(rng.uniform(0, 100) for _ in bank.areas)
        items.append(
            UnitScores(
                info,
                f"u/{i:05d}.json",
                f"Iestāde {i // 20:03d}",
                f"Filiāle {i % 20:02d}",
                "2026-01-01",
                sum(areas) / len(areas),
                sum(areas) / len(areas) * 0.9,
                areas,
                tuple(a * 0.9 for a in areas),
                0.95,
            )
        )
    rollup = roll_up(items)

    def best(func: Callable[[], object]) -> float:
        times = []
        for _ in range(3):
            start = time.process_time()
            func()
            times.append(time.process_time() - start)
        return statistics.median(times)

    return best(lambda: render_rollup_text(rollup, "lv")), best(
        lambda: render_rollup_html(rollup, "lv")
    )


def touch_some(folder: Path, share: float) -> int:
    """Change ``share`` of the files (a later modification time, one byte more): what a year's
    new and corrected files do to a cache."""
    files = sorted(folder.rglob("*.json"))
    step = max(1, round(1 / share))
    for f in files[::step]:
        with open(f, "a", encoding="utf-8") as out:
            out.write(" ")
    return len(files[::step])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: seconds, for CI")
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep the files")
    parser.add_argument("--runs", type=int, help="runs per figure (default 5; 3 at 100,000)")
    options = parser.parse_args()
    start_launcher()
    # Bytecode as an installed wheel has it (pip compiles it), even where PYTHONDONTWRITEBYTECODE
    # is set: else every measured run would compile the package's modules again.
    spec = importlib.util.find_spec("cse_assess")
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(os.path.dirname(spec.origin), quiet=1)
    quick = options.quick
    sizes = (300, 2_000) if quick else (1_000, 10_000, 100_000)
    national = 2_000 if quick else 100_000
    runs_small = options.runs or (2 if quick else 5)
    runs_large = options.runs or (2 if quick else 3)
    base = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="cse-rollup-"))
    base.mkdir(parents=True, exist_ok=True)
    print(f"Python {sys.version.split()[0]} on {sys.platform}; {cpus()}")
    print(f"Files in {base}" + ("  (--quick: too small to judge the goals)" if quick else ""))
    try:
        start = time.perf_counter()
        chain = base / f"chain{max(sizes)}"
        if not chain.is_dir():
            generate(chain, max(sizes))
        for size in sizes[:-1]:
            if not (base / f"chain{size}").is_dir():
                subset(chain, base / f"chain{size}", size)
        country = base / f"national{national}"
        if not country.is_dir():
            generate(country, national, institutions=500 if not quick else 20, units=20, seed=7)
        print(f"Generated in {time.perf_counter() - start:.0f} s (kept between runs with --keep)")
        pass_fig = measure({"pass": [sys.executable, "-c", "pass"]}, 5)["pass"]
        print(f"  {'python -c pass':<46} CPU {pass_fig.cpu:7.2f} s  wall {pass_fig.wall:7.2f} s")

        print("\nOne institution, 50 branches (the floor: read + json.loads of every file)")
        figures: dict[int, dict[str, Figure]] = {}
        for size in sizes:
            folder = base / f"chain{size}"
            runs = runs_large if size >= 100_000 else runs_small
            figs = measure(
                {
                    "floor": floor_cmd(folder),
                    "one": rollup_cmd(folder, "--format", "json", "-j", "1"),
                    "two": rollup_cmd(folder, "--format", "json", "-j", "2"),
                },
                runs,
            )
            figures[size] = figs
            print(f" {size:,} files, median of {runs} runs")
            print(line("floor: read + json.loads", figs["floor"]))
            verdict = ""
            if size >= 10_000:
                ok = figs["one"].cpu <= 1.5 * figs["floor"].cpu
                verdict = f"  (goal ≤ 1.5x: {goal(ok)})"
            print(line("rollup --format json -j 1", figs["one"], figs["floor"], verdict))
            speed = figs["one"].wall / figs["two"].wall
            verdict = f"  {speed:.2f}x faster than -j 1 (wall)"
            if size >= 10_000:
                verdict += f" (goal ≥ 1.6x: {goal(speed >= 1.6)})"
            print(line("rollup --format json -j 2", figs["two"], figs["floor"], verdict))
        small, large = figures[sizes[-2]]["one"].rss, figures[sizes[-1]]["one"].rss
        grew = large / small - 1
        peaks = " → ".join(f"{figures[s]['one'].rss:.0f}" for s in sizes)
        print(
            f"  peak memory -j 1: {peaks} MiB"
            f" at {' → '.join(f'{s:,}' for s in sizes)} files; {sizes[-1]:,} vs {sizes[-2]:,}:"
            f" {grew:+.0%} (goal ≤ 60 MiB and within 10 %:"
            f" {goal(large <= 60 and abs(grew) <= 0.10)})"
        )

        print(f"\nA national network: {national:,} files, many institutions and units")
        figs = measure(
            {
                "floor": floor_cmd(country),
                "one": rollup_cmd(country, "--format", "json", "-j", "1"),
                "two": rollup_cmd(country, "--format", "json", "-j", "2"),
                "text": rollup_cmd(country, "-j", "1"),
                "long": rollup_cmd(country, "--format", "csv-long", "-j", "1"),
                "xlsx": rollup_cmd(country, "-j", "1", "-o", str(base / "network.xlsx")),
                "html": rollup_cmd(country, "-j", "1", "-o", str(base / "network.html")),
            },
            runs_large,
        )
        print(line("floor: read + json.loads", figs["floor"]))
        ok = figs["one"].cpu <= 1.5 * figs["floor"].cpu
        print(line("rollup --format json -j 1", figs["one"], figs["floor"], f"  ({goal(ok)})"))
        speed = figs["one"].wall / figs["two"].wall
        print(line("rollup --format json -j 2", figs["two"], figs["floor"], f"  {speed:.2f}x"))
        print(line("rollup (text, to a pipe) -j 1", figs["text"], figs["floor"]))
        print(line("rollup --format csv-long -j 1", figs["long"], figs["floor"]))
        for key, suffix in (("xlsx", "XLSX"), ("html", "HTML")):
            size = (base / f"network.{key}").stat().st_size
            shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
            extra = f"  {figs[key].cpu / figs['text'].cpu:.2f}x text's CPU, {shown}"
            print(line(f"rollup -o network.{key} -j 1 ({suffix})", figs[key], figs["floor"], extra))

        cache = base / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        first = Figure(
            [run_child(rollup_cmd(country, "-f", "json", "-j", "1", "--cache", str(cache)))]
        )
        changed = touch_some(country, 0.01)
        again = measure(
            {
                "floor": floor_cmd(country),
                "cache": rollup_cmd(country, "-f", "json", "-j", "1", "--cache", str(cache)),
            },
            runs_large,
        )
        print(line("rollup --cache DIR: first run (fills it)", first, again["floor"]))
        print(
            line(
                f"  the same after {changed:,} files changed",
                again["cache"],
                again["floor"],
            )
        )

        units = 1_000 if quick else 10_000
        text_s, html_s = quick_text(units)
        print(
            f"\nThe plain text of a table of {units:,} units: {text_s:.2f} s CPU; the HTML page of"
            f" the same table: {html_s:.2f} s (goal: under 1 s: {goal(text_s < 1)})"
        )
    finally:
        if not options.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
