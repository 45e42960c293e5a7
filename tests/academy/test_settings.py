import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from academy.growth.badges.keys import new_private_pem
from academy.settings import env

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP"


def run_production(extra_env, *args):
    """Start Django under production settings in a clean process."""
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environ = {k: v for k, v in os.environ.items() if k not in unset}
    environ.update({"DJANGO_SETTINGS_MODULE": "academy.settings.production", **extra_env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


BASE_URL = {"WAGTAILADMIN_BASE_URL": "https://academy.example.org"}


def test_production_refuses_to_start_without_secret_key():
    result = run_production({"ALLOWED_HOSTS": "academy.example.org", **BASE_URL}, "check")
    assert result.returncode == 1
    assert "The environment variable SECRET_KEY must be set." in result.stderr


def test_production_refuses_to_start_without_hosts():
    result = run_production({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "", **BASE_URL}, "check")
    assert result.returncode == 1
    assert "ALLOWED_HOSTS must name at least one host." in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_production(
        {"SECRET_KEY": "short", "ALLOWED_HOSTS": "a.example.org", **BASE_URL}, "check"
    )
    assert result.returncode == 1
    assert "SECRET_KEY must be at least 50 characters" in result.stderr


@pytest.mark.parametrize(
    ("base_url", "message"),
    [
        (None, "The environment variable WAGTAILADMIN_BASE_URL must be set."),
        ("academy.example.org", "WAGTAILADMIN_BASE_URL must be the site's address"),
        ("https://academy.example.org/en/", "WAGTAILADMIN_BASE_URL must be the site's address"),
    ],
)
def test_production_refuses_to_start_without_its_base_url(base_url, message):
    extra = {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "academy.example.org"}
    if base_url is not None:
        extra["WAGTAILADMIN_BASE_URL"] = base_url
    result = run_production(extra, "check")
    assert result.returncode == 1
    assert message in result.stderr


def test_production_deploy_check_is_clean(tmp_path):
    result = run_production(
        {
            "SECRET_KEY": GOOD_KEY,
            "ALLOWED_HOSTS": "academy.example.org",
            **BASE_URL,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
            "CACHE_URL": "locmem://",
            "ACADEMY_BADGE_SIGNING_KEY": new_private_pem(),
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("yes", True), ("TRUE", True), ("0", False), ("off", False)]
)
def test_env_bool_reads_common_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("ACADEMY_FLAG", raw)
    assert env.env_bool("ACADEMY_FLAG") is expected


def test_env_bool_rejects_nonsense(monkeypatch):
    monkeypatch.setenv("ACADEMY_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="ACADEMY_FLAG must be a boolean"):
        env.env_bool("ACADEMY_FLAG")


def test_env_int_rejects_nonsense(monkeypatch):
    monkeypatch.setenv("ACADEMY_PORT", "eighty")
    with pytest.raises(ImproperlyConfigured, match="ACADEMY_PORT must be an integer, got 'eighty'"):
        env.env_int("ACADEMY_PORT")


def test_env_list_splits_and_trims(monkeypatch):
    monkeypatch.setenv("ACADEMY_HOSTS", " a.example.org, ,b.example.org ")
    assert env.env_list("ACADEMY_HOSTS") == ["a.example.org", "b.example.org"]


def test_env_cache_reads_redis_url():
    os.environ["ACADEMY_TEST_CACHE"] = "redis://127.0.0.1:6379/3"
    try:
        config = env.env_cache("ACADEMY_TEST_CACHE")
    finally:
        del os.environ["ACADEMY_TEST_CACHE"]
    assert config == {
        "BACKEND": "academy.pages.redis_cache.PooledRedisCache",
        "KEY_PREFIX": "academy",
        "LOCATION": "redis://127.0.0.1:6379/3",
    }


def test_env_cache_rejects_unknown_scheme(monkeypatch):
    monkeypatch.setenv("ACADEMY_TEST_CACHE", "memcached://127.0.0.1")
    with pytest.raises(
        ImproperlyConfigured, match="ACADEMY_TEST_CACHE must use one of the schemes"
    ):
        env.env_cache("ACADEMY_TEST_CACHE")


def test_env_database_rejects_unknown_scheme(monkeypatch):
    monkeypatch.setenv("ACADEMY_TEST_DB", "oracle2://nowhere")
    with pytest.raises(ImproperlyConfigured, match="ACADEMY_TEST_DB is not a valid database URL"):
        env.env_database("ACADEMY_TEST_DB")


def test_sqlite_waits_for_writers_instead_of_failing():
    config = env.env_database("UNSET_DATABASE_URL", default="sqlite:////tmp/x.sqlite3")
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert config["OPTIONS"]["timeout"] == 20
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]


def test_env_int_enforces_a_minimum(monkeypatch):
    monkeypatch.setenv("ACADEMY_REPORT_MINIMUM", "1")
    with pytest.raises(ImproperlyConfigured, match="must be at least 2, got 1"):
        env.env_int("ACADEMY_REPORT_MINIMUM", 5, minimum=2)
    monkeypatch.setenv("ACADEMY_REPORT_MINIMUM", "7")
    assert env.env_int("ACADEMY_REPORT_MINIMUM", 5, minimum=2) == 7
