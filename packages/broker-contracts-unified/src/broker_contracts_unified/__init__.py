"""Vendor-neutral, exact models of brokerage accounts, balances, positions and activities, from the
Clear Street, Tradier, ETNA and TradeStation (v2, v3) clients of broker-contracts.

    from broker_contracts_unified import connect

    with connect("tradier") as broker:
        print(broker.balance("VA00019816").equity)
"""

from broker_contracts_unified.broker import VENDORS, AsyncBroker, Broker, connect, connect_async
from broker_contracts_unified.errors import (
    AccountRefusedError,
    InvalidArgumentError,
    MissingArgumentError,
    NormalizeError,
    UnifiedError,
    UnknownVendorError,
    VendorTimeoutError,
)
from broker_contracts_unified.models import (
    Account,
    AccountKind,
    AccountStatus,
    Activity,
    ActivityKind,
    AssetClass,
    Balance,
    Instrument,
    OptionDetails,
    Position,
    PutCall,
)

__all__ = [
    "VENDORS",
    "Account",
    "AccountKind",
    "AccountRefusedError",
    "AccountStatus",
    "Activity",
    "ActivityKind",
    "AssetClass",
    "AsyncBroker",
    "Balance",
    "Broker",
    "Instrument",
    "InvalidArgumentError",
    "MissingArgumentError",
    "NormalizeError",
    "OptionDetails",
    "Position",
    "PutCall",
    "UnifiedError",
    "UnknownVendorError",
    "VendorTimeoutError",
    "connect",
    "connect_async",
]
