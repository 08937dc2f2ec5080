"""Expensive results (PDFs, images) from the cache, each rendered once however many ask.

A cold product requested by several visitors at once would otherwise be rendered once per
request, which is exactly what an attacker asking for fresh renders exploits. The first
request takes a short lock in the cache (`cache.add` is atomic in locmem and Redis) and
renders; the others wait for its result. With several processes and the per-process locmem
cache, the lock holds per process; with Redis, across all app servers.
"""

import time

from quartier import safe_cache

# Longer than any render, so the lock outlives it; if a renderer dies, it expires by itself.
LOCK_SECONDS = 60
# How long a request waits for another's render before rendering itself. Below gunicorn's
# 30 s worker timeout, so waiting never gets a worker killed.
WAIT_SECONDS = 10
POLL_SECONDS = 0.05


def cached_render(key, render, timeout, on_miss=None):
    """The value cached under `key`, else `render()`'s result, rendered once and cached.

    `on_miss()` runs once when the value is not cached, before any waiting or rendering: the
    place for a rate limit on fresh renders (it may raise).
    """
    value = safe_cache.get(key)
    if value is not None:
        return value
    if on_miss is not None:
        on_miss()
    lock = f"lock:{key}"
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if safe_cache.add(lock, 1, LOCK_SECONDS):  # also True when the cache is away
            try:
                value = render()
                safe_cache.set(key, value, timeout)
                return value
            finally:
                safe_cache.delete(lock)
        time.sleep(POLL_SECONDS)
        value = safe_cache.get(key)
        if value is not None:
            return value
    # The render we waited for is stuck: this visitor gets their own rather than an error.
    return render()
