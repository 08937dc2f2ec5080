"""Short links printed in QR codes: issuing them, following them, counting scans."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from flyers.enums import Medium
from flyers.models import ScanDay, ShortLink

MEDIUM_LETTERS = {Medium.FLYER: "f", Medium.STICKER: "s", Medium.PLAN: "p", Medium.SCREEN: "b"}


def link_for(district, language: str, medium: str) -> ShortLink:
    """The district's short link for one language and medium, issued on first use.

    The code is made from the district's short code at that moment and stored; it is never
    recomputed, so later renames cannot break printed codes.
    """
    link = ShortLink.objects.filter(district=district, language=language, medium=medium).first()
    if link:
        return link
    code = f"{district.code}-{language}-{MEDIUM_LETTERS[medium]}"
    try:
        with transaction.atomic():
            return ShortLink.objects.create(
                code=code, district=district, language=language, medium=medium
            )
    except IntegrityError:  # issued meanwhile by another request
        return ShortLink.objects.get(district=district, language=language, medium=medium)


def absolute_url(link: ShortLink) -> str:
    """What the QR code encodes: the public base URL plus the short link."""
    return f"{settings.SITE_URL}/q/{link.code}"


def record_scan(link: ShortLink) -> None:
    """Count one visit for today. Stores nothing about the visitor."""
    today = timezone.localdate()
    updated = ScanDay.objects.filter(link=link, day=today).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            ScanDay.objects.create(link=link, day=today, count=1)
    except IntegrityError:
        ScanDay.objects.filter(link=link, day=today).update(count=F("count") + 1)
