"""``score()`` beside its arithmetic floor, measured in the same run.

    python benchmarks/engine.py [RUNS]

For each bundled example assessment (the readiness bank's first: its goal is ``score()``
within 5x of the floor):

- the floor: a plain loop over the answers adding up their numbers, as ``benchmarks/api.py``
  measures it (the goal is judged on it), and beside it the same loop doing the whole
  arithmetic (each answer's score from its level, weighted sums per area, the means);
- ``score()`` as an API caller calls it, checked (the default) and unchecked
  (``check=False``);
- ``score()`` and then every question's result and the gaps (``result.areas``,
  ``result.gaps``): what a report asks for, which ``score()`` makes when first asked;
- ``tally()``, the numbers core that ``score()`` and the roll-up share.

Prints medians in microseconds. A measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cse_assess
from cse_assess.core.scoring import answer_columns, tally

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api import median_us, plain_loop  # one floor, measured one way


def arithmetic(bank: cse_assess.Questionnaire, answers: cse_assess.FrozenMap) -> float:
    """The floor: one pass over the questions, each answer scored from its level, weighted
    sums per area and the means: the arithmetic alone, nothing checked, nothing kept."""
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


def measure(bank_id: str, runs: int) -> None:
    """Print the figures of one bundled bank's example."""
    bank = cse_assess.load_questionnaire(bank_id)
    assessment = cse_assess.load_assessment(cse_assess.example_path(bank_id))
    floor = median_us(lambda: plain_loop(assessment.answers), runs)
    weighted = median_us(lambda: arithmetic(bank, assessment.answers), runs)
    columns = answer_columns(assessment.answers)

    def full(check: bool) -> object:
        result = cse_assess.score(bank, assessment, check=check)
        return result.areas, result.gaps

    rows = [
        ("score(), checked (the default)", lambda: cse_assess.score(bank, assessment)),
        ("score(), check=False", lambda: cse_assess.score(bank, assessment, check=False)),
        ("score() + areas + gaps, checked", lambda: full(True)),
        ("score() + areas + gaps, check=False", lambda: full(False)),
        ("tally() (the numbers core)", lambda: tally(bank, *columns)),
    ]
    print(
        f"\n{bank_id}: {len(bank.questions)} questions, {len(assessment.answers)} answers;"
        f" floor (benchmarks/api.py's plain loop) {floor:.1f} µs; with the weighted area"
        f" means {weighted:.1f} µs"
    )
    for name, func in rows:
        took = median_us(func, runs)
        verdict = ""
        if bank_id == "readiness" and name.startswith("score(),"):
            verdict = f"  goal ≤ 5x: {'met' if took <= 5 * floor else 'NOT MET'}"
        print(f"  {name:<40} {took:8.1f} µs  {took / floor:5.1f}x floor{verdict}")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(f"cse-assess {cse_assess.__version__}, Python {sys.version.split()[0]}, {runs} runs")
    for bank_id in cse_assess.bundled_ids():
        measure(bank_id, runs)


if __name__ == "__main__":
    main()
