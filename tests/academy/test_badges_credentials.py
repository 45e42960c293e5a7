"""Every award is an Open Badges 3.0 credential: valid against the official schema,
signed with the key the site publishes, and any change to it is detected."""

import base64
import hashlib
import json
from datetime import UTC, datetime

import jwt
import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from academy.growth.badges import credentials
from academy.growth.badges.keys import new_private_pem
from academy.growth.badges.services import revoke
from academy.models import Skill
from tests.academy.badges_support import (
    published_keys,
    schema_validator,
    verify_with_published_key,
)
from tests.factories import UserFactory
from tests.factories.badges import BadgeFactory, award

pytestmark = pytest.mark.django_db

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


@pytest.fixture
def badge():
    image = Image.objects.create(title="Track badge", file=get_test_image_file())
    skill = Skill.objects.create(key="facilitation", name="Facilitation")
    return BadgeFactory(
        key="track-finished",
        name="Track finished",
        name_de="Track abgeschlossen",
        description="Finished every step of a track.",
        criteria="Complete a cohort of any track.",
        image=image,
        skills=[skill],
    )


@pytest.fixture
def holder():
    return UserFactory(email="Ada@Example.org", preferred_language="en")


def b64_segment(data):
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_credential_is_valid_open_badge(client, badge, holder):
    given = award(badge, holder, awarded_at=datetime(2026, 3, 1, 9, 30, 15, 123, tzinfo=UTC))
    document = credentials.credential(given)

    assert list(schema_validator().iter_errors(document)) == []
    url = f"http://testserver/en/badges/awards/{given.uuid}/"
    assert document["@context"] == CONTEXT
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["id"] == url
    assert document["validFrom"] == "2026-03-01T09:30:15Z"
    assert document["issuer"] == {
        "id": "http://testserver/badges/issuer.json",
        "type": ["Profile"],
        "name": "Peer Academy",
        "url": "http://testserver/",
    }
    assert document["credentialSubject"]["achievement"] == {
        "id": "http://testserver/en/badges/about/track-finished/",
        "type": ["Achievement"],
        "achievementType": "Badge",
        "name": "Track finished",
        "description": "Finished every step of a track.",
        "criteria": {"narrative": "Complete a cohort of any track."},
        "image": {"id": f"http://testserver{badge.image.file.url}", "type": "Image"},
        "alignment": [
            {
                "type": ["Alignment"],
                "targetName": "Facilitation",
                "targetCode": "facilitation",
                "targetType": "ceasn:Competency",
                "targetFramework": "Peer Academy",
                "targetUrl": "http://testserver/en/badges/about/track-finished/#skill-facilitation",
            }
        ],
    }


def test_subject_is_a_salted_hash_of_the_email(badge, holder):
    given = award(badge, holder)
    other = award(BadgeFactory(), holder)
    (identity,) = credentials.credential(given)["credentialSubject"]["identifier"]

    expected = "sha256$" + hashlib.sha256(f"ada@example.org{given.salt}".encode()).hexdigest()
    assert identity == {
        "type": "IdentityObject",
        "identityHash": expected,
        "identityType": "emailAddress",
        "hashed": True,
        "salt": given.salt,
    }
    assert len(given.salt) == 32
    assert other.salt != given.salt  # a salt per award: two credentials do not link up
    assert "ada@example.org" not in json.dumps(credentials.credential(given)).lower()


def test_credential_is_in_the_holders_language(badge):
    given = award(badge, UserFactory(preferred_language="de"))
    document = credentials.credential(given)
    assert document["credentialSubject"]["achievement"]["name"] == "Track abgeschlossen"
    assert document["id"] == f"http://testserver/en/badges/awards/{given.uuid}/"


def test_jwt_is_signed_with_the_published_key(client, badge, holder):
    given = award(badge, holder)
    response = client.get(f"/en/badges/awards/{given.uuid}/", HTTP_ACCEPT="application/vc+jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    token = response.content.decode()

    payload = verify_with_published_key(client, token)
    header = jwt.get_unverified_header(token)
    (key,) = published_keys(client)["keys"]
    assert header == {"alg": "ES256", "kid": key["kid"], "typ": "JWT"}
    assert sorted(key) == ["alg", "crv", "kid", "kty", "use", "x", "y"]  # no private part
    assert payload["iss"] == "http://testserver/badges/issuer.json"
    assert payload["jti"] == f"http://testserver/en/badges/awards/{given.uuid}/"
    assert payload["nbf"] == int(given.awarded_at.replace(microsecond=0).timestamp())
    assert "sub" not in payload  # the subject has no id, only a hashed identifier
    assert payload["vc"] == credentials.credential(given)
    assert list(schema_validator().iter_errors(payload["vc"])) == []


def test_json_carries_the_jwt_as_its_proof(client, badge, holder):
    given = award(badge, holder)
    for accept in ("application/ld+json", "application/json"):
        response = client.get(f"/en/badges/awards/{given.uuid}/", HTTP_ACCEPT=accept)
        assert response.status_code == 200
        assert response["Content-Type"] == f"{accept}; charset=utf-8"
        assert response["Vary"] == "Accept, Cookie"
        document = json.loads(response.content)
        assert list(schema_validator().iter_errors(document)) == []
        (proof,) = document.pop("proof")
        assert proof["type"] == "JwtProof2020"
        assert proof["proofPurpose"] == "assertionMethod"
        kid = published_keys(client)["keys"][0]["kid"]
        assert proof["verificationMethod"] == f"http://testserver/.well-known/jwks.json#{kid}"
        assert verify_with_published_key(client, proof["jwt"])["vc"] == document


def test_downloads_are_verified_credentials(client, badge, holder):
    given = award(badge, holder)
    response = client.get(f"/en/badges/awards/{given.uuid}/download/")
    assert response["Content-Disposition"] == f'attachment; filename="badge-{given.uuid}.json"'
    document = json.loads(response.content)
    assert list(schema_validator().iter_errors(document)) == []
    token = document["proof"][0]["jwt"]
    assert verify_with_published_key(client, token)["jti"] == document["id"]

    response = client.get(f"/en/badges/awards/{given.uuid}/download/?as=jwt")
    assert response["Content-Disposition"] == f'attachment; filename="badge-{given.uuid}.jwt"'
    assert verify_with_published_key(client, response.content.decode())["jti"] == document["id"]


def test_tampering_is_detected(client, badge, holder):
    given = award(badge, holder)
    token = client.get(
        f"/en/badges/awards/{given.uuid}/", HTTP_ACCEPT="application/vc+jwt"
    ).content.decode()
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["vc"]["credentialSubject"]["achievement"]["name"] = "Something grander"
    forged = f"{header}.{b64_segment(claims)}.{signature}"
    with pytest.raises(jwt.InvalidSignatureError):
        verify_with_published_key(client, forged)

    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    with pytest.raises(jwt.InvalidSignatureError):
        verify_with_published_key(client, f"{header}.{payload}.{flipped}")


def test_other_keys_do_not_verify(client, badge, holder, settings):
    given = award(badge, holder)
    token = credentials.sign(credentials.credential(given))
    published = published_keys(client)
    settings.ACADEMY_BADGE_SIGNING_KEY = new_private_pem()
    other = credentials.sign(credentials.credential(given))
    assert jwt.get_unverified_header(other)["kid"] != jwt.get_unverified_header(token)["kid"]
    with pytest.raises(KeyError):
        credentials.verify(other, published)
    assert credentials.verify(token, published)["id"] == credentials.credential_id(given)


def test_the_development_key_is_made_once(client):
    first = published_keys(client)
    assert published_keys(client) == first
    assert first["keys"][0]["kid"] == credentials.signing_key().kid


def test_revoked_award_serves_no_credential(client, badge, holder, coordinator):
    given = award(badge, holder)
    revoke(actor=coordinator, award=given, reason="Given by mistake.")
    for accept in ("text/html", "application/vc+jwt", "application/ld+json"):
        response = client.get(f"/en/badges/awards/{given.uuid}/", HTTP_ACCEPT=accept)
        assert response.status_code == 410
        assert response["Content-Type"] == "text/html; charset=utf-8"
        assert b"This badge has been revoked" in response.content
        assert b"eyJ" not in response.content  # no token in any form
    assert client.get(f"/en/badges/awards/{given.uuid}/download/").status_code == 410
    assert client.get(f"/en/badges/awards/{given.uuid}/download/?as=jwt").status_code == 410


def test_issuer_profile_is_published(client):
    response = client.get("/badges/issuer.json")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "@context": CONTEXT,
        "id": "http://testserver/badges/issuer.json",
        "type": ["Profile"],
        "name": "Peer Academy",
        "url": "http://testserver/",
    }
