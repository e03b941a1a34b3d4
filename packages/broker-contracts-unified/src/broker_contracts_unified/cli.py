"""`broker-unified` (or `python -m broker_contracts_unified`): one account's normalized balances and
positions as a table, for any vendor; `broker-unified mapping` prints the mapping's tables."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from dataclasses import fields
from decimal import Decimal
from typing import Any

import httpx
from clear_street_client.errors import ClearStreetError
from etna_client.errors import EtnaError
from tradestation_v2_client.errors import TradestationV2Error
from tradestation_v3_client.errors import TradestationV3Error
from tradier_client.errors import TradierError

from broker_contracts_unified.broker import VENDORS, Settings, connect
from broker_contracts_unified.errors import InvalidArgumentError, UnifiedError
from broker_contracts_unified.models import Balance, Position
from broker_contracts_unified.tables import mapping_tables

VENDOR_ERRORS = (ClearStreetError, TradierError, EtnaError, TradestationV2Error, TradestationV3Error)
MAX_WRITTEN_OUT = 100  # characters of a decimal written out; longer ones print in scientific form
POSITION_COLUMNS = ("symbol", "class", "quantity", "price", "market value", "cost basis", "unrealized P&L")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.vendor == "mapping":
        if args.account_id is not None:
            parser.error("mapping takes no account id")
        sys.stdout.write(mapping_tables())
        return 0
    if not args.account_id:
        parser.error("an account id is needed")
    settings = Settings(token=args.token, base_url=args.base_url, api_key=args.api_key, user_id=args.user_id)
    if args.timeout is not None:
        settings["timeout"] = args.timeout
    if args.max_retries is not None:
        settings["max_retries"] = args.max_retries
    try:
        with connect(args.vendor, **settings) as broker:
            balance = broker.balance(args.account_id)
            positions = broker.positions(args.account_id)
    except InvalidArgumentError as error:
        parser.error(str(error))
    except (*VENDOR_ERRORS, UnifiedError, httpx.HTTPError) as error:
        print(f"broker-unified: {args.vendor} {args.account_id}: {error}", file=sys.stderr)
        return 1
    sys.stdout.write(render(balance, positions))
    return 0


def render(balance: Balance, positions: list[Position]) -> str:
    """The balance as `field  value` lines, then one row per position; `—` where the vendor has no equivalent."""
    rows = [(f.name, _cell(getattr(balance, f.name))) for f in fields(balance) if f.name != "vendor"]
    width = max(len(name) for name, _ in rows)
    lines = [f"{balance.vendor} account {balance.account_id}", ""]
    lines += [f"{name.ljust(width)}  {value}" for name, value in rows]
    table = [POSITION_COLUMNS] + [
        (
            p.instrument.symbol,
            _cell(p.instrument.asset_class),
            _cell(p.quantity),
            _cell(p.price),
            _cell(p.market_value),
            _cell(p.cost_basis),
            _cell(p.unrealized_pnl),
        )
        for p in positions
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(POSITION_COLUMNS))]
    lines += ["", f"{len(positions)} position(s)"]
    lines += [_row(row, widths) for row in table]
    return "\n".join(lines) + "\n"


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    """Symbol and class left-aligned, the figures right-aligned."""
    padded = (cell.rjust(w) if i > 1 else cell.ljust(w) for i, (cell, w) in enumerate(zip(cells, widths, strict=True)))
    return "  ".join(padded).rstrip()


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return _decimal(value)
    return str(value)


def _decimal(value: Decimal) -> str:
    """The digits as sent, written out (`1234.50`); in scientific form (`1E+999999999999`, still exact)
    where writing it out would take more than `MAX_WRITTEN_OUT` characters."""
    digits, exponent = value.as_tuple()[1:]
    if isinstance(exponent, int) and len(digits) + abs(exponent) > MAX_WRITTEN_OUT:
        return str(value)
    return format(value, "f")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="broker-unified",
        description="Print one account's normalized balances and positions, or (`mapping`) the mapping's tables.",
    )
    parser.add_argument("vendor", choices=[*VENDORS, "mapping"])
    parser.add_argument("account_id", nargs="?", help="the vendor's id of the account (19816, VA00019816, 119816...)")
    parser.add_argument("--token", help="bearer token (default: the client's <VENDOR>_TOKEN)")
    parser.add_argument("--base-url", help="API base URL (default: <VENDOR>_BASE_URL, else the vendor's)")
    parser.add_argument("--api-key", help="ETNA's app key (default: ETNA_ET_APP_KEY)")
    parser.add_argument("--user-id", help="TradeStation v2's user (its accounts list needs it)")
    parser.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="how long each wait of a request may last: connecting, each read of the answer (default: the "
        "client's 60 s, 5 s to connect)",
    )
    parser.add_argument(
        "--max-retries",
        type=_retries,
        metavar="N",
        help="how many times a failed call (a timeout, a 5xx, over quota) is sent again (default: the client's 2)",
    )
    return parser


def _seconds(text: str) -> float:
    """A timeout: a finite number of seconds above 0."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(seconds) and seconds > 0):
        raise argparse.ArgumentTypeError(f"{text} is not a number of seconds above 0")
    return seconds


def _retries(text: str) -> int:
    """A retry count: a whole number, 0 or more."""
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of retries (0 or more)")
    return int(text)
