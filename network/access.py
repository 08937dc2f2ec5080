"""Who may enter the members' area, and what a member may do with a post.

Members are active staff accounts of the Sozialamt (offers.permissions.is_clerk) and of
providers (a Membership). Everyone else is sent to the login page, or refused when logged in.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from offers import permissions


def is_member(user) -> bool:
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return permissions.is_clerk(user) or bool(permissions.organisation_ids(user))


def member_required(view):
    """Anonymous visitors go to the members' login (the admin's accounts and lockout), then
    back here."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("network:login"))
        if not is_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def may_edit(user, post) -> bool:
    """Authors' organisations edit and delete their own posts; the Sozialamt any."""
    return permissions.is_clerk(user) or post.organisation_id in permissions.organisation_ids(user)


def may_moderate(user) -> bool:
    return permissions.is_clerk(user)


def check(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied
