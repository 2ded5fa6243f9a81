"""Timing helpers shared by the bench scripts (run as ``.venv/bin/python bench/<script>.py``,
so this folder is on ``sys.path``)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def samples_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    """Call ``fn`` ``repeat`` times; the duration of each call in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def median_and_max_ms(fn: Callable[[], object], repeat: int = 20) -> tuple[float, float]:
    """Median and worst duration of ``repeat`` calls of ``fn``, in milliseconds."""
    samples = samples_ms(fn, repeat)
    return statistics.median(samples), max(samples)
