from django import template
from django.conf import settings

from offers import permissions, selectors
from offers.admin.errors import error_links

register = template.Library()


@register.inclusion_tag("admin/offers/worklist.html", takes_context=True)
def worklist(context):
    request = context["request"]
    work = selectors.worklist(request.user, settings.QUARTIER["STALE_AFTER_DAYS"])
    return {**work, "show_cockpit": permissions.is_clerk(request.user)}


@register.inclusion_tag("admin/offers/error_summary.html")
def error_summary(adminform, inline_admin_formsets):
    """Every error of the form, at its top, each a link to its field."""
    formsets = [inline.formset for inline in inline_admin_formsets]
    return {"errors": error_links(adminform.form, formsets)}
