"""Language of structure elements in tagged PDFs: `/Lang` from the element's `lang`.

WeasyPrint (up to at least 70) writes the document's language into the catalog but ignores
`lang` on elements, so a screen reader reads German fallback text inside a Persian plan with a
Persian voice. The web pages mark it `lang="de"` (boards' `tr` and `german`); this gives the
PDF's structure elements the same. WeasyPrint builds the structure tree in one recursive
function; it is wrapped once, at import, and every element it yields for a box whose HTML
element carries `lang` gets `/Lang`.
"""

import pydyf
from weasyprint.layout.absolute import AbsolutePlaceholder
from weasyprint.pdf import tags

_build_box_tree = tags._build_box_tree  # noqa: SLF001 — no public hook for /Lang
_ROOT_TAGS = {"html", "body"}


def _element_language(box):
    if isinstance(box, AbsolutePlaceholder):
        box = box._box  # noqa: SLF001 — as WeasyPrint unwraps it
    element = getattr(box, "element", None)
    if element is None or getattr(box, "element_tag", None) in _ROOT_TAGS:
        return None  # the root's language is the catalog's /Lang already
    return element.get("lang")


def _build_box_tree_with_lang(box, *args, **kwargs):
    language = _element_language(box)
    for element in _build_box_tree(box, *args, **kwargs):
        if language and "Lang" not in element:
            element["Lang"] = pydyf.String(language)
        yield element


if getattr(tags._build_box_tree, "__name__", "") != _build_box_tree_with_lang.__name__:  # noqa: SLF001
    tags._build_box_tree = _build_box_tree_with_lang  # noqa: SLF001
