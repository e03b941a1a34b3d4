"""The mock's shared request pipeline: routing, auth, validation, Prefer, faults, state, self-check."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

import pytest

from broker_contracts_mock import encoding, server
from broker_contracts_mock.app import MockApp
from broker_contracts_mock.faults import Faults
from broker_contracts_mock.vendor import (
    DEFAULT_PASSWORD,
    DEFAULT_USERNAME,
    Call,
    Credentials,
    Reply,
    VendorMock,
    handles,
)
from scripts.specs import load

from .conftest import FIXTURES
from .mock_support import TOKEN, call, make_app

BALANCES = "/clear-street/v1/accounts/19816/balances"


@pytest.fixture(scope="module")
def app() -> MockApp:
    return make_app()


def _error(response: Any) -> str:
    body = response.json()
    return str(body["error"]["message"])


def test_missing_and_unknown_tokens_get_the_vendor_401(app: MockApp) -> None:
    missing = call(app, "GET", BALANCES)
    assert missing.status_code == 401
    assert _error(missing) == "missing bearer token"
    assert set(missing.json()) == {"error", "metadata"}
    wrong = call(app, "GET", BALANCES, headers={"Authorization": "Bearer nope"})
    assert (wrong.status_code, _error(wrong)) == (401, "bearer token is not valid")


def test_accepted_tokens_are_configurable() -> None:
    custom = make_app(credentials=Credentials(tokens=frozenset({"team-a"})))
    assert call(custom, "GET", BALANCES, headers={"Authorization": "Bearer team-a"}).status_code == 200
    assert call(custom, "GET", BALANCES, headers=TOKEN).status_code == 401


def test_unknown_method_is_405_with_allow(app: MockApp) -> None:
    response = call(app, "PUT", "/clear-street/v1/accounts/19816/positions", headers=TOKEN)
    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, HEAD"
    assert response.json()["error"]["code"] == 405


def test_unknown_paths_and_vendors_are_404(app: MockApp) -> None:
    response = call(app, "GET", "/clear-street/v1/nowhere", headers=TOKEN)
    assert response.status_code == 404 and response.json()["error"]["code"] == 404
    other = call(app, "GET", "/no-such-vendor/x")
    assert other.status_code == 404 and "clear-street" in other.json()["message"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/clear-street/v1/accounts/abc/balances", 'path parameter \'account_id\': "abc" is not of type "integer"'),
        ("/clear-street/v1/accounts/4%0A/balances", "path parameter 'account_id'"),
        ("/clear-street/v1/accounts/19816/balances?top_margin_contributors_limit=0", "less than the minimum of 1"),
        ("/clear-street/v1/accounts/19816/positions?sort_by=", "query parameter 'sort_by'"),
        ("/clear-street/v1/accounts/19816/positions?page_size=1&page_size=2", "is given 2 times"),
        ("/clear-street/v1/accounts/19816/positions?pagesize=2", "unknown query parameter(s) ['pagesize']"),
        ("/clear-street/v1/accounts/19816/positions?page_token=bogus", "not a page token issued by this server"),
        ("/clear-street/v1/accounts/19816/portfolio-history", "query parameter 'start_date' is required"),
        ("/clear-street/v1/accounts/9223372036854775808/balances", "path parameter 'account_id'"),
    ],
)
def test_invalid_requests_get_400_naming_the_parameter(app: MockApp, url: str, message: str) -> None:
    response = call(app, "GET", url, headers=TOKEN)
    assert response.status_code == 400
    assert message in _error(response)


@pytest.mark.parametrize("items", ["AAPL,TSLA", "AAPL%2CTSLA", "AAPL%2ctsla"])
def test_unexploded_arrays_split_on_commas_sent_encoded_too(app: MockApp, items: str) -> None:
    """Clear Street's SDK and our generated client send `instrument_ids=AAPL%2CTSLA`; the vendor's server
    decodes the query before splitting it, so that is two items, as `AAPL,TSLA` is."""
    url = f"/clear-street/v1/accounts/19816/positions?instrument_ids={items}"
    response = call(app, "GET", url, headers=TOKEN)
    assert response.status_code == 200
    assert [row["symbol"] for row in response.json()["data"]] == ["AAPL", "TSLA"]


def test_request_body_errors(app: MockApp) -> None:
    url = "/clear-street/v1/accounts/19818/positions"
    json_header = {**TOKEN, "Content-Type": "application/json"}
    broken = call(app, "DELETE", url, headers=json_header, content=b'{"cancel_orders": tru')
    assert broken.status_code == 400 and _error(broken).startswith("Failed to parse the request body as JSON")
    wrong_type = call(app, "DELETE", url, headers={**TOKEN, "Content-Type": "text/plain"}, content=b"x")
    assert wrong_type.status_code == 400 and "request body must be one of ['application/json']" in _error(wrong_type)
    bad_schema = call(app, "DELETE", url, headers=json_header, content=b'{"cancel_orders": "yes"}')
    assert bad_schema.status_code == 400 and "request body: /cancel_orders" in _error(bad_schema)


def test_prefer_selects_a_documented_response(app: MockApp) -> None:
    named = call(app, "GET", BALANCES, headers={**TOKEN, "Prefer": "example=CashAccountBalances"})
    assert named.status_code == 200 and named.json()["data"]["settled_cash"] == "60000.00"
    by_code = call(app, "GET", BALANCES, headers={**TOKEN, "Prefer": "code=404"})
    assert by_code.status_code == 404 and _error(by_code) == "Some requested entity was not found"
    without_example = call(app, "GET", BALANCES, headers={**TOKEN, "Prefer": "code=429"})
    assert without_example.status_code == 429 and without_example.json()["error"]["code"] == 429
    undocumented = call(app, "GET", BALANCES, headers={**TOKEN, "Prefer": "code=418"})
    assert undocumented.status_code == 400 and "documents no response 418" in _error(undocumented)
    unknown_example = call(app, "GET", BALANCES, headers={**TOKEN, "Prefer": "code=200, example=Nope"})
    assert unknown_example.status_code == 400 and "has no example 'Nope'" in _error(unknown_example)


@pytest.mark.parametrize(
    ("prefer", "status"),
    [
        ("code = 404", 404),  # RFC 7240: whitespace around "=" is allowed (it was ignored: a silent 200)
        ("CODE=404", 404),  # preference names are case-insensitive
        ('code="404"', 404),  # a value may be a quoted string (it was "no response \"404\"")
        ("code=404; q=1", 404),  # parameters after ";" belong to the preference
        ("respond-async, code=404", 404),  # other preferences are ignored
        ("code=200, code=404", 400),  # two different codes: which one was meant? (the last won, silently)
        ("code=404, code=404", 404),
    ],
)
def test_prefer_is_read_as_rfc_7240_writes_it(app: MockApp, prefer: str, status: int) -> None:
    response = call(app, "GET", BALANCES, headers={**TOKEN, "Prefer": prefer})
    assert response.status_code == status, response.text
    if status == 400:
        assert "Prefer: 'code' given twice, '200' and '404'" in _error(response)


@pytest.mark.parametrize(
    ("accept", "status"),
    [
        (None, 200),
        ("application/json", 200),
        ("*/*", 200),
        ("application/*;q=0.8", 200),
        ("text/html, application/json;q=0.9", 200),
        ("application/xml", 400),
        ("text/*", 400),
        ("", 400),
    ],
)
def test_a_declared_accept_parameter_is_negotiated(app: MockApp, accept: str | None, status: int) -> None:
    """A spec that declares `Accept` (Tradier, so that its client asks for JSON) gets it checked as content
    negotiation: some media range must admit a value the parameter allows."""
    headers = TOKEN if accept is None else {**TOKEN, "Accept": accept}
    response = call(app, "GET", "/tradier/v1/user/profile", headers=headers)
    assert response.status_code == status
    if status == 400:
        assert "header parameter 'Accept'" in response.json()["errors"]["error"]


def test_decimals_are_written_in_positional_notation() -> None:
    values = [Decimal("0E-8"), Decimal("1E-8"), Decimal("17798.360000000000000000000000"), Decimal(0), Decimal("-1E+2")]
    assert encoding.dumps(values) == b"[0.00000000,0.00000001,17798.360000000000000000000000,0,-1E+2]"


def test_injected_faults_use_the_vendor_error_shape() -> None:
    throttled = make_app(faults=Faults(rate_429=1.0, retry_after=7))
    response = call(throttled, "GET", BALANCES, headers=TOKEN)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["error"]["code"] == 429
    failing = make_app(faults=Faults(rate_5xx=1.0, status_5xx=502, latency_ms=(1, 2)))
    assert call(failing, "GET", BALANCES, headers=TOKEN).status_code == 502


def test_injected_server_errors_default_to_a_status_the_spec_documents() -> None:
    """Without `--status-5xx`, each vendor fails the way its spec says it can: 503 where documented."""
    app = make_app(faults=Faults(rate_5xx=1.0))
    servers = {name: vendor.server_error for name, vendor in app.vendors.items()}
    assert servers == {"clear-street": 503, "etna": 500, "tradestation-v2": 500, "tradestation-v3": 503, "tradier": 500}


def test_fault_draws_follow_the_configured_rates() -> None:
    import random

    faults = Faults(rate_429=0.25, rate_5xx=0.25)
    rng = random.Random(1)
    statuses = [faults.draw(rng)[1] for _ in range(4000)]
    assert 800 < statuses.count("quota") < 1200
    assert 800 < statuses.count("server") < 1200
    with pytest.raises(ValueError, match="must not exceed 1"):
        Faults(rate_429=0.6, rate_5xx=0.6)


def test_health_lists_vendors(app: MockApp) -> None:
    health = call(app, "GET", "/__health").json()
    assert health["status"] == "ok"
    assert health["vendors"]["clear-street"]["served_from_examples"] == []


def test_state_is_per_token_and_resettable() -> None:
    app = make_app(credentials=Credentials(tokens=frozenset({"alice", "bob"})))
    alice, bob = {"Authorization": "Bearer alice"}, {"Authorization": "Bearer bob"}
    positions = "/clear-street/v1/accounts/19816/positions"
    before = len(call(app, "GET", positions, headers=alice).json()["data"])
    assert call(app, "DELETE", f"{positions}/AAPL", headers=alice).status_code == 200
    assert len(call(app, "GET", positions, headers=alice).json()["data"]) == before - 1
    assert len(call(app, "GET", positions, headers=bob).json()["data"]) == before
    assert call(app, "POST", "/__reset", headers=alice).json() == {"reset": True}
    assert len(call(app, "GET", positions, headers=alice).json()["data"]) == before


def test_request_ids_are_fresh(app: MockApp) -> None:
    ids = {call(app, "GET", BALANCES, headers=TOKEN).json()["metadata"]["request_id"] for _ in range(3)}
    assert len(ids) == 3


class _BrokenTiny(VendorMock):
    """A vendor module that breaks its own contract, to prove the self-check catches it."""

    spec_name: ClassVar[str] = ""

    @handles("get_balance")
    def balance(self, call: Call) -> Reply:
        return Reply(200, {"cash": 10.5, "currency": "USD"})


def test_self_check_turns_a_contract_breaking_response_into_500() -> None:
    app = make_app([load(FIXTURES / "tiny-vendor")])
    app.vendors["tiny-vendor"] = _BrokenTiny(app.vendors["tiny-vendor"].spec, app.states, Credentials())
    response = call(app, "GET", "/tiny-vendor/accounts/1/balance", headers=TOKEN)
    assert response.status_code == 500
    assert response.json()["message"] == 'MOCK_INVALID_RESPONSE: get_balance 200: /cash: 10.5 is not of type "string"'
    unchecked = _BrokenTiny(app.vendors["tiny-vendor"].spec, app.states, Credentials(), validate_responses=False)
    app.vendors["tiny-vendor"] = unchecked
    assert call(app, "GET", "/tiny-vendor/accounts/1/balance", headers=TOKEN).status_code == 200


def test_a_spec_without_a_vendor_module_serves_its_examples() -> None:
    app = make_app([load(FIXTURES / "tiny-vendor")])
    response = call(app, "GET", "/tiny-vendor/accounts/1/balance", headers=TOKEN)
    assert (response.status_code, response.json()) == (200, {"cash": "10.50", "currency": "USD"})
    assert call(app, "GET", "/__health").json()["vendors"]["tiny-vendor"]["served_from_examples"] == ["get_balance"]


def test_a_handler_for_an_unknown_operation_is_refused() -> None:
    class Typo(VendorMock):
        spec_name: ClassVar[str] = ""

        @handles("get_balanse")
        def balance(self, call: Call) -> Reply:
            return Reply(200, {})

    spec = load(FIXTURES / "tiny-vendor")
    with pytest.raises(ValueError, match=r"Typo handles operations \['get_balanse'\] that tiny-vendor lacks"):
        Typo(spec, make_app([spec]).states, Credentials())


def test_logins_come_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    config = server.config_from_args(server.parse_args(["--login", "alice=one", "--login", "bob=two=2"]))
    assert config.credentials.logins == {"alice": "one", "bob": "two=2"}
    assert config.credentials.accepts_login("bob", "two=2")
    assert not config.credentials.accepts_login("alice", "two=2") and not config.credentials.accepts_login("eve", "one")
    assert server.config_from_args(server.parse_args([])).credentials.logins == {DEFAULT_USERNAME: DEFAULT_PASSWORD}
    with pytest.raises(SystemExit):
        server.parse_args(["--login", "alice"])
    assert "--login 'alice': expected USER=PASSWORD" in capsys.readouterr().err


def test_repeated_request_headers_are_joined(app: MockApp) -> None:
    """RFC 9110: a repeated header is one comma-separated value (here the two Prefer preferences)."""
    response = call(
        app,
        "GET",
        BALANCES,
        headers=[("Authorization", "Bearer test-token"), ("Prefer", "code=404"), ("Prefer", "x=1")],
    )
    assert response.status_code == 404
