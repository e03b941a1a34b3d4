"""pytest fixtures for testing against the mock; installing the package registers them (entry point `pytest11`).

Every server listens on a free port of 127.0.0.1 and accepts a fresh random bearer token of its own
(not `test-token`); each fixture gives a `MockAccess`: `.url`, `.token`, and `.vendors[<name>]` with the
vendor's `base_url`, `headers` to send, `api_keys` and `login`. Server options (`broker-mock --help`)
come from the `broker_mock_options` fixture: override it in your conftest.py.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator

import pytest

from broker_contracts_mock.access import InProcessMock, describe
from broker_contracts_mock.app import MockApp
from broker_contracts_mock.process import RunningMock, running_mock
from broker_contracts_mock.server import config_from_args, parse_args

IN_PROCESS_URL = "http://broker-mock"


def _with_fresh_token(options: list[str]) -> list[str]:
    """`options`, led by a new random token (the first `--token` is the one the fixtures hand out). Hex digits
    only: a URL-safe token may start with `-`, which the option parser takes for an option (no value)."""
    return ["--token", secrets.token_hex(24), *options]


@pytest.fixture(scope="session")
def broker_mock_options() -> list[str]:
    """Extra `broker-mock` options for every mock the fixtures start, e.g. `["--today", "2026-11-20"]`."""
    return []


@pytest.fixture(scope="session")
def broker_mock_session(broker_mock_options: list[str]) -> Iterator[RunningMock]:
    """One mock server for the whole test session; changes made by one test are seen by the next."""
    with running_mock(_with_fresh_token(broker_mock_options)) as mock:
        yield mock


@pytest.fixture
def broker_mock(broker_mock_session: RunningMock) -> RunningMock:
    """The session's server, with the token's changes dropped (`POST /__reset`) before the test."""
    broker_mock_session.reset()
    return broker_mock_session


@pytest.fixture
def start_broker_mock(broker_mock_options: list[str]) -> Iterator[Callable[..., RunningMock]]:
    """Start servers of the test's own: `start_broker_mock("--rate-429", "1")`; all stop after the test."""
    with contextlib.ExitStack() as servers:

        def start(*options: str) -> RunningMock:
            return servers.enter_context(running_mock(_with_fresh_token([*broker_mock_options, *options])))

        yield start


@pytest.fixture
def broker_mock_per_test(start_broker_mock: Callable[..., RunningMock]) -> RunningMock:
    """A server of the test's own: its own process, port, token and state."""
    return start_broker_mock()


@pytest.fixture
def broker_mock_asgi(broker_mock_options: list[str]) -> InProcessMock:
    """The mock in this process, new for the test: `httpx.ASGITransport(app=broker_mock_asgi.app)`,
    base URLs under `http://broker-mock`."""
    options = _with_fresh_token(broker_mock_options)
    app = MockApp(config_from_args(parse_args(options)))
    access = describe(app, IN_PROCESS_URL, options[1])
    return InProcessMock(access.url, access.token, access.vendors, app)
