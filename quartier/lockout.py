"""What a locked-out login sees: the admin's login page with a German explanation."""

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse

MESSAGE = (
    "Zu viele fehlgeschlagene Anmeldungen mit diesem Benutzernamen von Ihrem Gerät. Bitte "
    "warten Sie 15 Minuten und versuchen Sie es dann erneut. Von anderen Geräten ist die "
    "Anmeldung weiter möglich."
)


class LockedOutForm(AdminAuthenticationForm):
    """The login form, showing the lockout instead of checking the password."""

    def clean(self):
        raise ValidationError(MESSAGE, code="locked_out")


def locked_out(request, response=None, credentials=None):
    """django-axes' lockout hook (AXES_LOCKOUT_CALLABLE): answers 429 with the login form
    the visitor used, the admin's or the members' area's."""
    username = request.POST.get("username", "")[:150]
    form = LockedOutForm(request, data={"username": username, "password": "-"})
    form.is_valid()
    if request.path == reverse("network:login"):
        context = {"form": form, "next": request.POST.get("next", "")}
        return TemplateResponse(request, "network/login.html", context, status=429).render()
    context = {
        **admin.site.each_context(request),
        "title": "Anmelden",
        "site_header": admin.site.site_header,
        "form": form,
        "app_path": request.get_full_path(),
        "username": request.user.get_username(),
    }
    response = TemplateResponse(request, "admin/login.html", context, status=429)
    return response.render()
