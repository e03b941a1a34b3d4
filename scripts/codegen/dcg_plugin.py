"""Run datamodel-code-generator 0.89.0 with root models built on the package's own exact base.

dcg gives every object model the `--base-class` (`VendorModel`, whose `model_validate_json` reads
numbers as Decimal) but always builds root models (array, union and scalar bodies) on
`pydantic.RootModel`, whose JSON parser turns `-1806.2892359516153728372377831` into a float. Here
the root-model base is replaced by the class named in the first argument, `--root-model-base=<path>`
(the package's `_exact.VendorRootModel`), so a body that is a JSON array parses as exactly as an
object does. Run as `python -m scripts.codegen.dcg_plugin --root-model-base=<path> <dcg arguments>`.
"""

from __future__ import annotations

import sys

from datamodel_code_generator.__main__ import main as dcg_main
from datamodel_code_generator.model.pydantic_v2.root_model import RootModel

OPTION = "--root-model-base="


def main(argv: list[str]) -> int:
    """The dcg command line, with root models based on the class given first."""
    if not argv or not argv[0].startswith(OPTION) or "." not in argv[0].removeprefix(OPTION):
        print(f"usage: python -m scripts.codegen.dcg_plugin {OPTION}<module.Class> <dcg arguments>", file=sys.stderr)
        return 2
    RootModel.BASE_CLASS = argv[0].removeprefix(OPTION)
    sys.argv = ["datamodel-codegen", *argv[1:]]
    return int(dcg_main())


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
