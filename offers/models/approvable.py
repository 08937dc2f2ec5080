"""What providers write waits for the Sozialamt; residents read only what it approved.

Offers, places and providers' profiles share these fields. The rules around them live in
`offers.approval` (what a write does) and `offers.public` (the one door for residents' reads).
"""

from django.db import models

from offers.enums import OfferStatus


class GuardedQuerySet(models.QuerySet):
    """Bulk writes skip `save()` and its signals, so they ask `offers.approval` themselves."""

    def update(self, **kwargs):
        from offers import approval

        approval.check_bulk_write(self.model, kwargs, self)
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        from offers import approval

        approval.check_bulk_write(self.model, fields, objs)
        return super().bulk_update(objs, fields, *args, **kwargs)

    def bulk_create(self, objs, *args, **kwargs):
        from offers import approval

        objs = list(objs)
        approval.check_bulk_write(self.model, None, objs)
        return super().bulk_create(objs, *args, **kwargs)


class GuardedRead(models.Model):
    """Rows residents may only read through `offers.public`, which applies approval.

    Every instance Django loads passes `from_db`, whatever path loaded it (a manager, a
    related object, `select_related`, a prefetch). In a resident's request, loading one outside
    the public door raises, so a new selector that forgets approval fails its tests.
    """

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        from offers import public

        public.check_read(cls)
        return super().from_db(db, field_names, values)


class Approvable(GuardedRead):
    status = models.CharField(
        "Status", max_length=20, choices=OfferStatus.choices, default=OfferStatus.PUBLISHED
    )
    review_note = models.CharField(
        "Hinweis der Freigabe",
        max_length=500,
        blank=True,
        help_text="Warum das Sozialamt einen Eintrag oder eine Änderung zurückgegeben hat.",
    )
    approved_snapshot = models.JSONField(
        "freigegebener Stand",
        null=True,
        blank=True,
        editable=False,
        help_text="Solange eine Änderung auf Freigabe wartet, sehen Bürger diesen Stand.",
    )

    class Meta:
        abstract = True

    @property
    def has_pending_changes(self):
        return self.approved_snapshot is not None
