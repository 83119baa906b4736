"""Speed figures for cse-assess, each beside a baseline measured in the same run.

    python benchmarks/run.py

Prints wall-clock medians. Start-up is compared with ``python -c pass`` on this machine; the
targets are those of the project's issues. This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _environ() -> dict[str, str]:
    """This environment, with byte-code caches written and used, as after ``pip install``."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(cmd: list[str], runs: int = 15) -> float:
    """Median wall time of a command, in seconds (one warm-up run first)."""
    env = _environ()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def inproc(func: Callable[[], object], runs: int) -> float:
    """Median time of one call, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("cse-assess")
    if script.exists():
        return [str(script)]
    found = shutil.which("cse-assess")
    return [found] if found else [sys.executable, "-m", "cse_assess"]


def to_screen(cmd: list[str], pattern: str, cwd: str, runs: int = 9) -> float | None:
    """Median time from spawning ``cmd`` in a pseudo-terminal until ``pattern`` is on screen."""
    try:
        import pexpect
    except ImportError:
        return None
    env = {
        **_environ(),
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "XDG_CONFIG_HOME": cwd,
        "TERM": "xterm",
    }
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        child = pexpect.spawn(
            cmd[0], cmd[1:], env=env, cwd=cwd, encoding="utf-8", timeout=20, dimensions=(40, 100)
        )
        child.expect(pattern)
        times.append(time.perf_counter() - start)
        child.terminate(force=True)
    return statistics.median(times[1:])


def terminal_rows(cmd: list[str], baseline: float) -> list[tuple[str, str, str, str]]:
    """Time to the first prompt of ``assess`` and of ``resume``, beside a bare prompt."""
    import json
    import tempfile

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        first = to_screen(
            [*cmd, "assess", "--lang", "en", "--file", "new.json"], "Institution", tmp
        )
        # An assessment stopped after 17 of the 53 questions: resume shows where it stands
        # and asks the 18th.
        example = ROOT / "questionnaires/examples/readiness-example.json"
        data = json.loads(example.read_text(encoding="utf-8"))
        data["answers"] = dict(list(data["answers"].items())[:17])
        partial = Path(tmp) / "partial.json"
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        # The question is on screen (its progress line) before the prompt library has loaded;
        # its menu takes keys once it has (keys typed before then wait in the terminal).
        shown = to_screen([*cmd, "resume", str(partial), "--lang", "en"], r"Question 2 of 6", tmp)
        resumed = to_screen(
            [*cmd, "resume", str(partial), "--lang", "en"],
            r"\(a digit, or arrow keys then Enter\)",
            tmp,
        )
        # What the pseudo-terminal harness itself costs, and the floor of any prompt: a bare
        # questionary prompt (the test extra installs questionary for this baseline).
        harness = to_screen([sys.executable, "-c", "print('Institution')"], "Institution", tmp)
        try:
            import questionary  # noqa: F401

            bare_code = "import questionary; questionary.text('Institution').ask()"
            bare_name = "pty: a bare questionary prompt (floor)"
        except ImportError:
            bare_code = "from prompt_toolkit import prompt; prompt('Institution')"
            bare_name = "pty: a bare prompt_toolkit prompt (floor)"
        bare = to_screen([sys.executable, "-c", bare_code], "Institution", tmp)
    if first is None or shown is None or resumed is None or harness is None or bare is None:
        return [("interactive start-up", "skipped: pexpect is not installed", "", "")]
    rows.append(("pty: python printing one line (harness)", f"{harness * 1000:.0f} ms", "", ""))
    rows.append((bare_name, f"{bare * 1000:.0f} ms", "", ""))
    rows.append(
        (
            "assess: first prompt on screen (pty)",
            f"{first * 1000:.0f} ms",
            f"{first / bare:.2f}× bare",
            "< 300 ms: " + ("ok" if first < 0.3 else "OVER"),
        )
    )
    rows.append(
        (
            "resume: first question on screen (pty)",
            f"{shown * 1000:.0f} ms",
            f"{shown / bare:.2f}× bare",
            "< 300 ms: " + ("ok" if shown < 0.3 else "OVER") + f"; {shown / first:.2f}× assess",
        )
    )
    rows.append(
        (
            "resume: its menu takes keys (pty)",
            f"{resumed * 1000:.0f} ms",
            f"{resumed / bare:.2f}× bare",
            "< 300 ms: " + ("ok" if resumed < 0.3 else "OVER"),
        )
    )
    return rows


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import cse_assess
    from cse_assess.core.model import Answer, Assessment

    rows: list[tuple[str, str, str, str]] = []
    baseline = wall([sys.executable, "-c", "pass"])
    rows.append(("python -c pass (baseline)", f"{baseline * 1000:.1f} ms", "1.0×", ""))

    cmd = cli_command()
    help_time = wall([*cmd, "--help"])
    ratio = help_time / baseline
    rows.append(
        (
            "cse-assess --help",
            f"{help_time * 1000:.1f} ms",
            f"{ratio:.1f}×",
            "≤ 5× baseline: " + ("ok" if ratio <= 5 else "OVER"),
        )
    )

    cold = wall(
        [sys.executable, "-c", "import cse_assess; cse_assess.load_questionnaire('readiness')"]
    )
    rows.append(
        (
            "import + load bundled bank (process)",
            f"{cold * 1000:.1f} ms",
            f"{cold / baseline:.1f}×",
            "",
        )
    )

    from cse_assess.io import store

    def load_uncached() -> object:
        store._parsed.cache_clear()  # measure the parse, not the per-process cache
        return cse_assess.load_questionnaire("readiness")

    load_uncached()  # warm the imports
    load = inproc(load_uncached, 30)
    rows.append(
        (
            "load bundled bank (in process)",
            f"{load * 1000:.1f} ms",
            "",
            "< 50 ms: " + ("ok" if load < 0.05 else "OVER"),
        )
    )
    cached = inproc(lambda: cse_assess.load_questionnaire("readiness"), 200)
    rows.append(("load bundled bank again (cached)", f"{cached * 1e6:.0f} µs", "", ""))

    bank = cse_assess.load_questionnaire("readiness")
    example = cse_assess.load_assessment(ROOT / "questionnaires/examples/readiness-example.json")
    one = inproc(lambda: cse_assess.score(bank, example), 2000)
    rows.append(
        (
            f"score one assessment ({len(bank.questions)} questions)",
            f"{one * 1e6:.0f} µs",
            "",
            "< 1 ms: " + ("ok" if one < 0.001 else "OVER"),
        )
    )

    rng = random.Random(2026)
    many = []
    for _ in range(10_000):
        answers = {}
        for q in bank.questions:
            roll = rng.random()
            if roll < 0.05:
                continue
            if roll < 0.08 and q.allow_na:
                answers[q.id] = Answer(None, True, (), "does not apply")
            elif q.levels is not None:  # every question of this bank lists its answers
                evidence = ("record",) if rng.random() < 0.7 else ()
                answers[q.id] = Answer(rng.choice(q.levels), False, evidence, "")
        many.append(Assessment(bank.id, bank.version, example.context, answers))
    start = time.perf_counter()
    for a in many:
        cse_assess.score(bank, a)
    total = time.perf_counter() - start
    rows.append(
        ("score 10,000 assessments", f"{total:.2f} s", "", f"{total / 10_000 * 1e6:.0f} µs each")
    )

    rows += terminal_rows(cmd, baseline)

    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print(f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs")
    for r in rows:
        print(
            "  ".join(
                f"{c:<{w}}" if i == 0 else f"{c:>{w}}" if i < 3 else c
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )


if __name__ == "__main__":
    main()
