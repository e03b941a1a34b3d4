"""The generated Tradier client calls every operation of the running mock: typed results in every wire
form (the string "null", one object, an array), exact decimals, paging, and typed errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from tradier_client import AuthenticatedClient, errors
from tradier_client.api.balances import get_account_balances
from tradier_client.api.gainloss import get_account_gain_loss
from tradier_client.api.history import get_account_history
from tradier_client.api.positions import get_account_positions
from tradier_client.api.user import get_user_profile
from tradier_client.models import (
    AchEvent,
    AdjustmentEvent,
    BalancesResponse,
    CashAccountBalances,
    CheckEvent,
    ClosedPosition,
    DividendEvent,
    EventDetail,
    FaultDetail,
    FeeEvent,
    GainLossResponse,
    GainLossSortBy,
    HistoryEventType,
    HistoryResponse,
    InterestEvent,
    JournalEvent,
    MarginAccountBalances,
    OptionEvent,
    PdtAccountBalances,
    Position,
    PositionsResponse,
    ProfileAccount,
    ProfileResponse,
    SortDirection,
    TaxEvent,
    TradeDetail,
    TradeEvent,
    TradierErrors,
    TradierFault,
    TransferEvent,
    WireEvent,
)
from tradier_client.types import UNSET

from broker_contracts_mock.process import RunningMock

EVENT_CLASSES = {
    "trade": TradeEvent,
    "option": OptionEvent,
    "ach": AchEvent,
    "wire": WireEvent,
    "dividend": DividendEvent,
    "fee": FeeEvent,
    "tax": TaxEvent,
    "journal": JournalEvent,
    "check": CheckEvent,
    "transfer": TransferEvent,
    "adjustment": AdjustmentEvent,
    "interest": InterestEvent,
}


@pytest.fixture
def client(broker_mock: RunningMock) -> Iterator[AuthenticatedClient]:
    """A client of the running mock whose brokerage starts from the seeded data."""
    tradier = broker_mock.vendors["tradier"]
    with AuthenticatedClient(base_url=tradier.base_url, token=tradier.token) as authenticated:
        yield authenticated


def test_profile_lists_every_account_typed(client: AuthenticatedClient) -> None:
    profile = get_user_profile.sync(client=client)
    assert isinstance(profile, ProfileResponse) and isinstance(profile.profile.account, list)
    accounts = profile.account_list()
    assert [a.account_number for a in accounts] == [f"VA000198{n}" for n in (16, 17, 18, 19, 20, 24)]
    assert all(isinstance(a, ProfileAccount) and isinstance(a.date_created, datetime) for a in accounts)
    assert [a.day_trader for a in accounts].count(True) == 1


def test_a_single_account_profile_is_an_object(broker_mock: RunningMock) -> None:
    """The seeded user has six accounts; the documented one-account body comes through `Prefer`."""
    headers = {"Prefer": "example=SingleAccount"}
    tradier = broker_mock.vendors["tradier"]
    with AuthenticatedClient(base_url=tradier.base_url, token=tradier.token, headers=headers) as single:
        profile = get_user_profile.sync(client=single)
    assert isinstance(profile, ProfileResponse) and isinstance(profile.profile.account, ProfileAccount)
    assert len(profile.account_list()) == 1


@pytest.mark.parametrize(
    ("account_id", "variant"),
    [("VA00019816", MarginAccountBalances), ("VA00019818", CashAccountBalances), ("VA00019820", PdtAccountBalances)],
)
def test_balances_come_back_as_the_variant_of_their_type(
    client: AuthenticatedClient, account_id: str, variant: type
) -> None:
    result = get_account_balances.sync(account_id, client=client)
    assert isinstance(result, BalancesResponse) and isinstance(result.balances, variant)
    balances = result.balances
    assert isinstance(balances.total_equity, Decimal) and balances.total_equity.as_tuple().exponent == -24
    assert balances.total_equity == balances.total_cash + balances.market_value
    assert balances.equity == 0 and isinstance(balances.equity, Decimal)
    if isinstance(balances, PdtAccountBalances):
        assert isinstance(balances.pdt.day_trade_buying_power, Decimal)


def test_positions_in_every_wire_form(client: AuthenticatedClient) -> None:
    many = get_account_positions.sync("VA00019816", client=client)
    assert isinstance(many, PositionsResponse) and not isinstance(many.positions, str | None)
    assert isinstance(many.positions.position, list) and len(many.position_list()) == 6
    assert any(p.quantity < 0 and p.cost_basis < 0 for p in many.position_list())  # the short
    one = get_account_positions.sync("VA00019819", client=client)
    assert isinstance(one, PositionsResponse) and not isinstance(one.positions, str | None)
    assert isinstance(one.positions.position, Position)
    [position] = one.position_list()
    assert position.symbol == "MSFT" and position.quantity.as_tuple().exponent == -8
    assert position.date_acquired.tzinfo is not None and position.date_acquired.microsecond % 1000 == 0
    none = get_account_positions.sync("VA00019824", client=client)
    assert isinstance(none, PositionsResponse) and none.positions == "null" and none.position_list() == []


def test_history_pages_with_typed_events(client: AuthenticatedClient) -> None:
    events = []
    for page in range(1, 100):
        result = get_account_history.sync("VA00019816", client=client, page=page, limit=5)
        assert isinstance(result, HistoryResponse)
        if not result.event_list():
            assert result.history == "null"
            break
        events += result.event_list()
    assert len(events) > 10
    assert {type(e) for e in events} == set(EVENT_CLASSES.values())
    assert all(isinstance(e, EVENT_CLASSES[str(e.type_)]) for e in events)
    trades = [e for e in events if isinstance(e, TradeEvent)]
    assert {t.trade.trade_type for t in trades if isinstance(t.trade, TradeDetail)} == {"equity", "option"}
    assert all(isinstance(t.trade, TradeDetail) for t in trades)
    assert all(e.date.time() == datetime.min.time() and e.date.tzinfo == UTC for e in events)


def test_history_single_and_empty_forms(client: AuthenticatedClient) -> None:
    one = get_account_history.sync("VA00019816", client=client, type_=HistoryEventType.DIVIDEND)
    assert isinstance(one, HistoryResponse)
    [dividend] = one.event_list()
    assert isinstance(dividend, DividendEvent) and isinstance(dividend.dividend, EventDetail)
    assert dividend.adjustment is UNSET
    exact = get_account_history.sync("VA00019816", client=client, symbol="AAPL", exact_match="True")
    assert isinstance(exact, HistoryResponse) and dividend in exact.event_list()
    loose = get_account_history.sync("VA00019816", client=client, symbol="AAPL", exact_match="False", limit=1000)
    assert isinstance(loose, HistoryResponse) and len(loose.event_list()) > len(exact.event_list())
    empty = get_account_history.sync("VA00019817", client=client)
    assert isinstance(empty, HistoryResponse) and empty.history == "null" and empty.event_list() == []


def test_gain_loss_sorts_and_pages(client: AuthenticatedClient) -> None:
    everything = get_account_gain_loss.sync("VA00019816", client=client, limit=100)
    assert isinstance(everything, GainLossResponse)
    closed = everything.closed_position_list()
    assert [c.close_date for c in closed] == sorted((c.close_date for c in closed), reverse=True)
    assert all(isinstance(c, ClosedPosition) and c.gain_loss == c.proceeds - c.cost for c in closed)
    assert all((c.close_date - c.open_date).days == c.term for c in closed)
    first = get_account_gain_loss.sync(
        "VA00019816", client=client, limit=1, sort_by=GainLossSortBy.OPEN_DATE, sort=SortDirection.ASC
    )
    assert isinstance(first, GainLossResponse) and not isinstance(first.gainloss, str | None)
    assert isinstance(first.gainloss.closed_position, ClosedPosition)
    [oldest] = first.closed_position_list()
    assert oldest.open_date == min(c.open_date for c in closed)
    past = get_account_gain_loss.sync("VA00019816", client=client, page=99)
    assert isinstance(past, GainLossResponse) and not isinstance(past.gainloss, str | None)
    assert past.gainloss.closed_position is UNSET and past.closed_position_list() == []


def test_errors_raise_with_their_typed_bodies(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.AuthenticationError) as foreign:
        get_account_balances.sync("VA00019822", client=client)  # a futures account: not at Tradier
    assert isinstance(foreign.value.body, TradierFault)
    assert foreign.value.body.fault.faultstring == "Unauthorized Account: VA00019822"
    with pytest.raises(errors.BadRequestError) as invalid:
        get_account_history.sync_detailed("VA00019816", client=client, limit=0)
    assert isinstance(invalid.value.body, TradierErrors)
    assert "query parameter 'limit'" in invalid.value.body.error_list()[0]
    stranger = AuthenticatedClient(base_url=str(client._base_url), token="wrong")
    with stranger, pytest.raises(errors.AuthenticationError) as raised:
        get_user_profile.sync(client=stranger)
    denied = raised.value.body
    assert isinstance(denied, TradierFault)
    assert isinstance(denied.fault.detail, FaultDetail)
    assert denied.fault.detail.errorcode == "keymanagement.service.invalid_access_token"


def test_rate_limit_headers_reach_the_client(client: AuthenticatedClient) -> None:
    first = get_user_profile.sync_detailed(client=client)
    second = get_user_profile.sync_detailed(client=client)
    used = [int(r.headers["X-Ratelimit-Used"]) for r in (first, second)]
    assert used[1] == used[0] + 1
    assert int(second.headers["X-Ratelimit-Available"]) == int(second.headers["X-Ratelimit-Allowed"]) - used[1]
    assert len(second.headers["X-Ratelimit-Expiry"]) == 13  # epoch milliseconds


def test_a_quota_violation_is_a_rate_limit_error_with_its_text(start_broker_mock: Callable[..., RunningMock]) -> None:
    """The vendor's plain-text 400 over the rate limit (`x-quota-signal`): RateLimitError, the text as its body."""
    tradier = start_broker_mock("--rate-429", "1").vendors["tradier"]
    with (
        AuthenticatedClient(base_url=tradier.base_url, token=tradier.token, max_retries=0) as over_quota,
        pytest.raises(errors.RateLimitError) as raised,
    ):
        get_account_balances.sync_detailed("VA00019816", client=over_quota)
    assert raised.value.status_code == 400 and isinstance(raised.value.body, str)
    assert raised.value.body.startswith("Quota Violation")
