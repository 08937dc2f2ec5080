"""Production behaviour: page cache with invalidation, security headers, no cookies, errors."""

import base64
import hashlib
import re

import pytest
from django.db import connection
from django.urls import reverse

from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db


def test_admin_edit_shows_on_board_at_once_with_cache_on(client, admin_client, page_cache):
    district = make_district(slug="welheim")
    offer = make_offer(district, title="Schach für alle")
    first = client.get("/de/welheim/")
    assert "Schach für alle" in first.content.decode()
    etag = first["ETag"]
    assert client.get("/de/welheim/", HTTP_IF_NONE_MATCH=etag).status_code == 304

    change_url = reverse("admin:offers_offer_change", args=[offer.pk])
    form = admin_client.get(change_url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        {
            "title_de": "Schach und Dame",
            "summary_de": offer.summary,
            "districts": [district.pk],
            "last_confirmed": "21.11.2026",
            "rules-TOTAL_FORMS": "0",
            "rules-INITIAL_FORMS": "0",
            "exceptions-TOTAL_FORMS": "0",
            "exceptions-INITIAL_FORMS": "0",
        }
    )
    data.pop("languages", None)
    data.pop("target_groups", None)
    data.pop("categories", None)
    response = admin_client.post(change_url, data)
    assert response.status_code == 302

    again = client.get("/de/welheim/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200
    assert "Schach und Dame" in again.content.decode()
    assert again["ETag"] != etag


def test_cached_board_served_with_one_query(client, page_cache, django_assert_num_queries):
    district = make_district(slug="welheim")
    make_offer(district)
    client.get("/de/welheim/")
    with django_assert_num_queries(1):  # the content version
        response = client.get("/de/welheim/")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path", ["/de/", "/fa/welheim/", "/ar/welheim/offers/{o}/", "/ru/welheim/print/", "/de/x/"]
)
def test_public_pages_set_no_cookies_and_send_security_headers(client, path):
    district = make_district(slug="welheim")
    offer = make_offer(district)
    response = client.get(path.format(o=offer.slug))
    assert response.cookies == {}
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "path",
    [
        "/static/css/quartier.css",
        "/static/js/offline.js",
        "/static/fonts/noto-sans-latin-400.woff2",
    ],
)
def test_static_files_carry_no_document_policies_but_stay_nosniff(client, path):
    response = client.get(path)
    assert response.status_code == 200
    for document_only in ("Content-Security-Policy", "Permissions-Policy"):
        assert not response.has_header(document_only), document_only
    assert response["X-Content-Type-Options"] == "nosniff"


def test_svg_files_keep_their_policy(client):
    # a browser may open an SVG as a document; its scripts stay forbidden
    response = client.get("/static/img/pictograms.svg")
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_public_pages_have_no_inline_scripts_or_styles(client):
    district = make_district(slug="welheim")
    make_offer(district)
    body = client.get("/de/welheim/").content.decode()
    # scripts only from files (the service worker's registration, Vorlesen), none in the page
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", body, re.S)
    assert scripts == [
        (' src="/static/js/offline.js" defer', ""),
        (' src="/static/js/readaloud.js" defer', ""),
    ]
    assert " style=" not in body
    # The one inline style: the board's copy of our stylesheet, allowed by its hash alone
    # (quartier/stylesheet.py); the browser test checks Chromium applies it.
    styles = re.findall(r"<style>(.*?)</style>", body, re.S)
    assert len(styles) == 1 and "@font-face" in styles[0]
    digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
    policy = client.get("/de/welheim/")["Content-Security-Policy"]
    assert f"style-src 'self' 'sha256-{digest}';" in policy


def test_other_pages_link_the_stylesheet_they_then_have_cached(client):
    district = make_district(slug="welheim")
    offer = make_offer(district)
    body = client.get(f"/de/welheim/offers/{offer.slug}/").content.decode()
    assert "<style" not in body and " style=" not in body
    assert '<link rel="stylesheet" href="/static/css/quartier.css">' in body


def test_healthz_reveals_nothing(client):
    response = client.get("/healthz")
    assert response.content == b"ok\n"
    assert "Server" not in response or "Django" not in response["Server"]


@pytest.mark.django_db(transaction=True)
def test_database_down_answers_503_in_visitors_language_and_recovers(client):
    district = make_district(slug="welheim")
    make_offer(district)
    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = "/nonexistent/dir/db.sqlite3"
    try:
        response = client.get("/fa/welheim/")
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        body = response.content.decode()
        assert '<html lang="fa" dir="rtl">' in body
        assert "Traceback" not in body
        assert client.get("/healthz").status_code == 503
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original
    assert client.get("/fa/welheim/").status_code == 200
