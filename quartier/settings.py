"""Settings for Quartier, read from the environment (docs/operations.md lists them).

With nothing set, the project runs as a local demo: debug on is *not* assumed, but a
throw-away secret key and an SQLite file are, so that `make run` works on a fresh machine.
"""

import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Core -----------------------------------------------------------------------------------

DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and not env_bool("QUARTIER_DEMO"):
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "insecure-demo-key-only-for-local-use"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "modeltranslation",  # before admin, so its admin integration loads first
    "quartier.apps.QuartierAdminConfig",  # Django's admin, "view on site" scoped
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "qr_code",
    "simple_history",
    "import_export",
    "axes",
    "offers",
    "boards",
    "flyers",
    "opendata",
    "network",
    "demo",  # `seed_demo`; nothing else imports it
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "quartier.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages are compressed for phones on prepaid data; Django's gzip pads responses against
    # BREACH, and residents' pages carry no secrets anyway.
    "django.middleware.gzip.GZipMiddleware",
    # Cached pages without a query string, answered before the rest (boards/caching.py).
    "boards.middleware.PlainPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "boards.middleware.GermanOutsideLanguagePrefixMiddleware",
    "boards.middleware.MethodNotAllowedPageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "quartier.middleware.ApprovalContextMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "quartier.middleware.DatabaseUnavailableMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last, as django-axes asks: turns a locked-out login into our German login page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "quartier.urls"
WSGI_APPLICATION = "quartier.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "boards.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------------

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Internationalisation -------------------------------------------------------------------

LANGUAGE_CODE = "de"
# Every language residents may read, with what the code needs to know about it: its name in
# itself (the switch), its German name (the admin), the switch's label in it, its Open Graph
# locale, and whether it runs right to left. Adding a language is an entry here, a catalogue,
# fonts if its script needs them, and a migration for its content columns
# (docs/translations.md, "Adding a language"). German is the source language of the
# interface and the fallback of every translated text.
RESIDENT_LANGUAGES = {
    "de": {
        "name": "Deutsch",
        "admin_name": "Deutsch",
        "switch_label": "Sprache",
        "og_locale": "de_DE",
    },
    "ru": {
        "name": "Русский",
        "admin_name": "Russisch",
        "switch_label": "Язык",
        "og_locale": "ru_RU",
    },
    "ar": {
        "name": "العربية",
        "admin_name": "Arabisch",
        "switch_label": "اللغة",
        "og_locale": "ar_AR",
        "bidi": True,
    },
    "fa": {
        "name": "فارسی",
        "admin_name": "Farsi",
        "switch_label": "زبان",
        "og_locale": "fa_IR",
        "bidi": True,
    },
    "tr": {
        "name": "Türkçe",
        "admin_name": "Türkisch",
        "switch_label": "Dil",
        "og_locale": "tr_TR",
    },
    "uk": {
        "name": "Українська",
        "admin_name": "Ukrainisch",
        "switch_label": "Мова",
        "og_locale": "uk_UA",
    },
}
# Which of them this deployment offers, in the switch's order (comma-separated codes).
_OFFERED = env_list("QUARTIER_LANGUAGES", ",".join(RESIDENT_LANGUAGES))
if LANGUAGE_CODE not in _OFFERED or not set(_OFFERED) <= set(RESIDENT_LANGUAGES):
    raise ImproperlyConfigured(
        f"QUARTIER_LANGUAGES must include {LANGUAGE_CODE!r} and name only languages of "
        f"RESIDENT_LANGUAGES ({', '.join(RESIDENT_LANGUAGES)})."
    )
LANGUAGES = [(code, RESIDENT_LANGUAGES[code]["name"]) for code in _OFFERED]
LANGUAGES_BIDI = [code for code in _OFFERED if RESIDENT_LANGUAGES[code].get("bidi")]
MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
# Content columns exist for every known language, offered or not (no migration per deployment).
MODELTRANSLATION_LANGUAGES = tuple(RESIDENT_LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
# The admin's translation tabs need jQuery UI: a bundled copy, no request to another host.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("QUARTIER_TIME_ZONE", "Europe/Berlin")

# --- Static files ---------------------------------------------------------------------------

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
# Uploaded files (the sign-language videos, boards.SignVideo). nginx serves MEDIA_URL in
# production (docs/operations.md §5); QUARTIER_SERVE_MEDIA lets Django serve it instead.
MEDIA_URL = os.environ.get("QUARTIER_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("QUARTIER_MEDIA_ROOT", BASE_DIR / "var" / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG and env_bool("QUARTIER_MANIFEST_STATIC", True)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Forms ----------------------------------------------------------------------------------


# Our own small template pack (templates/quartier_forms/): semantic markup, our own CSS.
CRISPY_ALLOWED_TEMPLATE_PACKS = ["quartier_forms"]
CRISPY_TEMPLATE_PACK = "quartier_forms"

# --- Import and export (admin) ---------------------------------------------------------------

# Formulas are defused by the offer resource itself (offers/resources.py: every start OWASP
# names, in CSV and XLSX alike); the library's own escape only drops one leading "=".
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = False
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True
IMPORT_EXPORT_USE_TRANSACTIONS = True

# --- Accounts -------------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked-out logins before checking them
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"
# Staff sessions last a working day; residents' pages never start a session.
SESSION_COOKIE_AGE = 10 * 60 * 60

# Failed logins (django-axes): five for one user name *from one address* lock that pair for
# 15 minutes, so nobody elsewhere can lock the clerk out. Counted in the database, which every
# worker shares.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "quartier.client.client_address"
AXES_LOCKOUT_CALLABLE = "quartier.lockout.locked_out"
AXES_VERBOSE = False
# Data protection: no log of successful logins with addresses; failed attempts are deleted
# once their cool-off has passed.
AXES_DISABLE_ACCESS_LOG = True

# --- Security -------------------------------------------------------------------------------

CSRF_FAILURE_VIEW = "boards.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if SITE_URL.startswith("https://"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Preloading binds every subdomain of the city's domain to HTTPS for good: a decision
    # for the city's IT, so it is opt-in and the deploy check does not insist on it.
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD")
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = [SITE_URL]

# --- Mail -----------------------------------------------------------------------------------

# Reminders to providers and the office's weekly summary go through this SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "quartier@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Quartier -------------------------------------------------------------------------------

QUARTIER = {
    # State whose public holidays apply (ISO 3166-2 subdivision of Germany, e.g. "NW").
    "HOLIDAY_COUNTRY": os.environ.get("QUARTIER_HOLIDAY_COUNTRY", "DE"),
    "HOLIDAY_SUBDIV": os.environ.get("QUARTIER_HOLIDAY_SUBDIV", "NW"),
    # Weeks that can be browsed before and after the current one.
    "WEEKS_BACK": 8,
    "WEEKS_AHEAD": 52,
    # Public pages cached whole, invalidated by the content version (boards/caching.py).
    "PAGE_CACHE": env_bool("QUARTIER_PAGE_CACHE", True),
    # One fresh PDF/image render at a time per host (quartier/renders.py); a file lock.
    "RENDER_SLOT_FILE": Path(
        os.environ.get("QUARTIER_RENDER_SLOT", BASE_DIR / "var" / "render.lock")
    ),
    # Who may frame `/<lang>/<district>/embed/` (a CSP source list; "*" = any website).
    "EMBED_FRAME_ANCESTORS": os.environ.get("QUARTIER_EMBED_FRAME_ANCESTORS", "*"),
    # Offers not confirmed by their provider for this many days are flagged for staff.
    "STALE_AFTER_DAYS": int(os.environ.get("QUARTIER_STALE_AFTER_DAYS", "180")),
    # Reminder mails (offers/reminders.py, `manage.py send_reminders`): providers are asked
    # to confirm offers unconfirmed for REMIND days; after HIDE days (and a last warning at
    # least two weeks earlier) an offer leaves every public channel until it is confirmed.
    "REMIND_AFTER_DAYS": int(os.environ.get("QUARTIER_REMIND_AFTER_DAYS", "180")),
    "HIDE_AFTER_DAYS": int(os.environ.get("QUARTIER_HIDE_AFTER_DAYS", "240")),
    # Where the weekly summary of the reminders goes (empty: the city's e-mail address).
    "OFFICE_EMAIL": os.environ.get("QUARTIER_OFFICE_EMAIL", ""),
    # Schedule rules one offer may have (admin and import): 1,500 made plan.pdf time out.
    "MAX_RULES_PER_OFFER": int(os.environ.get("QUARTIER_MAX_RULES_PER_OFFER", "20")),
    # Reverse proxies in front of gunicorn that append to X-Forwarded-For (nginx: 1). Only
    # then is the client address read from that header (quartier/client.py).
    "TRUSTED_PROXIES": int(os.environ.get("QUARTIER_TRUSTED_PROXIES", "0")),
    # The open data (/data/, /api/hsds/, docs/open-data.md): its licence, and the DCAT-AP.de
    # metadata's place (the city's Kreisschlüssel as dcat-ap.de URI; Bottrop: 05512) and
    # contributor (the portal that harvests it; NRW: openNRW).
    "DATA_LICENCE": {
        "NAME": os.environ.get(
            "QUARTIER_DATA_LICENCE_NAME", "Datenlizenz Deutschland – Namensnennung – 2.0"
        ),
        "URL": os.environ.get("QUARTIER_DATA_LICENCE_URL", "https://www.govdata.de/dl-de/by-2-0"),
    },
    "DATA_GEOCODING_URI": os.environ.get(
        "QUARTIER_DATA_GEOCODING_URI",
        "http://dcat-ap.de/def/politicalGeocoding/districtKey/05512",
    ),
    "DATA_CONTRIBUTOR_ID": os.environ.get(
        "QUARTIER_DATA_CONTRIBUTOR_ID", "http://dcat-ap.de/def/contributors/openNRW"
    ),
    # The calendar import (offers/remote.py): hosts allowed over plain http and on internal
    # addresses (hosts you run yourself; empty: none), one deadline per feed in seconds, and
    # the largest calendar file read.
    "CALENDAR_HTTP_HOSTS": env_list("QUARTIER_CALENDAR_HTTP_HOSTS"),
    "CALENDAR_TIMEOUT": float(os.environ.get("QUARTIER_CALENDAR_TIMEOUT", "10")),
    "CALENDAR_MAX_BYTES": int(os.environ.get("QUARTIER_CALENDAR_MAX_BYTES", "2000000")),
    # The sign-language videos (boards.SignVideo): the largest video file accepted, in MB,
    # and whether Django itself serves MEDIA_URL (development and the browser tests; in
    # production nginx does, docs/operations.md §5).
    "SIGN_VIDEO_MAX_MB": int(os.environ.get("QUARTIER_SIGN_VIDEO_MAX_MB", "300")),
    "SERVE_MEDIA": env_bool("QUARTIER_SERVE_MEDIA", DEBUG),
    # Per client address, as django-ratelimit rates ("count/period", period s, m, h or d):
    # fresh PDF/PNG renders (cached products are never limited), posts of the accessibility
    # feedback form, and how often one address's scans of one short link are counted.
    "RATES": {
        "render": os.environ.get("QUARTIER_RATE_RENDER", "12/m"),
        "feedback": os.environ.get("QUARTIER_RATE_FEEDBACK", "5/h"),
        "scan": os.environ.get("QUARTIER_RATE_SCAN", "1/10m"),
    },
}

# --- Rate limits (django-ratelimit) -----------------------------------------------------------

# A mistyped rate would switch its limit off without a word (limits fail open): refuse it here.
for _name, _rate in QUARTIER["RATES"].items():
    if not re.fullmatch(r"\d+/\d*[smhd]", _rate):
        raise ImproperlyConfigured(f"QUARTIER_RATE_{_name.upper()}={_rate!r}: use e.g. 12/m")
# The last warning goes out 14 days before an offer is hidden (offers/models/offer.py).
if QUARTIER["HIDE_AFTER_DAYS"] <= 14:
    raise ImproperlyConfigured(
        f"QUARTIER_HIDE_AFTER_DAYS={QUARTIER['HIDE_AFTER_DAYS']}: must be more than 14 days"
    )

# The one function that knows the client address behind the proxies (quartier/client.py).
RATELIMIT_IP_META_KEY = "quartier.client.client_address"
RATELIMIT_CACHE_PREFIX = "limit:"
# Answered by our own 429 page in the visitor's language.
RATELIMIT_VIEW = "boards.views.too_many_requests"
# A cache outage must not lock residents out; nginx's limit_req stays as the second layer.
RATELIMIT_FAIL_OPEN = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Refused requests (400, suspicious input) are everyday noise from the internet: one line
    # each, no traceback. Real errors keep theirs.
    "filters": {"no_traceback_for_refusals": {"()": "quartier.log_filters.NoTracebackForRefusals"}},
    "formatters": {"line": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["no_traceback_for_refusals"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    # One line per prerender pass, for the service's journal.
    "loggers": {"flyers.prerender": {"level": "INFO"}},
}
