from django.db import models


class ContentVersion(models.Model):
    """A counter that goes up whenever anything residents see changes.

    Caches of rendered products (PDFs, later pages) key on it, so an edit in the admin shows
    at once on every app server sharing the database.
    """

    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "Datenstand"
        verbose_name_plural = "Datenstand"

    def __str__(self):
        return str(self.value)
