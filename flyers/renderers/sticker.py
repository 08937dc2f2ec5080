from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from flyers.enums import Medium
from flyers.renderers.base import PrintProduct


class StickerProduct(PrintProduct):
    """A5 sticker for shop windows: a QR code of 108 mm with its quiet zone (the code itself
    over 80 mm), scannable from arm's length through glass, the district name and one line in
    every resident language. 3 mm bleed."""

    name = "sticker"
    medium = Medium.STICKER
    template = "flyers/pdf/sticker.html"

    def context(self):
        lines = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                lines.append(
                    {
                        "lang": code,
                        "dir": "rtl" if translation.get_language_bidi() else "ltr",
                        # Translators: one line on the shop-window sticker, under the QR code.
                        "text": gettext("Was ist los im Stadtteil? Scannen und nachsehen."),
                    }
                )
        return {"lines": lines}
