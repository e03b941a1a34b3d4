"""Schemathesis fuzzes every spec against the mock (deterministic, bounded) and finds nothing."""

from __future__ import annotations

import importlib
import tomllib
from datetime import date

import pytest
from schemathesis.core.deserialization import has_deserializer

from broker_contracts_mock.brokerage import Brokerage
from broker_contracts_mock.vendors import vendor_classes
from scripts import fuzz
from scripts.specs import Spec

from .conftest import project_specs

SPECS = project_specs()


def test_every_spec_has_a_vendor_module() -> None:
    """Without one the mock only answers a spec's examples, which cannot be fuzz-clean: add the module."""
    assert [spec.name for spec in SPECS if spec.name not in vendor_classes()] == []


@pytest.mark.slow
@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_spec_is_fuzz_clean(spec: Spec) -> None:
    """One spec per test (each against its own mock), so that the runs spread over the xdist workers."""
    (result,) = fuzz.run([spec])
    assert result.report.exists()
    assert result.cases > 100, f"{result.spec}: only {result.cases} cases ran"
    assert result.passed, result.output


def test_config_has_a_project_for_every_spec() -> None:
    """Schemathesis picks a [[project]] by the spec's title: a renamed spec must not lose its settings."""
    projects = {p["title"]: p for p in tomllib.loads(fuzz.CONFIG.read_text())["project"]}
    served = {spec.document["info"]["title"] for spec in SPECS if spec.name in vendor_classes()}
    assert served <= set(projects), f"no [[project]] for {sorted(served - set(projects))}"
    assert set(projects) <= {spec.document["info"]["title"] for spec in SPECS}


@pytest.mark.parametrize("spec", [s for s in SPECS if s.name in vendor_classes()], ids=lambda s: s.name)
def test_fixed_parameters_exist_in_the_mock_data(spec: Spec) -> None:
    """The identifiers the config pins are the ones the vendor module says are valid in the seeded data."""
    project = next(
        p for p in tomllib.loads(fuzz.CONFIG.read_text())["project"] if p["title"] == spec.document["info"]["title"]
    )
    vendor = vendor_classes()[spec.name]
    brokerage = Brokerage.generate(7, date.fromisoformat(fuzz.FIXED_DAY))
    assert project.get("parameters", {}) == vendor.fuzz_parameters(brokerage)
    per_operation = {
        operation["include-operation-id"]: operation["parameters"]
        for operation in project.get("operations", [])
        if "parameters" in operation
    }
    assert per_operation == vendor.fuzz_operation_parameters(brokerage)


def test_html_bodies_are_read_as_text() -> None:
    """The hooks the config names let Schemathesis check an HTML body (a quota page) against its schema."""
    assert tomllib.loads(fuzz.CONFIG.read_text())["hooks"] == "scripts.fuzz_hooks"
    importlib.import_module("scripts.fuzz_hooks")
    assert has_deserializer("text/html")
