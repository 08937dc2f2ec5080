"""Migration offers/0016 records today's German for existing translations (they count as
current), also inside a waiting change's snapshot."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from offers.translation_state import source_hash

pytestmark = [pytest.mark.slow]

BEFORE = [("offers", "0016_place_hours"), ("boards", "0003_sign_videos")]
AFTER = [("offers", "0017_translation_sources"), ("boards", "0004_translation_sources")]


@pytest.fixture
def back_to_latest():
    yield
    # Whatever later migrations exist, the next tests get the full schema again.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_existing_translations_count_as_current(back_to_latest):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    district = old.get_model("offers", "District").objects.create(
        name_de="Welheim", name_ru="Вельхайм", slug="welheim", code="w"
    )
    category = old.get_model("offers", "Category").objects.create(
        name_de="Sport", slug="sport", pictogram="sport"
    )
    page = old.get_model("boards", "LegalPage").objects.create(
        slug="impressum", title_de="Impressum", body_de="Text", body_uk="Текст"
    )
    organisation = old.get_model("offers", "Organisation").objects.create(
        name="Verein", slug="verein", kind="initiative"
    )
    waiting = {"fields": {"title_de": "Alt", "title_ru": "Старое", "summary_de": "S"}}
    offer = old.get_model("offers", "Offer").objects.create(
        title_de="Neu",
        title_ru="Старое",
        slug="angebot",
        summary_de="S",
        organisation=organisation,
        approved_snapshot=waiting,
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    district = new.get_model("offers", "District").objects.get(pk=district.pk)
    assert district.translated_from == {"name_ru": source_hash("Welheim")}
    assert new.get_model("offers", "Category").objects.get(pk=category.pk).translated_from == {}
    page = new.get_model("boards", "LegalPage").objects.get(pk=page.pk)
    assert page.translated_from == {"body_uk": source_hash("Text")}
    offer = new.get_model("offers", "Offer").objects.get(pk=offer.pk)
    assert offer.translated_from == {"title_ru": source_hash("Neu")}
    # Residents see the snapshot: its translation counts as made from its German.
    assert offer.approved_snapshot["fields"]["translated_from"] == {"title_ru": source_hash("Alt")}
