"""Per-caller state: each token gets its own copy of the simulated brokerage, built from the seed on first use."""

from __future__ import annotations

import threading
from datetime import date

from broker_contracts_mock.brokerage import Brokerage


class States:
    """Brokerages by token. Every vendor mock of one server shares this, so a token sees one customer
    through every vendor's API; two tokens never see each other's changes."""

    def __init__(self, seed: int, today: date) -> None:
        self.seed = seed
        self.today = today
        self._by_token: dict[str, Brokerage] = {}
        self._lock = threading.Lock()

    def get(self, token: str) -> Brokerage:
        brokerage = self._by_token.get(token)
        if brokerage is None:
            with self._lock:
                brokerage = self._by_token.setdefault(token, Brokerage.generate(self.seed, self.today))
        return brokerage

    def reset(self, token: str) -> None:
        """Forget the token's changes: its next request starts from the seeded data again."""
        with self._lock:
            self._by_token.pop(token, None)
