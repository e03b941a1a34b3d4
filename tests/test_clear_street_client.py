"""The generated Clear Street client, executed against published bodies (no server: an httpx mock transport)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from clear_street_client import AuthenticatedClient, errors
from clear_street_client.api.balances import get_account_balances
from clear_street_client.api.portfolio_history import get_portfolio_history
from clear_street_client.api.positions import close_position, close_positions, get_positions
from clear_street_client.models import (
    AccountBalancesResponse,
    ClosePositionRequest,
    ErrorResponse,
    MarginDetails,
    MarginType,
    PositionListResponse,
    PositionType,
)
from clear_street_client.types import UNSET
from clear_street_models.models import MarginUsage
from pydantic import ValidationError

from scripts.specs import SPECS_DIR

EXAMPLES = SPECS_DIR / "clear-street" / "examples"


def _client(body: Path | bytes, status: int = 200, seen: list[httpx.Request] | None = None) -> AuthenticatedClient:
    """A client whose transport answers every request with `body` (no retries)."""
    content = body if isinstance(body, bytes) else body.read_bytes()

    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    return AuthenticatedClient(
        base_url="https://api.clearstreet.com",
        token="key",
        max_retries=0,
        httpx_args={"transport": httpx.MockTransport(answer)},
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


def test_documented_error_raises_with_its_typed_body() -> None:
    with (
        _client(EXAMPLES / "balances_404_spec.json", status=404) as client,
        pytest.raises(errors.NotFoundError) as raised,
    ):
        get_account_balances.sync(account_id=1, client=client)
    result = raised.value.body
    assert isinstance(result, ErrorResponse)
    assert result.error.code == 404
    assert result.error.message == "Some requested entity was not found"
    assert raised.value.status_code == 404 and raised.value.request_id == result.metadata.request_id


def test_close_position_sends_the_symbol_in_the_path() -> None:
    seen: list[httpx.Request] = []
    with _client(EXAMPLES / "close_position_200_spec.json", seen=seen) as client:
        response = close_position.sync_detailed(account_id=19816, instrument_id="BRK/B", client=client)
    assert seen[0].method == "DELETE"
    assert seen[0].url.raw_path == b"/v1/accounts/19816/positions/BRK%2FB"
    assert response.status_code == 200


def test_null_margin_fields_parse() -> None:
    """The vendor may send null for the day-trade usage, the top contributors and the usage."""
    with _client(EXAMPLES / "handmade" / "balances_margin_nulls_200_notes.json") as client:
        result = get_account_balances.sync(account_id=19816, client=client)
    assert isinstance(result, AccountBalancesResponse)
    margin = result.data.margin_details
    assert isinstance(margin, MarginDetails)
    assert margin.day_trade_buying_power_usage is None
    assert margin.top_contributors is None and margin.usage is None
    assert margin.initial_margin_excess == Decimal("50000.00")


def test_error_details_may_be_null() -> None:
    body = EXAMPLES / "handmade" / "balances_404_details_null_notes.json"
    with _client(body, status=404) as client, pytest.raises(errors.NotFoundError) as raised:
        get_account_balances.sync(account_id=1, client=client)
    result = raised.value.body
    assert isinstance(result, ErrorResponse)
    assert result.error.details is None and result.error.code == 404


def test_every_decimal_text_form_parses_exactly() -> None:
    with _client(EXAMPLES / "handmade" / "positions_decimal_forms_200_notes.json") as client:
        result = get_positions.sync(account_id=19816, client=client)
    assert isinstance(result, PositionListResponse)
    [position] = result.data
    expected = {
        "available_quantity": "1E+2",
        "avg_price": "145",
        "closing_price": "150.50",
        "cost_basis": "1.45E+4",
        "daily_realized_pnl": "0.5",
        "daily_unrealized_pnl": "-0.25",
        "daily_unrealized_pnl_pct": "0.0365",
        "unrealized_pnl": "1E-8",
    }
    for name, text in expected.items():
        value = getattr(position, name)
        assert isinstance(value, Decimal) and str(value) == text, name


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_and_unavailable_statuses_raise_with_the_typed_body(status: int) -> None:
    body = (
        b'{"error": {"code": %d, "message": "Service temporarily unavailable"}, "metadata": {"request_id": "r"}}'
        % status
    )
    with _client(body, status=status) as client:
        for call in (
            lambda: get_account_balances.sync(account_id=19816, client=client),
            lambda: get_portfolio_history.sync(account_id=19816, client=client, start_date=date(2026, 11, 2)),
        ):
            with pytest.raises(errors.InternalServerError) as raised:
                call()
            result = raised.value.body
            assert isinstance(result, ErrorResponse) and result.error.code == status


def test_close_without_options_sends_no_body() -> None:
    seen: list[httpx.Request] = []
    with _client(EXAMPLES / "close_positions_200_spec.json", seen=seen) as client:
        close_positions.sync(account_id=19816, client=client)
        close_positions.sync(account_id=19816, client=client, body=None)
        close_positions.sync(account_id=19816, client=client, body=ClosePositionRequest(cancel_orders=True))
    assert [request.content for request in seen] == [b"", b"", b'{"cancel_orders":true}']


def test_the_models_accept_every_decimal_form_but_not_nan_or_infinity() -> None:
    assert MarginUsage.model_validate_json('{"total": "1E+3", "used": ".5"}').total == Decimal("1000")
    for text in ("NaN", "Infinity", "-inf", "1_000", " 1"):
        with pytest.raises(ValidationError):
            MarginUsage.model_validate_json(f'{{"total": "{text}", "used": "0"}}')
