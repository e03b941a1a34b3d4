from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionPage")


@_attrs_define
class TransactionPage:
    """One page of transactions (the paging wrapper).

    Attributes:
        result (list[Transaction]): The transactions of this page.
        total_count (int): Number of items over all pages.
        next_page_link (None | str | Unset): Link to the next page (`pageNumber` + 1): an absolute URL in ETNA's
            examples, a relative
            one (`/v1.0/accounts/6303/orders?pageNumber=1&pageSize=25`) in AutoShares' page. It keeps
            the paging parameters but not necessarily the others (ETNA's orders example dropped
            `sortField` and `desc`). `""` on the last page in ETNA's examples, `null` in AutoShares';
            treat those and an absent link alike.
        previous_page_link (None | str | Unset): Link to the previous page, in the same forms as `NextPageLink`; `""`
            (or `null`, or
            absent) on the first page.
    """

    result: list[Transaction]
    total_count: int
    next_page_link: None | str | Unset = UNSET
    previous_page_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        total_count = self.total_count

        next_page_link: None | str | Unset
        if isinstance(self.next_page_link, Unset):
            next_page_link = UNSET
        else:
            next_page_link = self.next_page_link

        previous_page_link: None | str | Unset
        if isinstance(self.previous_page_link, Unset):
            previous_page_link = UNSET
        else:
            previous_page_link = self.previous_page_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Result": result,
                "TotalCount": total_count,
            }
        )
        if next_page_link is not UNSET:
            field_dict["NextPageLink"] = next_page_link
        if previous_page_link is not UNSET:
            field_dict["PreviousPageLink"] = previous_page_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        result = []
        _result = d.pop("Result")
        for result_item_data in _result:
            result_item = Transaction.from_dict(result_item_data)

            result.append(result_item)

        total_count = d.pop("TotalCount")

        def _parse_next_page_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_link = _parse_next_page_link(d.pop("NextPageLink", UNSET))

        def _parse_previous_page_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_page_link = _parse_previous_page_link(d.pop("PreviousPageLink", UNSET))

        transaction_page = cls(
            result=result,
            total_count=total_count,
            next_page_link=next_page_link,
            previous_page_link=previous_page_link,
        )

        transaction_page.additional_properties = d
        return transaction_page

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
