"""Expensive results (PDFs, images) from the cache, each rendered once however many ask.

A cold product requested by several visitors at once would otherwise be rendered once per
request, which is exactly what an attacker asking for fresh renders exploits. The first
request takes a short lock in the cache (`cache.add` is atomic in locmem and Redis) and
renders; the others wait for its result. With several processes and the per-process locmem
cache, the lock holds per process; with Redis, across all app servers.
"""

import fcntl
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings

from quartier import safe_cache

# Longer than any render, so the lock outlives it; if a renderer dies, it expires by itself.
LOCK_SECONDS = 60
# How long a request waits for another's render before rendering itself. Below gunicorn's
# 30 s worker timeout, so waiting never gets a worker killed.
WAIT_SECONDS = 10
POLL_SECONDS = 0.05


_holding = ContextVar("quartier_render_slot", default=False)


class RenderBusy(Exception):  # noqa: N818 - a state, answered with 503, not a bug
    """Another fresh render runs on this host; the visitor is asked to retry shortly."""


@contextmanager
def host_slot():
    """One fresh render at a time per host, across threads and worker processes.

    Renders are CPU-bound: two at once would take both cores of a small server, and
    residents' cached pages would queue behind them. A request that finds the slot taken
    gets an immediate 503 with Retry-After instead of holding a worker while it waits.
    """
    if _holding.get():  # a render inside a render (a preview needs its PDF)
        yield
        return
    path = settings.QUARTIER["RENDER_SLOT_FILE"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RenderBusy from None
        token = _holding.set(True)
        try:
            yield
        finally:
            _holding.reset(token)
            fcntl.flock(handle, fcntl.LOCK_UN)


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
                with host_slot():
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
    with host_slot():
        return render()
