"""`make bench`: speed and memory figures, each a ratio to a baseline measured in the same run.

Each area has a module here with run() -> list[Figure]; desktop.bench.__main__ runs them all,
prints a table and writes bench/results.json. No timed asserts anywhere: this is a report, not a test.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Figure:
    """One measured figure: `value` in `unit`, the same-run `baseline` it is compared to, and its target."""

    name: str
    value: float
    unit: str
    target: float
    baseline_name: str = ""
    baseline: float = 0.0
    ratio_target: bool = False  # True when the target applies to value/baseline, not to value

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else 0.0

    @property
    def ok(self) -> bool:
        return (self.ratio if self.ratio_target else self.value) <= self.target

    def to_dict(self) -> dict:
        return asdict(self) | {"ratio": round(self.ratio, 3), "ok": self.ok}


def median_seconds(fn: Callable[[], object], runs: int = 5, warmup: int = 1) -> float:
    """Median wall time of fn() over `runs` runs after `warmup` unmeasured runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
