from typing import Any

import httpx

from ... import errors
from ..._base_client import Operation, Timeout, asend, json_body, send
from ...client import AuthenticatedClient, Client
from ...models.app_key_error_body import AppKeyErrorBody
from ...models.token_expecting import TokenExpecting
from ...models.token_failed import TokenFailed
from ...models.token_succeeded import TokenSucceeded
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    operation_id="request_token",
    statuses=("200", "202", "401", "403"),
    success=frozenset(["200", "202"]),
    retry_safe=True,
    quota_signals=(),
)


def _get_kwargs(
    *,
    et_app_key: str,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    authorization: str | Unset = UNSET,
    pin_code: str | Unset = UNSET,
    verification_code: str | Unset = UNSET,
    o_auth_code: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    referral_code: str | Unset = UNSET,
    authentication_type: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Et-App-Key"] = et_app_key

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(password, Unset):
        headers["Password"] = password

    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(pin_code, Unset):
        headers["PinCode"] = pin_code

    if not isinstance(verification_code, Unset):
        headers["VerificationCode"] = verification_code

    if not isinstance(o_auth_code, Unset):
        headers["OAuthCode"] = o_auth_code

    if not isinstance(redirect_uri, Unset):
        headers["RedirectUri"] = redirect_uri

    if not isinstance(referral_code, Unset):
        headers["ReferralCode"] = referral_code

    if not isinstance(authentication_type, Unset):
        headers["AuthenticationType"] = authentication_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TokenSucceeded | TokenExpecting:
    if response.status_code == 200:
        response_200 = TokenSucceeded.from_dict(json_body(response, OPERATION))

        return response_200

    if response.status_code == 202:
        response_202 = TokenExpecting.from_dict(json_body(response, OPERATION))

        return response_202

    raise errors.APIResponseValidationError(response, "$", "status", "not a documented success status")


def _error_body(response: httpx.Response) -> errors.ErrorBody | None:
    if response.status_code == 401:

        def _parse_response_401(data: object) -> AppKeyErrorBody | TokenFailed:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_token_unauthorized_body_type_0 = TokenFailed.from_dict(data)

                return componentsschemas_token_unauthorized_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_token_unauthorized_body_type_1 = AppKeyErrorBody.from_dict(data)

            return componentsschemas_token_unauthorized_body_type_1

        response_401 = _parse_response_401(json_body(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403 = AppKeyErrorBody.from_dict(json_body(response, OPERATION))

        return response_403

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    et_app_key: str,
    username: str | None | Unset = UNSET,
    password: str | None | Unset = UNSET,
    authorization: str | None | Unset = UNSET,
    pin_code: str | None | Unset = UNSET,
    verification_code: str | None | Unset = UNSET,
    o_auth_code: str | None | Unset = UNSET,
    redirect_uri: str | None | Unset = UNSET,
    referral_code: str | None | Unset = UNSET,
    authentication_type: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[TokenSucceeded | TokenExpecting]:
    """Request a bearer token (with the status, headers and raw bytes)

    Authenticates a user of the app. The request has no body (`Content-Length: 0`): the app key
    and the credentials travel as headers. Which headers go together depends on the flow:

    - password login: `Username` and `Password` (optionally `PinCode` when the user has one);
    - OAuth login: `OAuthCode` and `RedirectUri` (swagger-2026 only);
    - second step of a two-factor login: the provisional token of the `202` as `Authorization:
      Bearer <token>` with `PinCode` or `VerificationCode`.

    `200` carries the token. When more steps are needed (a PIN, a verification code sent by
    e-mail or SMS) the answer is `202` with a provisional token and the `Step` expected. Wrong
    or missing credentials, or a wrong code, get `401`. A token stays valid for 24 hours.

    Args:
        et_app_key (str):
        username (str | Unset):
        password (str | Unset):
        authorization (str | Unset):
        pin_code (str | Unset):
        verification_code (str | Unset):
        o_auth_code (str | Unset):
        redirect_uri (str | Unset):
        referral_code (str | Unset):
        authentication_type (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        et_app_key=et_app_key,
        username=UNSET if username is None else username,
        password=UNSET if password is None else password,
        authorization=UNSET if authorization is None else authorization,
        pin_code=UNSET if pin_code is None else pin_code,
        verification_code=UNSET if verification_code is None else verification_code,
        o_auth_code=UNSET if o_auth_code is None else o_auth_code,
        redirect_uri=UNSET if redirect_uri is None else redirect_uri,
        referral_code=UNSET if referral_code is None else referral_code,
        authentication_type=UNSET if authentication_type is None else authentication_type,
    )
    return send(client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout)


def sync(
    *,
    client: AuthenticatedClient | Client,
    et_app_key: str,
    username: str | None | Unset = UNSET,
    password: str | None | Unset = UNSET,
    authorization: str | None | Unset = UNSET,
    pin_code: str | None | Unset = UNSET,
    verification_code: str | None | Unset = UNSET,
    o_auth_code: str | None | Unset = UNSET,
    redirect_uri: str | None | Unset = UNSET,
    referral_code: str | None | Unset = UNSET,
    authentication_type: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> TokenSucceeded | TokenExpecting:
    """Request a bearer token

    Authenticates a user of the app. The request has no body (`Content-Length: 0`): the app key
    and the credentials travel as headers. Which headers go together depends on the flow:

    - password login: `Username` and `Password` (optionally `PinCode` when the user has one);
    - OAuth login: `OAuthCode` and `RedirectUri` (swagger-2026 only);
    - second step of a two-factor login: the provisional token of the `202` as `Authorization:
      Bearer <token>` with `PinCode` or `VerificationCode`.

    `200` carries the token. When more steps are needed (a PIN, a verification code sent by
    e-mail or SMS) the answer is `202` with a provisional token and the `Step` expected. Wrong
    or missing credentials, or a wrong code, get `401`. A token stays valid for 24 hours.

    Args:
        et_app_key (str):
        username (str | Unset):
        password (str | Unset):
        authorization (str | Unset):
        pin_code (str | Unset):
        verification_code (str | Unset):
        o_auth_code (str | Unset):
        redirect_uri (str | Unset):
        referral_code (str | Unset):
        authentication_type (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return sync_detailed(
        et_app_key=et_app_key,
        username=username,
        password=password,
        authorization=authorization,
        pin_code=pin_code,
        verification_code=verification_code,
        o_auth_code=o_auth_code,
        redirect_uri=redirect_uri,
        referral_code=referral_code,
        authentication_type=authentication_type,
        client=client,
        max_retries=max_retries,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    et_app_key: str,
    username: str | None | Unset = UNSET,
    password: str | None | Unset = UNSET,
    authorization: str | None | Unset = UNSET,
    pin_code: str | None | Unset = UNSET,
    verification_code: str | None | Unset = UNSET,
    o_auth_code: str | None | Unset = UNSET,
    redirect_uri: str | None | Unset = UNSET,
    referral_code: str | None | Unset = UNSET,
    authentication_type: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[TokenSucceeded | TokenExpecting]:
    """Request a bearer token (with the status, headers and raw bytes)

    Authenticates a user of the app. The request has no body (`Content-Length: 0`): the app key
    and the credentials travel as headers. Which headers go together depends on the flow:

    - password login: `Username` and `Password` (optionally `PinCode` when the user has one);
    - OAuth login: `OAuthCode` and `RedirectUri` (swagger-2026 only);
    - second step of a two-factor login: the provisional token of the `202` as `Authorization:
      Bearer <token>` with `PinCode` or `VerificationCode`.

    `200` carries the token. When more steps are needed (a PIN, a verification code sent by
    e-mail or SMS) the answer is `202` with a provisional token and the `Step` expected. Wrong
    or missing credentials, or a wrong code, get `401`. A token stays valid for 24 hours.

    Args:
        et_app_key (str):
        username (str | Unset):
        password (str | Unset):
        authorization (str | Unset):
        pin_code (str | Unset):
        verification_code (str | Unset):
        o_auth_code (str | Unset):
        redirect_uri (str | Unset):
        referral_code (str | Unset):
        authentication_type (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    kwargs = _get_kwargs(
        et_app_key=et_app_key,
        username=UNSET if username is None else username,
        password=UNSET if password is None else password,
        authorization=UNSET if authorization is None else authorization,
        pin_code=UNSET if pin_code is None else pin_code,
        verification_code=UNSET if verification_code is None else verification_code,
        o_auth_code=UNSET if o_auth_code is None else o_auth_code,
        redirect_uri=UNSET if redirect_uri is None else redirect_uri,
        referral_code=UNSET if referral_code is None else referral_code,
        authentication_type=UNSET if authentication_type is None else authentication_type,
    )
    return await asend(
        client, OPERATION, kwargs, _parse_response, _error_body, max_retries=max_retries, timeout=timeout
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    et_app_key: str,
    username: str | None | Unset = UNSET,
    password: str | None | Unset = UNSET,
    authorization: str | None | Unset = UNSET,
    pin_code: str | None | Unset = UNSET,
    verification_code: str | None | Unset = UNSET,
    o_auth_code: str | None | Unset = UNSET,
    redirect_uri: str | None | Unset = UNSET,
    referral_code: str | None | Unset = UNSET,
    authentication_type: str | None | Unset = UNSET,
    max_retries: int | None = None,
    timeout: Timeout | Unset = UNSET,
) -> TokenSucceeded | TokenExpecting:
    """Request a bearer token

    Authenticates a user of the app. The request has no body (`Content-Length: 0`): the app key
    and the credentials travel as headers. Which headers go together depends on the flow:

    - password login: `Username` and `Password` (optionally `PinCode` when the user has one);
    - OAuth login: `OAuthCode` and `RedirectUri` (swagger-2026 only);
    - second step of a two-factor login: the provisional token of the `202` as `Authorization:
      Bearer <token>` with `PinCode` or `VerificationCode`.

    `200` carries the token. When more steps are needed (a PIN, a verification code sent by
    e-mail or SMS) the answer is `202` with a provisional token and the `Step` expected. Wrong
    or missing credentials, or a wrong code, get `401`. A token stays valid for 24 hours.

    Args:
        et_app_key (str):
        username (str | Unset):
        password (str | Unset):
        authorization (str | Unset):
        pin_code (str | Unset):
        verification_code (str | Unset):
        o_auth_code (str | Unset):
        redirect_uri (str | Unset):
        referral_code (str | Unset):
        authentication_type (str | Unset):
        max_retries: attempts after the first (default: the client's); only if the spec says repeating is safe.
        timeout: seconds, or an `httpx.Timeout` (default: the client's).

    Raises:
        errors.APIStatusError: an error status (a subclass per status family), with the parsed error body.
        errors.APIResponseValidationError: a response that breaks the contract.
        errors.APIConnectionError: no response (`errors.APITimeoutError` on a timeout), once retries are spent.
    """

    return (
        await asyncio_detailed(
            et_app_key=et_app_key,
            username=username,
            password=password,
            authorization=authorization,
            pin_code=pin_code,
            verification_code=verification_code,
            o_auth_code=o_auth_code,
            redirect_uri=redirect_uri,
            referral_code=referral_code,
            authentication_type=authentication_type,
            client=client,
            max_retries=max_retries,
            timeout=timeout,
        )
    ).parsed
