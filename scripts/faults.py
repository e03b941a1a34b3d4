"""`python -m scripts faults` (`make faults`): the clients against a mock that injects faults, with figures.

The set-up of issue 11's acceptance: `broker-mock --rate-429 0.3 --rate-5xx 0.2 --latency-ms 0-50` (a
real process, a fresh one per client, so that every client meets the same seeded fault stream); each
vendor's client makes 200 calls, 20 at a time, across balances, positions and history. The same Clear
Street calls are made by the vendor's own SDK (`clearstreet` from PyPI, pinned below, installed into a
scratch venv in `build/faults/`). Each client runs with its default retries (2), then with
`--max-retries` (8); the clients of one setting run at the same time. Printed per run: successes,
attempts, retries, and how many of the waits a `Retry-After` asked for the client honoured.
`tests/test_client_sdk.py` makes the same calls in process, on a virtual clock.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import functools
import importlib
import json
import subprocess
import sys
import time
import venv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from broker_contracts_mock.process import running_mock
from scripts import fault_figures
from scripts.fault_figures import Call, Figures
from scripts.fuzz import FIXED_DAY
from scripts.specs import PROJECT_ROOT

FAULTS = ("--rate-429", "0.3", "--rate-5xx", "0.2", "--latency-ms", "0-50")
CLEARSTREET_SDK = "clearstreet==0.11.0"
SCRATCH = PROJECT_ROOT / "build" / "faults"
CONCURRENCY = 20
DEFAULT_RETRIES = 2


@dataclass(frozen=True)
class Model:
    """An argument that is a value of one of the client package's model classes (an enum, say)."""

    name: str
    value: Any


# Per vendor: the calls made in turn (group of the client object, operation, arguments, keyword arguments).
Operation = tuple[str, str, tuple[Any, ...], dict[str, Any]]
V1 = Model("ApiVersion", "1.0")
CALLS: dict[str, list[Operation]] = {
    "clear-street": [
        ("balances", "get_account_balances", (19816,), {}),
        ("positions", "get_positions", (19816,), {}),
        ("portfolio_history", "get_portfolio_history", (19816,), {"start_date": datetime.date(2026, 11, 2)}),
    ],
    "etna": [
        ("balances", "get_account_balance_info", (V1, 19816), {}),
        (
            "positions",
            "get_positions",
            (V1, 19816),
            {"page_number": 0, "page_size": 10, "sort_field": Model("PositionSortField", "Id"), "desc": False},
        ),
        (
            "history",
            "get_account_history",
            (V1, 19816),
            {
                "start_date": datetime.datetime(2026, 11, 2, tzinfo=datetime.UTC),
                "end_date": datetime.datetime(2026, 11, 20, tzinfo=datetime.UTC),
                "step": 1,
            },
        ),
    ],
    "tradestation-v2": [
        ("balances", "get_balances", ("119816",), {}),
        ("positions", "get_positions", ("119816",), {}),
        ("order_history", "get_orders", ("119816",), {}),
    ],
    "tradestation-v3": [
        ("balances", "get_balances", ("3119816",), {}),
        ("positions", "get_positions", ("3119816",), {}),
        ("order_history", "get_historical_orders", ("3119816",), {"since": "2026-11-01"}),
    ],
    "tradier": [
        ("balances", "get_account_balances", ("VA00019816",), {}),
        ("positions", "get_account_positions", ("VA00019816",), {}),
        ("history", "get_account_history", ("VA00019816",), {"limit": 10}),
    ],
}
VENDORS = sorted(CALLS)


def client_package(vendor: str) -> Any:
    """The vendor's generated client package (from `generated/clients/`)."""
    folder = PROJECT_ROOT / "generated" / "clients" / f"{vendor}-client"
    if str(folder) not in sys.path:
        sys.path.append(str(folder))
    return importlib.import_module(f"{vendor.replace('-', '_')}_client")


def async_client(vendor: str, base_url: str, token: str, headers: dict[str, str], **options: Any) -> Any:
    """The vendor's `Async<Vendor>` client object; `options` go to its `AuthenticatedClient`."""
    package = client_package(vendor)
    facade = next(name for name in package.__all__ if name.startswith("Async"))
    client = package.AuthenticatedClient(base_url=base_url, token=token, headers=headers, **options)
    return getattr(package, facade)(client=client)


def vendor_calls(vendor: str, client: Any, count: int) -> list[Call]:
    """`count` calls of the vendor's operations in turn, on `client` (an `Async<Vendor>`)."""
    models = client_package(vendor).models

    def made(value: Any) -> Any:
        return getattr(models, value.name)(value.value) if isinstance(value, Model) else value

    operations = [
        functools.partial(
            getattr(getattr(client, group), method), *map(made, args), **{k: made(v) for k, v in kwargs.items()}
        )
        for group, method, args, kwargs in CALLS[vendor]
    ]
    return [operations[i % len(operations)] for i in range(count)]


async def run_client(vendor: str, client: Any, calls: int, concurrency: int = CONCURRENCY) -> Figures:
    """Figures of `calls` calls by `client`, an `Async<Vendor>` built with `fault_figures.event_hooks()`."""
    async with client:
        name = f"{vendor}-client, max_retries={client.client.max_retries}"
        return await fault_figures.measure(
            name, vendor_calls(vendor, client, calls), client_package(vendor).errors.APIError, concurrency
        )


def _sdk_python() -> Path:
    """The scratch venv's Python, with the vendor's SDK installed (created on first use)."""
    folder = SCRATCH / "clearstreet-venv"
    python = folder / "bin" / "python"
    marker = folder / f".{CLEARSTREET_SDK}"
    if not marker.exists():
        venv.create(folder, with_pip=True, clear=True)
        install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", CLEARSTREET_SDK]
        subprocess.run(install, check=True)
        marker.touch()
    return python


def _run_all(calls: int, max_retries: int, sdk: Path | None) -> list[Figures]:
    """Every client at once, each against a mock process of its own (the SDK in its venv, as a child)."""
    with contextlib.ExitStack() as stack:
        mocks = {
            name: stack.enter_context(running_mock([*FAULTS, "--quiet", "--today", FIXED_DAY]))
            for name in [*VENDORS, *(["clearstreet"] if sdk else [])]
        }
        child = None
        if sdk is not None:
            access = mocks["clearstreet"].vendors["clear-street"]
            arguments = ["clearstreet", access.base_url, access.token, str(calls), str(max_retries), str(CONCURRENCY)]
            command = [str(sdk), fault_figures.__file__, *arguments]
            child = stack.enter_context(subprocess.Popen(command, stdout=subprocess.PIPE, text=True))

        async def ours() -> list[Figures]:
            runs = []
            for vendor in VENDORS:
                access = mocks[vendor].vendors[vendor]
                hooks = {"event_hooks": fault_figures.event_hooks()}
                client = async_client(
                    vendor,
                    access.base_url,
                    access.token,
                    dict(access.api_keys),
                    max_retries=max_retries,
                    httpx_args=hooks,
                )
                runs.append(run_client(vendor, client, calls))
            return list(await asyncio.gather(*runs))

        results = asyncio.run(ours())
        if child is not None:
            output, _ = child.communicate()
            if child.returncode != 0:
                raise RuntimeError(f"the clearstreet SDK run failed ({child.returncode})")
            results.append(Figures(**json.loads(output)))
    return results


def table(results: list[tuple[int, Figures]]) -> str:
    """The figures as a Markdown table."""
    lines = [
        "| client | max_retries | succeeded | attempts | retries | Retry-After honoured | failures |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for retries, f in results:
        honoured = f"{f.retry_after_honoured}/{f.retry_after_seen}" if f.retry_after_seen else "none sent"
        failed = ", ".join(f"{n} {name}" for name, n in f.failures.items()) or "none"
        name = f.client.split(",")[0]
        lines.append(
            f"| {name} | {retries} | {f.succeeded}/{f.calls} | {f.attempts} | {f.retries} | {honoured} | {failed} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts faults", description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=200, help="calls per client and run (200)")
    parser.add_argument("--max-retries", type=int, default=8, help="retries of the second run of each client (8)")
    parser.add_argument("--no-sdk", action="store_true", help="skip the vendor's clearstreet SDK")
    args = parser.parse_args(argv)
    sdk = None if args.no_sdk else _sdk_python()
    results: list[tuple[int, Figures]] = []
    for retries in dict.fromkeys((DEFAULT_RETRIES, args.max_retries)):
        started = time.monotonic()
        results += [(retries, figures) for figures in _run_all(args.calls, retries, sdk)]
        print(f"faults: max_retries={retries}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    print(f"broker-mock {' '.join(FAULTS)}; {args.calls} calls per client, {CONCURRENCY} at a time\n")
    print(table(results))
    return 0
