"""The reference `scripts.yaml_text` is checked against: ruamel.yaml's own round-trip emitter, set up as
the project wrote its YAML before the writer was ported (same indentation, width, quoting and literal
blocks), except that nothing is aliased."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import LiteralScalarString

from scripts.yaml_scalars import decimal_literal, is_plain_safe


class _Representer(RoundTripRepresenter):
    """Round-trip representer that knows exact decimals, quotes ambiguous strings and never aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def represent_decimal(self, value: Decimal) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:float", decimal_literal(value))

    def represent_plain_str(self, value: str) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:str", value, style=None if is_plain_safe(value) else "'")

    def represent_null(self, value: None) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


_Representer.add_representer(Decimal, _Representer.represent_decimal)
_Representer.add_representer(str, _Representer.represent_plain_str)
_Representer.add_representer(type(None), _Representer.represent_null)


def dumps(value: Any) -> str:
    """`value` as ruamel.yaml writes it."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Representer = _Representer
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(_blocks(value), out)
    return out.getvalue()


def _blocks(value: Any) -> Any:
    """A copy of `value` whose multi-line strings are written as literal blocks."""
    if isinstance(value, dict):
        return {key: _blocks(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_blocks(item) for item in value]
    if isinstance(value, str) and "\n" in value.rstrip("\n"):
        return LiteralScalarString(value)
    return value
