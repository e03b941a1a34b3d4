"""The generated models packages given JSON text that is not JSON: `model_validate_json` and `parse_json`
raise pydantic's `ValidationError` (type `json_invalid`), as pydantic's own `model_validate_json` does,
never `json.JSONDecodeError` or a `RecursionError`; NaN and Infinity are no JSON numbers."""

from __future__ import annotations

import importlib
from types import ModuleType

import pydantic
import pytest

PACKAGES = ["clear_street_models", "etna_models", "tradestation_v2_models", "tradestation_v3_models", "tradier_models"]
NOT_JSON = {
    "invalid": b'{"a": ',
    "nan": b'{"a": NaN}',
    "infinity": b'{"a": -Infinity}',
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "not utf-8": b'{"a": "\xff"}',
}


def _first_model(package: ModuleType) -> type[pydantic.BaseModel]:
    models = importlib.import_module(package.__name__ + ".models")
    return next(
        value
        for name, value in sorted(vars(models).items())
        if isinstance(value, type) and issubclass(value, package.VendorModel) and value is not package.VendorModel
    )


@pytest.mark.parametrize("name", PACKAGES)
@pytest.mark.parametrize("case", sorted(NOT_JSON))
def test_json_that_is_not_json_is_a_validation_error(name: str, case: str) -> None:
    package = importlib.import_module(name)
    model = _first_model(package)
    for parse in (model.model_validate_json, lambda raw: package.parse_json(model, raw)):
        with pytest.raises(pydantic.ValidationError) as raised:
            parse(NOT_JSON[case])
        [error] = raised.value.errors()
        assert error["type"] == "json_invalid", error
        assert model.__name__ in str(raised.value)
