"""The OpenAPI 3.1 document of the HSDS API, served at /api/hsds/openapi.json.

Its `components/schemas` are the official HSDS 3.0 JSON schemas (vendored unchanged in
`hsds_schema/`, CC BY-SA 4.0, Open Referral) with their `$ref`s pointed inside the document
and only their JSON Schema keywords kept. Paths and paging follow the HSDS API reference
(`schema/openapi.json` of the specification): `Page` is its paging object.
"""

import copy
import functools
import json
from pathlib import Path

from django.conf import settings

from opendata import hsds

SCHEMA_DIR = Path(__file__).parent / "hsds_schema"
# JSON Schema keywords of the HSDS files; the rest (`constraints`, `core`, `example`,
# `datapackage_*`, …) describe the tabular format.
KEYWORDS = {
    "type",
    "format",
    "enum",
    "properties",
    "required",
    "items",
    "$ref",
    "description",
    "title",
}
PER_PAGE_DEFAULT = 50
PER_PAGE_MAX = 200

PAGE = {
    "type": "object",
    "required": [
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
    ],
    "properties": {
        "total_items": {"type": "integer", "description": "The total number of entities returned"},
        "total_pages": {"type": "integer", "description": "Count of total pages."},
        "page_number": {"type": "integer", "description": "The number of the current page"},
        "size": {"type": "integer", "description": "The number of entities in the current page."},
        "first_page": {"type": "boolean", "description": "Whether this is the first page"},
        "last_page": {"type": "boolean", "description": "Whether this is the last page"},
        "empty": {"type": "boolean", "description": "Whether the result set is empty"},
    },
}
ERROR = {
    "type": "object",
    "required": ["status", "message"],
    "properties": {"status": {"type": "integer"}, "message": {"type": "string"}},
}
META = {
    "type": "object",
    "required": ["version", "openapi_url"],
    "properties": {
        "version": {"type": "string", "description": "HSDS version of this API."},
        "profile": {"type": "string", "format": "uri"},
        "openapi_url": {"type": "string", "format": "uri"},
    },
}


def _schema(node):
    if isinstance(node, list):
        return [_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {}
    for key, value in node.items():
        if key == "$ref":
            found[key] = "#/components/schemas/" + value.removesuffix(".json")
        elif key == "properties":
            found[key] = {name: _schema(inner) for name, inner in value.items()}
        elif key in KEYWORDS:
            found[key] = _schema(value)
    return found


def hsds_schemas() -> dict:
    """The vendored HSDS schemas by name, as components."""
    return {
        path.stem: _schema(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(SCHEMA_DIR.glob("*.json"))
    }


def _one_to_one(schema: dict, keep=()) -> dict:
    """A list item as the HSDS API reference's compiled `*_list` schemas: no arrays."""
    listed = copy.deepcopy(schema)
    listed["properties"] = {
        name: inner
        for name, inner in schema["properties"].items()
        if inner.get("type") not in ("array", None) or name in keep
    }
    return listed


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema, description="OK"):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _page_of(items):
    return {
        "allOf": [_ref("Page")],
        "required": ["contents"],
        "properties": {"contents": {"type": "array", "items": items}},
    }


ERRORS = {
    "400": _json(_ref("Error"), "Invalid parameter"),
    "404": _json(_ref("Error"), "Not found"),
}
PAGING = [
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
    {
        "name": "per_page",
        "in": "query",
        "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": PER_PAGE_MAX,
            "default": PER_PAGE_DEFAULT,
        },
    },
]
FLAG = {"type": "string", "enum": ["true", "false"], "default": "false"}


def _get(operation_id, summary, schema, parameters=()):
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": list(parameters),
            "responses": {"200": _json(schema), **ERRORS},
        }
    }


def _by_id(operation_id, summary, schema, parameters=()):
    path_id = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
    }
    return _get(operation_id, summary, schema, [path_id, *parameters])


@functools.cache
def _document_without_host() -> dict:
    schemas = hsds_schemas()
    schemas["service_list"] = _one_to_one(schemas["service"], keep=("organization",))
    schemas["organization_list"] = _one_to_one(schemas["organization"])
    with_services = copy.deepcopy(schemas["organization"])
    with_services["properties"]["services"] = {"type": "array", "items": _ref("service")}
    schemas["organization_with_services"] = with_services
    schemas.update({"Page": PAGE, "Error": ERROR, "Meta": META})
    full = {"name": "full", "in": "query", "schema": FLAG}
    full_service = {"name": "full_service", "in": "query", "schema": FLAG}
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": {
            "/": _get("getAPIMetaInformation", "This API and its HSDS version", _ref("Meta")),
            "/services": _get(
                "getPaginatedListOfServices",
                "Published offers (one-to-one fields; fully nested with full=true)",
                _page_of({"anyOf": [_ref("service_list"), _ref("service")]}),
                [*PAGING, full],
            ),
            "/services/{id}": _by_id(
                "getFullyNestedServiceById", "One published offer, fully nested", _ref("service")
            ),
            "/organizations": _get(
                "getPaginatedListOfOrganizations",
                "Published providers",
                _page_of(_ref("organization_list")),
                PAGING,
            ),
            "/organizations/{id}": _by_id(
                "getOrganizationById",
                "One provider with its services (fully nested with full_service=true)",
                _ref("organization_with_services"),
                [full_service],
            ),
            "/locations": _get(
                "getPaginatedListOfLocations",
                "Published places (physical locations with their addresses)",
                _page_of(_ref("location")),
                PAGING,
            ),
            "/locations/{id}": _by_id("getLocationById", "One published place", _ref("location")),
        },
        "components": {"schemas": schemas},
    }


def document() -> dict:
    """The OpenAPI document, with this site's address and the data licence."""
    licence = settings.QUARTIER["DATA_LICENCE"]
    document = _document_without_host()
    return {
        "openapi": document["openapi"],
        "info": {
            "title": "Quartier – Angebote nach Open Referral HSDS",
            "version": hsds.HSDS_VERSION,
            "summary": "Veröffentlichte, freigegebene Angebote, Träger und Orte (nur lesen).",
            "license": {"name": licence["NAME"], "url": licence["URL"]},
        },
        "servers": [{"url": settings.SITE_URL + "/api/hsds"}],
        **document,
    }
