from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cash_account_balances import CashAccountBalances
    from ..models.margin_account_balances import MarginAccountBalances
    from ..models.pdt_account_balances import PdtAccountBalances


T = TypeVar("T", bound="BalancesResponse")


@_attrs_define
class BalancesResponse:
    """The body of `GET /v1/accounts/{account_id}/balances`.

    Attributes:
        balances (CashAccountBalances | MarginAccountBalances | PdtAccountBalances): The balances; `account_type` names
            the one sub-object present (`margin`, `cash` or
            `pdt`).
    """

    balances: CashAccountBalances | MarginAccountBalances | PdtAccountBalances
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cash_account_balances import CashAccountBalances  # noqa: PLC0415
        from ..models.margin_account_balances import MarginAccountBalances  # noqa: PLC0415

        balances: dict[str, Any]
        if isinstance(self.balances, MarginAccountBalances):
            balances = self.balances.to_dict()
        elif isinstance(self.balances, CashAccountBalances):
            balances = self.balances.to_dict()
        else:
            balances = self.balances.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balances": balances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cash_account_balances import CashAccountBalances  # noqa: PLC0415
        from ..models.margin_account_balances import MarginAccountBalances  # noqa: PLC0415
        from ..models.pdt_account_balances import PdtAccountBalances  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_balances(data: object) -> CashAccountBalances | MarginAccountBalances | PdtAccountBalances:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balances_type_0 = MarginAccountBalances.from_dict(data)

                return balances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balances_type_1 = CashAccountBalances.from_dict(data)

                return balances_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            balances_type_2 = PdtAccountBalances.from_dict(data)

            return balances_type_2

        balances = _parse_balances(d.pop("balances"))

        balances_response = cls(
            balances=balances,
        )

        balances_response.additional_properties = d
        return balances_response

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
