"""Typed readers for environment variables.

Every setting that comes from the environment goes through one of these, so that a
bad value stops the process at start-up with a message naming the variable,
instead of surfacing later as a confusing runtime error.
"""

import os
from urllib.parse import parse_qs, urlsplit

import dj_database_url
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from django.core.exceptions import ImproperlyConfigured

_MISSING = object()
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _raw(name, default):
    value = os.environ.get(name)
    if value is None:
        if default is _MISSING:
            raise ImproperlyConfigured(f"The environment variable {name} must be set.")
        return None
    return value


def env_str(name, default=_MISSING):
    value = _raw(name, default)
    return default if value is None else value


def env_bool(name, default=_MISSING):
    value = _raw(name, default)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be a boolean (1/0, true/false, yes/no), got {value!r}."
    )


def env_int(name, default=_MISSING, *, minimum=None):
    value = _raw(name, default)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}.") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, got {number}.")
    return number


def env_list(name, default=_MISSING):
    """A comma-separated list; empty items are dropped."""
    value = _raw(name, default)
    if value is None:
        return list(default) if default is not None else []
    return [item.strip() for item in value.split(",") if item.strip()]


def env_private_key(name, default=_MISSING):
    """A PEM private key (EC P-256 or RSA of 2048 bits or more); `\\n` may stand for
    the line breaks, since many deployment tools keep a variable on one line."""
    value = env_str(name, default)
    if not value:
        if default is _MISSING:
            raise ImproperlyConfigured(f"The environment variable {name} must not be empty.")
        return value
    pem = value.replace("\\n", "\n").strip() + "\n"
    try:
        key = serialization.load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError):
        raise ImproperlyConfigured(f"{name} must be an unencrypted PEM private key.") from None
    good_ec = isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"
    good_rsa = isinstance(key, rsa.RSAPrivateKey) and key.key_size >= 2048
    if not (good_ec or good_rsa):
        raise ImproperlyConfigured(f"{name} must be an EC P-256 or an RSA (2048+) private key.")
    return pem


def env_database(name="DATABASE_URL", default=_MISSING):
    value = env_str(name, default)
    try:
        config = dj_database_url.parse(value, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} is not a valid database URL: {exc}") from None
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = sqlite_options()
    return config


def sqlite_options():
    """WAL lets readers run beside a writer; IMMEDIATE takes the write lock at BEGIN,
    so concurrent writers queue on the busy timeout instead of failing mid-transaction."""
    return {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }


_CACHE_BACKENDS = {
    "redis": "academy.pages.redis_cache.PooledRedisCache",
    "rediss": "academy.pages.redis_cache.PooledRedisCache",
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
    "dummy": "django.core.cache.backends.dummy.DummyCache",
}


def env_cache(name="CACHE_URL", default=_MISSING):
    """Parse redis://host:port/db, locmem://name or dummy:// into a CACHES entry."""
    value = env_str(name, default)
    parts = urlsplit(value)
    backend = _CACHE_BACKENDS.get(parts.scheme)
    if backend is None:
        known = ", ".join(sorted(_CACHE_BACKENDS))
        raise ImproperlyConfigured(f"{name} must use one of the schemes {known}, got {value!r}.")
    config = {"BACKEND": backend, "KEY_PREFIX": parse_qs(parts.query).get("prefix", ["academy"])[0]}
    if parts.scheme.startswith("redis"):
        config["LOCATION"] = value.split("?", 1)[0]
    elif parts.scheme == "locmem":
        config["LOCATION"] = parts.netloc or "academy"
    return config
