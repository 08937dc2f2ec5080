"""Any change to what residents see bumps the content version (see ContentVersion)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from offers import models
from offers.services import bump_content_version

CONTENT_MODELS = [
    models.City,
    models.District,
    models.Organisation,
    models.Place,
    models.TargetGroup,
    models.Category,
    models.Offer,
    models.ScheduleRule,
    models.ScheduleException,
    models.Closure,
]


def _changed(sender, **kwargs):
    bump_content_version()


def connect():
    for model in CONTENT_MODELS:
        post_save.connect(_changed, sender=model, dispatch_uid=f"version-save-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"version-del-{model.__name__}")
    for through in (
        models.Offer.districts.through,
        models.Offer.target_groups.through,
        models.Offer.categories.through,
        models.Organisation.districts.through,
    ):
        m2m_changed.connect(
            _changed, sender=through, dispatch_uid=f"version-m2m-{through.__name__}"
        )
