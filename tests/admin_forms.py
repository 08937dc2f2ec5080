"""Helpers for posting admin forms in tests."""

from django import forms

from offers.admin.hours import WeekHoursWidget, grid_data


def form_data(form, **changes):
    """POST data that re-submits an admin change form as shown, with `changes` applied."""
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if isinstance(field.widget, WeekHoursWidget):  # the opening hours grid's inputs
            data.update(grid_data(name, value))
            continue
        if value is None:
            continue
        if hasattr(value, "all"):
            value = [obj.pk for obj in value.all()]
        elif isinstance(value, list | tuple):
            value = [getattr(v, "pk", v) for v in value]
        elif hasattr(value, "pk"):
            value = value.pk
        elif hasattr(value, "strftime"):
            value = value.strftime("%d.%m.%Y")
        if value is False and isinstance(field, forms.BooleanField):
            continue  # an unticked checkbox is not posted; a radio choice "False" is
        data[name] = value
    data.update(changes)
    for prefix in ("rules", "exceptions"):
        data.setdefault(f"{prefix}-TOTAL_FORMS", "0")
        data.setdefault(f"{prefix}-INITIAL_FORMS", "0")
    return data
