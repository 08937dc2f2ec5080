"""Edits never overwrite each other: two people with the same offer (or place, provider) open,
the second save is refused while the first one's change would be lost.

The form carries, signed, what the editor saw when the form was opened: the values of the
fields this form can change and of the inline rows (schedule rules, single-date changes). On
save, the same is read from the database again; where it differs, someone saved in between.
The form then says what changed, by whom, keeps everything the second person typed, and takes
the new state as seen: saving again, after a look, is a deliberate choice.

A snapshot rather than a version number: approval, confirmation and the nightly calendar run
also save these rows, but only a change to what this form shows is a conflict.
"""

import datetime
import decimal

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.text import Truncator

from offers import opening_hours, schedule_text
from offers.admin.base import AdminForm

SALT = "quartier.admin.edit-snapshot"
FIELD = "edit_snapshot"
# Inline rows the offer form writes, by their relation name, with the label the form gives them.
RELATED = {"rules": "Termine", "exceptions": "Ausfälle und Verlegungen einzelner Termine"}


def _plain(value):
    """A value as JSON can carry it and two reads of the same row compare equal."""
    if value is None:
        return ""  # an empty translation is NULL until a form saves it as ""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (list, tuple, set)):
        return sorted((_plain(item) for item in value), key=str)
    if isinstance(value, (datetime.date, datetime.time, decimal.Decimal)):
        return str(value)
    return value


def _row(obj) -> dict:
    return {
        field.attname: _plain(field.value_from_object(obj))
        for field in obj._meta.concrete_fields
        if field.attname != "id"
    }


def snapshot(model, pk, field_names) -> dict:
    """What the form shows of object `pk` as the database holds it now."""
    current = model._default_manager.filter(pk=pk).first()
    if current is None:
        return {}
    seen = {}
    for name in field_names:
        field = model._meta.get_field(name)
        value = field.value_from_object(current)
        seen[name] = _plain(list(value) if field.many_to_many else value)
    for relation in RELATED:
        manager = getattr(current, relation, None)
        if manager is not None and isinstance(manager, models.Manager):
            seen[relation] = {str(row.pk): _row(row) for row in manager.all()}
    return seen


def _describe(current, name) -> str:
    """The current value of a changed field, short and as a clerk reads it, for the message."""
    if name == "rules":
        return schedule_text.format_rules(current.rules.all()) or "keine"
    if name in RELATED:
        return ""
    if name == "hours":  # a place's opening hours, as residents read them
        with translation.override("de"):
            return f"„{opening_hours.format_week(current.hours)}“" if current.hours else "leer"
    field = current._meta.get_field(name)
    value = getattr(current, name)
    if field.many_to_many:
        value = ", ".join(str(item) for item in value.all())
    elif field.choices:
        value = getattr(current, f"get_{name}_display")()
    elif isinstance(value, bool):
        value = "ja" if value else "nein"
    elif isinstance(value, datetime.date):
        value = value.strftime("%d.%m.%Y")
    elif isinstance(value, datetime.time):
        value = value.strftime("%H:%M")
    if value in (None, ""):
        return "leer"
    return f"„{Truncator(str(value)).chars(60)}“"


class ConflictCheckedForm(forms.ModelForm):
    """An admin form that refuses to overwrite a change saved while it was open."""

    edit_snapshot = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and self.instance.pk is not None:
            self.initial[FIELD] = self._signed_snapshot()

    def _checked_fields(self):
        names = {field.name for field in self._meta.model._meta.get_fields()}
        return sorted(name for name in self.fields if name in names)

    def _signed_snapshot(self, seen=None):
        if seen is None:
            seen = snapshot(self._meta.model, self.instance.pk, self._checked_fields())
        opened = timezone.now().isoformat()
        return signing.dumps({"opened": opened, "seen": seen}, salt=SALT, compress=True)

    def clean(self):
        cleaned = super().clean()
        key = self.add_prefix(FIELD)
        token = self.data.get(key)
        if self.instance.pk is None or token is None:
            return cleaned  # a new object, or a client without the field (never a browser)
        now = snapshot(self._meta.model, self.instance.pk, self._checked_fields())
        try:
            token = signing.loads(token, salt=SALT)
            seen, opened = token["seen"], datetime.datetime.fromisoformat(token["opened"])
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            seen, opened = None, None
        if seen == now:
            return cleaned
        changed = [] if seen is None else [k for k in now if seen.get(k) != now.get(k)]
        # The form comes back with the user's input; the hidden field now holds today's state,
        # so that saving again after reading the message is possible, and deliberate.
        self.data = self.data.copy()
        self.data[key] = self._signed_snapshot(now)
        raise ValidationError(self._message(changed, opened), code="edit_conflict")

    def _message(self, changed, opened) -> str:
        current = self._meta.model._default_manager.get(pk=self.instance.pk)
        parts = []
        for name in changed:
            label = RELATED.get(name) or str(self.fields[name].label)
            value = _describe(current, name)
            parts.append(f"{label}: jetzt {value}" if value else label)
        who = ""
        history = getattr(current, "history", None)
        if history is not None and opened is not None:
            # Saves through a form leave history; a bulk confirmation does not, and is unnamed.
            since = history.filter(history_date__gt=opened).order_by("-history_date").first()
            if since is not None:
                when = timezone.localtime(since.history_date).strftime("%H:%M")
                name = since.history_user.get_username() if since.history_user else "jemand"
                who = f" (zuletzt gespeichert von {name} um {when} Uhr)"
        what = f": {'; '.join(parts)}" if parts else ""
        return (
            f"Während Sie bearbeitet haben, wurde dies geändert{who}{what}. "
            "Nichts von Ihren Eingaben ist gespeichert; sie stehen unten noch im Formular. "
            "Bitte vergleichen Sie mit dem neuen Stand: Wenn Sie jetzt erneut speichern, gelten "
            "Ihre Eingaben, auch für die genannten Felder."
        )


class ConflictCheckedAdminForm(ConflictCheckedForm, AdminForm):
    """The admin's form (offers.admin.base.AdminForm) with the check above."""
