"""Run independent work (one item per spec) on every core this machine gives the process.

`process_map` is for Python work (loading, validating); `thread_map` for work that waits on
subprocesses (the generators), where threads are enough and nothing needs pickling.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


JOBS_VARIABLE = "BROKER_CONTRACTS_JOBS"


def cores() -> int:
    """The number of cores this process may run on, or BROKER_CONTRACTS_JOBS when set (1: one item at a
    time, in this process, for profiling or auditing)."""
    if os.environ.get(JOBS_VARIABLE, "").isdigit():
        return max(1, int(os.environ[JOBS_VARIABLE]))
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def process_map(function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """`function(item)` for each item, in one forked process per core; results in order, each as soon as
    it and those before it are done.

    Forking copies the loaded toolchain at no cost. A process that runs other threads (a pytest-xdist
    worker) is not forked, since a lock another thread holds would stay locked in the child: there,
    and for a single item, the work runs here, one item after the other.
    """
    items = list(items)
    workers = min(len(items), cores())
    if workers < 2 or threading.active_count() > 1:
        yield from (function(item) for item in items)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(function, items)


def thread_map(function: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """`[function(item) for item in items]`, at most one item per core at a time, results in order.

    The first exception (in item order) is raised once the items already started have finished; the
    others are not started.
    """
    items = list(items)
    with ThreadPoolExecutor(max(1, min(len(items), cores()))) as pool:
        futures = [pool.submit(function, item) for item in items]
        try:
            return [future.result() for future in futures]
        except BaseException:
            for future in futures:
                future.cancel()
            raise
