"""The errors of an admin form and its inlines as one list of links, for the top of the form:
each names the field ("Terminregel 2, von") and jumps to it."""

from django.core.exceptions import NON_FIELD_ERRORS


def _form_errors(form, prefix: str, anchor: str) -> list[dict]:
    links = []
    for name, messages in form.errors.items():
        if name != NON_FIELD_ERRORS and name in form.fields:
            field = form[name]
            label = f"{prefix}{field.label}"
            target = field.id_for_label or field.auto_id
        else:
            label, target = prefix.rstrip(", "), anchor
        for message in messages:
            links.append({"href": f"#{target}" if target else "", "label": label, "text": message})
    return links


def error_links(form, formsets) -> list[dict]:
    """{"href", "label", "text"} for every error of `form` and its inline `formsets`."""
    # The form's own non-field errors stand right below, in Django's list: not twice.
    links = [link for link in _form_errors(form, "", "") if link["href"]]
    for formset in formsets:
        name = formset.model._meta.verbose_name
        for message in formset.non_form_errors():
            links.append({"href": f"#{formset.prefix}-group", "label": "", "text": message})
        for index, inline_form in enumerate(formset.forms):
            anchor = f"{formset.prefix}-{index}"
            links.extend(_form_errors(inline_form, f"{name} {index + 1}, ", anchor))
    return links
