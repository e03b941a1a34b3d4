"""Pre-encoded views (the self-check off) send the same bodies as the self-checked answers; the server's
RSGI intake reads a decoded path as the ASGI one reads the raw path."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from broker_contracts_mock.app import MockApp, served_path
from broker_contracts_mock.vendor import PARAMETER_MEMO_SIZE, Request

from .mock_support import TOKEN, call, make_app

ETNA = {**TOKEN, "Et-App-Key": "test-api-key"}
TRADIER = {**TOKEN, "Accept": "application/json"}
ETNA_PAGE = "pageNumber={}&pageSize=5&sortField={}&desc={}"
GETS: list[tuple[str, dict[str, str]]] = [
    ("/clear-street/v1/accounts/19816/balances", TOKEN),
    ("/clear-street/v1/accounts/19816/balances?top_margin_contributors_limit=2", TOKEN),
    ("/clear-street/v1/accounts/19819/positions?page_size=7&sort_by=MARKET_VALUE&sort_direction=DESC", TOKEN),
    ("/clear-street/v1/accounts/19816/positions?instrument_ids=AAPL,TSLA", TOKEN),
    *[(f"/tradier/v1/accounts/VA000{n}/{what}", TRADIER)
      for n in (19816, 19819, 19824) for what in ("balances", "positions")],
    ("/etna/v1.0/accounts/19816/info", ETNA),
    *[(f"/etna/v1.0/accounts/19819/positions?{ETNA_PAGE.format(p, s, d)}", ETNA) for p, s, d in (
        (0, "Id", "false"), (1, "Id", "false"), (0, "symbol", "TRUE"), (2, "MarketValueEOD", "true"))],
    (f"/etna/v1.0/accounts/19819/positions?{ETNA_PAGE.format(0, 'Id', 'false')}&filter=Quantity%20%3E%2050", ETNA),
    ("/etna/v1.0/accounts/19816/orders?pageNumber=0&pageSize=4", ETNA),
    ("/etna/v1.0/accounts/19816/transactions?pageNumber=1&pageSize=3&sortBy=Id&isDesc=true&checkCode=true", ETNA),
    *[(f"/tradestation-v2/v2/accounts/{keys}/{what}{query}", TOKEN) for keys in ("119816", "119816,119822,119821")
      for what in ("balances", "positions") for query in ("", "?APIVersion=20160101")],
    ("/tradestation-v2/v2/accounts/119819/positions?$filter=Symbol%20eq%20'QAAC'%20or%20Symbol%20eq%20'MSFT'", TOKEN),
    *[(f"/tradestation-v3/v3/brokerage/accounts/{ids}/{what}", TOKEN)
      for ids in ("3119816", "3119816,3119822,FX3119823") for what in ("balances", "bodbalances", "positions")],
    ("/tradestation-v3/v3/brokerage/accounts/3119819,3119816/positions?symbol=QAA*,AAPL", TOKEN),
]  # fmt: skip


@pytest.fixture(scope="module")
def apps() -> tuple[MockApp, MockApp]:
    """The same brokerage self-checked, and served from pre-encoded views."""
    return make_app(positions={19819: 40}), make_app(positions={19819: 40}, validate_responses=False)


def _body(app: MockApp, url: str, headers: dict[str, str]) -> Any:
    response = call(app, "GET", url, headers=headers)
    assert response.status_code == 200, response.text
    body = json.loads(response.content, parse_float=Decimal)
    if isinstance(body, dict) and "request_id" in body.get("metadata", {}):
        del body["metadata"]["request_id"]  # Clear Street's: new on every answer
    return response.headers["content-type"], body


@pytest.mark.parametrize(("url", "headers"), GETS, ids=[url for url, _ in GETS])
def test_a_pre_encoded_answer_is_the_self_checked_one(
    apps: tuple[MockApp, MockApp], url: str, headers: dict[str, str]
) -> None:
    checked, fast = apps
    assert _body(fast, url, headers) == _body(checked, url, headers)
    assert _body(fast, url, headers) == _body(fast, url, headers)  # from the memo the second time


@pytest.mark.parametrize(
    ("decoded", "served"),
    [
        ("/clear-street/v1/accounts/19816/balances", "/clear-street/v1/accounts/19816/balances"),
        ("/x/a b/c%41/é", "/x/a%20b/c%2541/%C3%A9"),  # the %41 was a %2541: not decoded twice
        ("/x/\ufffd\ufffd", "/x/%FF%FF"),  # bytes that were not UTF-8 stay so
        ("/x/a;b=c@d:e+f", "/x/a;b=c@d:e+f"),
    ],
)
def test_a_decoded_path_is_served_as_its_raw_form(decoded: str, served: str) -> None:
    assert served_path(decoded) == served


def test_a_decoded_slash_in_a_parameter_still_routes_to_the_deepest_route() -> None:
    clear_street = make_app().vendors["clear-street"]
    path = "/v1/accounts/19816/positions/BRK/B"  # BRK%2FB, decoded (by granian's RSGI, or `decoded_path`)
    route, params = clear_street.router.match(path) or (None, {})
    assert (route and route.template, params) == (
        "/v1/accounts/{account_id}/positions/{instrument_id}",
        {"account_id": "19816", "instrument_id": "BRK/B"},
    )
    request = Request("DELETE", path, headers={"authorization": "Bearer test-token"})
    assert clear_street.handle(request).status == 200  # holds no BRK/B: closes nothing


@pytest.mark.parametrize(
    ("vendor", "path"),
    [
        ("clear-street", "/v1/accounts/19816/extra/positions"),  # an account number holds no /
        ("tradier", "/v1/accounts/VA00019816/extra/positions"),  # nor does Tradier's account id (its pattern)
    ],
)
def test_a_slash_only_spans_a_parameter_that_can_hold_it(vendor: str, path: str) -> None:
    assert make_app().vendors[vendor].router.match(path) is None


def test_a_remembered_query_is_answered_as_a_fresh_one_and_the_memo_is_bounded() -> None:
    clear_street = make_app().vendors["clear-street"]

    def answer(query: str) -> tuple[int, Any]:
        reply = clear_street.handle(
            Request("GET", "/v1/accounts/19816/positions", query, {"authorization": "Bearer test-token"})
        )
        if isinstance(reply.body, dict):
            reply.body.get("metadata", {}).pop("request_id", None)
        return reply.status, reply.body

    for query in ("page_size=2&sort_by=SYMBOL", "page_size=0", "page_size=2&nothing=1", "page_size=" + "9" * 600):
        first = answer(query)
        assert answer(query) == first, query  # the second time from the memo (the last: too long to be kept)
    assert [status for status, _ in map(answer, ["page_size=2", "page_size=0", "nothing=1"])] == [200, 400, 400]
    for size in range(1, PARAMETER_MEMO_SIZE + 50):
        answer(f"page_size={size}")
    assert len(clear_street.parameter_memo) == PARAMETER_MEMO_SIZE
