from boards.plan_html import any_outdated
from flyers.enums import Medium
from flyers.renderers.base import PrintProduct
from offers import selectors


class FlyerProduct(PrintProduct):
    """A6 flyer: 4-up on A4 with cut marks for office printers, or one A6 page with 3 mm
    bleed and crop marks for a print shop (`?layout=shop`)."""

    name = "flyer"
    medium = Medium.FLYER
    template = "flyers/pdf/flyer.html"
    options = {"layout": ("office", "shop")}

    def context(self):
        highlights = selectors.highlights(self.district, self.language)
        return {
            "highlights": highlights,
            # One footnote explains the asterisks of outdated titles (never a silent mix).
            "outdated": any_outdated(highlights, ("title",)),
            "copies": range(4 if self.chosen["layout"] == "office" else 1),
            "city": selectors.get_city(),
        }
