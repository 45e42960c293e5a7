"""The Redis cache keeps one client per pool and otherwise behaves as Django's (it runs
against the Redis on 127.0.0.1:6379, which CI starts; database 9, emptied first)."""

import pytest

from academy.pages.redis_cache import PooledRedisCache

LOCATION = "redis://127.0.0.1:6379/9"


@pytest.fixture
def redis_cache():
    cache = PooledRedisCache(LOCATION, {"KEY_PREFIX": "test"})
    try:
        cache.clear()
    except Exception as error:
        pytest.skip(f"Redis does not answer on {LOCATION}: {error}")
    yield cache
    cache.clear()


def test_operations_behave_as_djangos(redis_cache):
    assert redis_cache.add("version", 7, timeout=None) is True
    assert redis_cache.add("version", 8, timeout=None) is False
    assert redis_cache.incr("version") == 8
    redis_cache.set_many({"a": {"page": "<p>ok</p>"}, "b": (1, 2)}, timeout=60)
    assert redis_cache.get_many(["a", "b", "missing"]) == {"a": {"page": "<p>ok</p>"}, "b": (1, 2)}
    redis_cache.delete_many(["a"])
    assert redis_cache.get("a") is None


def test_one_client_per_pool(redis_cache):
    redis_cache.set("x", 1)
    client = redis_cache._cache.get_client("x", write=True)
    assert redis_cache._cache.get_client("y") is client  # one server: one pool, one client
