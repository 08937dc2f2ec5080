"""Print products as an office prints them: real PDFs, rasterised, QR codes decoded and followed."""

import ctypes
from urllib.parse import urlsplit

import pypdfium2
import pypdfium2.raw as pdfium
import pytest
import zxingcpp
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command

from flyers.renderers import PRODUCTS
from offers.models import District, Offer

pytestmark = [pytest.mark.pdf]

LANGUAGES = [code for code, _ in settings.LANGUAGES]
DISTRICTS = ["welheim", "altstadt", "nord-ost", "batenbrock-sued"]
MM = 72 / 25.4  # PDF points per millimetre


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The Bottrop demo, loaded once for this module and removed afterwards."""
    with django_db_blocker.unblock():
        call_command("seed_demo")
        yield
        call_command("flush", interactive=False, verbosity=0)


def pdf_language(document):
    size = pdfium.FPDFCatalog_GetLanguage(document.raw, None, 0)
    buffer = (ctypes.c_ushort * (size // 2))()
    pdfium.FPDFCatalog_GetLanguage(document.raw, buffer, size)
    return bytes(buffer).decode("utf-16-le").rstrip("\x00")


def decode_qr_codes(pdf, dpi=150):
    document = pypdfium2.PdfDocument(pdf)
    image = document[0].render(scale=dpi / 72).to_pil()
    return [(code.text, code.position) for code in zxingcpp.read_barcodes(image)]


def trim_size_mm(page):
    left, bottom, right, top = page.get_trimbox()
    return round((right - left) / MM), round((top - bottom) / MM)


EXPECTED_SIZE_MM = {"flyer": (210, 297), "sticker": (148, 210), "plan": (297, 210)}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("product", sorted(PRODUCTS))
def test_product_renders_and_its_qr_opens_the_board(client, demo, db, product, language):
    for slug in DISTRICTS:
        response = client.get(f"/{language}/{slug}/{product}.pdf")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        document = pypdfium2.PdfDocument(response.content)
        assert len(document) == 1  # the busiest district's plan fits one page too
        assert trim_size_mm(document[0]) == EXPECTED_SIZE_MM[product]
        assert pdf_language(document) == language
        assert pdfium.FPDFCatalog_IsTagged(document.raw)
        assert document.get_metadata_dict()["Title"]

        codes = {text for text, _ in decode_qr_codes(response.content)}
        assert len(codes) == 1  # four flyers on a sheet carry the same code
        url = codes.pop()
        assert url.startswith("http://127.0.0.1:8000/q/")
        followed = client.get(urlsplit(url).path)
        assert (followed.status_code, followed["Location"]) == (302, f"/{language}/{slug}/")
        board = client.get(followed["Location"])
        assert BeautifulSoup(board.content, "html.parser").html["lang"] == language


def test_flyer_office_sheet_has_four_codes(client, demo, db):
    response = client.get("/de/welheim/flyer.pdf")
    assert len(decode_qr_codes(response.content)) == 4


def test_shop_flyer_is_a6_with_3mm_bleed(client, demo, db):
    response = client.get("/fa/welheim/flyer.pdf?layout=shop")
    page = pypdfium2.PdfDocument(response.content)[0]
    assert trim_size_mm(page) == (105, 148)
    media, trim = page.get_mediabox(), page.get_trimbox()
    bleed = [round(abs(m - t) / MM, 1) for m, t in zip(media, trim, strict=True)]
    assert bleed == [3.0, 3.0, 3.0, 3.0]
    assert response["Content-Disposition"] == (
        'inline; filename="quartier-welheim-fa-flyer-shop.pdf"'
    )


def test_crop_marks_drawn_in_the_bleed(client, demo, db):
    response = client.get("/de/welheim/flyer.pdf?layout=shop")
    document = pypdfium2.PdfDocument(response.content)
    image = document[0].render(scale=300 / 72).to_pil().convert("L")
    # The bottom-left corner of the bleed (outside the trimmed page) carries the crop mark.
    corner = image.crop((0, image.height - 35, 35, image.height))
    assert min(corner.get_flattened_data()) < 128


def test_sticker_qr_is_at_least_80mm(client, demo, db):
    response = client.get("/ar/welheim/sticker.pdf")
    dpi = 100
    [(_, position)] = decode_qr_codes(response.content, dpi=dpi)
    width_mm = (position.top_right.x - position.top_left.x) / dpi * 25.4
    assert width_mm >= 80


def test_plan_a3_and_other_week(client, demo, db):
    response = client.get("/ru/nord-ost/plan.pdf?size=a3&week=2026-W50")
    page = pypdfium2.PdfDocument(response.content)[0]
    assert trim_size_mm(page) == (420, 297)
    text = page.get_textpage().get_text_range()
    assert "7 декабря" in text and "13 декабря 2026" in text


@pytest.mark.parametrize(
    "query", ["layout=poster", "size=a5", "week=2026-48", "week=%00", "size=" + "x" * 5000]
)
def test_unknown_options_answer_400(client, demo, db, query):
    product = query.split("=")[0] == "layout" and "flyer" or "plan"
    response = client.get(f"/de/welheim/{product}.pdf?{query}")
    assert response.status_code == 400


def test_unknown_district_answers_404(client, demo, db):
    assert client.get("/de/nirgendwo/flyer.pdf").status_code == 404


def test_cached_until_data_changes_with_etag(client, demo, db):
    first = client.get("/de/altstadt/plan.pdf")
    etag = first["ETag"]
    assert client.get("/de/altstadt/plan.pdf", HTTP_IF_NONE_MATCH=etag).status_code == 304
    again = client.get("/de/altstadt/plan.pdf")
    assert (again["ETag"], again.content) == (etag, first.content)

    offer = Offer.objects.filter(districts__slug="altstadt").exclude(rules=None).first()
    offer.title = "Ganz neuer Titel"
    offer.save()

    changed = client.get("/de/altstadt/plan.pdf", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    text = pypdfium2.PdfDocument(changed.content)[0].get_textpage().get_text_range()
    assert "Ganz neuer Titel" in text


def test_print_page_lists_every_product_in_every_language(client, demo, db):
    page = BeautifulSoup(client.get("/fa/welheim/print/").content, "html.parser")
    hrefs = {a["href"] for a in page.select(".download-list a")}
    assert hrefs == {
        f"/{language}/welheim/{product}.pdf" for language in LANGUAGES for product in PRODUCTS
    }
    shorts = [i["value"] for i in page.select("input.short-input")]
    assert shorts == [f"http://127.0.0.1:8000/q/wel-fa-{m}" for m in ("f", "s", "p")]
    preview = client.get(page.select_one("img.preview")["src"])
    assert (preview.status_code, preview["Content-Type"]) == (200, "image/png")
    assert preview.content.startswith(b"\x89PNG")


@pytest.mark.parametrize("kind", ["svg", "png"])
def test_qr_downloads_decode_to_short_link(client, demo, db, kind):
    response = client.get(f"/ru/altstadt/qr-sticker.{kind}")
    assert response.status_code == 200
    if kind == "png":
        from io import BytesIO

        from PIL import Image

        [code] = zxingcpp.read_barcodes(Image.open(BytesIO(response.content)))
        assert code.text == "http://127.0.0.1:8000/q/alt-ru-s"
    else:
        assert response.content.lstrip().startswith(b"<svg")


def test_render_print_writes_all_products(tmp_path, demo, db):
    call_command("render_print", out=str(tmp_path))
    files = sorted(p.name for p in tmp_path.glob("*.pdf"))
    # 6 languages × 4 districts × 3 products; a shop flyer per district and language
    assert len(files) == len(LANGUAGES) * len(DISTRICTS) * len(PRODUCTS) == 72
    assert {"quartier-batenbrock-sued-fa-sticker.pdf", "quartier-welheim-uk-plan.pdf"} <= set(files)
    assert len(list((tmp_path / "druckerei").glob("*.pdf"))) == len(LANGUAGES) * len(DISTRICTS)
    assert District.objects.count() == 4
