"""broker-contracts-unified through a mock server: the sync `Broker` answers what the async one does, and the
`broker-unified` command prints one account's balances and positions for every vendor, or a one-line error
for a bad vendor, bad credentials, an unknown account or an unreachable API."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import pytest

from broker_contracts_mock.process import RunningMock
from broker_contracts_unified import VENDORS, AsyncBroker, Broker, connect_async
from broker_contracts_unified.cli import main, render
from broker_contracts_unified.tables import mapping_tables
from tests.unified_support import arguments, broker, command_options

UNLISTED = {  # an account id of each vendor's form that no vendor lists
    "clear-street": "99999",
    "tradier": "VA99999999",
    "etna": "99999",
    "tradestation-v2": "199999",
    "tradestation-v3": "3199999",
}


def _first_account(mock: RunningMock, vendor: str) -> str:
    """The first account the vendor lists (the seeded margin account, which holds positions)."""
    with broker(mock, vendor) as sync:
        return sync.accounts()[0].account_id


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_sync_broker_answers_what_the_async_one_does(broker_mock: RunningMock, vendor: str) -> None:
    with broker(broker_mock, vendor) as sync:
        account_id = sync.accounts()[0].account_id
        answers = _everything(sync, account_id)
    assert answers["positions"] and answers["activities"], answers  # the seeded margin account trades
    assert answers["balance"].account_id == account_id
    assert answers == asyncio.run(
        _everything_async(connect_async(vendor, **arguments(broker_mock, vendor)), account_id)
    )


def _everything(sync: Broker, account_id: str) -> dict[str, Any]:
    return {
        "accounts": sync.accounts(),
        "balance": sync.balance(account_id),
        "positions": sync.positions(account_id),
        "activities": sync.activities(account_id),
    }


async def _everything_async(asynchronous: AsyncBroker, account_id: str) -> dict[str, Any]:
    async with asynchronous:
        return {
            "accounts": await asynchronous.accounts(),
            "balance": await asynchronous.balance(account_id),
            "positions": await asynchronous.positions(account_id),
            "activities": await asynchronous.activities(account_id),
        }


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_command_prints_balances_and_positions(
    broker_mock: RunningMock, vendor: str, capsys: pytest.CaptureFixture[str]
) -> None:
    account_id = _first_account(broker_mock, vendor)
    with broker(broker_mock, vendor) as sync:
        balance, positions = sync.balance(account_id), sync.positions(account_id)
    assert main([vendor, account_id, *command_options(broker_mock, vendor)]) == 0
    printed = capsys.readouterr()
    assert printed.out == render(balance, positions) and not printed.err
    lines = printed.out.splitlines()
    assert lines[0] == f"{vendor} account {account_id}"
    assert balance.equity is not None and format(balance.equity, "f") in printed.out  # digits as sent
    assert f"{len(positions)} position(s)" in lines and len(positions) > 0
    for position in positions:
        assert any(line.startswith(position.instrument.symbol + " ") for line in lines), position


@pytest.mark.parametrize(
    ("case", "change", "expected"),
    [
        ("bad credentials", {"token": "not-a-token"}, "401"),
        ("unknown account", {}, "404"),
        # Without retries: their back-off (~2 s) would be all the test waits for.
        (
            "unreachable API",
            {"base_url": "http://127.0.0.1:9", "max_retries": "0"},
            "broker-unified: clear-street 99999: ",
        ),
    ],
)
def test_a_bad_call_is_one_line_on_stderr(
    broker_mock: RunningMock, capsys: pytest.CaptureFixture[str], case: str, change: dict[str, str], expected: str
) -> None:
    options = command_options(broker_mock, "clear-street", **change)
    assert main(["clear-street", UNLISTED["clear-street"], *options]) == 1, case
    printed = capsys.readouterr()
    assert not printed.out and expected in printed.err and printed.err.count("\n") == 1, printed.err
    assert printed.err.startswith(f"broker-unified: clear-street {UNLISTED['clear-street']}: ")


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_account_the_vendor_does_not_serve_is_named(
    broker_mock: RunningMock, vendor: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([vendor, UNLISTED[vendor], *command_options(broker_mock, vendor)]) == 1
    printed = capsys.readouterr()
    assert printed.err.startswith(f"broker-unified: {vendor} {UNLISTED[vendor]}: ") and "Traceback" not in printed.err


def test_a_bad_vendor_or_a_missing_account_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["robinhood", "1"])
    assert exit_.value.code == 2 and "invalid choice: 'robinhood'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["tradier"])
    assert exit_.value.code == 2 and "an account id is needed" in capsys.readouterr().err


def test_the_command_prints_the_mapping(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mapping"]) == 0
    assert capsys.readouterr().out == mapping_tables()


def test_the_module_runs_as_the_command(broker_mock: RunningMock) -> None:
    """`python -m broker_contracts_unified` in a process of its own: a bad token is one line, no traceback."""
    options = command_options(broker_mock, "tradier", token="not-a-token")
    refused = subprocess.run(
        [sys.executable, "-m", "broker_contracts_unified", "tradier", "VA00019816", *options],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert refused.returncode == 1 and refused.stderr.startswith("broker-unified: tradier VA00019816: ")
    assert "401" in refused.stderr and "Traceback" not in refused.stderr, refused.stderr
