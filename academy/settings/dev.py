"""Local development: DEBUG on, console email, local memory cache."""

from pathlib import Path

from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F403
from .base import BASE_DIR
from .env import env_cache, env_list, env_str


def _dev_secret_key(path: Path) -> str:
    """A random key kept beside the checkout, so dev sessions survive restarts
    without any key being written into the code."""
    if not path.exists():
        path.write_text(get_random_secret_key())
    return path.read_text().strip()


DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", None) or _dev_secret_key(BASE_DIR / ".dev-secret-key")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CACHES = {"default": env_cache(default="locmem://academy-dev")}
ACCOUNT_EMAIL_VERIFICATION = env_str("ACCOUNT_EMAIL_VERIFICATION", "optional")
