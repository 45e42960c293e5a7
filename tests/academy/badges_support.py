"""What the badge tests share: the official OB 3.0 schema, read from shared/ beside the
repository (never the network), and verifying a credential with the key the site
publishes."""

import json
from pathlib import Path

import jwt
import pytest
from django.conf import settings
from jsonschema import Draft201909Validator
from referencing import Registry, Resource

STANDARDS = Path(settings.BASE_DIR).parent / "shared" / "standards" / "openbadges"


def _load(name):
    return json.loads((STANDARDS / name).read_text())


def schema_validator():
    if not (STANDARDS / "achievementcredential.schema.json").exists():
        pytest.skip(f"The OB 3.0 schema is not beside the repository ({STANDARDS}).")
    credential_schema = _load("achievementcredential.schema.json")
    profile_schema = _load("profile.schema.json")
    registry = Registry(retrieve=_no_network).with_resources(
        [
            (schema["$id"], Resource.from_contents(schema))
            for schema in (credential_schema, profile_schema)
        ]
    )
    Draft201909Validator.check_schema(credential_schema)
    return Draft201909Validator(credential_schema, registry=registry)


def _no_network(uri):
    raise LookupError(f"Refusing to fetch {uri}: every schema is served from shared/.")


def published_keys(client):
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    return response.json()


def verify_with_published_key(client, token):
    """The payload of a VC-JWT, verified with the site's published JWKS."""
    header = jwt.get_unverified_header(token)
    keys = {key["kid"]: key for key in published_keys(client)["keys"]}
    public = jwt.PyJWK(keys[header["kid"]])
    return jwt.decode(token, public.key, algorithms=[public.algorithm_name])
