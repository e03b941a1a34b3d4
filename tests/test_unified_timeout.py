"""broker-contracts-unified against a vendor that stalls (the mock's `--latency-ms`): `connect(timeout=...,
max_retries=...)` and `broker-unified --timeout --max-retries` end the call with `VendorTimeoutError`,
naming the vendor, the operation and the timeout, after the retries asked for; the command exits 1 with
one line and no traceback."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from broker_contracts_mock.process import RunningMock, running_mock
from broker_contracts_unified import VendorTimeoutError, connect, connect_async
from broker_contracts_unified.cli import main
from tests.unified_support import arguments, command_options

STALL_MS = 30_000  # far past the timeouts below: a call that waited it out would succeed, failing the test


@pytest.fixture(scope="module")
def stalling_mock(broker_mock_options: list[str]) -> Iterator[RunningMock]:
    """A mock whose every vendor answer comes STALL_MS late."""
    with running_mock([*broker_mock_options, "--latency-ms", str(STALL_MS)]) as mock:
        yield mock


def _requests(sent: list[httpx.Request]) -> dict[str, object]:
    """httpx arguments recording every request sent."""
    return {"event_hooks": {"request": [sent.append]}}


def test_a_stalled_call_ends_at_the_timeout_after_the_retries(stalling_mock: RunningMock) -> None:
    sent: list[httpx.Request] = []
    with (
        connect(
            "tradier", **arguments(stalling_mock, "tradier"), timeout=0.25, max_retries=1, httpx_args=_requests(sent)
        ) as broker,
        pytest.raises(VendorTimeoutError) as raised,
    ):
        broker.balance("VA00019816")
    error = raised.value
    assert (error.vendor, error.operation, error.phase, error.seconds, error.max_retries) == (
        "tradier",
        "get_account_balances",
        "read",
        0.25,
        1,
    )
    assert len(sent) == 2 and error.request == f"GET {sent[0].url}"  # the call, then one retry
    assert str(error).startswith("tradier get_account_balances timed out: no answer within the 0.25 s read timeout")
    assert isinstance(error, TimeoutError)


def test_a_stalled_async_call_names_the_paged_operation(stalling_mock: RunningMock) -> None:
    """The async broker alike; an iterated operation (`get_positions_items`) is named by its operationId."""

    async def positions() -> None:
        async with connect_async(
            "clear-street", **arguments(stalling_mock, "clear-street"), timeout=0.25, max_retries=0
        ) as broker:
            await broker.positions("19816")

    with pytest.raises(VendorTimeoutError) as raised:
        asyncio.run(positions())
    assert (raised.value.vendor, raised.value.operation, raised.value.seconds) == (
        "clear-street",
        "get_positions",
        0.25,
    )


def test_the_command_ends_a_stalled_call_with_one_line(stalling_mock: RunningMock) -> None:
    command = [
        sys.executable,
        "-m",
        "broker_contracts_unified",
        "etna",
        "19816",
        *command_options(stalling_mock, "etna"),
    ]
    done = subprocess.run(
        [*command, "--timeout", "0.25", "--max-retries", "0"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1 and not done.stdout, done
    assert done.stderr.startswith("broker-unified: etna 19816: etna get_account_balance_info timed out: ")
    assert "within the 0.25 s read timeout" in done.stderr and "max_retries=0" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--timeout", "0", "0 is not a number of seconds above 0"),
        ("--timeout", "nan", "nan is not a number of seconds above 0"),
        ("--timeout", "soon", "'soon' is not a number of seconds"),
        ("--max-retries", "-1", "'-1' is not a whole number of retries"),
        ("--max-retries", "1.5", "'1.5' is not a whole number of retries"),
    ],
)
def test_a_bad_timeout_or_retry_count_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["tradier", "VA00019816", f"{option}={value}"])
    assert exit_.value.code == 2 and message in capsys.readouterr().err
