"""Admin views the site adds to Django's own."""

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ValidationError
from django.http import Http404


def scoped_shortcut(request, content_type_id, object_id):
    """`/admin/r/<content type>/<id>/` ("Auf der Website ansehen") for objects the user may
    see in the admin only: Django's own view would reveal any object's public address."""
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        model_admin = admin.site.get_model_admin(model)
    except (ContentType.DoesNotExist, NotRegistered):
        raise Http404 from None
    if not model_admin.has_view_permission(request):
        raise Http404
    try:
        visible = model_admin.get_queryset(request).filter(pk=object_id).exists()
    except (ValueError, ValidationError):
        visible = False
    if not visible:
        raise Http404
    return shortcut(request, content_type_id, object_id)
