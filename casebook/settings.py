"""Django settings. Every value comes from the environment (see .env.example)."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url

from casebook.lib.env import ConfigError, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("CASEBOOK_VAR_DIR", str(BASE_DIR / "var")))

# Demo and test runs set CASEBOOK_MODE and get a fixed, public key. Elsewhere a missing
# SECRET_KEY gives a throwaway key so one-off commands (redact, report) work, and the web
# server refuses to start with it (see wsgi.py and cli.py).
MODE = env_str("CASEBOOK_MODE", "production")
SECRET_KEY_EPHEMERAL = False
try:
    SECRET_KEY = env_str("SECRET_KEY")
except ConfigError:
    if MODE in {"demo", "test"}:
        SECRET_KEY = "insecure-key-for-the-demo-and-tests-only-never-in-production"
    else:
        SECRET_KEY = secrets.token_urlsafe(50)
        SECRET_KEY_EPHEMERAL = True

DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# Reverse proxies (addresses or networks) whose X-Forwarded-For and X-Forwarded-Proto are
# believed (casebook.security.clientip; gunicorn's forwarded_allow_ips). Empty: none.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
try:
    from casebook.security.clientip import parse_networks

    parse_networks(TRUSTED_PROXIES)
except ValueError as error:
    raise ConfigError(f"TRUSTED_PROXIES: {error}") from None

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "casebook.security",
    "casebook.accounts",
    "casebook.cases",
    "casebook.intake",
    "casebook.triage",
    "casebook.analysis",
    "casebook.partners",
    "casebook.privacy",
    "casebook.redaction",
    "casebook.classify",
    "casebook.demo",
]

MIDDLEWARE = [
    "casebook.security.headers.SecurityHeaders",
    "casebook.security.limits.RequestSizeLimit",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "casebook.security.sessions.SessionTimeouts",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "casebook.accounts.twofactor.RequireTwoFactor",
    "casebook.accounts.middleware.RoleRequiredByDefault",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "casebook.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "casebook" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # {% url %} with the URLs of names without arguments kept per process.
            "builtins": ["casebook.lib.urltag"],
        },
    },
]

WSGI_APPLICATION = "casebook.wsgi.application"

_DEFAULT_DB = VAR_DIR / "casebook.sqlite3"
if "DATABASE_URL" not in os.environ:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{_DEFAULT_DB}"),
        # Kept open between requests (a new PostgreSQL connection per request halves the
        # queue's throughput), and checked before reuse so a restarted database is survived.
        conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "DB_PREPARED_STATEMENTS", True
):
    # The queue's one statement (casebook.cases.queries) runs on a server-binding cursor, which
    # psycopg prepares from its second run on a connection: PostgreSQL then parses it once
    # (0.3-0.6 ms of its CPU per page). Django's own cursors bind on the client and never
    # prepare. It is planned once too (a generic plan: its constants are literals, so that
    # plan is as good as a per-request one for every filter; planning per request cost 1-1.4
    # ms of PostgreSQL's CPU). Searches are never prepared.
    # Off for a pooler that cannot keep prepared statements (PgBouncer before 1.21).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        prepare_threshold=1, options="-c plan_cache_mode=force_generic_plan"
    )
# The queue's statement answered from a per-process copy in the web workers, dropped on any
# change PostgreSQL notifies (casebook.cases.queue_copy); off on SQLite. "off": every queue
# page reads the database.
QUEUE_COPY = env_bool("QUEUE_COPY", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web UI read while a batch import writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        # Seconds a transaction waits for the one write lock before "database is locked".
        # Under heavy load twenty parallel enquiries queued past 20 s; this stays under the
        # server's 60 s request timeout (casebook serve --timeout), so a burst waits, not fails.
        "timeout": 50,
    }

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes counts failed logins per username in the database (so every process agrees):
# LOGIN_FAILURE_LIMIT failures lock the account for LOGIN_LOCKOUT_MINUTES, whatever address
# they come from; a success resets the count. Admins unlock early by deleting the account's
# access attempts in the admin site. The backend must come first: it refuses locked accounts
# before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "casebook.security.clientip.axes_client_address"
AXES_LOCKOUT_CALLABLE = "casebook.accounts.views.locked_out"
AXES_VERBOSE = False
# axes.W006 asks for the address as a lockout key too. Accounts are what is guessed here, and
# a shared office address would lock every colleague out after one person's typos; the lock
# per account already holds whatever addresses an attacker rotates through.
SILENCED_SYSTEM_CHECKS = [
    "axes.W006",
    # HSTS for every subdomain, and the browsers' preload list, bind every other service on
    # the helpline's domain: the domain's owner decides them (at the proxy), not Casebook.
    "security.W005",
    "security.W021",
]
if MODE == "test":
    # The default hasher costs about a second per user on this machine; tests make hundreds.
    # PBKDF2 stays listed so the demo's users (hashed with it) can still log in.
    PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
# Every account passes a second factor (an authenticator app, or a recovery code) after its
# password, except in the demo (public passwords, a note on the login page) and in tests
# (which turn it on where they exercise it).
TWO_FACTOR_REQUIRED = MODE not in {"demo", "test"}
OTP_TOTP_ISSUER = "Casebook"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
# WhiteNoise serves the collected files (`casebook serve` collects them): hashed names cached
# for ever, gzip-compressed copies. Tests read them straight from the apps instead.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if MODE == "test"
        else "casebook.lib.staticfiles.StaticFilesStorage"  # WhiteNoise's, URLs kept
    },
}
WHITENOISE_USE_FINDERS = MODE == "test" or DEBUG
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Signed-in sessions end after SESSION_IDLE_MINUTES without a request and SESSION_MAX_HOURS
# after login, whichever comes first (casebook.security.sessions); the cookie dies with the
# browser, and the stored session soon after the idle limit.
# The queue's category and caseworker lists are kept per process for this long (seconds).
REFERENCE_LISTS_MAX_AGE = env_int("REFERENCE_LISTS_MAX_AGE", 60)
SESSION_IDLE_SECONDS = 60 * env_int("SESSION_IDLE_MINUTES", 30)
SESSION_ABSOLUTE_SECONDS = 3600 * env_int("SESSION_MAX_HOURS", 12)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = SESSION_IDLE_SECONDS + 120

# Behind HTTPS (SECURE_COOKIES=true): redirect plain HTTP, send HSTS, and use __Host- cookies
# (secure, whole site, no Domain: a sibling subdomain cannot plant them). The proxy's
# X-Forwarded-Proto is believed only from TRUSTED_PROXIES (gunicorn's forwarded_allow_ips).
SECURE_SSL_REDIRECT = SESSION_COOKIE_SECURE
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31_536_000) if SESSION_COOKIE_SECURE else 0
if SESSION_COOKIE_SECURE:
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"

# Content-Security-Policy: scripts and styles only from our own static files, never inline;
# images also as data: URIs (the report's figures). Email HTML is sanitised to text tags.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Public enquiry form: at most this many submissions per address per hour.
ENQUIRY_RATE_LIMIT_PER_HOUR = env_int("ENQUIRY_RATE_LIMIT_PER_HOUR", 5)
ENQUIRY_MAX_BODY_CHARS = env_int("ENQUIRY_MAX_BODY_CHARS", 20_000)
# The largest request body any page accepts (casebook.security.limits); nginx holds the same.
REQUEST_MAX_BYTES = env_int("REQUEST_MAX_BYTES", 2 * 1024 * 1024)

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache"
        if env_bool("CACHE_IN_DB", False)
        else "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "casebook_cache",
    }
}

# The longest report period, in days (casebook.analysis.periods).
REPORT_MAX_DAYS = env_int("REPORT_MAX_DAYS", 731)
ATTACHMENTS_DIR = Path(env_str("ATTACHMENTS_DIR", str(VAR_DIR / "attachments")))
REPORTS_DIR = Path(env_str("REPORTS_DIR", str(VAR_DIR / "reports")))
# Trained suggestion models (casebook train), one versioned file each; the newest is used.
CLASSIFY_MODEL_DIR = Path(env_str("CLASSIFY_MODEL_DIR", str(VAR_DIR / "models")))

# Outbound mail (replies to enquirers).
EMAIL_HOST = env_str("SMTP_HOST", "127.0.0.1")
EMAIL_PORT = env_int("SMTP_PORT", 25)
EMAIL_HOST_USER = env_str("SMTP_USER", "")
EMAIL_HOST_PASSWORD = env_str("SMTP_PASSWORD", "")
EMAIL_USE_TLS = env_bool("SMTP_STARTTLS", False)
EMAIL_USE_SSL = env_bool("SMTP_TLS", False)
EMAIL_TIMEOUT = env_int("SMTP_TIMEOUT", 30)
HELPLINE_FROM_EMAIL = env_str("HELPLINE_FROM_EMAIL", "helpline@casebook.invalid")
# Where staff open Casebook, for links in emails to staff (due warnings).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
# A practitioner's email reply waits this long before the worker may send it (and can be
# cancelled meanwhile).
REPLY_CANCEL_SECONDS = env_int("REPLY_CANCEL_SECONDS", 60)
DEFAULT_FROM_EMAIL = HELPLINE_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
