"""The mail about a new post to members who asked for it (NoticeSetting.notify)."""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mass_mail
from django.template.loader import render_to_string
from django.urls import reverse

from network.models import Post
from network.selectors import organisation_districts
from offers.models import Membership

logger = logging.getLogger(__name__)


def recipients(post) -> list[str]:
    """Addresses of opted-in active members whose organisations have places or offers in a
    district of `post`, without its author."""
    district_ids = set(post.districts.values_list("pk", flat=True))
    memberships = Membership.objects.filter(
        user__is_active=True,
        user__is_staff=True,
        user__network_notice__notify=True,
    ).exclude(user__email="")
    if post.author_id:
        memberships = memberships.exclude(user_id=post.author_id)
    by_user = {}
    for user_id, organisation_id in memberships.values_list("user_id", "organisation_id"):
        by_user.setdefault(user_id, set()).add(organisation_id)
    wanted = [
        user_id
        for user_id, organisations in by_user.items()
        if district_ids & set(organisation_districts(organisations))
    ]
    return sorted(User.objects.filter(pk__in=wanted).values_list("email", flat=True))


def announce(post_pk) -> int:
    """Mails the post `post_pk` to its recipients, one message each (no shared To line)."""
    post = Post.objects.select_related("organisation").filter(pk=post_pk).first()
    if post is None:
        return 0
    context = {
        "post": post,
        "districts": ", ".join(str(d) for d in post.districts.all()),
        "board_url": settings.SITE_URL + reverse("network:board"),
        "settings_url": settings.SITE_URL + reverse("network:notify"),
    }
    subject = f"Netzwerk-Pinnwand: {post.get_kind_display()} – {post.title}"
    body = render_to_string("network/mail/new_post.txt", context)
    messages = [(subject, body, None, [address]) for address in recipients(post)]
    if not messages:
        return 0
    try:
        return send_mass_mail(messages, fail_silently=False)
    except (OSError, smtplib.SMTPException):
        # The post is saved; a mail server away must not turn the author's save into an error.
        logger.warning("Mail about network post %s not sent", post_pk, exc_info=True)
        return 0
