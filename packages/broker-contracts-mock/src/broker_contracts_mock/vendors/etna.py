"""ETNA Trader as the mock serves it: the current trader API's wire format, rendered from the brokerage.

Authentication: `POST /token` with the app key (`Et-App-Key`) and a configured login (`--login`,
default `demo_user` / `demo_password`) issues a token; every other call needs the app key and a bearer
token together (an issued one, or a configured `--token`). Each token has its own brokerage. A missing
or wrong app key gets `403 {"error": ...}`, a missing or wrong token, or an account the user does not
hold, `401 {"Message": "Authorization has been denied for this request."}`. The mock simulates the
password login only: wrong or missing credentials on `/token` (an OAuth code or a second-step code
alone included) get `401 {"State": "Failed", ...}`.

Wire rules: no envelope; `/info` is a lowerCamelCase map of numbers, everything else PascalCase;
numbers are exact JSON numbers without trailing zeros or exponents, except the percentages, which
keep .NET decimal division's precision (`-0.05700775140829844330933239`); instants carry up to seven
fractional digits with trailing zeros dropped (`.573Z`), days and session closes none;
`0001-01-01T00:00:00Z` is an unset date; enums go by name; a string without a value is left out, a
number, boolean or enum is always sent. Positions, transactions and orders come in the paging wrapper
with 0-based pages and absolute links; a positions page holds at most 99 items whatever `pageSize`
asks. Bodies go as `application/json; charset=utf-8`.

Query binding as ASP.NET does it: booleans and enum names (`sortField`) in any letter case, a date
alone where a date-time is expected (midnight UTC).

Identity: account ids are the brokerage's account numbers (ETNA's trading account id equals the
clearing account number); cash, margin, pattern-day-trader and DVP accounts exist at ETNA here (the
futures and forex accounts do not). The user's id is derived from the login (7000 to 7999, never an
account id); a user id where an account id belongs gets ETNA's `500`.

Orders: an order's states (`/details`) are its acceptance, each fill and how it ended, oldest first, each
with its own `StateId`; the ledger's `OrderExecution` names the state that recorded its fill, and the
order's `StateId` is its last. A multi-leg order lists its legs in `Legs` (orders of their own, with
`ParentId`), whose fills are the executions; a day order the OMS expired is `DoneForDay` ("Expired by
OMS"). An order id the account lacks is a `404` with a `Message`. The account by id is an array of one
whose figures are `/info`'s; the user's `balance-info` adds up the user's accounts' maps, the two
percentages recomputed.

Errors where the vendor's behaviour is documented: `@me` or any value that does not bind gets `400`
with `ModelState`; a missing required query parameter matches no route (`404`: the `Message` naming
the URI for `/history` as documented in 2019, the API-versioning `Error` elsewhere as documented in
2021); an API version that is not served gets the API-versioning `404`.
"""

from __future__ import annotations

import functools
import json
import re
import uuid
import zlib
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import quote, unquote_plus, urlencode

from broker_contracts_mock.brokerage import (
    SESSION_CLOSE,
    ZERO,
    Account,
    AccountKind,
    AssetClass,
    Brokerage,
    CashEvent,
    CashEventKind,
    ClosedLot,
    Fill,
    Instrument,
    Leg,
    Order,
    OrderStatus,
    Position,
    Side,
    TimeInForce,
)
from broker_contracts_mock.instants import instant
from broker_contracts_mock.lru import LRU
from broker_contracts_mock.operations import Invalid, Operation
from broker_contracts_mock.paging import numbered_page
from broker_contracts_mock.served_specs import ServedSpec
from broker_contracts_mock.state import States
from broker_contracts_mock.vendor import (
    DEFAULT_USERNAME,
    MEMO_PARAMETER_CHARS,
    PARAMETER_MEMO_SIZE,
    AuthFailure,
    Call,
    Credentials,
    Reply,
    Request,
    VendorMock,
    handles,
)
from broker_contracts_mock.vendors.etna_query import Row, compile_filter, properties, sort_rows

APP_KEY = "Et-App-Key"
MARGIN_TYPES = {
    AccountKind.CASH: "Cash",
    AccountKind.MARGIN: "Margin",
    AccountKind.PDT: "DayTrader",
    AccountKind.DVP: "Cash",
}
SECURITY_TYPES = {
    AssetClass.EQUITY: "CommonStock",
    AssetClass.OPTION: "Option",
    AssetClass.INDEX: "Index",
    AssetClass.FUTURE: "Future",
    AssetClass.FOREX: "ForeignExchangeContract",
}
# `/positions/groups` lists the groups held in this order (ETNA's example: options, equity, cash).
GROUPS = {
    AssetClass.OPTION: "Options",
    AssetClass.EQUITY: "Equity",
    AssetClass.INDEX: "Index",
    AssetClass.FUTURE: "Futures",
    AssetClass.FOREX: "Forex",
}
LISTINGS = {"AAPL": "NASDAQ", "TSLA": "NASDAQ", "GOOG": "NASDAQ", "MSFT": "NASDAQ", "NVDA": "NASDAQ", "GE": "NYSE"}
MARKET_CODES = {"NASDAQ": "NSDQ", "NYSE": "NYSE", "NYSEARCA": "ARCA", "CBOE": "CBOE"}
CUSIPS = {
    "AAPL": "037833100",
    "TSLA": "88160R101",
    "GOOG": "02079K107",
    "MSFT": "594918104",
    "SPY": "78462F103",
    "GE": "369604301",
    "NVDA": "67066G104",
}
SIDES = {Side.BUY: "Buy", Side.SELL: "Sell", Side.SELL_SHORT: "SellShort", Side.BUY_TO_COVER: "BuyToCover"}
LEDGER = {
    CashEventKind.DEPOSIT: ("Payment", "DEP"),
    CashEventKind.WITHDRAWAL: ("Payment", "WD"),
    CashEventKind.DIVIDEND: ("Clearing", "DIV"),
    CashEventKind.INTEREST: ("Clearing", "INT"),
    CashEventKind.FEE: ("ManualManipulation", "FEE"),
    CashEventKind.JOURNAL: ("ManualManipulation", "JNL"),
    CashEventKind.WIRE: ("Payment", "WIR"),
    CashEventKind.CHECK: ("Payment", "CHK"),
    CashEventKind.TAX: ("Clearing", "TAX"),
    CashEventKind.TRANSFER: ("Payment", "ACAT"),
    CashEventKind.ADJUSTMENT: ("ManualManipulation", "ADJ"),
}
NOT_SET = "0001-01-01T00:00:00Z"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DENIED = "Authorization has been denied for this request."
APP_KEY_ERROR = "Application key is not defined or does not exist"
VALIDATION = "Validation error occured while processing entity"  # sic
SERVER_ERROR = "An error occurred while processing your request"
# A missing required query parameter: the 2019 page shows ASP.NET's route message for /history,
# the 2021 page API versioning's error for /transactions (used for the other paged lists too).
ROUTE_MESSAGE_OPERATIONS = frozenset({"get_account_history"})
_TYPE_NAMES = {("integer", "int32"): "Int32", ("integer", "int64"): "Int64", ("boolean", None): "Boolean"}
_INTEGER = re.compile(r"[+-]?[0-9]+")
_BOUNDS = {"Int32": 2**31, "Int64": 2**63}
_VERSION = re.compile(r"/v([^/]*)/")
_TEMPLATE = re.compile(r"\{([^}]+)\}")
_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# ETNA's positions page: "the preferable size of the page (maximum value is 99)". Advice, not a
# binding rule (AutoShares says 100), so a larger pageSize is served in pages of 99, not refused.
POSITIONS_PER_PAGE = 99
NET_SCALE = Decimal(1).scaleb(-28)
ONE = Decimal(1)
HUNDRED = Decimal(100)


def number(value: Decimal | int) -> Decimal | int:
    """An amount as ETNA writes most of them: exact, no trailing zeros, no exponent (`25413`, `976510.75`)."""
    if isinstance(value, int):
        return value
    if not value:
        return 0
    normal = value.normalize()
    return normal.quantize(ONE) if normal.as_tuple().exponent > 0 else normal  # type: ignore[operator]


def net_divide(dividend: Decimal, divisor: Decimal) -> Decimal:
    """`dividend / divisor` as .NET's decimal divides: 28 significant digits, at most 28 decimal places."""
    quotient = dividend / divisor
    return quotient.quantize(NET_SCALE) if quotient.as_tuple().exponent < -28 else quotient  # type: ignore[operator]


def percent(part: Decimal, whole: Decimal) -> Decimal | int:
    """`part / whole × 100` in .NET decimal arithmetic (0 when `whole` is 0)."""
    return number(net_divide(part, whole) * HUNDRED) if whole else 0


def stamp(moment: datetime) -> str:
    """An instant as ETNA writes it: UTC, up to seven fractional digits (.NET ticks) without trailing
    zeros (`.573Z`, `.7328576Z`), none on whole seconds."""
    moment = moment.astimezone(UTC)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    fraction = f"{moment.microsecond:06d}".rstrip("0")
    return f"{text}.{fraction}Z" if fraction else f"{text}Z"


def midnight(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def security_id(instrument: Instrument) -> int:
    """ETNA's internal security id: AAPL is 4 in ETNA's demo environment, the others follow the universe."""
    return 4 if instrument.symbol == "AAPL" else 2800 + instrument.number


def listing(instrument: Instrument) -> str:
    if instrument.asset_class is AssetClass.OPTION:
        return "CBOE"
    return LISTINGS.get(instrument.symbol, "NYSEARCA")


def next_weekday(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class User:
    """The platform user a token belongs to, derived from the login."""

    login: str

    @property
    def id(self) -> int:
        return 7000 + zlib.crc32(self.login.encode()) % 1000

    @property
    def first_name(self) -> str:
        return self._words[0]

    @property
    def last_name(self) -> str:
        return self._words[-1] if len(self._words) > 1 else "Trader"

    @property
    def born(self) -> date:
        return date(1970 + self.id % 30, 1 + self.id % 12, 1 + self.id % 28)

    @property
    def email(self) -> str:
        return f"{self.login}@example.com"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def _words(self) -> list[str]:
        return [word.title() for word in re.split(r"[^A-Za-z]+", self.login) if word] or ["Demo"]


class Etna(VendorMock):
    """ETNA Trader's trader REST API (token, accounts, balances, positions, history)."""

    spec_name = "etna"
    json_media_type: ClassVar[str] = "application/json; charset=utf-8"
    ignores_unknown_query = True  # ASP.NET model binding passes over query parameters no action declares
    login_operation = "request_token"
    token_lifetime = 24 * 3600.0  # "Token lifetime: 24 hours" (ETNA's Trading API pages)

    def __init__(
        self, spec: ServedSpec, states: States, credentials: Credentials, validate_responses: bool = True
    ) -> None:
        super().__init__(spec, states, credentials, validate_responses)
        schemas = spec.dereferenced["components"]["schemas"]
        self.items = {name: properties(schemas[name]) for name in ("Position", "Transaction", "Order")}
        self._first_login = min(credentials.logins, default=DEFAULT_USERNAME)
        self._users: dict[str, User] = {}
        self._bindings = {
            op.operation_id: {p.name: _Binding.of(p.check.schema) for p in op.parameters if p.location == "query"}
            for route in self.router.routes
            for op in route.operations.values()
        }
        self._bound_queries: LRU[tuple[str, str]] = LRU(PARAMETER_MEMO_SIZE)

    @staticmethod
    def fuzz_parameters(brokerage: Brokerage) -> dict[str, Any]:
        """An account of the user (any other is another user's: 401) and its latest order, the token's own
        user, and a filter that keeps every item (a random string is not ETNA filter language: 400)."""
        account = min(brokerage.open_accounts(*MARGIN_TYPES), key=lambda a: a.number)
        latest = max(o.number for o in account.orders)
        return {"accountId": account.number, "orderId": latest, "userId": "@me", "filter": "Id > 0"}

    @staticmethod
    def fuzz_operation_parameters(brokerage: Brokerage) -> dict[str, dict[str, Any]]:
        """`/users/{userId}/balance-info` takes the numeric id only: the configured token's user."""
        return {"get_user_balance_info": {"userId": User(DEFAULT_USERNAME).id}}

    # ---- how ETNA answers what goes wrong ---------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        request.path = request.path.rstrip("/") or "/"  # ASP.NET routing ignores a trailing slash
        found = self.router.match(request.path)
        if found is None:
            return self.error(404, f"No HTTP resource was found that matches the request URI '{_uri(request)}'.")
        operation = found[0].operation(request.method)
        if operation is None:
            reply = self.error(405, f"The requested resource does not support http method '{request.method}'.")
            reply.headers["Allow"] = found[0].allow
            return reply
        if request.query:
            request.query = self._bound(operation.operation_id, request.query)
        return self.answer(request, operation, found[1])

    def _bound(self, operation_id: str, query: str) -> str:
        """`_as_bound` of the query, remembered for short queries as `VendorMock.parameter_memo` remembers."""
        bind = functools.partial(_as_bound, self._bindings[operation_id], query)
        return self._bound_queries.get((operation_id, query), bind) if len(query) <= MEMO_PARAMETER_CHARS else bind()

    def error(self, status: int, message: str) -> Reply:
        if status == 400:
            return Reply(400, {"Message": VALIDATION, "ModelState": {"request": [message]}})
        if status == 401:
            return Reply(401, {"Message": DENIED})
        if status == 403:
            return Reply(403, {"error": APP_KEY_ERROR})
        if status >= 500:
            return Reply(status, {"message": SERVER_ERROR, "error": message})
        return Reply(status, {"Message": message})

    def auth_failure(self, failure: AuthFailure) -> Reply:
        return self.error(403 if failure.kind == "apiKey" else 401, failure.message)

    def invalid(self, request: Request, operation: Operation, problem: Invalid) -> Reply:
        parameter = problem.parameter
        if parameter is None:
            return self.error(400, str(problem))
        if operation.operation_id == "request_token":  # the app key is checked first, then the credentials
            accepted = self.credentials.accepts_key(APP_KEY, request.headers.get(APP_KEY.lower(), ""))
            return _token_failed() if accepted else self.error(403, APP_KEY_ERROR)
        if parameter.name == "version" or (problem.value is None and parameter.location == "query"):
            return self._no_route(request, operation, parameter.name == "version")
        return _model_state(parameter.name, _binding_message(parameter.name, parameter.check.schema, problem.value))

    def _no_route(self, request: Request, operation: Operation, unserved_version: bool) -> Reply:
        """404: no action matches (a missing required query parameter), or the API version is not served."""
        found = _VERSION.match(request.path)
        version = found.group(1) if found else ""
        if unserved_version:
            message = (
                f"The HTTP resource that matches the request URI '{_uri(request)}' does not support the API "
                f"version '{version}'."
            )
        elif operation.operation_id in ROUTE_MESSAGE_OPERATIONS:
            return self.error(404, f"No HTTP resource was found that matches the request URI '{_uri(request)}'.")
        else:
            message = f"The requested resource with API version '{version}' does not support HTTP method 'GET'."
        return Reply(404, {"Error": {"Code": "UnsupportedApiVersion", "Message": message}})

    # ---- authentication ---------------------------------------------------------------------------

    @handles("request_token")
    def request_token(self, call: Call) -> Reply:
        if not self.credentials.accepts_key(APP_KEY, call.params[APP_KEY]):
            return self.error(403, APP_KEY_ERROR)
        username, password = call.params.get("Username"), call.params.get("Password")
        if username is None or password is None or not self.credentials.accepts_login(username, password):
            return _token_failed()  # the password login is the only flow simulated
        return Reply(200, {"State": "Succeeded", "Token": self.open_session(username)})

    def user(self, call: Call) -> User:
        """The user of the call's token: the login it was issued to; a configured token is the first login's."""
        login = self.session_login(call.token) or self._first_login
        user = self._users.get(login)
        if user is None:
            user = self._users[login] = User(login)  # logins are the configured ones: a bounded set
        return user

    # ---- accounts and balances --------------------------------------------------------------------

    @handles("get_user_info")
    def get_user_info(self, call: Call) -> Reply:
        user = self.user(call)
        if call.params["userId"] not in ("@me", str(user.id)):
            return self.error(401, DENIED)
        brokerage = call.brokerage
        return Reply(200, brokerage.memo(("etna/user", user.login), lambda: _user_info(user, brokerage)))

    @handles("get_user_accounts")
    def get_user_accounts(self, call: Call) -> Reply:
        user = self.user(call)
        if call.params["userId"] not in ("@me", str(user.id)):
            return self.error(401, DENIED)
        brokerage = call.brokerage
        return Reply(200, brokerage.memo(("etna/accounts", user.login), lambda: _user_accounts(brokerage, user)))

    @handles("get_user_balance_info")
    def get_user_balance_info(self, call: Call) -> Reply:
        """The balance maps of the user's accounts, added up (the percentages recomputed)."""
        user = self.user(call)
        if call.params["userId"] != user.id:
            return self.error(401, DENIED)
        brokerage = call.brokerage
        return Reply(200, brokerage.memo(("etna/user-balance", user.login), lambda: _user_balance_info(brokerage)))

    @handles("get_account_by_id")
    def get_account_by_id(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        user = self.user(call)
        return Reply(
            200, [call.brokerage.memo(("etna/account", account.number, user.login), lambda: _trading(account, user))]
        )

    @handles("get_account_details")
    def get_account_details(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        return Reply(200, _opening_record(account, self.user(call)))

    @handles("get_account_balance_info")
    def get_account_balance_info(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        return Reply(200, self.view(call, ("etna/info", account.number), lambda: _balance_info(account)))

    # ---- positions --------------------------------------------------------------------------------

    @handles("get_positions")
    def get_positions(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        key = ("etna/positions", account.number, self.user(call).login)
        rows, sort, descending = self._positions(call, account), call.params["sortField"], call.params["desc"]
        return self._page(call, "Position", rows, sort, descending, key=key, limit=POSITIONS_PER_PAGE)

    @handles("get_positions_by_symbol")
    def get_positions_by_symbol(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        symbol = call.params["symbol"].casefold()
        currency = call.params.get("currency", account.currency).casefold()
        exchange = call.params.get("exchange")
        wanted = [
            row
            for row, position in zip(self._positions(call, account), account.holdings(), strict=True)
            if position.instrument.symbol.casefold() == symbol
            and position.instrument.currency.casefold() == currency
            and (exchange is None or listing(position.instrument).casefold() == exchange.casefold())
        ]
        return Reply(200, wanted)

    @handles("get_position_groups")
    def get_position_groups(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        values: dict[AssetClass, Decimal] = {}
        for position in account.holdings():
            asset = position.instrument.asset_class
            values[asset] = values.get(asset, ZERO) + position.market_value
        held = [
            {"Name": name, "MarketValue": number(values[asset])} for asset, name in GROUPS.items() if asset in values
        ]
        return Reply(200, [*held, {"Name": "Cash", "MarketValue": number(account.cash)}])

    def _positions(self, call: Call, account: Account) -> list[dict[str, Any]]:
        user = self.user(call)
        return call.brokerage.memo(("etna/positions", account.number, user.login), lambda: _positions(account, user))

    # ---- history ----------------------------------------------------------------------------------

    @handles("get_account_history")
    def get_account_history(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        start, end = instant(call.params["startDate"]).date(), instant(call.params["endDate"]).date()
        values = [(day.on, day.end_equity) for day in account.history]
        today = call.brokerage.today
        if account.is_open and today.weekday() < 5:
            values.append((today, account.equity))  # today's point is the account value now
        return Reply(
            200, [{"Date": midnight(on), "Value": number(value)} for on, value in values if start <= on <= end]
        )

    @handles("get_transactions")
    def get_transactions(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        rows = call.brokerage.memo(("etna/transactions", account.number), lambda: _transactions(account))
        coded = bool(call.params.get("checkCode"))
        if coded:
            rows = [row for row in rows if "Code" in row]
        key = ("etna/transactions", account.number, coded)
        return self._page(call, "Transaction", rows, call.params["sortBy"], call.params["isDesc"], key=key)

    @handles("get_orders")
    def get_orders(self, call: Call) -> Reply:
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        user = self.user(call)
        key = ("etna/orders", account.number, user.login)
        rows = call.brokerage.memo(key, lambda: _orders(account, user))
        sort, descending = call.params.get("sortField", "Id"), call.params.get("desc", False)
        return self._page(call, "Order", rows, sort, descending, key=key)

    @handles("get_order")
    def get_order(self, call: Call) -> Reply:
        found = self._order(call)
        if isinstance(found, Reply):
            return found
        account, order = found
        user = self.user(call)
        rows = call.brokerage.memo(("etna/orders", account.number, user.login), lambda: _orders(account, user))
        return Reply(200, next(row for row in rows if row["Id"] == order.number))

    @handles("get_order_details")
    def get_order_details(self, call: Call) -> Reply:
        found = self._order(call)
        if isinstance(found, Reply):
            return found
        account, order = found
        return Reply(200, _details(account, order, self.user(call)))

    # ---- shared -----------------------------------------------------------------------------------

    def _order(self, call: Call) -> tuple[Account, Order] | Reply:
        """The account and its order `orderId` (a multi-leg order by its own id), or ETNA's answer."""
        account = self._account(call)
        if isinstance(account, Reply):
            return account
        order = next((o for o in account.orders if o.number == call.params["orderId"]), None)
        if order is None:
            return self.error(404, f"Order {call.params['orderId']} was not found.")
        return account, order

    def _account(self, call: Call) -> Account | Reply:
        """The caller's account, or ETNA's answer: 500 for the user's own id, 401 for anything else."""
        account_id = call.params["accountId"]
        if account_id == self.user(call).id:
            return self.error(500, "Unexpected server error")
        account = call.brokerage.account(account_id)
        if account is None or account.kind not in MARGIN_TYPES:
            return self.error(401, DENIED)
        return account

    def _page(
        self,
        call: Call,
        item: str,
        rows: Sequence[Row],
        sort: str,
        descending: bool,
        *,
        key: Hashable,
        limit: int | None = None,
    ) -> Reply:
        """One 0-based page of the filtered, sorted rows (memoised under `key`) in ETNA's paging wrapper,
        with absolute links; at most `limit` rows a page (the links then carry that page size). Without a
        filter the sorted rows and each page are memoised views (pre-encoded: `view`)."""
        known = self.items[item]
        text = call.params.get("filter")
        prop = known[sort.casefold()]
        size, page_number = call.params["pageSize"], call.params["pageNumber"]
        size = min(size, limit) if limit else size
        if text is not None:
            try:
                keep = compile_filter(text, known)
                rows = [row for row in rows if keep(row)]
            except ValueError as exc:
                return _model_state("filter", f"The filter {text!r} is invalid: {exc}.")
            items: Any = list(numbered_page(sort_rows(rows, prop, descending), size, page_number, first=0).items)
        else:  # the page's view is looked up first: sorting (memoised too) only when it is computed
            ordered = (key, prop.name, descending)

            def page_items() -> list[Row]:
                rows_in_order = call.brokerage.memo(ordered, lambda: sort_rows(rows, prop, descending))
                return list(numbered_page(rows_in_order, size, page_number, first=0).items)

            items = self.view(call, (*ordered, size, page_number), page_items)
        total = len(rows)
        more = (page_number + 1) * size < total
        return Reply(
            200,
            {
                "Result": items,
                "NextPageLink": _link(call, page_number + 1, size) if more else "",
                "PreviousPageLink": _link(call, page_number - 1, size) if page_number > 0 else "",
                "TotalCount": total,
            },
        )


def _uri(request: Request) -> str:
    return f"{request.base_url}{request.path}{'?' + request.query if request.query else ''}"


def _link(call: Call, page_number: int, page_size: int) -> str:
    """The absolute URL of another page: same path and parameters, `pageNumber` and `pageSize` replaced."""
    params = {**call.params, "pageNumber": page_number, "pageSize": page_size}
    return _link_text(call.base_url, call.operation.path, call.operation.query_order, tuple(params.items()))


@functools.lru_cache(maxsize=1024)
def _link_text(base_url: str, template: str, query_order: tuple[str, ...], items: tuple[tuple[str, Any], ...]) -> str:
    """`_link`'s URL (remembered: pages are asked for again and again)."""
    params = dict(items)
    path = _TEMPLATE.sub(lambda m: quote(str(params[m.group(1)]), safe=""), template)
    query = [(name, _query_text(params[name])) for name in query_order if name in params]
    return f"{base_url}{path}?{urlencode(query, quote_via=quote)}"


def _query_text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _as_bound(bindings: dict[str, _Binding], query: str) -> str:
    """The query with each value ASP.NET binds leniently in the contract's own form (`_Binding`)."""
    pairs = []
    for pair in query.split("&"):
        name, equals, value = pair.partition("=")
        binding = bindings.get(name if "%" not in name and "+" not in name else unquote_plus(name))
        pairs.append(f"{name}{equals}{binding.bound(value)}" if binding is not None and equals else pair)
    return "&".join(pairs)


@dataclass(frozen=True)
class _Binding:
    """How ASP.NET binds a query parameter: a boolean or an enum name in any (ASCII) letter case, a date
    alone where a date-time is expected (its midnight, UTC)."""

    names: dict[str, str]  # lower-case text -> the contract's form (the first enum name of that spelling)
    date_time: bool

    @staticmethod
    def of(schema: dict[str, Any]) -> _Binding:
        names: dict[str, str] = {}
        if schema.get("type") == "boolean":
            names = {"true": "true", "false": "false"}
        for name in schema.get("enum") or []:
            if isinstance(name, str):
                names.setdefault(name.lower(), name)
        return _Binding(names, schema.get("format") == "date-time")

    def bound(self, raw: str) -> str:
        """The value in the contract's form, or `raw` as sent (still percent-encoded) when it has none."""
        try:
            text = raw if "%" not in raw and "+" not in raw else unquote_plus(raw, errors="strict")
        except UnicodeDecodeError:
            return raw  # left for the parameter check to reject
        if not text.isascii():
            return raw
        named = self.names.get(text.lower())
        if named is not None:
            return named
        if self.date_time and _DATE_ONLY.fullmatch(text) and _is_date(text):
            return f"{text}T00:00:00Z"
        return raw


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _token_failed() -> Reply:
    return Reply(401, {"State": "Failed", "Step": "BaseAuthentication", "Reason": "Invalid credentials"})


def _model_state(name: str, message: str) -> Reply:
    return Reply(400, {"Message": VALIDATION, "ModelState": {name: [message]}})


def _binding_message(name: str, schema: dict[str, Any], value: str | None) -> str:
    """ASP.NET's model-binding message: the .NET type when the text is not one, else the parameter."""
    type_name = _TYPE_NAMES.get((str(schema.get("type")), schema.get("format")))
    if type_name in _BOUNDS and value is not None:
        number = _INTEGER.fullmatch(value) is not None and len(value) <= 24  # longer is no Int32/Int64
        fits = number and -_BOUNDS[type_name] <= int(value) < _BOUNDS[type_name]
        if not fits:
            return f"The value '{value}' is not valid for {type_name}."
    elif type_name == "Boolean" and (value or "").lower() not in ("true", "false"):
        return f"The value '{value}' is not valid for Boolean."
    return f"The value '{value}' is not valid for {name}."


# ---- rendering ------------------------------------------------------------------------------------


def _user_info(user: User, brokerage: Brokerage) -> dict[str, Any]:
    first_opened = min(a.opened_on for a in brokerage.accounts.values())
    return {
        "UserId": user.id,
        "FirstName": user.first_name,
        "MiddleName": "",
        "LastName": user.last_name,
        "Login": user.login,
        "Email": user.email,
        "Role": 0,
        "AddedDate": stamp(datetime.combine(first_opened, time(12, 20, 5, 573000), tzinfo=UTC)),
        "Salutation": "NoSalutation",
        "Suffix": "NoSuffix",
        "DateOfBirth": midnight(user.born),
    }


def _user_accounts(brokerage: Brokerage, user: User) -> list[dict[str, Any]]:
    owner = _user_info(user, brokerage)
    return [
        {
            "Id": account.number,
            "ClearingAccount": str(account.number),
            "AccessType": "Owner",
            "MarginType": MARGIN_TYPES[account.kind],
            "OwnerType": "DVPAccount" if account.kind is AccountKind.DVP else "IndividualCustomer",
            "Enabled": account.is_open,
            "Alias": account.name,
            "ClearingFirm": "PaperTrading",
            "IsAverageAccount": False,
            "Owners": [owner],
            "Currency": account.currency,
        }
        for account in sorted(brokerage.accounts.values(), key=lambda a: a.number)
        if account.kind in MARGIN_TYPES
    ]


def _balance_info(account: Account) -> dict[str, Any]:
    return {key: number(amount) for key, amount in _balance_figures(account).items()}


def _user_balance_info(brokerage: Brokerage) -> dict[str, Any]:
    """Every account's `/info` map added up, key by key; the two percentages are recomputed from the sums
    (how ETNA aggregates is undocumented: this is the mock's rule)."""
    accounts = [a for a in sorted(brokerage.accounts.values(), key=lambda a: a.number) if a.kind in MARGIN_TYPES]
    total: dict[str, Decimal | int] = {}
    for account in accounts:
        for key, amount in _balance_figures(account).items():
            total[key] = total.get(key, 0) + amount
    change, equity = Decimal(total["changeAbsolute"]), Decimal(total["equityTotal"])
    cost = sum((abs(p.cost_basis) for a in accounts for p in a.holdings()), ZERO)
    total["changePercent"] = percent(change, equity - change)
    total["openPLPercent"] = percent(Decimal(total["openPL"]), cost)
    return {key: number(amount) for key, amount in total.items()}


def _balance_figures(account: Account) -> dict[str, Decimal | int]:
    """The `/info` map. Every relation ETNA's documentation and examples confirm holds exactly:
    equityTotal = cash + marketValue; marketValue = the four stock and option values (shorts
    negative) = netLiquidity; excess = equity − maintenance − pending cash for margin accounts (cash
    accounts: cash − pending cash); stockBuyingPower = excess / margin rate (0.5 margin, 1 cash) =
    forexBuyingPower; optionBuyingPower = excess; dayTradingBuyingPower = 4 × excess; changePercent =
    changeAbsolute / (equityTotal − changeAbsolute) × 100; totalPL = openPL + closePL."""
    value = {(asset, long): ZERO for asset in (AssetClass.EQUITY, AssetClass.OPTION) for long in (True, False)}
    for position in account.holdings():
        key = (position.instrument.asset_class, position.is_long)
        value[key] = value.get(key, ZERO) + position.market_value
    market_value = sum(value.values(), ZERO)
    cash = account.cash
    equity = cash + market_value
    change = equity - account.start_of_day_equity
    option_requirement = -value[(AssetClass.OPTION, False)]
    maintenance = account.maintenance_margin_requirement
    pending = _pending_cash(account)
    excess = (equity - maintenance if account.is_margin else cash) - pending
    stock_power = excess * 2 if account.is_margin else excess
    open_pl = account.unrealized_pnl
    cost = sum((abs(p.cost_basis) for p in account.holdings()), ZERO)
    figures: dict[str, Decimal | int] = {
        "cash": cash,
        "netCash": cash - option_requirement,
        "excess": excess,
        "changeAbsolute": change,
        "changePercent": percent(change, equity - change),
        "equityTotal": equity,
        "pendingOrdersCount": len(account.open_orders()),
        "netLiquidity": market_value,
        "stockLongMarketValue": value[(AssetClass.EQUITY, True)],
        "stockShortMarketValue": value[(AssetClass.EQUITY, False)],
        "optionLongMarketValue": value[(AssetClass.OPTION, True)],
        "optionShortMarketValue": value[(AssetClass.OPTION, False)],
        "forexLongMarketValue": ZERO,
        "forexShortMarketValue": ZERO,
        "dayTrades": account.day_trades,
        "stockBuyingPower": stock_power,
        "optionBuyingPower": excess,
        "forexBuyingPower": stock_power,
        "dayTradingBuyingPower": excess * 4,
        "pendingCash": pending,
        "maintenanceMargin": maintenance,
        "optionMaintenanceMargin": option_requirement,
        "openPL": open_pl,
        "closePL": account.realized_today,
        "marketValue": market_value,
        "openPLDay": account.unrealized_pnl_today,
        "openPLPercent": percent(open_pl, cost),
        "totalPL": open_pl + account.realized_today,
    }
    return figures


PERMISSIONS = {
    AccountKind.CASH: "LongStock, LongOption, AllowTrade, AllowOpen",
    AccountKind.DVP: "LongStock, AllowTrade, AllowOpen",
}
MARGIN_PERMISSIONS = "LongStock, ShortStock, LongOption, ShortOption, AllowTrade, AllowMargin, AllowOpen"
OPTION_LEVELS = {AccountKind.CASH: 2, AccountKind.MARGIN: 4, AccountKind.PDT: 5, AccountKind.DVP: 0}


def _trading(account: Account, user: User) -> dict[str, Any]:
    """The account's record (`AccountModel`), its figures those of `/info`: `BaseCash` and `OpenExcess`
    are the excess (so `DayTradingBuyingPower` = 4 × `BaseCash`, as ETNA's 2019 example has it),
    `CloseEquity` the equity at the previous close, `MarginEquity` and `EquityTotal` the equity now."""
    info = _balance_figures(account)
    excess = Decimal(info["excess"])
    opened = datetime.combine(account.opened_on, time(16, 2, 8, 358493), tzinfo=UTC)
    changed = datetime.combine(account.closed_on or account.opened_on, time(14, 15, 8, 451165), tzinfo=UTC)
    permissions = MARGIN_PERMISSIONS if account.is_margin else PERMISSIONS[account.kind]
    return {
        "Id": account.number,
        "ClearingAccount": str(account.number),
        "FirstName": user.first_name,
        "MiddleName": "",
        "LastName": user.last_name,
        "DateOfBirth": midnight(user.born),
        "Login": user.login,
        "Email": user.email,
        "CreatedDate": stamp(opened),
        "ModifiedDate": stamp(changed),
        "Enabled": account.is_open,
        "IsChanged": False,
        "Cash": number(account.cash),
        "Currency": account.currency,
        "Status": "Approved",
        "MarginInterestRate": 0,
        "CashInterestRate": 0,
        "CloseEquity": number(account.start_of_day_equity),
        "OpenExcess": number(excess),
        "OptionLevel": OPTION_LEVELS[account.kind] if account.is_open else 0,
        "MarginType": MARGIN_TYPES[account.kind],
        "Permissions": permissions if account.is_open else "Empty",
        "BaseCash": number(excess),
        "OwnerType": "DVPAccount" if account.kind is AccountKind.DVP else "IndividualCustomer",
        "DayTradingBuyingPower": number(info["dayTradingBuyingPower"]),
        "DayTrades": account.day_trades,
        "SmaBalance": 0,
        "HouseCall": 0,
        "MaintenanceCall": 0,
        "EquityCall": 0,
        "InitialCall": 0,
        "DayTradeCall": 0,
        "CashCall": 0,
        "NewHouseCall": 0,
        "TradeDayBalance": number(account.cash),
        "MoneyMarket": 0,
        "Cip": 0,
        "IsAverageAccount": False,
        "MarginEquity": number(info["equityTotal"]),
        "ClearingFirm": "PaperTrading",
        "ExcessEquity": number(max(excess, ZERO)),
        "DayTraderRate": 0,
        "AccountHolder": user.full_name,
        "EquityTotal": number(info["equityTotal"]),
        "FixedAccountType": False,
        "SkipClearing": False,
        "SubscriptionPlanId": 0,
        "Sweep": 0,
        "IsSolicitedAccount": False,
        "AccountName": account.name,
        "UnsettledCash": number(account.unsettled_credits - account.unsettled_debits),
        "MarketValue": number(info["marketValue"]),
        "OpenPL": number(info["openPL"]),
        "OpenPLPercent": number(info["openPLPercent"]),
        "AvailableToWithdraw": number(max(min(account.settled_cash, excess), ZERO)),
        "UserId": user.id,
    }


def _opening_record(account: Account, user: User) -> dict[str, Any]:
    """The account-management record the account was opened from: the paper-trading provider, a direct
    application, and the form's data (its margin type and first deposit) as a JSON string."""
    deposit = next((e.amount for e in account.cash_events if e.kind is CashEventKind.DEPOSIT), account.cash)
    form = {"marginType": MARGIN_TYPES[account.kind], "cash": f"{deposit.quantize(ONE)}"}
    return {
        "Id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"etna:ams:{account.number}")),
        "CreatedAt": stamp(datetime.combine(account.opened_on, time(9, 4, 43, 351281), tzinfo=UTC)),
        "AccountProvider": "PaperTrading",
        "FormType": "Direct",
        "User": str(user.id),
        "ClearingAccountNumber": str(account.number),
        "IsOpened": account.is_open,
        "FormDataReference": json.dumps(form, separators=(",", ":")),
        "CustomerType": "Individual",
    }


def _pending_cash(account: Account) -> Decimal:
    """Cash reserved by open orders that spend it (buys); closing and short-sale orders reserve none."""
    return sum(
        (
            o.leaves_quantity * (o.limit_price or o.instrument.price) * o.instrument.multiplier
            for o in account.open_orders()
            if o.side is Side.BUY
        ),
        ZERO,
    )


def _security(instrument: Instrument) -> dict[str, Any]:
    """The underlying-option fields: every value type always, the strings only for an option."""
    underlying = instrument.underlying
    fields: dict[str, Any] = {
        "UnderlyingExpirationDate": 0,
        "UnderlyingExpirationType": "Undefined",
        "UnderlyingId": 0,
        "UnderlyingStrike": 0,
    }
    if underlying is not None and instrument.expiry is not None:
        expiry = datetime.combine(instrument.expiry, time(), tzinfo=UTC)
        fields.update(
            UnderlyingSymbol=underlying.symbol,
            UnderlyingOptionType=(instrument.put_call or "").title(),
            UnderlyingExpirationDate=int(expiry.timestamp()) * 1000,
            UnderlyingExpirationType="Regular",
            UnderlyingId=security_id(underlying),
            UnderlyingStrike=number(instrument.strike or ZERO),
        )
    return fields


def _positions(account: Account, user: User) -> list[dict[str, Any]]:
    """Every open position, in the order of `Account.holdings()`."""
    return [_position(account, position, user) for position in account.holdings()]


def _position(account: Account, position: Position, user: User) -> dict[str, Any]:
    instrument = position.instrument
    company = (instrument.underlying or instrument).name
    start_value = position.quantity * instrument.previous_close * instrument.multiplier
    row: dict[str, Any] = {
        "Id": position.number,
        "AccountId": account.number,
        "SecurityId": security_id(instrument),
        "Symbol": instrument.symbol,
        "Name": instrument.name if instrument.asset_class is AssetClass.OPTION else instrument.symbol,
        "CompanyName": company,
        "SecurityCurrency": instrument.currency,
        "SecurityType": SECURITY_TYPES[instrument.asset_class],
        "ContractSize": number(instrument.multiplier),
        "CostBasis": number(position.cost_basis),
        "DailyCostBasis": number(start_value),
        "CreateDate": stamp(position.opened_at),
        "ModifyDate": stamp(position.opened_at),
        "Quantity": number(position.quantity),
        "RealizedProfitLoss": 0,
        "AverageOpenPrice": number(position.average_price),
        "AverageClosePrice": 0,
        "StopLossPrice": 0,
        "TakeProfitPrice": 0,
        "DailyCloseProfitLoss": 0,
        "ExcessChanges": 0,
        "DayQuantity": 0,
        "MarketValueEOD": number(start_value),
        "EODPrice": number(instrument.previous_close),
        "OpenQuantity": number(position.quantity),
        "LoanedQuantity": 0,
        "UnrealizedProfitLoss": number(position.unrealized_pnl),
        "MarginType": ("Margin" if position.is_long else "Short") if account.is_margin else "Cash",
        **_security(instrument),
        "TickSize": Decimal("0.01"),
        "VolumePrecision": 0,
        "ClearingAccount": str(account.number),
        "AccountHolderName": user.full_name,
        "AccountName": account.name,
        "Currency": account.currency,
    }
    if instrument.symbol in CUSIPS:
        row["Cusip"] = CUSIPS[instrument.symbol]
    return row


def _transactions(account: Account) -> list[dict[str, Any]]:
    """The ledger: each fill (and its commission), each cash event and each option that expired, by id."""
    rows: list[dict[str, Any]] = []
    holding = {p.instrument.id: p.quantity for p in account.holdings()}
    fills = [(fill, order_id) for order in account.orders for leg in order.leg_list for order_id, fill in
             ((leg.number, f) for f in order.leg_fills(leg))]  # fmt: skip
    for fill, order_id in sorted(fills, key=lambda item: (item[0].at, item[0].number), reverse=True):
        after = holding.get(fill.instrument.id, ZERO)  # from today backwards: what each fill left in the position
        holding[fill.instrument.id] = after - fill.signed_quantity
        rows += _fill(account, fill, order_id, abs(after))
    rows += [_cash_movement(account, event) for event in account.cash_events]
    expired = [lot for lot in account.closed_lots if lot.expired]
    rows += [_expiration(account, lot, 3_000_000 + account.number * 10 + index) for index, lot in enumerate(expired)]
    return sorted(rows, key=lambda row: row["Id"])


def _ledger_row(account: Account, row_id: int, when: datetime, value: Decimal) -> dict[str, Any]:
    return {
        "Id": row_id,
        "SecurityId": -1,
        "OrderStateId": 0,
        "AccountId": account.number,
        "Date": stamp(when),
        "Value": number(value),
        "Quantity": 0,
        "LeavesQuantity": 0,
        "IsDayTrade": False,
        "MarginType": "Margin" if account.is_margin else "Cash",
        "SettlementDate": midnight(when.date()),
        "Price": 0,
        "OrderId": 0,
    }


def _fill(account: Account, fill: Fill, order_id: int, left: Decimal) -> list[dict[str, Any]]:
    """A fill's execution and, when one was charged, its commission; both name the order state that
    recorded the fill. Both carry a `Fee`, as in ETNA's example: the execution the order-level entry
    (`Seizure: Order`, no `CommissionId`; ETNA does not explain its `Value`, here the fill's
    commission), the commission its plan entry."""
    instrument = fill.instrument
    execution = _ledger_row(account, 2_000_000 + 2 * fill.number, fill.at, fill.cash)
    security = {
        "SecurityId": security_id(instrument),
        "OrderStateId": _fill_state(fill),
        "Symbol": instrument.symbol,
        "OrderId": order_id,
    }
    execution.update(
        security,
        Quantity=number(fill.quantity),
        LeavesQuantity=number(left),
        Type="OrderExecution",
        SettlementDate=midnight(next_weekday(fill.at.date())),
        Price=number(fill.price),
        Fee={
            "Id": 140_000 + fill.number,
            "Value": number(fill.commission),
            "Seizure": "Order",
            "Leverage": 1,
            "ValueType": "Absolute",
        },
    )
    rows = [execution]
    if fill.commission:
        commission = _ledger_row(account, execution["Id"] + 1, fill.at, -fill.commission)
        commission.update(
            security,
            Type="Commission",
            SettlementDate=execution["SettlementDate"],
            Fee={
                "Id": 150_000 + fill.number,
                "CommissionId": "Per Trade Commission",
                "Value": number(fill.commission),
                "Seizure": "Execution",
                "Leverage": 1,
                "ValueType": "Absolute",
            },
        )
        rows.append(commission)
    return rows


def _expiration(account: Account, lot: ClosedLot, row_id: int) -> dict[str, Any]:
    """An option that expired worthless: the position goes, no cash moves."""
    row = _ledger_row(account, row_id, datetime.combine(lot.closed_on, SESSION_CLOSE, UTC), ZERO)
    row.update(
        SecurityId=security_id(lot.instrument),
        Symbol=lot.instrument.symbol,
        Quantity=number(lot.quantity),
        Type="OptionExpiration",
    )
    return row


def _cash_movement(account: Account, event: CashEvent) -> dict[str, Any]:
    kind, code = LEDGER[event.kind]
    row = _ledger_row(
        account, 2_000_000 + 2 * event.number, datetime.combine(event.on, time(12, 29, 14, 320348), UTC), event.amount
    )
    row.update(Type=kind, Description=event.description, Code=code)
    if event.instrument is not None:
        row.update(SecurityId=security_id(event.instrument), Symbol=event.instrument.symbol)
    return row


# ---- orders and their states --------------------------------------------------------------------

STATUSES = {
    OrderStatus.FILLED: "Filled",
    OrderStatus.CANCELED: "Canceled",
    OrderStatus.REJECTED: "Rejected",
    OrderStatus.EXPIRED: "DoneForDay",
}
DESCRIPTIONS = {OrderStatus.CANCELED: "Canceled by user", OrderStatus.EXPIRED: "Expired by OMS"}
ORDER_TYPES = {"market": "Market", "limit": "Limit", "stop": "Stop", "stop_limit": "StopLimit"}


@dataclass(frozen=True)
class _State:
    """One state of an ETNA order (a single-leg order, a leg, or a multi-leg parent): what it was after
    a request, a fill or a status change."""

    id: int
    status: str
    at: datetime
    executed: Decimal
    average: Decimal
    fill: Fill | None = None


@dataclass(frozen=True)
class _EtnaOrder:
    """What ETNA calls an order: a brokerage order, or one leg of a multi-leg one (`leg` set), which ETNA
    shows as an order of its own under its parent."""

    order: Order
    leg: Leg | None = None

    @property
    def id(self) -> int:
        return self.leg.number if self.leg else self.order.number

    @property
    def instrument(self) -> Instrument:
        return self.leg.instrument if self.leg else self.order.instrument

    @property
    def quantity(self) -> Decimal:
        return self.order.quantity * (self.leg.ratio if self.leg else ONE)

    def states(self) -> list[_State]:
        """Accepted, then each fill, then how it ended when not by a fill. A multi-leg parent has no fills
        of its own: its legs' fills count in packages."""
        order, number = self.order, self.id
        states = [_State(100_000 + 2 * number, "New", order.created_at, ZERO, ZERO)]
        if self.leg is not None or not order.legs:
            executed = cost = ZERO
            for fill in order.leg_fills(self.leg or order.leg_list[0]):
                executed += fill.quantity
                cost += fill.quantity * fill.price
                status = "Filled" if executed >= self.quantity else "PartiallyFilled"
                states.append(_State(_fill_state(fill), status, fill.at, executed, cost / executed, fill))
        if order.status is not OrderStatus.OPEN and states[-1].status != "Filled":
            average = abs(order.average_fill_price or ZERO) if self.leg is None else states[-1].average
            executed = order.filled_quantity if self.leg is None else states[-1].executed
            states.append(_State(100_000 + 2 * number + 1, STATUSES[order.status], order.updated_at, executed, average))
        return states


def _fill_state(fill: Fill) -> int:
    """The id of the order state that recorded `fill` (the ledger's `OrderStateId`)."""
    return 100_000 + 2 * fill.number


def _orders(account: Account, user: User) -> list[dict[str, Any]]:
    return sorted((_order(account, order, user) for order in account.orders), key=lambda row: row["Id"])


def _order(account: Account, order: Order, user: User) -> dict[str, Any]:
    row = _order_row(account, _EtnaOrder(order), user)
    row["Legs"] = [_order_row(account, _EtnaOrder(order, leg), user) for leg in order.legs]
    return row


def _order_row(account: Account, shown: _EtnaOrder, user: User) -> dict[str, Any]:
    """An order (or leg) as the orders list shows it: its current state, every value type sent."""
    order, instrument = shown.order, shown.instrument
    state = shown.states()[-1]
    last = state.fill or next((s.fill for s in reversed(shown.states()) if s.fill), None)
    client_id = str(1_045_000_000 + shown.id)
    order_type = ORDER_TYPES[order.order_type]
    good_till_cancel = order.time_in_force is TimeInForce.GOOD_TILL_CANCELED
    row: dict[str, Any] = {
        "Id": shown.id,
        "SecurityId": security_id(instrument),
        "Quantity": number(shown.quantity),
        "Price": number(abs(order.limit_price or ZERO)),
        "StopPrice": number(order.stop_price or ZERO),
        "ClientId": client_id,
        "ExecutedQuantity": number(state.executed),
        "LastPrice": number(last.price if last else ZERO),
        "LastQuantity": number(last.quantity if last else ZERO),
        "LeavesQuantity": number(shown.quantity - state.executed if order.status is OrderStatus.OPEN else ZERO),
        "AveragePrice": number(state.average),
        "Side": SIDES[shown.leg.side if shown.leg else order.side],
        "Date": stamp(state.at),
        "TransactionDate": stamp(state.at),
        "SettDate": NOT_SET,
        "Status": state.status,
        "ExecutionStatus": state.status,
        "Type": order_type,
        "RequestStatus": _request_status(order),
        "Target": "Modify" if order.filled_quantity else "New",
        "Comment": "",
        "TimeInForce": "GoodTillCancel" if good_till_cancel else "Day",
        "ExecInst": "None",
        "ExpireDate": NOT_SET if good_till_cancel else stamp(order.expires_at),
        "CounterPartyOrderId": client_id,
        "AccountId": account.number,
        "UserId": user.id,
        "RequestId": 50_000 + shown.id,
        "StateId": state.id,
        "ParentId": order.number if shown.leg else -1,
        "Exchange": "Auto",
        "ExecutionVenue": "Etna Emulator",
        "TrailingStopAmountType": "Absolute",
        "TrailingStopAmount": 0,
        "TrailingLimitAmountType": "Absolute",
        "TrailingLimitAmount": 0,
        "CreateDate": stamp(order.created_at),
        "InitialType": order_type,
        "IsExternal": False,
        "ExecBrocker": "Auto",
        "ExecutionInstructions": {},
        "TransType": "New",
        "ValidationsToBypass": 0,
        "ParentRequestId": 50_000 + order.number if shown.leg else 0,
        "SettlementDate": NOT_SET,
        "Symbol": instrument.symbol,
        "Name": instrument.name,
        "Currency": instrument.currency,
        "SecurityType": SECURITY_TYPES[AssetClass.OPTION if order.legs and not shown.leg else instrument.asset_class],
        "Precision": 2,
        "VolumePrecision": 0,
        "ExecInstNum": 0,
        "ExtendedHours": "",
        "QuantityQualifier": "Shares",
        **_security(instrument),
        "BrokerServiceCommission": number(_commission(shown)),
        "ContingentSecurityId": 0,
        "ReinvestAction": 0,
        "ClearingAccount": str(account.number),
        "UserName": user.login,
        "AccountName": account.name,
        "AccountHolderName": user.full_name,
    }
    if instrument.symbol in CUSIPS:
        row["Cusip"] = CUSIPS[instrument.symbol]
    if shown.leg is not None:
        row["ParentClientId"] = str(1_045_000_000 + order.number)
    if last is not None:
        row["ExecId"] = str(173_000_000 + last.number)
        row["LastMarket"] = MARKET_CODES[listing(last.instrument)]
    description = order.reject_reason or DESCRIPTIONS.get(order.status)
    if description:
        row["Description"] = description
    return row


def _request_status(order: Order) -> str:
    if order.status is OrderStatus.OPEN:
        return "Executing"
    return "Rejected" if order.status is OrderStatus.REJECTED else "Complete"


def _commission(shown: _EtnaOrder) -> Decimal:
    """What the fills of the order (or of the leg) were charged."""
    if shown.leg is None:
        return shown.order.commission
    return sum((f.commission for f in shown.order.leg_fills(shown.leg)), ZERO)


def _details(account: Account, order: Order, user: User) -> list[dict[str, Any]]:
    """The order's states, oldest first: a multi-leg order's own, with its legs' between them."""
    parent = _EtnaOrder(order)
    accepted, *rest = parent.states()
    legs = [(state, _EtnaOrder(order, leg)) for leg in order.legs for state in _EtnaOrder(order, leg).states()]
    legs.sort(key=lambda item: (item[0].at, item[0].id))
    records = [(accepted, parent), *legs, *((state, parent) for state in rest)]
    return [_state_record(account, shown, state, user) for state, shown in records]


def _state_record(account: Account, shown: _EtnaOrder, state: _State, user: User) -> dict[str, Any]:
    """One state as `/details` shows it: the list's order fields at that state, enums as text and dates
    as milliseconds since the Unix epoch (the unit is the mock's choice)."""
    row = _order_row(account, shown, user)
    done = state == shown.states()[-1] and shown.order.status is not OrderStatus.OPEN
    record: dict[str, Any] = {
        "IsRequest": state.status == "New",
        "UserId": user.id,
        "Login": user.login,
        "CounterPartyOrderId": row["CounterPartyOrderId"],
        "ClientId": row["ClientId"],
        "RequestStatus": row["RequestStatus"] if done else "Complete" if state.fill else "Executing",
        "ExecutionStatus": state.status,
        "LastQuantity": number(state.fill.quantity if state.fill else ZERO),
        "OrderStatusDescription": state.status,
        "TransType": "New",
        "ParentRequestId": row["ParentRequestId"],
        "IsCompleted": done,
        "Id": shown.id,
        "ExecInst": 0,
        "SecurityId": row["SecurityId"],
        "LastPrice": number(state.fill.price if state.fill else ZERO),
        "Symbol": row["Symbol"],
        "Status": state.status,
        "CreateDate": epoch_millis(shown.order.created_at),
        "Date": epoch_millis(state.at),
        "TransactionDate": epoch_millis(state.at),
        "ExpireDate": 0 if row["ExpireDate"] == NOT_SET else epoch_millis(shown.order.expires_at),
        "ExtendedHours": row["ExtendedHours"],
        "Exchange": row["Exchange"],
        "Currency": row["Currency"],
        "TimeInForce": row["TimeInForce"],
        "Price": row["Price"],
        "StopPrice": row["StopPrice"],
        "Type": row["Type"],
        "InitialType": row["InitialType"],
        "Quantity": row["Quantity"],
        "Side": row["Side"],
        "ParentId": row["ParentId"],
        "SecurityType": row["SecurityType"],
        "Name": row["Name"],
        **_security(shown.instrument),
        "AveragePrice": number(state.average),
        "ExecutedQuantity": number(state.executed),
        "LeavesQuantity": number(shown.quantity - state.executed if not done else ZERO),
        "TrailingStopAmountType": "Absolute",
        "TrailingStopAmount": 0,
        "TrailingLimitAmountType": "Absolute",
        "TrailingLimitAmount": 0,
        "ExecutionVenue": row["ExecutionVenue"],
        "VolumePrecision": 0,
        "Comment": row["Comment"],
        "ContingentSecurityId": 0,
        "StateId": state.id,
        "RequestId": row["RequestId"],
        "BrokerServiceCommission": number(state.fill.commission if state.fill else ZERO),
        "QuantityQualifier": "Shares",
        "ReinvestAction": 0,
        "ExecutionInstructions": {},
    }
    if state.fill is not None:
        record["ExecId"] = str(173_000_000 + state.fill.number)
    if shown.order.reject_reason and done:
        record["RejectReason"] = shown.order.reject_reason
    return record


def epoch_millis(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(milliseconds=1)
