"""Test settings: the real settings with a test secret and plain static files."""

import os
from pathlib import Path

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-secret")
os.environ.setdefault("QUARTIER_MANIFEST_STATIC", "0")
# Uploads (sign videos) in a folder of their own; Django serves them here (SERVE_MEDIA below).
os.environ.setdefault(
    "QUARTIER_MEDIA_ROOT", str(Path(__file__).resolve().parent.parent / "var" / "test-media")
)

from quartier.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Static files come from the app folders; no collectstatic run is needed for tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Tests see every query; the tests of the page cache switch it on themselves.
QUARTIER = {**QUARTIER, "PAGE_CACHE": False, "SERVE_MEDIA": True}  # noqa: F405

# A file, not memory, for SQLite test databases: one test takes the database away and back
# (tests/boards/test_production.py), which an in-memory database would not survive.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    (BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test-db.sqlite3")}  # noqa: F405
