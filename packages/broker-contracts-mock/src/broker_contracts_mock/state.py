"""Per-caller state: each token gets its own copy of the simulated brokerage, built from the seed on first
use; and the login sessions a vendor's token endpoint opens, which expire and are capped."""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from broker_contracts_mock.brokerage import Brokerage, check_held
from broker_contracts_mock.limits import Limits


@dataclass(frozen=True)
class Session:
    """A login: the vendor whose token endpoint issued it, the user name, and when it ends (monotonic)."""

    vendor: str
    login: str
    ends: float


class States:
    """Brokerages by token. Every vendor mock of one server shares this, so a token sees one customer
    through every vendor's API; two tokens never see each other's changes. New orders are numbered from
    one sequence shared by every customer, so order ids never repeat across tokens."""

    def __init__(
        self, seed: int, today: date, limits: Limits | None = None, held: Mapping[int, int] | None = None
    ) -> None:
        self.seed = seed
        self.today = today
        self.limits = limits or Limits()
        self.held = dict(held or {})  # account number -> positions it holds (`broker-mock --positions`)
        check_held(self.held)
        self._by_token: dict[str, Brokerage] = {}
        self._sessions: OrderedDict[str, Session] = OrderedDict()  # oldest first
        self._numbers: Iterator[int] | None = None
        self._lock = threading.Lock()
        self._on_reset: list[Callable[[str], None]] = []

    def get(self, token: str) -> Brokerage:
        brokerage = self._by_token.get(token)
        if brokerage is None:
            with self._lock:
                brokerage = self._by_token.get(token)
                if brokerage is None:
                    brokerage = self._by_token[token] = self._generate()
        return brokerage

    def _generate(self) -> Brokerage:
        brokerage = Brokerage.generate(self.seed, self.today, self.held)
        self._numbers = self._numbers or brokerage.numbers  # every customer's seed numbers orders alike
        brokerage.numbers = self._numbers
        brokerage.views.capacity = self.limits.view_cache
        return brokerage

    def reset(self, token: str) -> None:
        """Forget the token's changes: its next request starts from the seeded data again, and what a vendor
        mock keeps per token besides (`on_reset`) starts over."""
        with self._lock:
            self._by_token.pop(token, None)
        for forget in self._on_reset:
            forget(token)

    def on_reset(self, forget: Callable[[str], None]) -> None:
        """Call `forget(token)` on every `reset`: for per-token state a vendor mock keeps itself (Tradier's
        rate-limit window)."""
        self._on_reset.append(forget)

    # ---- login sessions --------------------------------------------------------------------------

    def open_session(self, vendor: str, login: str, lifetime: float | None) -> str:
        """A new token for `login` at `vendor`, alive for `lifetime` seconds (None: until evicted). At
        `Limits.max_sessions` live sessions, the oldest ends first; an ended session's state is dropped."""
        token = secrets.token_urlsafe(48)
        now = time.monotonic()
        with self._lock:
            while self._sessions and (
                len(self._sessions) >= self.limits.max_sessions or next(iter(self._sessions.values())).ends <= now
            ):
                self._by_token.pop(self._sessions.popitem(last=False)[0], None)
            self._sessions[token] = Session(vendor, login, now + lifetime if lifetime else float("inf"))
        return token

    def session(self, token: str, vendor: str | None = None) -> Session | None:
        """The live session of `token` (at `vendor`, when given), or None: unknown, ended or another vendor's."""
        session = self._sessions.get(token)
        if session is None or (vendor is not None and session.vendor != vendor):
            return None
        if session.ends <= time.monotonic():
            with self._lock:
                self._sessions.pop(token, None)
                self._by_token.pop(token, None)
            return None
        return session
