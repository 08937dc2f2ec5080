"""A sign-language video's files leave the disk with it: when the video is deleted, or when a
new upload replaces one of its files (each upload has a new random name, so the old file would
otherwise stay forever — hundreds of MB each). Removed only after the transaction commits, so a
rolled-back change keeps its files."""

from django.db import transaction
from django.db.models.signals import post_delete, pre_save

FILE_FIELDS = ("video", "poster", "captions")


def _remove_after_commit(storage, names):
    def remove():
        for name in names:
            storage.delete(name)

    if names:
        transaction.on_commit(remove)


def _replaced(sender, instance, **kwargs):
    if instance.pk is None:
        return
    old = sender.objects.filter(pk=instance.pk).values(*FILE_FIELDS).first() or {}
    names = [
        old[field]
        for field in FILE_FIELDS
        if old.get(field) and old[field] != getattr(instance, field).name
    ]
    _remove_after_commit(instance.video.storage, names)


def _deleted(sender, instance, **kwargs):
    names = [getattr(instance, field).name for field in FILE_FIELDS]
    _remove_after_commit(instance.video.storage, [name for name in names if name])


def connect():
    from boards.models import SignVideo

    pre_save.connect(_replaced, sender=SignVideo, dispatch_uid="sign-video-replaced-files")
    post_delete.connect(_deleted, sender=SignVideo, dispatch_uid="sign-video-deleted-files")
