"""Django settings, read from the environment (see README « Configuration »)."""

from __future__ import annotations

import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from vitrine.web.env import ConfigurationError, env_bool, env_choice, env_int, env_list, env_str

try:
    DATA_DIR = Path(env_str("VITRINE_DATA_DIR", str(Path.cwd() / "var"))).resolve()
    DEBUG = env_bool("VITRINE_DEBUG", False)
    # Behind HTTPS (production): secure cookies, HSTS, redirect to https.
    HTTPS = env_bool("VITRINE_HTTPS", True)
    SECRET_KEY = env_str("VITRINE_SECRET_KEY")
    ALLOWED_HOSTS = env_list("VITRINE_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
    DATABASE_URL = env_str("DATABASE_URL", "")
    SESSION_IDLE_MINUTES = env_int("VITRINE_SESSION_IDLE_MINUTES", 120, minimum=5)
    MFA_REQUIRED_FOR_ALL = env_bool("VITRINE_MFA_REQUIRED_FOR_ALL", False)
    LOGIN_ATTEMPTS = env_int("VITRINE_LOGIN_ATTEMPTS", 5, minimum=1)
    LOGIN_LOCKOUT_SECONDS = env_int("VITRINE_LOGIN_LOCKOUT_SECONDS", 900, minimum=60)
    WORKER_STALE_SECONDS = env_int("VITRINE_WORKER_STALE_SECONDS", 300, minimum=10)
    DELETION_GRACE_DAYS = env_int("VITRINE_DELETION_GRACE_DAYS", 30, minimum=1)
    LOG_LEVEL = env_choice("VITRINE_LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR"))
    EMAIL_URL_HOST = env_str("VITRINE_EMAIL_HOST", "")
    DEFAULT_FROM_EMAIL = env_str("VITRINE_EMAIL_FROM", "Vitrine <ne-pas-repondre@vitrine.invalid>")
    ENCRYPTION_KEY = env_str("VITRINE_ENCRYPTION_KEY", "")
except ConfigurationError as exc:
    raise ImproperlyConfigured(str(exc)) from None

# Tests and the type checker (django-stubs loads these settings) never serve requests.
_TOOLING = "pytest" in sys.modules or "mypy" in sys.modules
if not SECRET_KEY:
    if DEBUG or _TOOLING:
        SECRET_KEY = "insecure-development-key-never-use-in-production"  # noqa: S105
    else:
        key_file = DATA_DIR / "secret_key"
        if key_file.exists():
            SECRET_KEY = key_file.read_text(encoding="utf-8").strip()
        else:
            raise ImproperlyConfigured(
                "VITRINE_SECRET_KEY (ou VITRINE_SECRET_KEY_FILE) est obligatoire ; "
                "`vitrine init` crée une clé dans le répertoire de données."
            )

BASE_DIR = Path(__file__).resolve().parent

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks_db",
    "vitrine.web.accounts",
    "vitrine.web.practices",
    "vitrine.web.audit",
    "vitrine.web.ops",
    "vitrine.web.dashboard",
    "vitrine.web.conformite",
    "vitrine.web.reviews",
    "vitrine.web.siteaudit_web",
    "vitrine.web.publications",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "vitrine.web.practices.middleware.CurrentPracticeMiddleware",
    "vitrine.web.accounts.middleware.MfaRequiredMiddleware",
]

ROOT_URLCONF = "vitrine.web.urls"
WSGI_APPLICATION = "vitrine.web.wsgi.application"

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
                "django.template.context_processors.i18n",
                "csp.context_processors.nonce",
                "vitrine.web.practices.context_processors.current_practice",
            ],
        },
    }
]

# --- Database: SQLite in WAL mode by default, PostgreSQL through DATABASE_URL.
if DATABASE_URL:
    try:
        DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL : adresse de base de données invalide ({exc})") from None
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "vitrine.sqlite3"),
            "OPTIONS": {
                # IMMEDIATE transactions serialise writers up front, so the audit chain never forks.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared across processes, so login throttling holds with several web workers.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "vitrine_cache"}}

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "periodic"],
    }
}

# --- Accounts: e-mail login, argon2, allauth with TOTP and recovery codes.
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_ADAPTER = "vitrine.web.accounts.adapter.AccountAdapter"
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_RATE_LIMITS = {
    "login_failed": f"20/m/ip,{LOGIN_ATTEMPTS}/{LOGIN_LOCKOUT_SECONDS}s/key",
    "login": "30/m/ip",
    "reset_password": "5/m/ip,3/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "vitrine.web.accounts.mfa_adapter.MFAAdapter"
MFA_TOTP_ISSUER = "Vitrine"
# One 30-second step either side (RFC 6238 §5.2): a code typed as it rolls over, or a phone
# clock a little off, is still accepted; each code works once.
MFA_TOTP_TOLERANCE = 1
MFA_REQUIRED_ROLES = ("praticien", "admin")
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "account_login"

SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True  # idle expiry: the window slides with activity
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^sante$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# --- Internationalisation: French first, English available.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"
if "pytest" in sys.modules:
    STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    WHITENOISE_USE_FINDERS = True
    WHITENOISE_AUTOREFRESH = True

if EMAIL_URL_HOST:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": EMAIL_URL_HOST,
                "port": env_int("VITRINE_EMAIL_PORT", 587),
                "username": env_str("VITRINE_EMAIL_USER"),
                "password": env_str("VITRINE_EMAIL_PASSWORD"),
                "use_tls": env_bool("VITRINE_EMAIL_TLS", True),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Structured logs (one JSON object a line) that never carry request bodies or personal data.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "vitrine.web.ops.logging.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {"django.request": {"level": "ERROR"}, "django.security": {"level": "WARNING"}},
}
