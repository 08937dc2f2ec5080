"""Every change is kept with who and when, and can be reverted from the admin."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse

from tests.admin_forms import form_data as _post_data
from tests.factories import make_accounts, make_district, make_offer, make_organisation, make_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer():
    district = make_district()
    organisation = make_organisation(slug="verein-a")
    place = make_place(district, organisation=organisation)
    offer = make_offer(district, place=place, title="Alter Titel", rules=[])
    make_accounts()
    return offer


def test_change_recorded_with_user_and_reverted(client, offer):
    clerk = User.objects.get(username="sozialamt")
    client.force_login(clerk)
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    form = client.get(url).context["adminform"].form
    response = client.post(url, _post_data(form, title_de="Neuer Titel"))
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title_de == "Neuer Titel"

    latest, original = offer.history.all()[:2]
    assert (latest.history_user, latest.title_de) == (clerk, "Neuer Titel")
    assert original.title_de == "Alter Titel"

    history_page = client.get(reverse("admin:offers_offer_history", args=[offer.pk]))
    assert history_page.status_code == 200
    assert "sozialamt" in history_page.content.decode()
    # the change column names what changed, old and new
    rows = BeautifulSoup(history_page.content, "html.parser").select("#change-history tbody tr")
    changes = rows[0].select("td")[-1].get_text(" ", strip=True)
    assert "Titel" in changes and "Alter Titel" in changes and "Neuer Titel" in changes

    revert_url = reverse("admin:offers_offer_simple_history", args=[offer.pk, original.history_id])
    revert_form = client.get(revert_url).context["adminform"].form
    response = client.post(revert_url, _post_data(revert_form))
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title_de == "Alter Titel"
    assert offer.history.count() == 3


def test_provider_sees_history_of_own_offer_only(client, offer):
    other = make_offer(make_district(), title="Fremd", rules=[])
    client.force_login(User.objects.get(username="verein-a"))
    own = client.get(reverse("admin:offers_offer_history", args=[offer.pk]))
    assert own.status_code == 200
    record = other.history.first()
    assert client.get(reverse("admin:offers_offer_history", args=[other.pk])).status_code == 404
    url = reverse("admin:offers_offer_simple_history", args=[other.pk, record.history_id])
    assert client.get(url).status_code == 404
