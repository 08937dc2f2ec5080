"""Reminders that need no login (issue 15): mails through a real SMTP server on loopback,
the one-click confirm link and its misuse, hiding after a last warning, the office's summary."""

import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core import signing
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from offers import reminders, services
from offers.models import City, Membership, Offer, ReminderMail
from offers.models.offer import WARNING_LEAD_DAYS
from tests.factories import (
    make_accounts,
    make_district,
    make_offer,
    make_organisation,
    make_place,
)
from tests.offers.smtp_server import SMTPServer

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
REMIND, HIDE = 180, 240


@pytest.fixture
def smtp(settings):
    """Django's SMTP backend (not locmem) pointed at aiosmtpd on 127.0.0.1."""
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        settings.DEFAULT_FROM_EMAIL = "quartier@bottrop.example"
        settings.SITE_URL = "https://quartier.bottrop.example"
        settings.QUARTIER = {
            **settings.QUARTIER,
            "REMIND_AFTER_DAYS": REMIND,
            "HIDE_AFTER_DAYS": HIDE,
            "STALE_AFTER_DAYS": REMIND,
            "OFFICE_EMAIL": "",
        }
        yield server.inbox


def _ago(days):
    return TODAY - timedelta(days=days)


@pytest.fixture
def world():
    City.objects.create(name="Bottrop", contact_name="Sozialamt", email="sozialamt@bottrop.example")
    district = make_district(slug="welheim")
    a = make_organisation(name="Jugendtreff Welheim", email="info@jugendtreff.example")
    user = User.objects.create_user("treff", email="Leitung@Jugendtreff.example")
    Membership.objects.create(user=user, organisation=a)
    b = make_organisation(name="Sportverein Boy", email="vorstand@sv-boy.example")
    c = make_organisation(name="Initiative ohne Mail", phone="02041 123")
    place_a = make_place(district, organisation=a)
    return SimpleNamespace(
        a=a,
        b=b,
        c=c,
        a_old=make_offer(district, place=place_a, title="Kickern", last_confirmed=_ago(REMIND)),
        a_older=make_offer(district, place=place_a, title="Hausaufgaben", last_confirmed=_ago(200)),
        a_fresh=make_offer(district, place=place_a, title="Frisches Angebot"),
        a_pending=make_offer(
            district, place=place_a, title="Wartet", status="pending", last_confirmed=_ago(300)
        ),
        a_warn=make_offer(
            district,
            place=place_a,
            title="Mädchentreff",
            last_confirmed=_ago(HIDE - WARNING_LEAD_DAYS),
        ),
        b_old=make_offer(district, organisation=b, title="Lauftreff", last_confirmed=_ago(190)),
        c_old=make_offer(district, organisation=c, title="Nähcafé", last_confirmed=_ago(181)),
    )


def _send():
    call_command("send_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115


def _to(inbox, address):
    return [m for m in inbox.messages if address in m.envelope_to]


def _parts(message):
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return text, html


def _links(text, label):
    return re.findall(rf"{label}: (https://\S+)", text)


def _path(url):
    return url.removeprefix("https://quartier.bottrop.example")


def _days_pass(days):
    """Move every date back by `days`, as if that many days went by."""
    for offer in Offer.objects.all():
        Offer.objects.filter(pk=offer.pk).update(
            last_confirmed=offer.last_confirmed - timedelta(days=days)
        )
    for mail in ReminderMail.objects.all():
        mail.sent_on -= timedelta(days=days)
        if mail.confirmed:
            mail.confirmed -= timedelta(days=days)
        mail.save()


def _board(client):
    return client.get("/de/welheim/").content.decode()


def test_one_mail_per_organisation_listing_its_unconfirmed_offers(smtp, world):
    _send()
    provider_mails = [m for m in smtp.messages if "sozialamt@bottrop.example" not in m["To"]]
    assert len(provider_mails) == 2  # the provider without an address gets none
    (mail,) = _to(smtp, "info@jugendtreff.example")
    assert sorted(mail.envelope_to) == ["info@jugendtreff.example", "leitung@jugendtreff.example"]
    assert mail["From"] == "quartier@bottrop.example"
    assert mail.get_content_type() == "multipart/alternative"
    assert mail["Subject"].strip().startswith("Letzte Erinnerung")  # it holds a warning
    text, html = _parts(mail)
    assert "Guten Tag" in text and "Jugendtreff Welheim" in text
    for title in ("Kickern", "Hausaufgaben", "Mädchentreff"):
        assert text.count(title) == 1 and title in html
    for title in ("Frisches Angebot", "Wartet", "Lauftreff", "Nähcafé"):
        assert title not in text
    assert len(_links(text, "noch aktuell")) == 3
    assert _path(_links(text, "ändern")[0]).startswith("/admin/offers/offer/")
    hide_on = (world.a_warn.last_confirmed + timedelta(days=HIDE)).strftime("%d.%m.%Y")
    assert f"wird ab dem {hide_on} nicht mehr angezeigt" in text
    # The HTML part has the same links, escaped as HTML.
    links = [a["href"] for a in BeautifulSoup(html, "html.parser").select("a")]
    assert set(_links(text, "noch aktuell")) <= set(links)
    (other,) = _to(smtp, "vorstand@sv-boy.example")
    assert other["Subject"].strip() == "Sind Ihre Angebote im Wochenplan noch aktuell?"
    other_text, _ = _parts(other)
    assert "Lauftreff" in other_text and "Kickern" not in other_text


def test_confirm_link_shows_the_offer_and_only_the_post_confirms(smtp, world):
    _send()
    text, _ = _parts(_to(smtp, "vorstand@sv-boy.example")[0])
    path = _path(_links(text, "noch aktuell")[0])
    assert path.startswith("/bestaetigen/")
    client = Client(enforce_csrf_checks=True)
    page = client.get(path)
    assert page.status_code == 200
    assert page["Cache-Control"].startswith("max-age=0")
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.html["lang"] == "de"
    assert "Lauftreff" in soup.select_one("main").get_text()
    world.b_old.refresh_from_db()
    assert world.b_old.last_confirmed == _ago(190)  # GET changed nothing
    assert client.post(path).status_code == 403  # no CSRF token, nothing happens
    world.b_old.refresh_from_db()
    assert world.b_old.last_confirmed == _ago(190)
    token = soup.select_one("form.confirm-form input[name=csrfmiddlewaretoken]")["value"]
    done = client.post(path, {"csrfmiddlewaretoken": token})
    assert done.status_code == 200
    assert "Danke, das Angebot ist bestätigt" in done.content.decode()
    world.b_old.refresh_from_db()
    assert world.b_old.last_confirmed == TODAY
    world.a_old.refresh_from_db()
    assert world.a_old.last_confirmed == _ago(REMIND)  # only the link's own offer


def test_misused_links_change_nothing(client, smtp, world):
    token = reminders.confirm_token(world.a_old)
    value, _, signature = token.rpartition(":")
    other = reminders.confirm_token(world.a_older)
    payload_of_other = other.split(":")[0]
    wrong_purpose = signing.dumps(
        {"offer": world.a_old.pk, "do": "delete"}, salt=reminders.TOKEN_SALT
    )
    other_salt = signing.dumps({"offer": world.a_old.pk, "do": "confirm"}, salt="another.purpose")
    bad = [
        value + ":" + signature[:-2] + ("AA" if not signature.endswith("AA") else "BB"),
        payload_of_other + token[len(token.split(":")[0]) :],  # another offer's id, this signature
        wrong_purpose,
        other_salt,
        "kaputt",
        "x" * 3000,
    ]
    for wrong in bad:
        for response in (
            client.get(f"/bestaetigen/{wrong}/"),
            client.post(f"/bestaetigen/{wrong}/"),
        ):
            assert response.status_code == 400, wrong
            assert "Dieser Link ist ungültig" in response.content.decode()
    for offer in (world.a_old, world.a_older):
        before = offer.last_confirmed
        offer.refresh_from_db()
        assert offer.last_confirmed == before
    assert client.put(f"/bestaetigen/{token}/").status_code == 405


def test_expired_link_says_so_and_changes_nothing(client, smtp, world, monkeypatch):
    token = reminders.confirm_token(world.a_old)
    later = signing.time.time() + (reminders.TOKEN_MAX_AGE_DAYS + 1) * 86400
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: later))
    response = client.post(f"/bestaetigen/{token}/")
    assert response.status_code == 410
    assert "Dieser Link ist abgelaufen" in response.content.decode()
    world.a_old.refresh_from_db()
    assert world.a_old.last_confirmed == _ago(REMIND)


def test_link_to_an_offer_that_is_gone(client, smtp, world):
    token = reminders.confirm_token(world.a_old)
    Offer.objects.filter(pk=world.a_old.pk).update(status="archived")
    response = client.get(f"/bestaetigen/{token}/")
    assert response.status_code == 410
    assert "Dieses Angebot gibt es nicht mehr" in response.content.decode()


def test_unconfirmed_offer_leaves_the_board_after_its_last_warning(client, smtp, world):
    assert "Mädchentreff" in _board(client)
    _send()
    text, _ = _parts(_to(smtp, "info@jugendtreff.example")[0])
    warned_link = _path(_links(text, "noch aktuell")[0])  # warnings come first
    assert "Mädchentreff" in client.get(warned_link).content.decode()
    assert "Mädchentreff" in _board(client)  # warned, not yet hidden
    _days_pass(WARNING_LEAD_DAYS)
    smtp.clear()
    version = services.content_version()
    _send()
    assert not _to(smtp, "info@jugendtreff.example")  # no second warning
    assert services.content_version() > version  # cached print products are made anew
    board = _board(client)
    assert "Mädchentreff" not in board
    assert "Kickern" in board  # reminded, not yet warned: still shown
    assert client.get(f"/de/welheim/offers/{world.a_warn.slug}/").status_code == 404
    # The link from the warning still works and brings it back at once.
    assert client.post(warned_link).status_code == 200
    assert "Mädchentreff" in _board(client)


def test_no_offer_is_hidden_without_a_warning(client, smtp, world):
    Offer.objects.filter(pk=world.b_old.pk).update(last_confirmed=_ago(1000))
    assert "Lauftreff" in _board(client)
    _send()
    (mail,) = _to(smtp, "vorstand@sv-boy.example")
    assert mail["Subject"].strip().startswith("Letzte Erinnerung")
    text, _ = _parts(mail)
    hide_on = (TODAY + timedelta(days=WARNING_LEAD_DAYS)).strftime("%d.%m.%Y")
    assert f"wird ab dem {hide_on} nicht mehr angezeigt" in text
    assert "Lauftreff" in _board(client)


def test_weekly_summary_to_the_office(client, smtp, world, settings):
    ReminderMail.objects.create(
        kind=ReminderMail.Kind.WARNING,
        offer=world.b_old,
        confirmed=world.b_old.last_confirmed,
        sent_on=_ago(30),
    )
    Offer.objects.filter(pk=world.b_old.pk).update(last_confirmed=_ago(HIDE))  # hidden now…
    ReminderMail.objects.filter(offer=world.b_old).update(confirmed=_ago(HIDE))
    _send()
    (summary,) = _to(smtp, "sozialamt@bottrop.example")
    assert summary["Subject"].strip().startswith("Quartier: Wochenübersicht")
    text, html = _parts(summary)
    assert "Erinnerungen an Träger: 2 Angebot(e)" in text  # Kickern, Hausaufgaben
    assert "Letzte Erinnerungen vor dem Ausblenden: 1 Angebot(e)" in text  # Mädchentreff
    assert "Wegen fehlender Bestätigung ausgeblendet: 1 Angebot(e)" in text
    assert "Lauftreff (Sportverein Boy" in text
    assert "Initiative ohne Mail: 1 Angebot(e), Telefon 02041 123" in text
    assert "Lauftreff" in html and "Initiative ohne Mail" in html
    # Once a week: not again the next day, again a week later; to the address set for it.
    smtp.clear()
    _days_pass(1)
    _send()
    assert not _to(smtp, "sozialamt@bottrop.example")
    settings.QUARTIER = {**settings.QUARTIER, "OFFICE_EMAIL": "jugendhilfeplanung@bottrop.example"}
    _days_pass(6)
    _send()
    assert _to(smtp, "jugendhilfeplanung@bottrop.example")


def test_running_twice_a_day_mails_nothing_twice(smtp, world):
    _send()
    first = len(smtp.messages)
    assert first == 3
    _send()
    assert len(smtp.messages) == first
    # A confirmation starts a new stretch: the next reminder comes when it is old again.
    Offer.objects.filter(pk=world.b_old.pk).update(last_confirmed=_ago(REMIND + 1))
    _send()
    assert len(smtp.messages) == first + 1


def test_mail_server_down_sends_later(smtp, world, settings):
    from tests.offers.smtp_server import free_port

    settings.EMAIL_PORT = free_port()  # nothing listens there
    with pytest.raises(CommandError, match="nicht gesendet"):
        _send()
    assert not ReminderMail.objects.exists()  # tomorrow's run tries again


def test_the_office_sees_what_went_out_providers_do_not(client, smtp, world):
    _send()
    make_accounts()
    url = reverse("admin:offers_remindermail_changelist")
    client.force_login(User.objects.get(username="sozialamt"))
    page = client.get(url)
    assert page.status_code == 200
    assert "Mädchentreff" in page.content.decode()
    provider = User.objects.filter(groups__name="Träger").first()  # a demo provider
    client.force_login(provider)
    assert client.get(url).status_code == 403
