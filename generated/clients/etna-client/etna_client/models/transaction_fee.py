from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fee_seizure import FeeSeizure
from ..models.fee_value_type import FeeValueType
from ..types import UNSET, Unset, exact_decimal

T = TypeVar("T", bound="TransactionFee")


@_attrs_define
class TransactionFee:
    """The fee or commission plan entry behind a transaction.

    Attributes:
        id (int): Fee id.
        value (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        seizure (FeeSeizure | int): When the fee is charged.
        leverage (Decimal): An exact decimal sent as a JSON number: a .NET `decimal` with up to 28 significant digits
            (`-0.05700775140829844330933239`) or trailing zeros (`1084543.57000000`), or a whole number
            without a decimal point (`100000`). Read it as a decimal, scale included, never as a double.
        value_type (FeeValueType | int): Whether `Value` is an absolute amount or a coefficient.
        commission_id (str | Unset): Name of the commission plan entry, e.g. `Per Trade Commission`.
    """

    id: int
    value: Decimal
    seizure: FeeSeizure | int
    leverage: Decimal
    value_type: FeeValueType | int
    commission_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        seizure: int | str
        if isinstance(self.seizure, FeeSeizure):
            seizure = self.seizure.value
        else:
            seizure = self.seizure

        leverage = self.leverage

        value_type: int | str
        if isinstance(self.value_type, FeeValueType):
            value_type = self.value_type.value
        else:
            value_type = self.value_type

        commission_id = self.commission_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Value": value,
                "Seizure": seizure,
                "Leverage": leverage,
                "ValueType": value_type,
            }
        )
        if commission_id is not UNSET:
            field_dict["CommissionId"] = commission_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id")

        value = exact_decimal(d.pop("Value"))

        def _parse_seizure(data: object) -> FeeSeizure | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seizure_type_0 = FeeSeizure(data)

                return seizure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeeSeizure | int, data)

        seizure = _parse_seizure(d.pop("Seizure"))

        leverage = exact_decimal(d.pop("Leverage"))

        def _parse_value_type(data: object) -> FeeValueType | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_type_0 = FeeValueType(data)

                return value_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeeValueType | int, data)

        value_type = _parse_value_type(d.pop("ValueType"))

        commission_id = d.pop("CommissionId", UNSET)

        transaction_fee = cls(
            id=id,
            value=value,
            seizure=seizure,
            leverage=leverage,
            value_type=value_type,
            commission_id=commission_id,
        )

        transaction_fee.additional_properties = d
        return transaction_fee

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
