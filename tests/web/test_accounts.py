"""Accounts: e-mail login, argon2, MFA for praticien and admin, throttling, headers."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.cache import cache

from tests.fixtures import PASSWORD, SecureClient, World, logged_in, make_user, totp_code
from vitrine.web.accounts.models import User
from vitrine.web.audit.models import AuditRecord
from vitrine.web.practices.models import Membership

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    cache.clear()


def _login(client: SecureClient, email: str, password: str) -> object:
    return client.post("/compte/login/", {"login": email, "password": password})


def test_passwords_are_hashed_with_argon2(world: World) -> None:
    assert world.user("secretariat").password.startswith("argon2")


def test_a_secretary_logs_in_with_her_email_and_the_login_is_recorded(world: World) -> None:
    client = SecureClient()
    response = _login(client, "secretariat@fontaine.test", PASSWORD)
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert client.get("/tableau-de-bord/").status_code == 200
    assert AuditRecord.objects.filter(action="connexion", actor_email="secretariat@fontaine.test").exists()


def test_a_praticien_must_give_a_totp_code_after_the_password(world: World) -> None:
    client = SecureClient()
    response = _login(client, "praticien@fontaine.test", PASSWORD)
    assert response["Location"].startswith("/compte/2fa/authenticate")  # type: ignore[index]
    assert client.get("/tableau-de-bord/").status_code == 302  # not logged in yet
    response = client.post("/compte/2fa/authenticate/", {"code": "000000"})
    assert client.get("/tableau-de-bord/").status_code == 302
    response = client.post("/compte/2fa/authenticate/", {"code": totp_code(world.totp["praticien"])})
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert client.get("/tableau-de-bord/").status_code == 200


def test_a_praticien_without_totp_is_sent_to_set_it_up_before_anything_else(world: World) -> None:
    user = make_user("nouveau@fontaine.test", "Dr Nouveau")
    Membership.objects.create(user=user, practice=world.fontaine, role="praticien")
    client = logged_in(user, world.fontaine)
    response = client.get("/tableau-de-bord/")
    assert response.status_code == 302 and response["Location"] == "/compte/2fa/totp/activate/"


def test_a_secretary_without_totp_is_not_forced_to_set_it_up(world: World) -> None:
    client = logged_in(world.user("secretariat"), world.fontaine)
    assert client.get("/tableau-de-bord/").status_code == 200


def test_failed_logins_are_recorded_without_the_password(world: World) -> None:
    _login(SecureClient(), "secretariat@fontaine.test", "mauvais mot de passe")
    entry = AuditRecord.objects.get(action="connexion-echouee")
    assert entry.summary == {"identifiant": "secretariat@fontaine.test"}
    assert "mauvais" not in str(entry.payload())


def test_an_account_is_locked_after_repeated_failures(world: World) -> None:
    client = SecureClient()
    for _ in range(settings.LOGIN_ATTEMPTS):
        _login(client, "secretariat@fontaine.test", "mauvais mot de passe")
    response = _login(client, "secretariat@fontaine.test", PASSWORD)
    assert response.status_code in (200, 429)  # type: ignore[attr-defined]
    assert client.get("/tableau-de-bord/").status_code == 302  # still not logged in


def test_open_signup_is_closed(world: World) -> None:
    response = SecureClient().post(
        "/compte/signup/", {"email": "x@y.test", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert not User.objects.filter(email="x@y.test").exists()
    assert response.status_code in (200, 302, 403)  # type: ignore[attr-defined]


def test_pages_carry_strict_security_headers(world: World) -> None:
    response = SecureClient().get("/compte/login/")
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_plain_http_is_redirected_to_https(world: World) -> None:
    from django.test import Client

    response = Client().get("/compte/login/")
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_session_cookies_are_secure_and_expire_when_idle(world: World) -> None:
    client = SecureClient()
    _login(client, "secretariat@fontaine.test", PASSWORD)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["secure"] and cookie["httponly"]
    assert (
        settings.SESSION_SAVE_EVERY_REQUEST
        and settings.SESSION_COOKIE_AGE == settings.SESSION_IDLE_MINUTES * 60
    )


def test_a_user_downloads_the_data_held_about_them(world: World) -> None:
    import io
    import json
    import zipfile

    client = logged_in(world.user("secretariat"), world.fontaine)
    response = client.get("/mes-donnees/export/")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    account = json.loads(archive.read("compte.json"))
    assert account[0]["email"] == "secretariat@fontaine.test"
    assert "password" not in account[0]
    assert {"compte.csv", "adhesions.json", "journal.json", "LISEZMOI.txt"} <= set(archive.namelist())


def test_a_recovery_code_opens_the_session_once(world: World) -> None:
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    codes = RecoveryCodes.activate(world.user("praticien")).get_unused_codes()
    client = SecureClient()
    _login(client, "praticien@fontaine.test", PASSWORD)
    client.post("/compte/2fa/authenticate/", {"code": codes[0]})
    assert client.get("/tableau-de-bord/").status_code == 200
    other = SecureClient()
    _login(other, "praticien@fontaine.test", PASSWORD)
    other.post("/compte/2fa/authenticate/", {"code": codes[0]})
    assert other.get("/tableau-de-bord/").status_code == 302  # a used code does not work twice


def test_createuser_makes_a_named_account_with_a_role(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrine.cli.main import main as vitrine

    monkeypatch.setenv("VITRINE_NEW_USER_PASSWORD", "une phrase de passe solide 2026")
    code = vitrine(
        [
            "createuser",
            "lea@fontaine.test",
            "--name",
            "Léa Martin",
            "--practice",
            str(world.fontaine.pk),
            "--role",
            "secretariat",
        ]
    )
    assert code == 0
    membership = Membership.objects.get(user__email="lea@fontaine.test")
    assert membership.role == "secretariat" and membership.user.full_name == "Léa Martin"
    assert vitrine(["createuser", "lea@fontaine.test", "--name", "Doublon"]) == 2
