"""Settings for `make bench`: production behaviour (DEBUG off, templates cached) on
loopback, without HTTPS redirects, plus a trivial view to measure against."""

from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F403
from .env import env_cache, env_database, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", None) or get_random_secret_key()  # shared with the workers
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
DATABASES = {"default": env_database()}
CACHES = {"default": env_cache(default="locmem://bench")}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"  # as in production
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACADEMY_BENCH_VIEWS = True
LOGGING = {"version": 1, "disable_existing_loggers": True}
