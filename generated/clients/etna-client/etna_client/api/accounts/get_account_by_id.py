from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ...client import AuthenticatedClient
from ...models.api_version import ApiVersion
from ...models.api_version_error_body import ApiVersionErrorBody
from ...models.app_key_error_body import AppKeyErrorBody
from ...models.message_error_body import MessageErrorBody
from ...models.server_error_body import ServerErrorBody
from ...models.trading_account import TradingAccount
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_account_by_id",
    statuses=("200", "400", "401", "403", "404", "422", "500"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)


def _get_kwargs(
    version: ApiVersion,
    account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/accounts/{account_id}".format(
            version=quote(str(version), safe=""),
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[TradingAccount] | TradingAccount:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[TradingAccount] | TradingAccount:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_trading_account_response_type_0 = []
                _componentsschemas_trading_account_response_type_0 = data
                for (
                    componentsschemas_trading_account_list_item_data
                ) in _componentsschemas_trading_account_response_type_0:
                    componentsschemas_trading_account_list_item = TradingAccount.from_dict(
                        componentsschemas_trading_account_list_item_data
                    )

                    componentsschemas_trading_account_response_type_0.append(
                        componentsschemas_trading_account_list_item
                    )

                return componentsschemas_trading_account_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_trading_account_response_type_1 = TradingAccount.from_dict(data)

            return componentsschemas_trading_account_response_type_1

        response_200 = _parse_response_200(json_body(response, OPERATION))

        return response_200

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
    if response.status_code == 400:

        def _parse_response_400(data: object) -> MessageErrorBody | ValidationErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bad_request_body_type_0 = ValidationErrorBody.from_dict(data)

                return componentsschemas_bad_request_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bad_request_body_type_1 = MessageErrorBody.from_dict(data)

            return componentsschemas_bad_request_body_type_1

        response_400 = _parse_response_400(json_body(response, OPERATION))

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> AppKeyErrorBody | MessageErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_unauthorized_body_type_0 = MessageErrorBody.from_dict(data)

                return componentsschemas_unauthorized_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_unauthorized_body_type_1 = AppKeyErrorBody.from_dict(data)

            return componentsschemas_unauthorized_body_type_1

        response_401 = _parse_response_401(json_body(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403 = AppKeyErrorBody.from_dict(json_body(response, OPERATION))

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ApiVersionErrorBody | list[TradingAccount] | MessageErrorBody:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_404_type_0 = []
                _response_404_type_0 = data
                for componentsschemas_trading_account_list_item_data in _response_404_type_0:
                    componentsschemas_trading_account_list_item = TradingAccount.from_dict(
                        componentsschemas_trading_account_list_item_data
                    )

                    response_404_type_0.append(componentsschemas_trading_account_list_item)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_route_not_found_body_type_0 = MessageErrorBody.from_dict(data)

                return componentsschemas_route_not_found_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_route_not_found_body_type_1 = ApiVersionErrorBody.from_dict(data)

            return componentsschemas_route_not_found_body_type_1

        response_404 = _parse_response_404(json_body(response, OPERATION))

        return response_404

    if response.status_code == 422:

        def _parse_response_422(data: object) -> MessageErrorBody | ValidationErrorBody:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bad_request_body_type_0 = ValidationErrorBody.from_dict(data)

                return componentsschemas_bad_request_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bad_request_body_type_1 = MessageErrorBody.from_dict(data)

            return componentsschemas_bad_request_body_type_1

        response_422 = _parse_response_422(json_body(response, OPERATION))

        return response_422

    if response.status_code == 500:
        response_500 = ServerErrorBody.from_dict(json_body(response, OPERATION))

        return response_500

    return None


def sync_detailed(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[TradingAccount] | TradingAccount]:
    """Get a trading account with its balances and settings (with the status, headers and raw bytes)

    The trading account's record: owner, type and permissions, cash, equity and margin figures.
    The 2019 syntax page, the 2019 swagger page and swagger-2026 declare an array of accounts;
    the 2019 narrative example is one object (`TradingAccountResponse` accepts both; the mock
    answers the array of one, the declared form). The 2019 pages document it on the broker
    ("private") API, where a non-administrator token gets `401`; swagger-2026 lists it in the
    trader API, and the mock answers the token's user for their own accounts (another user's
    account gets `401`, as on every account path). swagger-2026 documents `404` "Specified
    account was not found" with an array body (presumably empty).

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[TradingAccount] | TradingAccount:
    """Get a trading account with its balances and settings

    The trading account's record: owner, type and permissions, cash, equity and margin figures.
    The 2019 syntax page, the 2019 swagger page and swagger-2026 declare an array of accounts;
    the 2019 narrative example is one object (`TradingAccountResponse` accepts both; the mock
    answers the array of one, the declared form). The 2019 pages document it on the broker
    ("private") API, where a non-administrator token gets `401`; swagger-2026 lists it in the
    trader API, and the mock answers the token's user for their own accounts (another user's
    account gets `401`, as on every account path). swagger-2026 documents `404` "Specified
    account was not found" with an array body (presumably empty).

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        version=version, account_id=account_id, client=client, max_retries=max_retries, timeout=timeout
    ).parsed


async def asyncio_detailed(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[TradingAccount] | TradingAccount]:
    """Get a trading account with its balances and settings (with the status, headers and raw bytes)

    The trading account's record: owner, type and permissions, cash, equity and margin figures.
    The 2019 syntax page, the 2019 swagger page and swagger-2026 declare an array of accounts;
    the 2019 narrative example is one object (`TradingAccountResponse` accepts both; the mock
    answers the array of one, the declared form). The 2019 pages document it on the broker
    ("private") API, where a non-administrator token gets `401`; swagger-2026 lists it in the
    trader API, and the mock answers the token's user for their own accounts (another user's
    account gets `401`, as on every account path). swagger-2026 documents `404` "Specified
    account was not found" with an array body (presumably empty).

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        version=version,
        account_id=account_id,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    version: ApiVersion,
    account_id: int,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[TradingAccount] | TradingAccount:
    """Get a trading account with its balances and settings

    The trading account's record: owner, type and permissions, cash, equity and margin figures.
    The 2019 syntax page, the 2019 swagger page and swagger-2026 declare an array of accounts;
    the 2019 narrative example is one object (`TradingAccountResponse` accepts both; the mock
    answers the array of one, the declared form). The 2019 pages document it on the broker
    ("private") API, where a non-administrator token gets `401`; swagger-2026 lists it in the
    trader API, and the mock answers the token's user for their own accounts (another user's
    account gets `401`, as on every account path). swagger-2026 documents `404` "Specified
    account was not found" with an array body (presumably empty).

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        account_id (int):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            version=version, account_id=account_id, client=client, max_retries=max_retries, timeout=timeout
        )
    ).parsed
