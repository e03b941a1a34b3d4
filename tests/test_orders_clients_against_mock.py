"""The generated clients' order operations against the running mock: typed results, exact decimals, and
one close seen as the same fill through each vendor's client."""

from __future__ import annotations

from decimal import Decimal

from clear_street_client import AuthenticatedClient as ClearStreet
from clear_street_client.api.orders import get_executions, get_order_by_id, get_orders
from clear_street_client.api.positions import close_position
from clear_street_client.models import ExecutionListResponse, OrderListResponse, OrderResponse, OrderStatus
from etna_client import AuthenticatedClient as Etna
from etna_client.api.accounts import get_account_by_id, get_account_details
from etna_client.api.balances import get_user_balance_info
from etna_client.api.history import get_order, get_order_details
from etna_client.models import AccountBalanceInfo, AccountDetails, ApiVersion, OrderDetails, TradingAccount
from etna_client.models import Order as EtnaOrder
from tradestation_v3_client import AuthenticatedClient as TradeStation
from tradestation_v3_client.api.orders import get_orders as get_v3_orders
from tradestation_v3_client.api.orders import get_orders_by_id as get_v3_orders_by_id
from tradestation_v3_client.models import HistoricalOrdersByIdResponse, HistoricalOrdersResponse
from tradier_client import AuthenticatedClient as Tradier
from tradier_client.api.orders import get_account_order, get_account_orders
from tradier_client.models import Order as TradierOrder
from tradier_client.models import OrderFilter, OrdersResponse
from tradier_client.models import OrderResponse as TradierOrderResponse

from broker_contracts_mock.process import RunningMock

V1 = ApiVersion.V1_0


def test_one_close_is_one_fill_through_every_client(broker_mock: RunningMock) -> None:
    vendors = broker_mock.vendors
    with (
        ClearStreet(base_url=vendors["clear-street"].base_url, token=broker_mock.token) as cs,
        Tradier(base_url=vendors["tradier"].base_url, token=broker_mock.token) as tradier,
        TradeStation(base_url=vendors["tradestation-v3"].base_url, token=broker_mock.token) as ts,
        Etna(
            base_url=vendors["etna"].base_url, token=broker_mock.token, headers=dict(vendors["etna"].api_keys)
        ) as etna,
    ):
        sent = close_position.sync(19816, "MSFT", client=cs)
        assert isinstance(sent, OrderListResponse) and len(sent.data) == 1
        order_id = str(sent.data[0].id)

        by_id = get_order_by_id.sync(19816, order_id, client=cs)
        assert isinstance(by_id, OrderResponse) and by_id.data.status is OrderStatus.FILLED
        listed = get_orders.sync(19816, client=cs, order_ids=[sent.data[0].client_order_id])
        assert isinstance(listed, OrderListResponse) and [o.id for o in listed.data] == [by_id.data.id]
        fills = get_executions.sync(19816, client=cs, order_ids=[order_id])
        assert isinstance(fills, ExecutionListResponse)
        [fill] = fills.data
        assert isinstance(fill.price, Decimal) and fill.quantity == by_id.data.filled_quantity

        today = get_account_orders.sync("VA00019816", client=tradier)
        assert isinstance(today, OrdersResponse)
        [placed] = today.order_list()
        assert isinstance(placed, TradierOrder) and (placed.exec_quantity, placed.avg_fill_price) == (
            fill.quantity,
            fill.price,
        )
        again = get_account_order.sync("VA00019816", placed.id, client=tradier)
        assert isinstance(again, TradierOrderResponse) and again.order == placed

        current = get_v3_orders.sync("3119816", client=ts)
        assert isinstance(current, HistoricalOrdersResponse)
        [closed] = current.orders
        [leg] = closed.legs
        assert (closed.status, leg.exec_quantity, leg.execution_price) == ("FLL", fill.quantity, fill.price)
        named = get_v3_orders_by_id.sync("3119816", closed.order_id, client=ts)
        assert isinstance(named, HistoricalOrdersByIdResponse) and named.orders == [closed]

        etna_order = get_order.sync(V1, 19816, placed.id, client=etna)
        assert isinstance(etna_order, EtnaOrder) and etna_order.executed_quantity == fill.quantity
        states = get_order_details.sync(V1, 19816, placed.id, client=etna)
        assert isinstance(states, list) and all(isinstance(s, OrderDetails) for s in states)
        assert [s.status for s in states] == ["New", "Filled"] and states[-1].state_id == etna_order.state_id


def test_the_new_list_and_account_operations_return_their_typed_models(broker_mock: RunningMock) -> None:
    vendors = broker_mock.vendors
    with (
        Tradier(base_url=vendors["tradier"].base_url, token=broker_mock.token) as tradier,
        Etna(
            base_url=vendors["etna"].base_url, token=broker_mock.token, headers=dict(vendors["etna"].api_keys)
        ) as etna,
    ):
        everything = get_account_orders.sync("VA00019816", client=tradier, filter_=OrderFilter.ALL, limit=100)
        assert isinstance(everything, OrdersResponse)
        multileg = [o for o in everything.order_list() if o.class_ == "multileg"]
        assert multileg and all(isinstance(leg.exec_quantity, Decimal) for o in multileg for leg in o.leg or [])

        accounts = get_account_by_id.sync(V1, 19816, client=etna)
        assert isinstance(accounts, list)
        [account] = accounts
        assert isinstance(account, TradingAccount) and account.id == 19816
        details = get_account_details.sync(V1, 19816, client=etna)
        assert isinstance(details, AccountDetails) and details.clearing_account_number == "19816"
        user = account.user_id
        assert isinstance(user, int)
        total = get_user_balance_info.sync(V1, user, client=etna)
        assert isinstance(total, AccountBalanceInfo) and isinstance(total.equity_total, Decimal)
