from modeltranslation.translator import TranslationOptions, register

from boards.models import LegalPage


@register(LegalPage)
class LegalPageTranslation(TranslationOptions):
    fields = ("title", "body")
