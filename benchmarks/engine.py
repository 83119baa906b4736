"""``score()`` beside its arithmetic floor, measured in the same run.

    python benchmarks/engine.py [RUNS]

For each bundled example assessment (the readiness bank's first: its goal is ``score()``
within 5x of the floor), each figure beside two floors from ``benchmarks/api.py``:

- the floor the goal is judged on, ``arithmetic``: "a loop over the answers with the
  arithmetic", as the issue defines it (each answer's score from its level, weighted sums per
  area, the means; nothing checked, nothing kept);
- a lower one, ``plain_loop``: a loop over the answers adding up their numbers;
- ``score()`` as an API caller calls it, checked (the default) and unchecked
  (``check=False``);
- ``score()`` and then every question's result and the gaps (``result.areas``,
  ``result.gaps``): what a report asks for, which ``score()`` makes when first asked;
- ``tally()``, the numbers core that ``score()`` and the roll-up share.

Each figure is timed in batches alternating with its floor's (``benchmarks/api.py``'s
``paired_us``), so that a busy moment of the machine slows both alike: the ratio is the goal.
Prints medians in microseconds. A measurement, not a test: it always exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cse_assess
from cse_assess.core.scoring import answer_columns, tally

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api import arithmetic, paired_us, plain_loop  # the floors, measured one way


def measure(bank_id: str, runs: int) -> None:
    """Print the figures of one bundled bank's example."""
    bank = cse_assess.load_questionnaire(bank_id)
    assessment = cse_assess.load_assessment(cse_assess.example_path(bank_id))
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
    print(f"\n{bank_id}: {len(bank.questions)} questions, {len(assessment.answers)} answers")
    for name, func in rows:
        took, floor, loop = paired_us(
            func,
            lambda: arithmetic(bank, assessment.answers),
            lambda: plain_loop(assessment.answers),
            rounds=runs // 10,
        )
        verdict = ""
        if bank_id == "readiness" and name.startswith("score(),"):
            verdict = f"  goal ≤ 5x: {'met' if took <= 5 * floor else 'NOT MET'}"
        print(
            f"  {name:<36} {took:6.1f} µs  {took / floor:4.1f}x the arithmetic ({floor:4.1f} µs)"
            f"  {took / loop:4.1f}x a bare loop ({loop:4.1f} µs){verdict}"
        )


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    print(f"cse-assess {cse_assess.__version__}, Python {sys.version.split()[0]}, {runs} runs")
    for bank_id in cse_assess.bundled_ids():
        measure(bank_id, runs)


if __name__ == "__main__":
    main()
