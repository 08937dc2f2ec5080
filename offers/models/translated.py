"""Translated texts remember which German version they were made from.

`offers.translation_state` writes and reads `translated_from`; this only holds the column.
"""

from django.db import models


class TranslationSources(models.Model):
    translated_from = models.JSONField(
        "übersetzt aus",
        default=dict,
        blank=True,
        editable=False,
        help_text=(
            "Je Übersetzung (z. B. title_ru) ein Kurz-Hash des deutschen Textes, aus dem sie "
            "gemacht wurde; weicht der heutige deutsche Text ab, ist sie veraltet."
        ),
    )

    class Meta:
        abstract = True
