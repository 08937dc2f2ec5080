from django import template
from django.conf import settings

from offers import selectors

register = template.Library()


@register.inclusion_tag("admin/offers/worklist.html", takes_context=True)
def worklist(context):
    request = context["request"]
    return selectors.worklist(request.user, settings.QUARTIER["STALE_AFTER_DAYS"])
