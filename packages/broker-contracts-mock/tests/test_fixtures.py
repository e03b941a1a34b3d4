"""Testing an integration against the mock as another team would: the plugin's fixtures and httpx only.

broker-contracts runs this folder from a wheel installed into a fresh virtual environment, outside
its checkout (tests/test_mock_consumer.py); it is also an example of each fixture.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx

from broker_contracts_mock.access import InProcessMock, MockAccess
from broker_contracts_mock.process import RunningMock

# One documented read of each vendor's API, with the seeded data's ids.
READS = {
    "clear-street": "/v1/accounts/19816/balances",
    "etna": "/v1.0/users/@me/info",
    "tradestation-v2": "/v2/users/testuser/accounts",
    "tradestation-v3": "/v3/brokerage/accounts/3119816/balances",
    "tradier": "/v1/user/profile",
}
AAPL = "/v1/accounts/19816/positions"


def test_every_vendor_answers_with_the_credentials_the_fixture_gives(broker_mock: RunningMock) -> None:
    assert sorted(broker_mock.vendors) == sorted(READS)
    for name, path in READS.items():
        vendor = broker_mock.vendors[name]
        answer = httpx.get(vendor.base_url + path, headers=dict(vendor.headers))
        assert answer.status_code == 200, (name, answer.text)
        assert httpx.get(vendor.base_url + path).status_code in (401, 403), name


def test_the_token_is_fresh_and_random(broker_mock: RunningMock) -> None:
    assert broker_mock.token != "test-token" and len(broker_mock.token) >= 24
    tradier = broker_mock.vendors["tradier"]
    answer = httpx.get(tradier.base_url + READS["tradier"], headers={"Authorization": "Bearer test-token"})
    assert answer.status_code == 401


def test_etna_login_gives_a_token_with_a_brokerage_of_its_own(broker_mock: RunningMock) -> None:
    etna = broker_mock.vendors["etna"]
    assert etna.login is not None and etna.login.url == etna.base_url + "/token"
    headers = {**etna.api_keys, "Username": etna.login.username, "Password": etna.login.password}
    issued = httpx.post(etna.login.url, headers=headers)
    assert issued.status_code == 200 and issued.json()["State"] == "Succeeded"
    me = httpx.get(
        etna.base_url + READS["etna"], headers={**etna.api_keys, "Authorization": f"Bearer {issued.json()['Token']}"}
    )
    assert me.status_code == 200 and me.json()["Login"] == etna.login.username


def _symbols(mock: MockAccess) -> list[str]:
    clear_street = mock.vendors["clear-street"]
    answer = httpx.get(clear_street.base_url + AAPL, headers=dict(clear_street.headers))
    return [position["symbol"] for position in answer.json()["data"]]


def test_a_change_one_test_makes(broker_mock: RunningMock) -> None:
    """Closes AAPL in the session's server; the next test must not see it closed."""
    clear_street = broker_mock.vendors["clear-street"]
    positions = httpx.get(clear_street.base_url + AAPL, headers=dict(clear_street.headers)).json()["data"]
    aapl = next(p for p in positions if p["symbol"] == "AAPL")
    closed = httpx.delete(f"{clear_street.base_url}{AAPL}/{aapl['instrument_id']}", headers=dict(clear_street.headers))
    assert closed.status_code == 200
    assert "AAPL" not in _symbols(broker_mock)


def test_is_undone_before_the_next(broker_mock: RunningMock) -> None:
    assert "AAPL" in _symbols(broker_mock)


def test_a_server_of_the_tests_own(broker_mock: RunningMock, broker_mock_per_test: RunningMock) -> None:
    assert broker_mock_per_test.url != broker_mock.url and broker_mock_per_test.token != broker_mock.token
    assert "AAPL" in _symbols(broker_mock_per_test)


def test_servers_with_options_of_their_own(start_broker_mock: Callable[..., RunningMock]) -> None:
    failing = start_broker_mock("--rate-5xx", "1").vendors["tradier"]
    answer = httpx.get(failing.base_url + READS["tradier"], headers=dict(failing.headers))
    assert answer.status_code >= 500


def test_the_mock_in_process(broker_mock_asgi: InProcessMock) -> None:
    tradestation = broker_mock_asgi.vendors["tradestation-v3"]

    async def read() -> httpx.Response:
        transport = httpx.ASGITransport(app=broker_mock_asgi.app)
        async with httpx.AsyncClient(transport=transport, headers=dict(tradestation.headers)) as client:
            return await client.get(tradestation.base_url + READS["tradestation-v3"])

    answer = asyncio.run(read())
    assert answer.status_code == 200 and answer.json()["Balances"][0]["AccountID"] == "3119816"
