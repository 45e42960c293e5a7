"""Production: everything that varies comes from the environment, and the process
refuses to start when a required value is missing or malformed."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import MIDDLEWARE
from .env import env_bool, env_cache, env_database, env_int, env_list, env_private_key, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters of random text.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name at least one host.")
# Every link in every email starts with it, so it must be the site's real address.
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL")
_base = urlsplit(WAGTAILADMIN_BASE_URL)
if _base.scheme not in ("https", "http") or not _base.hostname or _base.path.strip("/"):
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be the site's address, e.g. https://academy.example.org"
    )
WAGTAILADMIN_BASE_URL = WAGTAILADMIN_BASE_URL.rstrip("/")
# Signs every badge credential; its public half is published at /.well-known/jwks.json.
ACADEMY_BADGE_SIGNING_KEY = env_private_key("ACADEMY_BADGE_SIGNING_KEY")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [f"https://{h}" for h in ALLOWED_HOSTS])

DATABASES = {"default": env_database()}
CACHES = {"default": env_cache(default="redis://127.0.0.1:6379/0")}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# WhiteNoise serves the collected, hashed and compressed static files.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"

# Emails and other background work are queued in the database and run by
# `manage.py db_worker`, so a slow mail server never slows a request.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
