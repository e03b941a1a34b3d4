"""The generated Clear Street client, executed against published bodies (no server: an httpx mock transport)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import httpx
from clear_street_client import AuthenticatedClient
from clear_street_client.api.balances import get_account_balances
from clear_street_client.api.positions import close_position, get_positions
from clear_street_client.models import (
    AccountBalancesResponse,
    ErrorResponse,
    MarginType,
    PositionListResponse,
    PositionType,
)
from clear_street_client.types import UNSET

from scripts.specs import SPECS_DIR

EXAMPLES = SPECS_DIR / "clear-street" / "examples"


def _client(body: Path, status: int = 200, seen: list[httpx.Request] | None = None) -> AuthenticatedClient:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=body.read_bytes(), headers={"Content-Type": "application/json"})

    return AuthenticatedClient(
        base_url="https://api.clearstreet.com", token="key", httpx_args={"transport": httpx.MockTransport(answer)}
    )


def test_balances_are_exact_decimals() -> None:
    seen: list[httpx.Request] = []
    with _client(EXAMPLES / "balances_margin_200_spec.json", seen=seen) as client:
        result = get_account_balances.sync(account_id=19816, client=client, top_margin_contributors_limit=3)
    assert isinstance(result, AccountBalancesResponse)
    data = result.data
    assert data.settled_cash == Decimal("99775.05") and str(data.settled_cash) == "99775.05"
    assert str(data.open_order_adjustment) == "-10000.00"
    assert data.margin_type is MarginType.REG_T
    assert data.margin_details is not None and not isinstance(data.margin_details, type(UNSET))
    assert str(seen[0].url) == "https://api.clearstreet.com/v1/accounts/19816/balances?top_margin_contributors_limit=3"
    assert seen[0].headers["Authorization"] == "Bearer key"


def test_positions_query_array_is_comma_separated() -> None:
    seen: list[httpx.Request] = []
    with _client(EXAMPLES / "positions_list_200_spec.json", seen=seen) as client:
        result = get_positions.sync(account_id=19816, client=client, instrument_ids=["AAPL", "TSLA"], page_size=2)
    assert isinstance(result, PositionListResponse)
    assert seen[0].url.params["instrument_ids"] == "AAPL,TSLA"
    assert seen[0].url.params["page_size"] == "2"
    short = result.data[1]
    assert short.position_type is PositionType.SHORT
    assert short.quantity == Decimal("-50")
    assert isinstance(short.market_value, Decimal)


def test_documented_error_comes_back_typed() -> None:
    with _client(EXAMPLES / "balances_404_spec.json", status=404) as client:
        result = get_account_balances.sync(account_id=1, client=client)
    assert isinstance(result, ErrorResponse)
    assert result.error.code == 404
    assert result.error.message == "Some requested entity was not found"


def test_close_position_sends_the_symbol_in_the_path() -> None:
    seen: list[httpx.Request] = []
    with _client(EXAMPLES / "close_position_200_spec.json", seen=seen) as client:
        response = close_position.sync_detailed(account_id=19816, instrument_id="BRK/B", client=client)
    assert seen[0].method == "DELETE"
    assert seen[0].url.raw_path == b"/v1/accounts/19816/positions/BRK%2FB"
    assert response.status_code == 200
