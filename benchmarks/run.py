"""Start-up, loading, scoring, large outputs and the terminal, each beside its floor.

    python benchmarks/run.py [--quick]

Every figure is printed beside a floor measured in the same run, on this machine, now: the
least the same work can cost (``python -c pass``; ``python -c "import attrs, yaml"``, the
libraries any run of the engine needs; ``pickle.loads`` and ``json.loads`` of a bank already
in memory; a bare prompt_toolkit application in the same pseudo-terminal harness...), and the
ratio is the figure the project's goals are stated in. Whole processes are timed in rounds
that take each command in turn, so that other work on the machine slows figure and floor
alike; medians are printed (CPU time of the process, wall time in brackets). ``--quick`` runs
each a few times only, for CI: the figures are then rough, and the run takes seconds.

The processes get a compiled-bank cache folder of their own (``CSE_ASSESS_CACHE_DIR``),
filled by a first run. This is a measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import pickle
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "questionnaires" / "examples" / "readiness-example.json"
MENU = r"\(a digit, or arrow keys then Enter\)"  # a level is to choose: the menu takes keys

Row = tuple[str, str, str, str, str, str]
"""figure, its value, the floor, the floor's value, the ratio, the goal and whether it is met."""


def environ(cache: str, **more: str) -> dict[str, str]:
    """This environment, byte-code caches written and used (as after ``pip install``), the
    compiled banks in ``cache``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["CSE_ASSESS_CACHE_DIR"] = cache
    env.update(more)
    return env


def run_once(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one run of ``cmd``."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
    else:  # pragma: no cover - Windows: the wall time stands for both
        proc.wait()
        cpu = time.perf_counter() - start
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"exit {proc.returncode}, run it to see why: {' '.join(cmd)}")
    return cpu, wall


def processes(
    commands: dict[str, Sequence[str]], runs: int, env: dict[str, str]
) -> dict[str, tuple[float, float]]:
    """Median CPU and wall seconds of each command, run in turn, ``runs`` rounds (one warm-up)."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for cmd in commands.values():
        run_once(cmd, env)
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(run_once(cmd, env))
    return {
        name: (statistics.median(t[0] for t in got), statistics.median(t[1] for t in got))
        for name, got in times.items()
    }


def inproc(func: Callable[[], object], runs: int) -> float:
    """Median seconds of one call (after one warm-up call)."""
    func()
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


def ms(seconds: float, digits: int = 1) -> str:
    return f"{seconds * 1000:.{digits}f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def cpu_wall(pair: tuple[float, float]) -> str:
    return f"{pair[0] * 1000:.0f} ms ({pair[1] * 1000:.0f})"


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


# --- start-up -----------------------------------------------------------------------------------
def startup_rows(runs: int, env: dict[str, str]) -> list[Row]:
    cli = cli_command()
    got = processes(
        {
            "pass": [sys.executable, "-c", "pass"],
            "libs": [sys.executable, "-c", "import attrs, yaml"],
            "help": [*cli, "--help"],
            "score": [*cli, "score", "--example", "--format", "json"],
        },
        runs,
        env,
    )
    help_ratio = got["help"][0] / got["pass"][0]
    score_ratio = got["score"][0] / got["libs"][0]
    return [
        ("python -c pass", cpu_wall(got["pass"]), "", "", "", ""),
        ('python -c "import attrs, yaml"', cpu_wall(got["libs"]), "", "", "", ""),
        (
            "cse-assess --help",
            cpu_wall(got["help"]),
            "python -c pass",
            cpu_wall(got["pass"]),
            f"{help_ratio:.1f}×",
            f"≤ 5×: {verdict(help_ratio <= 5)}",
        ),
        (
            "cse-assess score --example --format json",
            cpu_wall(got["score"]),
            "import attrs, yaml",
            cpu_wall(got["libs"]),
            f"{score_ratio:.2f}×",
            f"≤ 2×: {verdict(score_ratio <= 2)}",
        ),
    ]


# --- loading a bank -----------------------------------------------------------------------------
def bank_rows(runs: int, cache: str) -> list[Row]:
    import cse_assess
    from cse_assess.content._yaml import parse_yaml
    from cse_assess.content.bank import parse_questionnaire, questionnaire_from_data
    from cse_assess.io import store

    text = cse_assess.bundled_text("readiness")
    bank = parse_questionnaire(text, "readiness.yaml")
    data, _, _ = parse_yaml(text, "readiness.yaml")
    as_json = json.dumps(data, ensure_ascii=False)
    blob = pickle.dumps(bank, protocol=pickle.HIGHEST_PROTOCOL)
    floor_pickle = inproc(lambda: pickle.loads(blob), runs * 10)
    floor_json = inproc(lambda: json.loads(as_json), runs * 10)

    def fresh() -> object:
        store.clear_cache()  # as a new process: nothing kept in memory
        return cse_assess.load_questionnaire("readiness")

    os.environ["CSE_ASSESS_CACHE_DIR"] = cache
    fresh()  # compiled, if it was not yet
    compiled = inproc(fresh, runs * 10)
    os.environ["CSE_ASSESS_CACHE_DIR"] = ""  # no cache: the YAML is parsed
    from_yaml = inproc(fresh, max(3, runs))
    os.environ["CSE_ASSESS_CACHE_DIR"] = cache
    json_form = inproc(lambda: questionnaire_from_data(json.loads(as_json)), max(3, runs))
    return [
        (
            "load the readiness bank, compiled form",
            ms(compiled, 2),
            "pickle.loads of it in memory",
            ms(floor_pickle, 2),
            f"{compiled / floor_pickle:.1f}×",
            f"≤ 5 ms: {verdict(compiled <= 0.005)}",
        ),
        ("", "", "json.loads of it as JSON", ms(floor_json, 2), "", ""),
        (
            "  from its YAML (no cache)",
            ms(from_yaml),
            "json.loads of it as JSON",
            ms(floor_json, 2),
            f"{from_yaml / floor_json:.0f}×",
            "",
        ),
        (
            "  a JSON form + questionnaire_from_data",
            ms(json_form, 2),
            "json.loads of it as JSON",
            ms(floor_json, 2),
            f"{json_form / floor_json:.1f}×",
            "(the form not chosen)",
        ),
    ]


# --- scoring ------------------------------------------------------------------------------------
def score_rows(runs: int, many: int) -> list[Row]:
    from api import arithmetic, paired_us, plain_loop  # the floors, measured one way everywhere

    import cse_assess
    from cse_assess.core.model import Answer, Assessment

    bank = cse_assess.load_questionnaire("readiness")
    example = cse_assess.load_assessment(EXAMPLE)

    def scored() -> object:
        return cse_assess.score(bank, example)

    # seconds, timed in batches alternating with the floors': a busy moment slows all alike
    answers = example.answers
    one, floor, loop = (
        x / 1e6
        for x in paired_us(
            scored,
            lambda: arithmetic(bank, answers),
            lambda: plain_loop(answers),
            rounds=runs * 10,
        )
    )
    rng = random.Random(2026)
    assessments = []
    for _ in range(many):
        drawn: dict[str, Answer] = {}
        for q in bank.questions:
            roll = rng.random()
            if roll < 0.05:
                continue
            if roll < 0.08 and q.allow_na:
                drawn[q.id] = Answer(None, True, (), "does not apply")
            elif q.levels is not None:
                evidence = ("record",) if rng.random() < 0.7 else ()
                drawn[q.id] = Answer(rng.choice(q.levels), False, evidence, "")
        assessments.append(Assessment(bank.id, bank.version, example.context, drawn))
    start = time.perf_counter()
    for a in assessments:
        cse_assess.score(bank, a)
    total = time.perf_counter() - start
    return [
        (
            f"score() the example ({len(bank.questions)} questions)",
            us(one),
            "its arithmetic alone (the issue's floor)",
            us(floor),
            f"{one / floor:.1f}×",
            f"≤ 5× (the engine's half of the issue): {verdict(one / floor <= 5)}",
        ),
        ("", "", "a bare loop over its answers", us(loop), f"{one / loop:.1f}×", ""),
        (
            f"score {many:,} generated assessments",
            f"{total:.2f} s",
            "",
            "",
            "",
            f"{total / many * 1e6:.0f} µs each",
        ),
    ]


# --- large outputs ------------------------------------------------------------------------------
def assessors(folder: Path, count: int) -> list[str]:
    """``count`` assessors' versions of the example, one level in three moved up or down."""
    base = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    rng = random.Random(7)
    paths = []
    for n in range(count):
        data = json.loads(json.dumps(base))
        data["context"]["assessor"] = f"Vērtētājs {n + 1}"
        for answer in data["answers"].values():
            value = answer.get("value")
            if isinstance(value, int) and not isinstance(value, bool) and rng.random() < 0.3:
                answer["value"] = max(0, min(4, value + rng.choice((-1, 1))))
        path = folder / f"assessor-{n:03d}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    return paths


def output_rows(runs: int, count: int, tmp: Path, env: dict[str, str]) -> list[Row]:
    folder = tmp / "consensus"
    folder.mkdir()
    files = assessors(folder, count)
    cli = cli_command()
    base = [*cli, "consensus", *files]
    got = processes(
        {
            "text": [*base, "-o", str(tmp / "agreed-text.json")],
            "json": [*base, "-o", str(tmp / "agreed-json.json"), "--format", "json"],
        },
        runs,
        env,
    )
    ratio = got["text"][0] / got["json"][0]
    return [
        (
            f"consensus of {count} assessors, text (not a terminal)",
            cpu_wall(got["text"]),
            "the same as JSON",
            cpu_wall(got["json"]),
            f"{ratio:.2f}×",
            "",
        )
    ]


# --- the terminal -------------------------------------------------------------------------------
class Terminal:
    """Commands in a pseudo-terminal 40 rows by 120 columns, timed from a key to a text."""

    def __init__(self, cwd: str, env: dict[str, str], pause: float) -> None:
        import pexpect  # type: ignore[import-untyped]

        self.pexpect = pexpect
        self.cwd = cwd
        self.env = {**env, "PROMPT_TOOLKIT_NO_CPR": "1", "XDG_CONFIG_HOME": cwd, "TERM": "xterm"}
        self.pause = pause  # a person reads before typing; background work runs meanwhile

    def spawn(self, cmd: Sequence[str]) -> Any:
        child = self.pexpect.spawn(
            cmd[0],
            list(cmd[1:]),
            env=self.env,
            cwd=self.cwd,
            encoding="utf-8",
            timeout=30,
            dimensions=(40, 120),
        )
        child.delaybeforesend = None  # pexpect sleeps 50 ms before each send otherwise
        return child

    def until(self, child: Any, pattern: str, keys: str | None = None) -> float:
        """Seconds from sending ``keys`` (now, if none) until ``pattern`` is on screen."""
        start = time.perf_counter()
        if keys is not None:
            child.send(keys)
        child.expect(pattern)
        return time.perf_counter() - start

    def started(self, cmd: Sequence[str], pattern: str) -> float:
        """Seconds from spawning ``cmd`` until ``pattern`` is on screen."""
        start = time.perf_counter()
        child = self.spawn(cmd)
        child.expect(pattern)
        took = time.perf_counter() - start
        child.terminate(force=True)
        return took

    def assess(self, cli: Sequence[str], file: str) -> tuple[float, float, list[float]]:
        """First prompt; last context answer → first bank question; Enter on two answers →
        the next question's menu."""
        if os.path.exists(os.path.join(self.cwd, file)):
            os.unlink(os.path.join(self.cwd, file))
        start = time.perf_counter()
        child = self.spawn([*cli, "assess", "--lang", "en", "--file", file])
        child.expect("Institution")
        first = time.perf_counter() - start
        time.sleep(self.pause)
        self.until(child, "Unit", "Municipality\r")
        time.sleep(self.pause)
        self.until(child, r"Assessor \(your name\)", "\r")
        time.sleep(self.pause * 2)  # the bank and the walk load behind the context questions
        bank = self.until(child, MENU, "Anna\r")
        answers = []
        for n in (2, 3):
            time.sleep(self.pause)
            self.until(child, r"Note \(optional\)", "1")  # level 1 needs no evidence
            time.sleep(self.pause)
            answers.append(self.until(child, rf"Question {n} of[\s\S]*{MENU}", "\r"))
        child.terminate(force=True)
        return first, bank, answers

    def bare(self, data: str, *more: str) -> list[float]:
        """The floor: Enter → the next prompt of a bare prompt_toolkit program, with the same
        fsync'ed save (benchmarks/_bare_prompt.py; ``--shortcut``: ``prompt()`` each time)."""
        script = str(Path(__file__).with_name("_bare_prompt.py"))
        target = os.path.join(self.cwd, "bare.json")
        child = self.spawn([sys.executable, script, target, data, *more])
        child.expect(r"Question 1 of 4")
        answers = []
        for n in (2, 3):
            time.sleep(self.pause)
            answers.append(self.until(child, rf"Question {n} of 4", "\r"))
        child.terminate(force=True)
        return answers


def terminal_rows(rounds: int, pause: float, tmp: Path, env: dict[str, str]) -> list[Row]:
    try:
        import pexpect  # noqa: F401
    except ImportError:
        return [("the terminal", "skipped: pexpect is not installed", "", "", "", "")]
    cwd = tmp / "terminal"
    cwd.mkdir()
    term = Terminal(str(cwd), env, pause)
    cli = cli_command()
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["answers"] = dict(list(data["answers"].items())[:17])  # stopped after 17 answers
    partial = cwd / "partial.json"
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    resume = [*cli, "resume", str(partial), "--lang", "en"]
    bare_first = [sys.executable, "-c", "from prompt_toolkit import prompt; prompt('Institution')"]
    harness = [sys.executable, "-c", "print('Institution')"]
    got: dict[str, list[float]] = {
        k: []
        for k in (
            "harness",
            "bare first",
            "first",
            "bank",
            "enter",
            "bare enter",
            "bare prompt",
            "shown",
            "menu",
        )
    }
    term.assess(cli, "warm.json")  # byte-code and the compiled bank in place
    for _ in range(rounds):
        got["harness"].append(term.started(harness, "Institution"))
        got["bare first"].append(term.started(bare_first, "Institution"))
        first, bank, answers = term.assess(cli, "new.json")
        got["first"].append(first)
        got["bank"].append(bank)
        got["enter"] += answers
        got["bare enter"] += term.bare(str(EXAMPLE))
        got["bare prompt"] += term.bare(str(EXAMPLE), "--shortcut")
        # the question is on screen (its progress line) before prompt_toolkit has loaded; its
        # menu takes keys once it has (keys typed before then wait in the terminal)
        got["shown"].append(term.started(resume, r"Question \d+ of"))
        got["menu"].append(term.started(resume, MENU))
    m = {k: statistics.median(v) for k, v in got.items()}
    enter_ratio = m["enter"] / m["bare prompt"]
    return [
        ("pty: python printing one line (harness)", ms(m["harness"], 0), "", "", "", ""),
        (
            "assess: first prompt on screen",
            ms(m["first"], 0),
            "bare prompt_toolkit prompt",
            ms(m["bare first"], 0),
            f"{m['first'] / m['bare first']:.2f}×",
            f"< 300 ms: {verdict(m['first'] < 0.3)}",
        ),
        (
            "assess: Enter on an answer → next question's menu",
            ms(m["enter"]),
            "prompt_toolkit prompt(), same save",
            ms(m["bare prompt"]),
            f"{enter_ratio:.2f}×",
            f"≤ 1.1×: {verdict(enter_ratio <= 1.1)}",
        ),
        (
            "",
            "",
            "one prompt_toolkit app reused, same save",
            ms(m["bare enter"]),
            f"{m['enter'] / m['bare enter']:.2f}×",
            "(the least prompt_toolkit allows)",
        ),
        (
            "assess: last context answer → first bank question",
            ms(m["bank"], 0),
            "",
            "",
            "",
            f"< 100 ms: {verdict(m['bank'] < 0.1)}",
        ),
        (
            "resume: first open question on screen",
            ms(m["shown"], 0),
            "assess: first prompt on screen",
            ms(m["first"], 0),
            f"{m['shown'] / m['first']:.2f}×",
            f"≤ 1.1×: {verdict(m['shown'] <= 1.1 * m['first'])}",
        ),
        (
            "resume: its menu takes keys",
            ms(m["menu"], 0),
            "assess: first prompt on screen",
            ms(m["first"], 0),
            f"{m['menu'] / m['first']:.2f}×",
            f"< 300 ms: {verdict(m['menu'] < 0.3)}",
        ),
    ]


# --- the report ---------------------------------------------------------------------------------
def table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for r in rows:
        cells = [
            f"{r[0]:<{widths[0]}}",
            f"{r[1]:>{widths[1]}}",
            f"{r[2]:<{widths[2]}}",
            f"{r[3]:>{widths[3]}}",
            f"{r[4]:>{widths[4]}}",
            r[5],
        ]
        print("  " + "  ".join(cells).rstrip())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few runs each (CI smoke)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    # Bytecode as an installed wheel has it (pip compiles it), even where PYTHONDONTWRITEBYTECODE
    # is set: else every run of a whole process would compile each changed module again.
    import cse_assess

    compileall.compile_dir(os.path.dirname(cse_assess.__file__), quiet=1)
    runs = 3 if args.quick else 15
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"cse-assess benchmarks{' (quick: rough figures)' if args.quick else ''}: Python"
        f" {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs ({usable} usable);"
        f" medians of {runs} runs"
    )
    with tempfile.TemporaryDirectory(prefix="cse-assess-bench-") as name:
        tmp = Path(name)
        cache = str(tmp / "cache")
        env = environ(cache)
        table(
            "start-up, whole processes: CPU (wall in brackets)",
            startup_rows(runs, env),
        )
        table("loading a bundled bank, in process", bank_rows(runs, cache))
        table("scoring, in process", score_rows(runs, 1_000 if args.quick else 10_000))
        table(
            "large outputs, whole processes: CPU (wall in brackets)",
            output_rows(runs, 20 if args.quick else 100, tmp, env),
        )
        table(
            "the terminal, in a pseudo-terminal: wall",
            terminal_rows(2 if args.quick else 9, 0.15 if args.quick else 0.3, tmp, env),
        )


if __name__ == "__main__":
    main()
