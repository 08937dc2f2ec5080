"""The members' area (/network/): German only, for members only (network.access)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from network import access, ical, selectors, services
from network.forms import DirectoryFilter, ModerationForm, NotifyForm, PostForm

# Private pages: no shared cache may keep them, and nothing is cached in the browser.
member_page = [never_cache, access.member_required]


class LoginView(auth_views.LoginView):
    """The members' login: the admin's accounts and password check (and django-axes'
    lockout, which every `authenticate()` passes), on a page of the members' area rather
    than the admin's "Verwaltung"."""

    template_name = "network/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return reverse("network:overview")


login = LoginView.as_view()
logout = auth_views.LogoutView.as_view(next_page="network:login")


def _member(methods=("GET", "HEAD")):
    def decorate(view):
        for wrapper in reversed([*member_page, require_http_methods(list(methods))]):
            view = wrapper(view)
        return view

    return decorate


@_member()
def overview(request):
    districts = selectors.member_districts(request.user)
    return render(
        request,
        "network/overview.html",
        {
            "dates": selectors.upcoming_dates(districts, limit=5),
            "posts": selectors.board_posts(request.user, district_ids=districts, limit=5),
            "whole_city": districts is None,
        },
    )


@_member()
def directory(request):
    form = DirectoryFilter(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    organisations = selectors.directory(
        filters.get("q", ""), filters.get("district"), filters.get("kind", "")
    )
    return render(request, "network/directory.html", {"form": form, "organisations": organisations})


@_member()
def dates(request):
    return render(request, "network/dates.html", {"dates": selectors.upcoming_dates()})


@_member(("GET", "HEAD", "POST"))
def calendar(request):
    """The member's private calendar address: made or renewed (shown once), or revoked."""
    token = None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.revoke_feed(request.user)
        else:
            token = services.renew_feed(request.user)
    url = settings.SITE_URL + reverse("network:feed", args=[token]) if token else ""
    context = {"feed_url": url, "has_feed": selectors.has_feed(request.user)}
    return render(request, "network/calendar.html", context)


@require_safe
def feed(request, token):
    """The calendar itself: no session, the secret in the address is the key."""
    owner = selectors.feed_owner(token)
    if owner is None or not access.is_member(owner):
        raise Http404
    response = HttpResponse(ical.build(selectors.feed_dates()), content_type="text/calendar")
    response["Cache-Control"] = "private, no-store"
    return response


@_member()
def board(request):
    return render(request, "network/board.html", {"posts": selectors.board_posts(request.user)})


@_member(("GET", "HEAD", "POST"))
def post_create(request):
    return _post_form(request, None)


@_member(("GET", "HEAD", "POST"))
def post_edit(request, pk):
    post = _post(request, pk)
    access.check(access.may_edit(request.user, post))
    return _post_form(request, post)


def _post_form(request, post):
    organisations = selectors.user_organisations(request.user)
    form = PostForm(_data(request), instance=post, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        services.save_post(form, request.user)
        messages.success(request, "Der Eintrag ist gespeichert.")
        return redirect("network:board")
    return render(request, "network/post_form.html", {"form": form, "post": post})


@_member(("GET", "HEAD", "POST"))
def post_delete(request, pk):
    post = _post(request, pk)
    access.check(access.may_edit(request.user, post))
    if request.method == "POST":
        post.delete()
        messages.success(request, "Der Eintrag ist gelöscht.")
        return redirect("network:board")
    return render(request, "network/post_delete.html", {"post": post})


@_member(("GET", "HEAD", "POST"))
def post_moderate(request, pk):
    post = _post(request, pk)
    access.check(access.may_moderate(request.user))
    initial = {"hide": "0" if post.is_hidden else "1", "note": post.moderation_note}
    form = ModerationForm(_data(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.moderate(post, hide=form.cleaned_data["hide"], note=form.cleaned_data["note"])
        messages.success(request, "Die Moderation ist gespeichert.")
        return redirect("network:board")
    return render(request, "network/post_moderate.html", {"form": form, "post": post})


@_member(("GET", "HEAD", "POST"))
def notify(request):
    setting = selectors.notice_setting(request.user)
    form = NotifyForm(_data(request), initial={"notify": setting.notify})
    if request.method == "POST" and form.is_valid():
        services.set_notify(request.user, form.cleaned_data["notify"])
        messages.success(request, "Ihre Einstellung ist gespeichert.")
        return redirect("network:notify")
    return render(request, "network/notify.html", {"form": form})


def _post(request, pk):
    post = selectors.post_for(request.user, pk)
    if post is None:
        raise Http404
    return post


def _data(request):
    # Not `request.POST or None`: a form whose only box was unticked posts nothing, and
    # must still be bound.
    return request.POST if request.method == "POST" else None
