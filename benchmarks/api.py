"""What the engine costs a service per request, beside the floor of the same work in one run.

    python benchmarks/api.py

For each bundled example assessment, as a web service gets it (the file's JSON text):

- the request path: read and check in one pass (``assessment_from_text``), score the checked
  assessment (``score(..., check=False)``), turn the result into data (``result_data``), and
  the three together; beside the floor, ``json.loads`` of the same body;
- the same from parsed data (``assessment_from_data``), as a framework that parses JSON itself
  would call it;
- scoring from data in memory: ``score`` as the API's default (checked) and unchecked, beside
  the floor, a plain loop over the answers that adds up their numbers;
- the form-ready bank (``questionnaire_data``), beside ``json.dumps`` of what it returns.

Prints medians in microseconds. A measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cse_assess


def median_us(func: Callable[[], object], runs: int) -> float:
    """Median time of one call, in microseconds (a few warm-up calls first)."""
    for _ in range(3):
        func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def paired_us(
    func: Callable[[], object], *floors: Callable[[], object], rounds: int, batch: int = 20
) -> list[float]:
    """Median time of one call of ``func`` and of each of ``floors``, in microseconds (``func``
    first), timed in alternating batches of ``batch`` calls: a busy moment of the machine slows
    them all alike, so their ratios hold where figures measured one after the other would drift
    apart."""
    timed = (func, *floors)
    for _ in range(3):
        for call in timed:
            call()
    found: list[list[float]] = [[] for _ in timed]
    clock = time.perf_counter
    for _ in range(rounds):
        for call, times in zip(timed, found, strict=True):
            start = clock()
            for _ in range(batch):
                call()
            times.append(clock() - start)
    return [statistics.median(times) / batch * 1e6 for times in found]


def arithmetic(bank: cse_assess.Questionnaire, answers: cse_assess.FrozenMap) -> float:
    """The floor of scoring, "a loop over the answers with the arithmetic" (issue 15): one pass
    over the questions, each answer scored from its level, weighted sums per area and the
    means; nothing checked, nothing kept."""
    total = weights = 0.0
    for area in bank.areas:
        s = w = 0.0
        for q in area.questions:
            answer = answers.get(q.id)
            if answer is None or answer.value is None or answer.na:
                continue
            value = answer.value
            if isinstance(value, bool):
                value = 4 if value else 0
            elif not isinstance(value, int | float):
                continue
            s += value * 25.0 * q.weight
            w += q.weight
        if w:
            total += s / w * area.weight
            weights += area.weight
    return total / weights if weights else 0.0


def plain_loop(answers: cse_assess.FrozenMap) -> float:
    """A floor below the arithmetic: one pass over the answers, adding up their numbers."""
    total = 0.0
    for answer in answers.values():
        value = answer.value
        if isinstance(value, int | float) and not isinstance(value, bool):
            total += value
    return total


def rows(bank_id: str, runs: int) -> list[tuple[str, float, str, float]]:
    bank = cse_assess.load_questionnaire(bank_id)
    body = cse_assess.example_path(bank_id).read_text(encoding="utf-8")
    data = json.loads(body)
    assessment = cse_assess.assessment_from_text(body, bank)
    result = cse_assess.score(bank, assessment)
    floor_json = median_us(lambda: json.loads(body), runs)

    def request() -> object:
        checked = cse_assess.assessment_from_text(body, bank, source="request")
        return cse_assess.result_data(cse_assess.score(bank, checked, check=False), "lv")

    def request_from_data() -> object:
        checked = cse_assess.assessment_from_data(json.loads(body), bank, source="request")
        return cse_assess.result_data(cse_assess.score(bank, checked, check=False), "lv")

    floor_loop = median_us(lambda: plain_loop(assessment.answers), runs)
    form = cse_assess.questionnaire_data(bank, "lv")
    return [
        (
            "parse + check (assessment_from_text)",
            median_us(lambda: cse_assess.assessment_from_text(body, bank), runs),
            "json.loads",
            floor_json,
        ),
        (
            "  the same from data (assessment_from_data)",
            median_us(lambda: cse_assess.assessment_from_data(data, bank), runs),
            "json.loads",
            floor_json,
        ),
        (
            "score, checked already (check=False)",
            median_us(lambda: cse_assess.score(bank, assessment, check=False), runs),
            "plain loop over the answers",
            floor_loop,
        ),
        (
            "score, checked (the default)",
            median_us(lambda: cse_assess.score(bank, assessment), runs),
            "plain loop over the answers",
            floor_loop,
        ),
        (
            "result_data(result, 'lv')",
            median_us(lambda: cse_assess.result_data(result, "lv"), runs),
            "json.loads",
            floor_json,
        ),
        ("one request: text in, data out", median_us(request, runs), "json.loads", floor_json),
        (
            "one request from parsed JSON",
            median_us(request_from_data, runs),
            "json.loads",
            floor_json,
        ),
        (
            "questionnaire_data(bank, 'lv')",
            median_us(lambda: cse_assess.questionnaire_data(bank, "lv"), runs),
            "json.dumps of it",
            median_us(lambda: json.dumps(form, ensure_ascii=False), runs),
        ),
    ]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(f"cse-assess {cse_assess.__version__}, Python {sys.version.split()[0]}, {runs} runs")
    for bank_id in cse_assess.bundled_ids():
        bank = cse_assess.load_questionnaire(bank_id)
        body = cse_assess.example_path(bank_id).read_text(encoding="utf-8")
        answers = cse_assess.parse_assessment(body).answers
        print(
            f"\n{bank_id}: {len(bank.questions)} questions, example with {len(answers)} answers,"
            f" body {len(body.encode()):,} bytes"
        )
        print(f"  {'':46} {'median µs':>10}   {'floor':<28} {'µs':>8}  {'×':>6}")
        for name, took, floor_name, floor in rows(bank_id, runs):
            print(f"  {name:46} {took:10.0f}   {floor_name:<28} {floor:8.1f}  {took / floor:6.1f}")


if __name__ == "__main__":
    main()
