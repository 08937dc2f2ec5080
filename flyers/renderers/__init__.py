"""The print products, by the name used in URLs (`flyer.pdf`, `sticker.pdf`, `plan.pdf`)."""

from flyers.renderers.base import InvalidOption, PrintProduct, Rendered
from flyers.renderers.flyer import FlyerProduct
from flyers.renderers.plan import PlanProduct
from flyers.renderers.sticker import StickerProduct

PRODUCTS: dict[str, type[PrintProduct]] = {
    product.name: product for product in (FlyerProduct, StickerProduct, PlanProduct)
}

__all__ = ["PRODUCTS", "InvalidOption", "PrintProduct", "Rendered"]
