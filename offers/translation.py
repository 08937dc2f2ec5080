"""Which texts residents read in their own language (django-modeltranslation).

Each field gets one column per language (`title_de`, `title_ru`, …); reading `offer.title`
gives the active language's text and falls back to German where it is empty.
"""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from offers import models
from offers.models import Category, City, District, Offer, Place, TargetGroup


@register(City)
class CityTranslation(TranslationOptions):
    fields = ("name", "intro", "contact_name")


@register(District)
class DistrictTranslation(TranslationOptions):
    fields = ("name", "intro", "office_hours")


@register(Place)
class PlaceTranslation(TranslationOptions):
    fields = ("opening_hours", "accessibility")


@register(models.Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("profile",)


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("name",)


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(models.ScheduleException)
class ScheduleExceptionTranslation(TranslationOptions):
    fields = ("note",)


@register(Offer)
class OfferTranslation(TranslationOptions):
    fields = (
        "title",
        "summary",
        "description",
        "cost_note",
        "registration_note",
        "times_note",
        "accessibility_note",
        "contact_name",
    )


# History of every change (who, when, what; revertible in the admin). Registered here, after
# the translation fields exist, so the history keeps every language's text too.
HISTORY_MODELS = (
    Offer,
    Place,
    models.Organisation,
    models.ScheduleRule,
    models.ScheduleException,
    models.Closure,
)
for model in HISTORY_MODELS:
    simple_history.register(model, app="offers")
