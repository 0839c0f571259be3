"""Django's Redis cache backend with one client per connection pool, made once per process.

Django's own backend builds a new `redis.Redis` for every cache call, and building one registers
some hundred response callbacks: a page cache hit paid for that more than for its round trip to Redis.
A client holds no connection of its own (the pool does) and is safe to share between threads.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ReusedClientRedisCache(RedisCache):
    """The cache backend of every Redis cache in the settings (`CACHES`)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
