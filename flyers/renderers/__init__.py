"""The print products, by the name used in URLs (`flyer.pdf`, `sticker.pdf`, `plan.pdf`)."""

from flyers.renderers.base import (
    RENDER_COUNTS,
    InvalidOption,
    PrintProduct,
    Rendered,
    UnknownWeek,
)
from flyers.renderers.flyer import FlyerProduct
from flyers.renderers.plan import PlanProduct
from flyers.renderers.sticker import StickerProduct

PRODUCTS: dict[str, type[PrintProduct]] = {
    product.name: product for product in (FlyerProduct, StickerProduct, PlanProduct)
}

__all__ = [
    "PRODUCTS",
    "RENDER_COUNTS",
    "InvalidOption",
    "PrintProduct",
    "Rendered",
    "UnknownWeek",
]
