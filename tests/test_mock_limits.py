"""The mock's own limits and failure modes, in process: no plain-text 500, bounded bodies, sessions and
views, validated options, documented injected statuses, and the small HTTP rules (HEAD, resets, ids)."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

import pytest

from broker_contracts_mock import server, state
from broker_contracts_mock.faults import Faults
from broker_contracts_mock.limits import Limits
from broker_contracts_mock.vendor import Call, Credentials, Reply, VendorMock, handles
from broker_contracts_mock.vendors.clear_street import ClearStreet
from broker_contracts_mock.vendors.etna import Etna
from scripts.specs import load

from .conftest import FIXTURES
from .mock_support import TOKEN, call, make_app

BALANCES = "/clear-street/v1/accounts/19816/balances"
POSITIONS = "/clear-street/v1/accounts/19816/positions"
ETNA_KEY = {"Et-App-Key": "test-api-key"}
LOGIN = {**ETNA_KEY, "Username": "demo_user", "Password": "demo_password"}
ETNA_INFO = "/etna/v1.0/users/@me/info"


# ---- no plain-text 500 ----------------------------------------------------------------------------


class _Failing(ClearStreet):
    """Clear Street with a handler that raises, as a bug in a vendor module would."""

    @handles("get_account_balances")
    def get_account_balances(self, call: Call) -> Reply:
        raise ZeroDivisionError("a bug")


def test_an_unexpected_exception_is_the_vendor_500_and_a_logged_traceback(caplog: pytest.LogCaptureFixture) -> None:
    app = make_app()
    app.vendors["clear-street"] = _Failing(app.vendors["clear-street"].spec, app.states, Credentials())
    with caplog.at_level(logging.ERROR, logger="broker_contracts.mock"):
        response = call(app, "GET", BALANCES, headers=TOKEN)
    assert response.status_code == 500 and response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == 500 and "a bug of the mock's" in response.json()["error"]["message"]
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.getMessage() == f"GET {BALANCES}: the mock failed"
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError
    assert call(app, "GET", POSITIONS, headers=TOKEN).status_code == 200  # the server goes on


class _FailingTwice(VendorMock):
    """A vendor module whose handler and error body both raise."""

    spec_name: ClassVar[str] = ""

    @handles("get_balance")
    def balance(self, call: Call) -> Reply:
        raise KeyError("handler")

    def error(self, status: int, message: str) -> Reply:
        raise KeyError("error body")


def test_a_failing_error_body_still_gives_a_json_500() -> None:
    app = make_app([load(FIXTURES / "tiny-vendor")])
    app.vendors["tiny-vendor"] = _FailingTwice(app.vendors["tiny-vendor"].spec, app.states, Credentials())
    response = call(app, "GET", "/tiny-vendor/accounts/1/balance", headers=TOKEN)
    assert response.status_code == 500 and "a bug of the mock's" in response.json()["message"]


# ---- request bodies -------------------------------------------------------------------------------


def test_a_body_over_the_limit_is_413_in_the_vendor_shape() -> None:
    app = make_app(limits=Limits(max_body_bytes=16))
    headers = {**TOKEN, "Content-Type": "application/json"}
    refused = call(app, "DELETE", POSITIONS, headers=headers, content=b'{"cancel_orders": false}')
    assert refused.status_code == 413 and refused.headers["connection"] == "close"
    assert refused.json()["error"] == {
        "code": 413,
        "message": "the request body (24 bytes) is over the limit of 16 bytes",
    }
    etna = call(app, "POST", "/etna/token", headers={**LOGIN, "Content-Type": "application/json"}, content=b"[]" * 9)
    assert etna.status_code == 413 and set(etna.json()) == {"Message"}


def test_a_content_length_that_is_no_number_is_400() -> None:
    response = call(make_app(), "DELETE", POSITIONS, headers={**TOKEN, "Content-Length": "1e3"}, content=b"")
    assert response.status_code == 400 and "is not a number of bytes" in response.json()["error"]["message"]


# ---- login sessions and memoised views --------------------------------------------------------------


def _login(app: Any) -> str:
    return str(call(app, "POST", "/etna/token", headers=LOGIN).json()["Token"])


def _etna_as(token: str) -> dict[str, str]:
    return {**ETNA_KEY, "Authorization": f"Bearer {token}"}


class _Clock:
    now = 1000.0

    @classmethod
    def monotonic(cls) -> float:
        return cls.now


def test_login_tokens_expire_after_the_vendor_lifetime(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "time", _Clock)
    assert Etna.token_lifetime == 24 * 3600  # ETNA documents 24 hours
    app = make_app()
    token = _login(app)
    assert call(app, "GET", ETNA_INFO, headers=_etna_as(token)).status_code == 200
    _Clock.now += 24 * 3600 - 1
    assert call(app, "GET", ETNA_INFO, headers=_etna_as(token)).status_code == 200
    _Clock.now += 1
    expired = call(app, "GET", ETNA_INFO, headers=_etna_as(token))
    assert expired.status_code == 401 and expired.json() == {
        "Message": "Authorization has been denied for this request."
    }
    shorter = make_app(limits=Limits(session_lifetime=5))
    token = _login(shorter)
    _Clock.now += 5
    assert call(shorter, "GET", ETNA_INFO, headers=_etna_as(token)).status_code == 401


def test_live_sessions_are_capped_and_the_oldest_ends_first() -> None:
    app = make_app(limits=Limits(max_sessions=2))
    first, second = _login(app), _login(app)
    app.states.get(first)  # the first customer's brokerage exists
    third = _login(app)
    assert call(app, "GET", ETNA_INFO, headers=_etna_as(first)).status_code == 401
    assert all(call(app, "GET", ETNA_INFO, headers=_etna_as(t)).status_code == 200 for t in (second, third))
    assert first not in app.states._by_token  # its state went with it
    assert call(app, "GET", BALANCES, headers={"Authorization": f"Bearer {third}"}).status_code == 401  # ETNA's only


def test_the_view_memo_is_bounded_by_least_recent_use() -> None:
    app = make_app(limits=Limits(view_cache=4))
    symbols = ["AAPL", "TSLA", "GOOG", "MSFT", "GE"]
    for first in symbols:
        for second in symbols:
            call(app, "GET", f"{POSITIONS}?instrument_ids={first},{second}", headers=TOKEN)
    assert len(app.states.get("test-token").views) == 4


# ---- options --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--latency-ms", "inf"], "argument --latency-ms: inf is not between 0 and 60000"),
        (["--latency-ms", "nan"], "argument --latency-ms: nan is not between 0 and 60000"),
        (["--latency-ms", "-5"], "argument --latency-ms: '-5': expected N or LOW-HIGH milliseconds"),
        (["--latency-ms", "20-5"], "argument --latency-ms: '20-5': LOW must not exceed HIGH"),
        (["--latency-ms", "fast"], "argument --latency-ms: 'fast' is not a number"),
        (["--retry-after", "-3"], "argument --retry-after: -3 is not between 0 and 86400"),
        (["--port", "70000"], "argument --port: 70000 is not between 0 and 65535"),
        (["--token", ""], "argument --token: '' is no bearer token: one or more visible ASCII characters"),
        (["--token", "a b"], "argument --token: 'a b' is no bearer token: one or more visible ASCII characters"),
        (["--token", "t\u00e9"], "argument --token: 't\u00e9' is no bearer token: one or more visible ASCII"),
        (["--port", "http"], "argument --port: 'http' is not a whole number"),
        (["--rate-429", "1.5"], "argument --rate-429: 1.5 is not between 0 and 1"),
        (["--rate-5xx", "nan"], "argument --rate-5xx: nan is not between 0 and 1"),
        (["--rate-429", "0.6", "--rate-5xx", "0.6"], "rate_429 + rate_5xx must not exceed 1"),
        (["--status-5xx", "404"], "argument --status-5xx: 404 is not between 500 and 599"),
        (["--today", "0001-01-01"], "argument --today: 0001-01-01 is not between 1970-01-01 and 9998-12-31"),
        (["--max-connections", "0"], "argument --max-connections: 0 is not between 1 and 1000000"),
        (["--header-timeout", "0"], "argument --header-timeout: 0 is not between 0.1 and 3600"),
        (["--body-timeout", "inf"], "argument --body-timeout: inf is not between 0.1 and 3600"),
        (["--max-body-bytes", "-1"], "argument --max-body-bytes: -1 is not between 1 and 1073741824"),
        (["--max-sessions", "0"], "argument --max-sessions: 0 is not between 1 and 100000"),
        (["--view-cache", "0"], "argument --view-cache: 0 is not between 1 and 100000"),
        (["--backlog", "10"], "argument --backlog: 10 is not between 128 and 65535"),
        (["--positions", "many"], "--positions 'many': expected N or ACCOUNT=N (whole numbers)"),
        (["--positions", "19823=5"], "--positions: account 19823 cannot be seeded with positions; these can: "),
        (["--positions", "10001"], "--positions: account 19816: 10001 positions is not between 0 and 10000"),
    ],
)
def test_out_of_range_options_are_argparse_errors(
    options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_status:
        server.parse_args(options)
    assert exit_status.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("usage: broker-mock") and f"broker-mock: error: {message}" in error


def test_limits_reach_the_app() -> None:
    args = server.parse_args(["--max-body-bytes", "10", "--max-sessions", "3", "--session-lifetime", "60"])
    assert server.config_from_args(args).limits == Limits(max_body_bytes=10, max_sessions=3, session_lifetime=60)


# ---- injected statuses are documented ones -----------------------------------------------------------


def test_injected_statuses_are_ones_each_spec_documents() -> None:
    quota = make_app(faults=Faults(rate_429=1.0))
    etna = call(quota, "GET", ETNA_INFO, headers=_etna_as("test-token"))
    assert etna.status_code == 500 and "retry-after" not in etna.headers  # ETNA documents no 429: its 500
    assert etna.json()["message"] == "An error occurred while processing your request"
    failing = make_app(faults=Faults(rate_5xx=1.0, status_5xx=502))
    assert call(failing, "GET", "/tradestation-v2/v2/users/testuser/accounts", headers=TOKEN).status_code == 502
    assert call(failing, "GET", BALANCES, headers=TOKEN).status_code == 502  # within Clear Street's 5XX
    tradier = call(failing, "GET", "/tradier/v1/user/profile", headers=TOKEN)  # Tradier documents 500 only
    assert (tradier.status_code, tradier.headers["content-type"]) == (500, "text/plain")
    assert tradier.text == "injected fault: 500"
    with pytest.raises(ValueError, match=r"status_5xx 503 is documented by no served spec \(tiny-vendor: none\)"):
        make_app([load(FIXTURES / "tiny-vendor")], faults=Faults(rate_5xx=1.0, status_5xx=503))


def test_a_range_asked_for_with_prefer_answers_a_status_in_it_and_a_body_that_says_so() -> None:
    response = call(make_app(), "GET", BALANCES, headers={**TOKEN, "Prefer": "code=5XX"})
    assert response.status_code == 503 and response.json()["error"]["code"] == 503


# ---- HTTP details -----------------------------------------------------------------------------------


def test_head_is_get_without_the_body() -> None:
    app = make_app()
    got, head = call(app, "GET", BALANCES, headers=TOKEN), call(app, "HEAD", BALANCES, headers=TOKEN)
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["content-length"] == str(len(got.content))
    etna = call(app, "HEAD", ETNA_INFO, headers=_etna_as("test-token"))
    assert etna.status_code == 200 and etna.content == b""
    assert call(app, "PUT", BALANCES, headers=TOKEN).headers["allow"] == "GET, HEAD"


def test_a_path_parameter_that_is_not_utf8_is_400_naming_it() -> None:
    response = call(make_app(), "DELETE", f"{POSITIONS}/%FF", headers=TOKEN)
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("path parameter 'instrument_id' is not UTF-8")


def test_order_ids_never_repeat_across_tokens() -> None:
    app = make_app(credentials=Credentials(tokens=frozenset({"alice", "bob"})))
    ids = set()
    for token in ("alice", "bob"):
        closed = call(app, "DELETE", f"{POSITIONS}/AAPL", headers={"Authorization": f"Bearer {token}"})
        ids |= {order["id"] for order in closed.json()["data"]}
        assert call(app, "POST", "/__reset", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    closed = call(app, "DELETE", f"{POSITIONS}/AAPL", headers={"Authorization": "Bearer alice"})
    ids |= {order["id"] for order in closed.json()["data"]}
    assert len(ids) == 3


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nobody"}, {"Authorization": "Basic test-token"}])
def test_reset_takes_only_a_token_the_mock_accepts(headers: dict[str, str]) -> None:
    app = make_app()
    response = call(app, "POST", "/__reset", headers=headers)
    assert response.status_code == 401 and "Authorization: Bearer" in response.json()["message"]
    assert "nobody" not in app.states._by_token


def test_reset_takes_a_live_login_token() -> None:
    app = make_app()
    token = _login(app)
    assert call(app, "POST", "/__reset", headers={"Authorization": f"Bearer {token}"}).json() == {"reset": True}
