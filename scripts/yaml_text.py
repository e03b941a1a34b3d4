"""Write JSON values as YAML with exact decimals: the counterpart of `yaml_source` for generated files.

A `Decimal` is written as a plain number with the digits it holds (`17798.360000000000000000000000`),
multi-line strings as literal blocks, keys in document order. A string that a YAML 1.1 or 1.2 reader
would take for something else (`on`, `Y`, `2025-10-31`, `1:20`) is quoted. Reading the output back
with `yaml_source.read` gives the same values.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import LiteralScalarString

from scripts.json_text import number_text

_STR = "tag:yaml.org,2002:str"
_RESOLVERS = (VersionedResolver(version=(1, 1)), VersionedResolver(version=(1, 2)))


def decimal_literal(value: Decimal) -> str:
    """The YAML float text of `value`, digit for digit; a mantissa without a point gets one (`5.`, `1.E+2`)."""
    text = number_text(value)
    mantissa, e, exponent = text.upper().partition("E")
    return text if "." in mantissa else f"{mantissa}.{e}{exponent}"


def _is_plain_safe(text: str) -> bool:
    return all(r.resolve(ScalarNode, text, (True, False)) == _STR for r in _RESOLVERS)


class _Representer(RoundTripRepresenter):
    """Round-trip representer that knows exact decimals and quotes ambiguous strings."""

    def represent_decimal(self, value: Decimal) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:float", decimal_literal(value))

    def represent_plain_str(self, value: str) -> Any:
        return self.represent_scalar(_STR, value, style=None if _is_plain_safe(value) else "'")

    def represent_null(self, value: None) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


_Representer.add_representer(Decimal, _Representer.represent_decimal)
_Representer.add_representer(str, _Representer.represent_plain_str)
_Representer.add_representer(type(None), _Representer.represent_null)


def dumps(value: Any, header: str | None = None) -> str:
    """`value` as a YAML document, preceded by `header` as `#` comment lines when given."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Representer = _Representer
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    if header:
        out.write("".join(f"# {line}".rstrip() + "\n" for line in header.splitlines()))
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
