"""Writes of the members' area. Who may do what is checked by the views (network.access)."""

from django.db import transaction

from network import mail
from network.models import FeedToken, NoticeSetting, PostStatus


def save_post(form, user):
    """Saves a new or changed post; a new one is mailed, once the transaction has committed,
    to the members who asked for it (network/mail.py)."""
    creating = form.instance.pk is None
    with transaction.atomic():
        post = form.save(commit=False)
        if creating:
            post.author = user
        post.save()
        form.save_m2m()
        if creating:
            transaction.on_commit(lambda: mail.announce(post.pk))
    return post


def moderate(post, *, hide: bool, note: str):
    """The Sozialamt hides a post (the author's organisation still sees it, with the note)
    or shows it again."""
    post.status = PostStatus.HIDDEN if hide else PostStatus.VISIBLE
    post.moderation_note = note
    post.save(update_fields=["status", "moderation_note"])


def renew_feed(user) -> str:
    """A new private calendar address for `user`; the previous one stops working."""
    return FeedToken.issue(user)


def revoke_feed(user) -> None:
    FeedToken.objects.filter(user=user).delete()


def set_notify(user, notify: bool) -> None:
    NoticeSetting.objects.update_or_create(user=user, defaults={"notify": notify})
