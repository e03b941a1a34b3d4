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
from ...models.user_info import UserInfo
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="get_user_info",
    statuses=("200", "400", "401", "403", "404", "422", "500"),
    success=frozenset(["200"]),
    retry_safe=True,
    quota_signals=(),
)


def _get_kwargs(
    version: ApiVersion,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/users/{user_id}/info".format(
            version=quote(str(version), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UserInfo:
    if response.status_code == 200:
        response_200 = UserInfo.from_dict(json_body(response, OPERATION))

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

        def _parse_response_404(data: object) -> ApiVersionErrorBody | MessageErrorBody:
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
    user_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[UserInfo]:
    """Get a user's profile (with the status, headers and raw bytes)

    The user's name, login, e-mail and role. Use `@me` for the user the token belongs to: this
    is how a client learns its numeric user id (swagger-2026 types `userId` as an integer on
    the other user paths). Another user's id gets `401`; an id that is not ETNA's internal user
    id gets `400`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        user_id (str):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        version=version,
        user_id=user_id,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    version: ApiVersion,
    user_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> UserInfo:
    """Get a user's profile

    The user's name, login, e-mail and role. Use `@me` for the user the token belongs to: this
    is how a client learns its numeric user id (swagger-2026 types `userId` as an integer on
    the other user paths). Another user's id gets `401`; an id that is not ETNA's internal user
    id gets `400`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        user_id (str):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        version=version, user_id=user_id, client=client, max_retries=max_retries, timeout=timeout
    ).parsed


async def asyncio_detailed(
    version: ApiVersion,
    user_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[UserInfo]:
    """Get a user's profile (with the status, headers and raw bytes)

    The user's name, login, e-mail and role. Use `@me` for the user the token belongs to: this
    is how a client learns its numeric user id (swagger-2026 types `userId` as an integer on
    the other user paths). Another user's id gets `401`; an id that is not ETNA's internal user
    id gets `400`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        user_id (str):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        version=version,
        user_id=user_id,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    version: ApiVersion,
    user_id: str,
    *,
    client: AuthenticatedClient,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> UserInfo:
    """Get a user's profile

    The user's name, login, e-mail and role. Use `@me` for the user the token belongs to: this
    is how a client learns its numeric user id (swagger-2026 types `userId` as an integer on
    the other user paths). Another user's id gets `401`; an id that is not ETNA's internal user
    id gets `400`.

    Args:
        version (ApiVersion): The API version in the path; `1.0` everywhere in ETNA's
            documentation, `1` the swagger-2019 default.
        user_id (str):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            version=version, user_id=user_id, client=client, max_retries=max_retries, timeout=timeout
        )
    ).parsed
