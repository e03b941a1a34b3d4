"""Fault injection for consumers testing their retry logic: latency, 429 with Retry-After, and 5xx."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

Fault = Literal["quota", "server"]
MAX_LATENCY_MS = 60_000.0  # a minute per request is already far past any client's timeout
MAX_RETRY_AFTER = 86_400  # a day


@dataclass(frozen=True)
class Faults:
    """What to inject, drawn per request from a seeded generator (so a run can be replayed)."""

    latency_ms: tuple[float, float] = (0.0, 0.0)
    rate_429: float = 0.0
    retry_after: int = 1
    rate_5xx: float = 0.0
    status_5xx: int | None = None  # None: the server error the vendor's spec documents (`VendorMock.server_error`)

    def __post_init__(self) -> None:
        low, high = self.latency_ms
        if not 0 <= low <= high <= MAX_LATENCY_MS:  # also refuses NaN
            raise ValueError(f"latency range {self.latency_ms} must be 0 <= low <= high <= {MAX_LATENCY_MS} ms")
        for name in ("rate_429", "rate_5xx"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.rate_429 + self.rate_5xx > 1:
            raise ValueError("rate_429 + rate_5xx must not exceed 1")
        if not 0 <= self.retry_after <= MAX_RETRY_AFTER:
            raise ValueError(f"retry_after {self.retry_after} must be between 0 and {MAX_RETRY_AFTER} seconds")
        if self.status_5xx is not None and not 500 <= self.status_5xx <= 599:
            raise ValueError(f"status_5xx {self.status_5xx} is not a 5xx status")

    @property
    def active(self) -> bool:
        return self.latency_ms != (0.0, 0.0) or self.rate_429 > 0 or self.rate_5xx > 0

    def draw(self, rng: random.Random) -> tuple[float, Fault | None]:
        """(delay in seconds, the fault to inject or None) for one request."""
        delay = rng.uniform(*self.latency_ms) / 1000 if self.latency_ms[1] else 0.0
        roll = rng.random()
        if roll < self.rate_429:
            return delay, "quota"
        if roll < self.rate_429 + self.rate_5xx:
            return delay, "server"
        return delay, None
