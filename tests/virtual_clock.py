"""Run a coroutine on an event loop whose clock jumps to the next timer instead of waiting.

For in-process runs (an ASGI app through `httpx.ASGITransport`: no sockets), every wait is a timer: the
mock's latency, a client's backoff or `Retry-After`. On this loop they cost no real time, and the
order in which requests reach the app depends only on those delays, never on the machine's load, so
a run with random latencies and retries is repeatable. (looptime does this too, but its pytest plugin,
registered on install, fails every fixture without pytest-asyncio.)
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
_IDLE_LIMIT_SECONDS = 30.0  # real seconds to wait for I/O when no timer is due (none is expected in process)


class _JumpingSelector(selectors.DefaultSelector):
    """Polls without blocking; when nothing is ready, moves the loop's clock on by the wait asked for."""

    def __init__(self, loop: VirtualClockLoop) -> None:
        super().__init__()
        self._loop = loop

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(0)
        if ready or timeout == 0:
            return ready
        if timeout is None:  # no timer at all: only real I/O (e.g. an executor's wake-up) can go on
            ready = super().select(_IDLE_LIMIT_SECONDS)
            if not ready:
                raise RuntimeError(f"the event loop waited {_IDLE_LIMIT_SECONDS:.0f} s with no timer and no I/O")
            return ready
        self._loop.now += timeout
        return ready


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """A selector event loop on a virtual clock that starts at 0."""

    def __init__(self) -> None:
        self.now = 0.0
        super().__init__(_JumpingSelector(self))

    def time(self) -> float:
        return self.now


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(coroutine)` on a virtual clock."""
    with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:
        return runner.run(coroutine)
