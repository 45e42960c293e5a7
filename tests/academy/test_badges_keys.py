"""The signing key: production reads it from the environment and refuses to start
without a usable one; development makes one and keeps it in the database."""

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from django.core.exceptions import ImproperlyConfigured

from academy.growth.badges import credentials
from academy.growth.badges.keys import key_from_pem, new_private_pem, signing_key
from academy.growth.badges.models import SigningKey
from academy.settings import env
from tests.academy.test_settings import BASE_URL, GOOD_KEY, run_production


def pem_of(private):
    return private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def test_production_refuses_to_start_without_a_badge_key():
    result = run_production(
        {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "academy.example.org", **BASE_URL}, "check"
    )
    assert result.returncode == 1
    assert "The environment variable ACADEMY_BADGE_SIGNING_KEY must be set." in result.stderr


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "The environment variable ACADEMY_BADGE_SIGNING_KEY must not be empty."),
        ("not a key", "ACADEMY_BADGE_SIGNING_KEY must be an unencrypted PEM private key."),
        (
            pem_of(ec.generate_private_key(ec.SECP384R1())),
            "ACADEMY_BADGE_SIGNING_KEY must be an EC P-256 or an RSA (2048+) private key.",
        ),
        (
            pem_of(rsa.generate_private_key(public_exponent=65537, key_size=1024)),  # noqa: S505 - refused, which is the point
            "ACADEMY_BADGE_SIGNING_KEY must be an EC P-256 or an RSA (2048+) private key.",
        ),
    ],
)
def test_env_private_key_refuses_unusable_keys(monkeypatch, value, message):
    monkeypatch.setenv("ACADEMY_BADGE_SIGNING_KEY", value)
    with pytest.raises(ImproperlyConfigured) as error:
        env.env_private_key("ACADEMY_BADGE_SIGNING_KEY")
    assert str(error.value) == message


def test_env_private_key_reads_a_key_on_one_line(monkeypatch):
    pem = new_private_pem()
    monkeypatch.setenv("ACADEMY_BADGE_SIGNING_KEY", pem.strip().replace("\n", "\\n"))
    assert env.env_private_key("ACADEMY_BADGE_SIGNING_KEY") == pem


@pytest.mark.django_db
def test_a_key_from_the_environment_is_used_and_none_is_stored(settings, client):
    pem = pem_of(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    settings.ACADEMY_BADGE_SIGNING_KEY = pem
    key = signing_key()
    assert key.algorithm == "RS256"
    assert client.get("/.well-known/jwks.json").json() == {"keys": [key.public_jwk]}
    assert sorted(key.public_jwk) == ["alg", "e", "kid", "kty", "n", "use"]
    assert SigningKey.objects.count() == 0
    token = credentials.sign(
        {
            "id": "urn:x",
            "issuer": {"id": "urn:i"},
            "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": {},
        }
    )
    assert credentials.verify(token)["id"] == "urn:x"


@pytest.mark.django_db
def test_the_development_key_is_stored_once():
    first = signing_key()
    assert signing_key().kid == first.kid
    assert SigningKey.objects.count() == 1
    assert key_from_pem(SigningKey.objects.get().private_pem).kid == first.kid
