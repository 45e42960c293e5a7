"""An award as an Open Badges 3.0 `OpenBadgeCredential`, and its VC-JWT proof.

The credential is built from the award's row each time (nothing to keep in step), in the
holder's language. The proof is a VC-JWT (VC Data Model 1.1 JWT encoding, as OB 3.0
describes it): the credential in the `vc` claim, with `iss` the issuer's id, `nbf` the
validFrom as seconds, `jti` the credential's id, and `sub` the subject's id where it has
one (ours are identified by a salted email hash, so they have none). The header names the
key (`kid`) published at /.well-known/jwks.json. Signing and verifying are PyJWT's."""

from datetime import UTC, datetime

import jwt
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from academy.emails import absolute
from academy.growth.badges.keys import jwks, signing_key

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
TYPE = ["VerifiableCredential", "OpenBadgeCredential"]
JWT_MEDIA_TYPE = "application/vc+jwt"


def _canonical(name, *args):
    """Ids are the pages' addresses in the site's first language, the same whoever asks."""
    with translation.override(settings.LANGUAGE_CODE):
        return absolute(reverse(name, args=args))


def credential_id(award):
    return _canonical("badge_award", award.uuid)


def achievement_id(badge):
    return _canonical("badge_detail", badge.key)


def issuer_id():
    return absolute(reverse("badge_issuer"))


def iso(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def issuer_profile():
    return {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": str(settings.ACADEMY_SITE_NAME),
        "url": absolute("/"),
    }


def achievement(badge):
    """`badge.skills` should be prefetched (`skills_shown`), and `image` joined."""
    data = {
        "id": achievement_id(badge),
        "type": ["Achievement"],
        "achievementType": "Badge",
        "name": badge.name,
        "description": badge.description,
        "criteria": {"narrative": badge.criteria},
    }
    if badge.image is not None:
        data["image"] = {"id": absolute(badge.image.file.url), "type": "Image"}
    skills = list(badge.skills.all())
    if skills:
        data["alignment"] = [
            {
                "type": ["Alignment"],
                "targetName": skill.name,
                "targetCode": skill.key,
                "targetType": "ceasn:Competency",
                "targetFramework": str(settings.ACADEMY_SITE_NAME),
                "targetUrl": f"{achievement_id(badge)}#skill-{skill.key}",
            }
            for skill in skills
        ]
    return data


def credential(award):
    """The unsigned credential, in the holder's language."""
    language = award.person.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        return {
            "@context": CONTEXT,
            "id": credential_id(award),
            "type": TYPE,
            "name": award.badge.name,
            "issuer": issuer_profile(),
            "validFrom": iso(award.awarded_at),
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": [
                    {
                        "type": "IdentityObject",
                        "identityHash": award.identity_hash,
                        "identityType": "emailAddress",
                        "hashed": True,
                        "salt": award.salt,
                    }
                ],
                "achievement": achievement(award.badge),
            },
        }


def claims(document):
    found = {
        "iss": document["issuer"]["id"],
        "jti": document["id"],
        "nbf": int(datetime.fromisoformat(document["validFrom"]).timestamp()),
        "vc": document,
    }
    subject_id = document["credentialSubject"].get("id")
    if subject_id:
        found["sub"] = subject_id
    return found


def sign(document):
    """The compact VC-JWT of a credential."""
    key = signing_key()
    return jwt.encode(
        claims(document),
        key.private,
        algorithm=key.algorithm,
        headers={"kid": key.kid, "typ": "JWT"},
    )


def with_proof(document, token):
    """The credential as JSON with its VC-JWT beside it, as an embedded proof."""
    kid = jwt.get_unverified_header(token)["kid"]
    return {
        **document,
        "proof": [
            {
                "type": "JwtProof2020",
                "proofPurpose": "assertionMethod",
                "verificationMethod": f"{absolute(reverse('badge_jwks'))}#{kid}",
                "jwt": token,
            }
        ],
    }


def verify(token, published=None):
    """The credential inside a VC-JWT, if the published key signed it; else jwt raises."""
    header = jwt.get_unverified_header(token)
    keys = {key["kid"]: key for key in (published or jwks())["keys"]}
    public = jwt.PyJWK(keys[header["kid"]])
    payload = jwt.decode(token, public.key, algorithms=[public.algorithm_name])
    return payload["vc"]
