"""Django's Redis cache, with one client per connection pool.

Django's `RedisCacheClient.get_client` builds a new `redis.Redis` object around the
pool for every operation, which cost a signed-in page served from the cache a fifth of
its time (`make bench`, profiled). A `redis.Redis` client is safe to share: it only
borrows connections from its pool. Everything else is Django's."""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class PooledClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class PooledRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClient
