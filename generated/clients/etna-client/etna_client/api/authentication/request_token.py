import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_key_error_body import AppKeyErrorBody
from ...models.token_expecting import TokenExpecting
from ...models.token_failed import TokenFailed
from ...models.token_succeeded import TokenSucceeded
from ...types import UNSET, Response, Unset


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded | None:
    if response.status_code == 200:
        response_200 = TokenSucceeded.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_200

    if response.status_code == 202:
        response_202 = TokenExpecting.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_202

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

        response_401 = _parse_response_401(json.loads(response.content, parse_float=Decimal))

        return response_401

    if response.status_code == 403:
        response_403 = AppKeyErrorBody.from_dict(json.loads(response.content, parse_float=Decimal))

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded]
    """

    kwargs = _get_kwargs(
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
) -> AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded
    """

    return sync_detailed(
        client=client,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded]:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded]
    """

    kwargs = _get_kwargs(
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
) -> AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded | None:
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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppKeyErrorBody | AppKeyErrorBody | TokenFailed | TokenExpecting | TokenSucceeded
    """

    return (
        await asyncio_detailed(
            client=client,
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
        )
    ).parsed
