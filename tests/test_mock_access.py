"""How a mock tells where it is and what to send: `broker-mock --port 0 --print-json` and `access.describe`."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from broker_contracts_mock import pytest_plugin, server
from broker_contracts_mock.access import Login, MockAccess, describe
from broker_contracts_mock.process import RunningMock

from .mock_support import call, make_app


def test_each_vendor_gets_the_headers_of_its_security_schemes() -> None:
    app = make_app(
        credentials=server.config_from_args(
            server.parse_args(["--token", "t1", "--api-key", "Et-App-Key=k1", "--login", "ann=pw"])
        ).credentials
    )
    access = describe(app, "http://127.0.0.1:9", "t1")
    assert access.vendors["clear-street"].headers == {"Authorization": "Bearer t1"}
    assert access.vendors["clear-street"].api_keys == {} and access.vendors["clear-street"].login is None
    etna = access.vendors["etna"]
    assert etna.headers == {"Et-App-Key": "k1", "Authorization": "Bearer t1"} and etna.api_keys == {"Et-App-Key": "k1"}
    assert etna.login == Login("http://127.0.0.1:9/etna/token", "ann", "pw")
    for name, vendor in access.vendors.items():
        assert vendor.base_url == f"http://127.0.0.1:9/{name}" and vendor.token == "t1"
    issued = call(app, "POST", "/etna/token", headers={"Et-App-Key": "k1", "Username": "ann", "Password": "pw"})
    assert issued.json()["State"] == "Succeeded"


def test_the_json_line_reads_back_as_it_was_written() -> None:
    access = describe(make_app(), "http://[::1]:4010")
    assert MockAccess.from_json(access.to_json()) == access
    assert "\n" not in access.to_json()


@pytest.mark.parametrize(
    "text",
    ["", "usage: broker-mock [-h]", "[]", "{}", '{"url": "http://x", "token": "t", "vendors": {"etna": {}}}'],
)
def test_a_line_that_is_not_the_json_line_is_named(text: str) -> None:
    """A harness handed the wrong line got a bare `KeyError: 'vendors'` or `JSONDecodeError`."""
    with pytest.raises(ValueError, match=r"not the line `broker-mock --print-json` writes") as raised:
        MockAccess.from_json(text)
    assert repr(text[:200]) in str(raised.value)


def test_a_server_that_prints_no_json_line_is_named(start_broker_mock: Any) -> None:
    """`start_broker_mock("--help")`: the help text is no JSON line; the error says so and shows it."""
    with pytest.raises(RuntimeError, match=r"printed .*usage: broker-mock.* instead of the line of --print-json"):
        start_broker_mock("--help")


@pytest.mark.parametrize(
    ("host", "url_host"),
    [("127.0.0.1", "127.0.0.1"), ("0.0.0.0", "127.0.0.1"), ("::", "[::1]"), ("::1", "[::1]"), ("mock", "mock")],
)
def test_urls_name_an_address_that_reaches_the_server(host: str, url_host: str) -> None:
    assert server._url_host(host) == url_host


def test_the_server_lists_its_urls_and_credentials_for_people(broker_mock: RunningMock) -> None:
    listing = broker_mock.log.read_text()
    assert f"broker-mock: {broker_mock.url} (bearer token {broker_mock.token};" in listing
    etna = broker_mock.vendors["etna"]
    assert etna.login is not None
    assert f"etna: {etna.base_url}  (Et-App-Key: test-api-key; Authorization: Bearer {broker_mock.token}; " in listing
    assert f"login POST {etna.login.url} as demo_user / demo_password)" in listing


def test_scripts_mock_is_an_alias_of_the_console_script() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scripts", "mock", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("usage: broker-mock ")
    assert "--print-json" in done.stdout


def test_every_fresh_token_the_fixtures_make_is_a_value_of_token() -> None:
    """A token starting with `-` would read as a missing `--token` value (argparse exits)."""
    for _ in range(500):
        options = pytest_plugin._with_fresh_token(["--today", "2026-11-20"])
        assert server.parse_args(options).token[0] == options[1]
