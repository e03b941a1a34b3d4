"""Clear Street served by the mock: figures that agree, closes that change the state, paging, history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest
from clear_street_client import AuthenticatedClient, errors
from clear_street_client.api.balances import get_account_balances
from clear_street_client.models import ErrorResponse

from broker_contracts_mock.app import MockApp, MockConfig
from broker_contracts_mock.faults import Faults
from scripts.specs import Spec

from . import field_coverage
from .conftest import project_spec
from .mock_support import TOKEN, call, make_app

BASE = "/clear-street/v1/accounts"
D = Decimal


def _spec() -> Spec:
    return project_spec("clear-street")


@pytest.fixture
def app() -> MockApp:
    return make_app([_spec()])


def get(app: MockApp, url: str, status: int = 200) -> Any:
    response = call(app, "GET", f"{BASE}{url}", headers=TOKEN)
    assert response.status_code == status, response.text
    return response.json()


def _check_balance_identities(balances: dict[str, Any]) -> None:
    equity = D(balances["equity"])
    short = D(balances.get("short_market_value") or 0)
    assert equity == D(balances["trade_cash"]) + D(balances["long_market_value"]) - short
    assert D(balances["daily_realized_pnl"]) == D(balances["daily_pnl"]) - D(balances["daily_unrealized_pnl"])
    assert D(balances["daily_change"]) == equity - D(balances["sod"]["equity"])
    assert D(balances["daily_change"]) == D(balances["daily_pnl"])
    margin = balances.get("margin_details")
    if margin:
        for kind in ("initial", "maintenance", "overnight"):
            excess, requirement = D(margin[f"{kind}_margin_excess"]), D(margin[f"{kind}_margin_requirement"])
            assert excess == equity - requirement


@pytest.mark.parametrize("account", [19816, 19818, 19819, 19820, 19824])
def test_balances_agree_with_each_other_and_with_positions(app: MockApp, account: int) -> None:
    balances = get(app, f"/{account}/balances")["data"]
    _check_balance_identities(balances)
    positions = [p for p in get(app, f"/{account}/positions")["data"] if p["instrument_type"] != "CASH"]
    long_value = sum((D(p["market_value"]) for p in positions if p["position_type"] == "LONG"), D(0))
    short_value = -sum((D(p["market_value"]) for p in positions if p["position_type"] == "SHORT"), D(0))
    assert D(balances["long_market_value"]) == long_value
    assert D(balances.get("short_market_value") or 0) == short_value
    unrealized_today = sum((D(p["daily_unrealized_pnl"]) for p in positions), D(0))
    assert D(balances["daily_unrealized_pnl"]) == unrealized_today


def test_position_market_value_is_quantity_times_price(app: MockApp) -> None:
    """The mock's valuation rule (the contract promises none): the current price, times the multiplier."""
    for position in get(app, "/19816/positions")["data"]:
        multiplier = 100 if position["instrument_type"] == "OPTION" else 1
        assert D(position["market_value"]) == D(position["quantity"]) * D(position["instrument_price"]) * multiplier
        assert (D(position["quantity"]) > 0) == (position["position_type"] == "LONG")


def test_cash_and_margin_accounts_differ_as_documented(app: MockApp) -> None:
    cash = get(app, "/19818/balances")["data"]
    assert cash["margin_type"] == "NONE" and "margin_details" not in cash and "multiplier" not in cash
    margin = get(app, "/19816/balances?top_margin_contributors_limit=2")["data"]
    assert margin["margin_type"] == "REG_T" and margin["multiplier"] == "4"
    assert len(margin["margin_details"]["top_contributors"]) == 2
    assert "top_contributors" not in get(app, "/19816/balances")["data"]["margin_details"]


def test_closing_a_position_changes_positions_and_balances(app: MockApp) -> None:
    before = get(app, "/19816/balances")["data"]
    tesla = next(p for p in get(app, "/19816/positions")["data"] if p["symbol"] == "TSLA")
    response = call(app, "DELETE", f"{BASE}/19816/positions/{tesla['instrument_id']}", headers=TOKEN)
    assert response.status_code == 200
    [order] = response.json()["data"]
    assert order["side"] == ("SELL" if tesla["position_type"] == "LONG" else "BUY")
    assert order["quantity"] == tesla["quantity"].lstrip("-")
    assert (order["order_type"], order["time_in_force"], order["status"]) == ("MARKET", "DAY", "PENDING_NEW")

    symbols = [p["symbol"] for p in get(app, "/19816/positions")["data"]]
    assert "TSLA" not in symbols
    after = get(app, "/19816/balances")["data"]
    _check_balance_identities(after)
    realized = D(tesla["daily_unrealized_pnl"])
    assert D(after["daily_realized_pnl"]) == D(before["daily_realized_pnl"]) + realized
    assert D(after["equity"]) == D(before["equity"])
    assert D(after["trade_cash"]) == D(before["trade_cash"]) + D(tesla["market_value"])

    again = call(app, "DELETE", f"{BASE}/19816/positions/TSLA", headers=TOKEN)
    assert again.status_code == 200 and again.json()["data"] == []
    never_held = call(app, "DELETE", f"{BASE}/19816/positions/ZZZZ", headers=TOKEN)
    assert never_held.status_code == 200 and never_held.json()["data"] == []


def test_closing_everything_leaves_only_cash(app: MockApp) -> None:
    response = call(app, "DELETE", f"{BASE}/19816/positions", headers=TOKEN)
    assert response.status_code == 200
    assert len(response.json()["data"]) == 6
    assert [p["instrument_type"] for p in get(app, "/19816/positions")["data"]] == ["CASH"]
    balances = get(app, "/19816/balances")["data"]
    _check_balance_identities(balances)
    assert balances["long_market_value"] == "0.00" and "short_market_value" not in balances


def test_open_orders_block_a_close_unless_cancelled(app: MockApp) -> None:
    url = f"{BASE}/19820/positions"
    refused = call(app, "DELETE", url, headers=TOKEN)
    assert refused.status_code == 409
    assert "open order" in refused.json()["error"]["message"]
    assert len(get(app, "/19820/positions")["data"]) == 7
    body = {"cancel_orders": True}
    accepted = call(app, "DELETE", url, headers={**TOKEN, "Content-Type": "application/json"}, json=body)
    assert accepted.status_code == 200 and len(accepted.json()["data"]) == 6


def test_unknown_and_closed_accounts(app: MockApp) -> None:
    for url in ("/1/balances", "/1", "/19822/positions", "/1/portfolio-history?start_date=2026-11-02"):
        assert get(app, url, status=404)["error"] == {"code": 404, "message": "Some requested entity was not found"}
    assert get(app, "/19817")["data"]["status"] == "CLOSED"
    assert call(app, "DELETE", f"{BASE}/19817/positions", headers=TOKEN).status_code == 404


def test_positions_page_with_round_tripping_tokens(app: MockApp) -> None:
    everything = get(app, "/19816/positions?sort_by=MARKET_VALUE&sort_direction=DESC")["data"]
    seen, url = [], "/19816/positions?sort_by=MARKET_VALUE&sort_direction=DESC&page_size=3"
    pages = 0
    while True:
        page = get(app, url)
        pages += 1
        seen += page["data"]
        assert page["metadata"]["total_items"] == len(everything) and page["metadata"]["page_number"] == pages
        token = page["metadata"].get("next_page_token")
        if token is None:
            break
        url = f"/19816/positions?sort_by=MARKET_VALUE&sort_direction=DESC&page_token={token}"
    assert seen == everything
    assert pages == page["metadata"]["total_pages"] == 3
    values = [D(p["market_value"]) for p in seen]
    assert values == sorted(values, reverse=True)
    back = get(
        app,
        f"/19816/positions?sort_by=MARKET_VALUE&sort_direction=DESC&page_token={page['metadata']['previous_page_token']}",
    )
    assert back["data"] == everything[3:6]


def test_accounts_filter_and_page(app: MockApp) -> None:
    everyone = get(app, "")["data"]
    assert {a["subtype"] for a in everyone} == {"CASH", "MARGIN"}
    assert [a["id"] for a in get(app, "?account_id=1982")["data"]] == [
        a["id"] for a in everyone if str(a["id"]).startswith("1982")
    ]
    assert [a["id"] for a in get(app, "?account_name=old test")["data"]] == [19817]
    first = get(app, "?page_size=2")
    assert len(first["data"]) == 2 and first["metadata"]["total_pages"] == -(-len(everyone) // 2)


def test_portfolio_history_segments_and_date_rules(app: MockApp) -> None:
    segments = get(app, "/19816/portfolio-history?start_date=2026-11-16")["data"]["segments"]
    assert [s["date"] for s in segments] == ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"]
    for finished in segments[:-1]:
        pnl = D(finished["realized_pnl"]) + D(finished["unrealized_pnl"])
        assert D(finished["eod_equity"]) == D(finished["sod_equity"]) + pnl
    today = segments[-1]
    assert today["net_pnl"] is None and today["eod_equity"] == get(app, "/19816/balances")["data"]["equity"]
    weekend = get(app, "/19816/portfolio-history?start_date=2026-11-14&end_date=2026-11-15")["data"]["segments"]
    assert weekend == []
    assert (
        "must be on or before"
        in get(app, "/19816/portfolio-history?start_date=2026-11-19&end_date=2026-11-18", 400)["error"]["message"]
    )
    assert (
        "after the current date"
        in get(app, "/19816/portfolio-history?start_date=2026-11-19&end_date=2026-11-21", 400)["error"]["message"]
    )


def _second_page(app: MockApp, url: str) -> Any:
    """Page 2 of 2-item pages: it carries both the next and the previous cursor."""
    token = get(app, f"{url}?page_size=2")["metadata"]["next_page_token"]
    return get(app, f"{url}?page_token={token}")


def test_every_current_field_is_sent(app: MockApp) -> None:
    """Each non-deprecated property of each success schema appears in some response the mock gives
    (the pagination fields of the shared metadata only on list operations, as the spec says)."""
    spec = project_spec("clear-street")
    bodies: dict[str, list[Any]] = {
        "get_accounts": [get(app, ""), _second_page(app, "")],
        "get_account_by_id": [get(app, "/19816"), get(app, "/19817")],
        "get_account_balances": [get(app, f"/{n}/balances?top_margin_contributors_limit=5") for n in (19816, 19818)],
        "get_positions": [_second_page(app, "/19816/positions")],
        "get_portfolio_history": [get(app, "/19816/portfolio-history?start_date=2026-11-02")],
    }
    bodies["close_position"] = [call(app, "DELETE", f"{BASE}/19816/positions/TSLA", headers=TOKEN).json()]
    bodies["close_positions"] = [call(app, "DELETE", f"{BASE}/19816/positions", headers=TOKEN).json()]
    bodies["get_account_balances"].append(get(app, "/19816/balances"))
    for operation_id, served in bodies.items():
        schema = spec.dereferenced["paths"][spec.operation(operation_id).path][spec.operation(operation_id).method]
        body_schema = schema["responses"]["200"]["content"]["application/json"]["schema"]
        missing = field_coverage.missing(body_schema, served)
        paged = any(p["name"] == "page_size" for p in schema.get("parameters", []))
        missing = {m for m in missing if not m.startswith("error") and (paged or not m.startswith("metadata."))}
        assert not missing, f"{operation_id} never sends {sorted(missing)}"


def test_a_null_close_body_means_no_options(app: MockApp) -> None:
    """The vendor's spec declares the close body `oneOf: [null, ClosePositionRequest]`."""
    json_null = {**TOKEN, "Content-Type": "application/json"}
    single = call(app, "DELETE", f"{BASE}/19816/positions/AAPL", headers=json_null, content=b"null")
    assert single.status_code == 200, single.text
    assert [o["symbol"] for o in single.json()["data"]] == ["AAPL"]
    blocked = call(app, "DELETE", f"{BASE}/19820/positions", headers=json_null, content=b"null")
    assert blocked.status_code == 409
    assert call(app, "DELETE", f"{BASE}/19816/positions", headers=json_null, content=b"[]").status_code == 400


def test_close_order_ids_number_the_accounts_closes_of_the_day(app: MockApp) -> None:
    def ids(url: str) -> list[str]:
        response = call(app, "DELETE", f"{BASE}{url}", headers=TOKEN)
        assert response.status_code == 200, response.text
        return [order["client_order_id"] for order in response.json()["data"]]

    assert ids("/19816/positions/TSLA") == ["close-position-20261120-001"]
    assert ids("/19816/positions/AAPL") == ["close-position-20261120-002"]
    flattened = ids("/19816/positions")
    assert flattened == [f"close-positions-20261120-{n:03d}" for n in range(3, 3 + len(flattened))]
    assert ids("/19818/positions")[0] == "close-positions-20261120-001"


def test_a_non_trading_day_has_no_intraday_segment() -> None:
    sunday = MockApp(MockConfig(today=date(2026, 11, 22)), [_spec()])
    segments = get(sunday, "/19816/portfolio-history?start_date=2026-11-16")["data"]["segments"]
    assert [s["date"] for s in segments][-1] == "2026-11-20"
    assert all(s["net_pnl"] is not None for s in segments)


def test_an_injected_server_failure_is_documented_and_typed() -> None:
    """`--rate-5xx` answers 503 with the error envelope: the spec's `5XX` response, and the client's
    InternalServerError carrying its ErrorResponse."""
    failing = MockApp(MockConfig(today=date(2026, 11, 20), faults=Faults(rate_5xx=1.0)), [_spec()])
    response = call(failing, "GET", f"{BASE}/19816/balances", headers=TOKEN)
    assert response.status_code == 503
    found = failing.vendors["clear-street"].router.match("/v1/accounts/19816/balances")
    assert found is not None
    documented = found[0].operations["GET"].response(503)
    assert documented is not None and documented.status == "5XX"
    assert documented.check is not None and documented.check.problem(response.json()) is None

    def forward(request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.decode()
        answer = call(failing, request.method, f"/clear-street{path}", headers=dict(request.headers))
        return httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)

    transport = httpx.MockTransport(forward)
    with (
        AuthenticatedClient(
            "http://mock", token="test-token", max_retries=0, httpx_args={"transport": transport}
        ) as client,
        pytest.raises(errors.InternalServerError) as raised,
    ):
        get_account_balances.sync(19816, client=client)
    assert isinstance(raised.value.body, ErrorResponse) and raised.value.body.error.code == 503
