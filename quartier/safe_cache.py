"""Cache access that degrades to "not cached" when the cache server (Redis) is away.

A cache is an optimisation: residents must still get their page if Redis restarts.
"""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)


def get(key):
    try:
        return cache.get(key)
    except Exception:  # noqa: BLE001 — any backend error means "not cached"
        logger.warning("cache unavailable (get %s)", key, exc_info=True)
        return None


def set(key, value, timeout):  # noqa: A001 — mirrors the cache API
    try:
        cache.set(key, value, timeout)
    except Exception:  # noqa: BLE001
        logger.warning("cache unavailable (set %s)", key, exc_info=True)


def get_or_set(key, build, timeout):
    """The value under `key`, else `build()`'s, stored (cache-aside; a `None` is not kept).
    For cheap builds: an expensive render that many may ask for at once goes through
    `quartier.renders.cached_render`, which renders it once."""
    value = get(key)
    if value is None:
        value = build()
        if value is not None:
            set(key, value, timeout)
    return value


def add(key, value, timeout) -> bool:
    """Store `value` only if `key` is absent; True if stored. True when the cache is away,
    so that whoever uses it as a lock goes ahead rather than waiting for nobody."""
    try:
        return cache.add(key, value, timeout)
    except Exception:  # noqa: BLE001
        logger.warning("cache unavailable (add %s)", key, exc_info=True)
        return True


def get_many(keys):
    try:
        return cache.get_many(keys)
    except Exception:  # noqa: BLE001
        logger.warning("cache unavailable (get_many)", exc_info=True)
        return {}


def increment(key, timeout):
    """Add one to a counter that expires `timeout` seconds after its first count."""
    try:
        if not cache.add(key, 1, timeout):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.add(key, 1, timeout)
    except Exception:  # noqa: BLE001
        logger.warning("cache unavailable (increment %s)", key, exc_info=True)


def delete(key):
    try:
        cache.delete(key)
    except Exception:  # noqa: BLE001
        logger.warning("cache unavailable (delete %s)", key, exc_info=True)
