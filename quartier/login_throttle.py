"""Admin login throttled against password guessing.

After LIMIT failed attempts for one user name, or from one address, within WINDOW seconds,
logins are refused until the window has passed. The counters live only in the cache and only
for the window (the address is not stored anywhere else).
"""

import hashlib

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm

from quartier import safe_cache

LIMIT = 5
WINDOW = 15 * 60


def _keys(request, username):
    address = request.META.get("REMOTE_ADDR", "") if request else ""
    name = (username or "").strip().lower()
    return [
        "login-fail:user:" + hashlib.sha256(name.encode()).hexdigest(),
        "login-fail:addr:" + hashlib.sha256(address.encode()).hexdigest(),
    ]


def is_locked(request, username) -> bool:
    keys = _keys(request, username)
    counts = safe_cache.get_many(keys)
    return any(counts.get(key, 0) >= LIMIT for key in keys)


def record_failure(request, username) -> None:
    for key in _keys(request, username):
        safe_cache.increment(key, WINDOW)


def reset(request, username) -> None:
    safe_cache.delete(_keys(request, username)[0])


class ThrottledAdminLoginForm(AdminAuthenticationForm):
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "throttled": (
            "Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie 15 Minuten und versuchen "
            "Sie es dann erneut."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        if is_locked(self.request, username):
            raise forms.ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            record_failure(self.request, username)
            raise
        reset(self.request, username)
        return cleaned
