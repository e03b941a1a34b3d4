from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, exact_decimal

if TYPE_CHECKING:
    from ..models.margin_session_details import MarginSessionDetails
    from ..models.margin_top_contributor import MarginTopContributor
    from ..models.margin_usage import MarginUsage


T = TypeVar("T", bound="MarginDetails")


@_attrs_define
class MarginDetails:
    """Margin requirements, excesses and usage of a margin account.

    Attributes:
        initial_margin_excess (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`,
            `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        initial_margin_requirement (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`,
            `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        maintenance_margin_excess (Decimal): An exact decimal number written as a JSON string (`"45000.00"`, `"-50"`,
            `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        maintenance_margin_requirement (Decimal): An exact decimal number written as a JSON string (`"45000.00"`,
            `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        overnight_margin_excess (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`,
            `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        overnight_margin_requirement (Decimal | Unset): An exact decimal number written as a JSON string (`"45000.00"`,
            `"-50"`, `"2"`); also any
            other numeric text an exact decimal parser reads (`"1E-8"`, `"+5"`, `".5"`), never NaN or
            Infinity.
        intraday_details (MarginSessionDetails | Unset): Buying power of one trading session (intraday or overnight).
        overnight_details (MarginSessionDetails | Unset): Buying power of one trading session (intraday or overnight).
        top_contributors (list[MarginTopContributor] | None | Unset): Underlyings that contribute most to the
            requirement, largest first; present only when
            `top_margin_contributors_limit` was sent, and may be null otherwise (the SDK and the docs
            page type it `Optional`; the vendor's spec, a plain array).
        usage (MarginUsage | None | Unset): Margin in use; null when there is no data.
        day_trade_count (int | Unset): Day trades over the last five trading days. Required until deprecation on
            2026-06-04;
            removed in SDK 0.7 (2026-08).
        pattern_day_trader (bool | Unset): Whether the account is flagged as a pattern day trader. Removed in SDK 0.7
            (2026-08).
        day_trade_buying_power_usage (Decimal | None | Unset): Day-trade buying power used today; omitted or null when
            zero (the vendor's spec:
            "When null/undefined, the value should be assumed to be zero"). Removed in SDK 0.7
            (2026-08).
    """

    initial_margin_excess: Decimal
    initial_margin_requirement: Decimal
    maintenance_margin_excess: Decimal
    maintenance_margin_requirement: Decimal
    overnight_margin_excess: Decimal | Unset = UNSET
    overnight_margin_requirement: Decimal | Unset = UNSET
    intraday_details: MarginSessionDetails | Unset = UNSET
    overnight_details: MarginSessionDetails | Unset = UNSET
    top_contributors: list[MarginTopContributor] | None | Unset = UNSET
    usage: MarginUsage | None | Unset = UNSET
    day_trade_count: int | Unset = UNSET
    pattern_day_trader: bool | Unset = UNSET
    day_trade_buying_power_usage: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.margin_usage import MarginUsage  # noqa: PLC0415

        initial_margin_excess = str(self.initial_margin_excess)

        initial_margin_requirement = str(self.initial_margin_requirement)

        maintenance_margin_excess = str(self.maintenance_margin_excess)

        maintenance_margin_requirement = str(self.maintenance_margin_requirement)

        overnight_margin_excess: str | Unset = UNSET
        if not isinstance(self.overnight_margin_excess, Unset):
            overnight_margin_excess = str(self.overnight_margin_excess)

        overnight_margin_requirement: str | Unset = UNSET
        if not isinstance(self.overnight_margin_requirement, Unset):
            overnight_margin_requirement = str(self.overnight_margin_requirement)

        intraday_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intraday_details, Unset):
            intraday_details = self.intraday_details.to_dict()

        overnight_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overnight_details, Unset):
            overnight_details = self.overnight_details.to_dict()

        top_contributors: list[dict[str, Any]] | None | Unset
        if isinstance(self.top_contributors, Unset):
            top_contributors = UNSET
        elif isinstance(self.top_contributors, list):
            top_contributors = []
            for top_contributors_type_0_item_data in self.top_contributors:
                top_contributors_type_0_item = top_contributors_type_0_item_data.to_dict()
                top_contributors.append(top_contributors_type_0_item)

        else:
            top_contributors = self.top_contributors

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, MarginUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        day_trade_count = self.day_trade_count

        pattern_day_trader = self.pattern_day_trader

        day_trade_buying_power_usage: None | str | Unset
        if isinstance(self.day_trade_buying_power_usage, Unset):
            day_trade_buying_power_usage = UNSET
        elif isinstance(self.day_trade_buying_power_usage, Decimal):
            day_trade_buying_power_usage = str(self.day_trade_buying_power_usage)
        else:
            day_trade_buying_power_usage = self.day_trade_buying_power_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "initial_margin_excess": initial_margin_excess,
                "initial_margin_requirement": initial_margin_requirement,
                "maintenance_margin_excess": maintenance_margin_excess,
                "maintenance_margin_requirement": maintenance_margin_requirement,
            }
        )
        if overnight_margin_excess is not UNSET:
            field_dict["overnight_margin_excess"] = overnight_margin_excess
        if overnight_margin_requirement is not UNSET:
            field_dict["overnight_margin_requirement"] = overnight_margin_requirement
        if intraday_details is not UNSET:
            field_dict["intraday_details"] = intraday_details
        if overnight_details is not UNSET:
            field_dict["overnight_details"] = overnight_details
        if top_contributors is not UNSET:
            field_dict["top_contributors"] = top_contributors
        if usage is not UNSET:
            field_dict["usage"] = usage
        if day_trade_count is not UNSET:
            field_dict["day_trade_count"] = day_trade_count
        if pattern_day_trader is not UNSET:
            field_dict["pattern_day_trader"] = pattern_day_trader
        if day_trade_buying_power_usage is not UNSET:
            field_dict["day_trade_buying_power_usage"] = day_trade_buying_power_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_session_details import MarginSessionDetails  # noqa: PLC0415
        from ..models.margin_top_contributor import MarginTopContributor  # noqa: PLC0415
        from ..models.margin_usage import MarginUsage  # noqa: PLC0415

        d = dict(src_dict)
        initial_margin_excess = exact_decimal(d.pop("initial_margin_excess"))

        initial_margin_requirement = exact_decimal(d.pop("initial_margin_requirement"))

        maintenance_margin_excess = exact_decimal(d.pop("maintenance_margin_excess"))

        maintenance_margin_requirement = exact_decimal(d.pop("maintenance_margin_requirement"))

        _overnight_margin_excess = d.pop("overnight_margin_excess", UNSET)
        overnight_margin_excess: Decimal | Unset
        if isinstance(_overnight_margin_excess, Unset):
            overnight_margin_excess = UNSET
        else:
            overnight_margin_excess = exact_decimal(_overnight_margin_excess)

        _overnight_margin_requirement = d.pop("overnight_margin_requirement", UNSET)
        overnight_margin_requirement: Decimal | Unset
        if isinstance(_overnight_margin_requirement, Unset):
            overnight_margin_requirement = UNSET
        else:
            overnight_margin_requirement = exact_decimal(_overnight_margin_requirement)

        _intraday_details = d.pop("intraday_details", UNSET)
        intraday_details: MarginSessionDetails | Unset
        if isinstance(_intraday_details, Unset):
            intraday_details = UNSET
        else:
            intraday_details = MarginSessionDetails.from_dict(_intraday_details)

        _overnight_details = d.pop("overnight_details", UNSET)
        overnight_details: MarginSessionDetails | Unset
        if isinstance(_overnight_details, Unset):
            overnight_details = UNSET
        else:
            overnight_details = MarginSessionDetails.from_dict(_overnight_details)

        def _parse_top_contributors(data: object) -> list[MarginTopContributor] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                top_contributors_type_0 = []
                _top_contributors_type_0 = data
                for top_contributors_type_0_item_data in _top_contributors_type_0:
                    top_contributors_type_0_item = MarginTopContributor.from_dict(top_contributors_type_0_item_data)

                    top_contributors_type_0.append(top_contributors_type_0_item)

                return top_contributors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MarginTopContributor] | None | Unset, data)

        top_contributors = _parse_top_contributors(d.pop("top_contributors", UNSET))

        def _parse_usage(data: object) -> MarginUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = MarginUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        day_trade_count = d.pop("day_trade_count", UNSET)

        pattern_day_trader = d.pop("pattern_day_trader", UNSET)

        def _parse_day_trade_buying_power_usage(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (str, int, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                day_trade_buying_power_usage_type_0 = exact_decimal(data)

                return day_trade_buying_power_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        day_trade_buying_power_usage = _parse_day_trade_buying_power_usage(d.pop("day_trade_buying_power_usage", UNSET))

        margin_details = cls(
            initial_margin_excess=initial_margin_excess,
            initial_margin_requirement=initial_margin_requirement,
            maintenance_margin_excess=maintenance_margin_excess,
            maintenance_margin_requirement=maintenance_margin_requirement,
            overnight_margin_excess=overnight_margin_excess,
            overnight_margin_requirement=overnight_margin_requirement,
            intraday_details=intraday_details,
            overnight_details=overnight_details,
            top_contributors=top_contributors,
            usage=usage,
            day_trade_count=day_trade_count,
            pattern_day_trader=pattern_day_trader,
            day_trade_buying_power_usage=day_trade_buying_power_usage,
        )

        margin_details.additional_properties = d
        return margin_details

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
