"""The key that signs the site's badge credentials, and its public half as a JWKS.

In production the private key is a PEM in ACADEMY_BADGE_SIGNING_KEY (checked at start-up
by academy.settings.env.env_private_key). Without it (development, tests, the demo) a P-256
key is generated on first use and kept in the database (SigningKey), so every process of
the same site signs with the same key and the published JWKS stays valid across restarts.
The JWT header names the key by its RFC 7638 thumbprint (`kid`)."""

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from django.conf import settings
from django.db import IntegrityError, transaction
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from academy.growth.badges.models import SigningKey

# The members RFC 7638 hashes, by key type.
THUMBPRINT_MEMBERS = {"EC": ("crv", "kty", "x", "y"), "RSA": ("e", "kty", "n")}


@dataclass(frozen=True)
class Key:
    private: object
    algorithm: str  # "ES256" or "RS256"
    public_jwk: dict  # with kid, alg and use

    @property
    def kid(self):
        return self.public_jwk["kid"]


def _thumbprint(jwk):
    members = {name: jwk[name] for name in THUMBPRINT_MEMBERS[jwk["kty"]]}
    digest = hashlib.sha256(json.dumps(members, separators=(",", ":")).encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


@lru_cache(maxsize=4)
def key_from_pem(pem: str) -> Key:
    private = serialization.load_pem_private_key(pem.encode(), password=None)
    if isinstance(private, ec.EllipticCurvePrivateKey):
        algorithm, jwk = "ES256", ECAlgorithm.to_jwk(private.public_key(), as_dict=True)
    elif isinstance(private, rsa.RSAPrivateKey):
        algorithm, jwk = "RS256", RSAAlgorithm.to_jwk(private.public_key(), as_dict=True)
    else:
        raise ValueError("A badge signing key is an EC P-256 or an RSA private key.")
    jwk = {name: value for name, value in jwk.items() if name in THUMBPRINT_MEMBERS[jwk["kty"]]}
    jwk.update(kid=_thumbprint(jwk), alg=algorithm, use="sig")
    return Key(private, algorithm, jwk)


def new_private_pem() -> str:
    private = ec.generate_private_key(ec.SECP256R1())
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def _stored_pem():
    """The development key, made once; two processes starting at once agree on one."""
    stored = SigningKey.objects.filter(slot=1).values_list("private_pem", flat=True).first()
    if stored:
        return stored
    try:
        with transaction.atomic():
            SigningKey.objects.create(slot=1, private_pem=new_private_pem())
    except IntegrityError:
        pass
    return SigningKey.objects.values_list("private_pem", flat=True).get(slot=1)


def signing_key() -> Key:
    pem = settings.ACADEMY_BADGE_SIGNING_KEY or _stored_pem()
    return key_from_pem(pem)


def jwks() -> dict:
    return {"keys": [signing_key().public_jwk]}
