"""What each vendor's client is asked for each model: the facade call, and the body elements it yields.

A plan is data about one call of a vendor's client facade (`client.<resource>.<method>(...)`); the sync
and async brokers (`broker.py`) run the same plans. `elements` turns the call's result into the body
elements the mapping reads, in their wire form (`to_dict()`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from etna_client.models import ApiVersion, PositionSortField, TransactionSortField

from broker_contracts_unified.errors import AccountRefusedError, InvalidArgumentError, MissingArgumentError
from broker_contracts_unified.rules import exact

Arguments = tuple[tuple[Any, ...], dict[str, Any]]
V1 = ApiVersion.V1_0
ETNA_PAGE = 99  # ETNA pages positions at most 99 a page, whatever pageSize asks
TRADESTATION_HISTORY_DAYS = 89  # v3 refuses `since` older than 90 days
EXECUTED = "ExecQuantity"  # TradeStation: the quantity of a leg executed so far (both API versions)


@dataclass(frozen=True)
class Request:
    """What the caller asked for: an account (or none, to list accounts) and the optional extras."""

    account_id: str | None = None
    user_id: str | None = None
    since: date | None = None


@dataclass(frozen=True)
class Plan:
    """One facade call: `client.<resource>.<method>(*args, **kwargs)`; `paged` when it returns an iterator
    of items (`_items`), else one body that `unwrap` turns into its elements."""

    resource: str
    method: str
    arguments: Callable[[Request], Arguments]
    paged: bool = False
    unwrap: Callable[[Any, Request], list[Any]] = lambda body, _: [body]
    explode: str | None = None

    @property
    def operation_id(self) -> str:
        """The spec's operationId of the call (a facade method is named after it; `_items` iterates its pages)."""
        return self.method.removesuffix("_items")

    def elements(self, items: list[Any]) -> Iterator[dict[str, Any]]:
        """The wire form of each item; with `explode`, one element per executed entry of that array (an
        entry whose `ExecQuantity` is above zero: an open leg can carry a price, and other fields that
        begin with `Exec` say nothing of a fill)."""
        for item in items:
            wire = item.to_dict()
            if self.explode is None:
                yield wire
                continue
            for entry in wire.get(self.explode) or []:
                if (exact(entry.get(EXECUTED)) or 0) > 0:
                    yield {**wire, self.explode: entry}


def _account(request: Request) -> str:
    assert request.account_id is not None, "an account id is needed"
    return request.account_id


def _number(vendor: str) -> Callable[[Request], int]:
    """Clear Street's and ETNA's account ids: integers on the wire, written in ASCII digits (`int()` alone
    would also read ` 19816`, `1_9816` or Arabic-Indic digits as some account)."""

    def number(request: Request) -> int:
        text = _account(request)
        if not (text.isascii() and text.isdigit()):
            raise InvalidArgumentError(f"{vendor} numbers its accounts: {text!r} is not an account id of digits")
        return int(text)

    return number


def _by_account(key: str) -> Callable[[Any, Request], list[Any]]:
    """The `key` list of a TradeStation v3 batch body; the account's entry in `Errors` raises."""

    def unwrap(body: Any, request: Request) -> list[Any]:
        for error in body.errors or []:
            if request.account_id in error.account_id.split(","):
                raise AccountRefusedError(f"{error.account_id}: {error.error}: {error.message}")
        return list(getattr(body, key))

    return unwrap


def _user(request: Request) -> str:
    if request.user_id is None:
        raise MissingArgumentError("tradestation-v2 lists the accounts of a user: pass user_id")
    return request.user_id


def _since(request: Request) -> date:
    """TradeStation's history reaches 90 days back: the day of `since` (a `datetime` too), else 89 days ago."""
    since = request.since or date.today() - timedelta(days=TRADESTATION_HISTORY_DAYS)
    return date(since.year, since.month, since.day)


def _us_day(day: date) -> str:
    """TradeStation v2's `MM-DD-YYYY`, the year in four digits (`strftime`'s `%Y` writes year 999 as `999`)."""
    return f"{day.month:02d}-{day.day:02d}-{day.year:04d}"


_clear_street, _etna = _number("clear-street"), _number("etna")
NONE: Arguments = ((), {})
PLANS: dict[str, dict[str, Plan]] = {
    "clear-street": {
        "account": Plan("accounts", "get_accounts_items", lambda r: NONE, paged=True),
        "balance": Plan(
            "balances", "get_account_balances", lambda r: ((_clear_street(r),), {}), unwrap=lambda b, _: [b.data]
        ),
        "position": Plan("positions", "get_positions_items", lambda r: ((_clear_street(r),), {}), paged=True),
        "activity": Plan("orders", "get_executions_items", lambda r: ((_clear_street(r),), {}), paged=True),
    },
    "tradier": {
        "account": Plan("user", "get_user_profile", lambda r: NONE, unwrap=lambda b, _: b.account_list()),
        "balance": Plan(
            "balances", "get_account_balances", lambda r: ((_account(r),), {}), unwrap=lambda b, _: [b.balances]
        ),
        "position": Plan(
            "positions", "get_account_positions", lambda r: ((_account(r),), {}), unwrap=lambda b, _: b.position_list()
        ),
        "activity": Plan("history", "get_account_history_items", lambda r: ((_account(r),), {}), paged=True),
    },
    "etna": {
        "account": Plan("accounts", "get_user_accounts", lambda r: ((V1, "@me"), {}), unwrap=lambda b, _: list(b)),
        "balance": Plan("balances", "get_account_balance_info", lambda r: ((V1, _etna(r)), {})),
        "position": Plan(
            "positions",
            "get_positions_items",
            lambda r: ((V1, _etna(r)), {"page_size": ETNA_PAGE, "sort_field": PositionSortField.ID, "desc": False}),
            paged=True,
        ),
        "activity": Plan(
            "history",
            "get_transactions_items",
            lambda r: ((V1, _etna(r)), {"page_size": 100, "sort_by": TransactionSortField.ID, "is_desc": False}),
            paged=True,
        ),
    },
    "tradestation-v2": {
        "account": Plan("accounts", "get_user_accounts", lambda r: ((_user(r),), {}), unwrap=lambda b, _: list(b)),
        "balance": Plan("balances", "get_balances", lambda r: ((_account(r),), {}), unwrap=lambda b, _: list(b)),
        "position": Plan("positions", "get_positions", lambda r: ((_account(r),), {}), unwrap=lambda b, _: list(b)),
        "activity": Plan(
            "order_history",
            "get_orders_items",
            lambda r: ((_account(r),), {"since": _us_day(_since(r))}),
            paged=True,
            explode="Legs",
        ),
    },
    "tradestation-v3": {
        "account": Plan("accounts", "get_accounts", lambda r: NONE, unwrap=lambda b, _: list(b.accounts)),
        "balance": Plan("balances", "get_balances", lambda r: ((_account(r),), {}), unwrap=_by_account("balances")),
        "position": Plan("positions", "get_positions", lambda r: ((_account(r),), {}), unwrap=_by_account("positions")),
        "activity": Plan(
            "order_history",
            "get_historical_orders_items",
            lambda r: ((_account(r),), {"since": _since(r).isoformat()}),
            paged=True,
            explode="Legs",
        ),
    },
}
