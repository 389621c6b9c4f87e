"""The OpenAPI 3.1 description of the API, served at /api/schema.json."""

from __future__ import annotations

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from tests.fixtures import SecureClient
from vitrine.compliance import CHANNELS, SEVERITIES


@pytest.mark.django_db
def test_the_served_schema_is_a_valid_openapi_3_1_document() -> None:
    response = SecureClient().get("/api/schema.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    spec = response.json()
    OpenAPIV31SpecValidator(spec).validate()
    assert spec["openapi"].startswith("3.1")
    assert "post" in spec["paths"]["/api/conformite/verifier"]


@pytest.mark.django_db
def test_the_schema_names_the_engine_channels_and_severities() -> None:
    spec = SecureClient().get("/api/schema.json").json()
    schemas = spec["components"]["schemas"]
    assert schemas["Channel"]["enum"] == list(CHANNELS)
    assert schemas["Severity"]["enum"] == list(SEVERITIES)
    assert schemas["Summary"]["properties"]["by_severity"]["required"] == list(SEVERITIES)
