"""German Sign Language (BITV NRW): the page before and after the city's videos, uploads
checked by content through the real admin form, and only the Sozialamt may touch them."""

import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from boards.models import SignVideo
from tests.factories import make_accounts, make_organisation

pytestmark = pytest.mark.django_db

WEBM_HEAD = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01" + b"\x00" * 64
MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00" + b"\x00" * 64
VTT = "WEBVTT\n\n00:00.000 --> 00:01.500\nWillkommen bei Quartier.\n"
EMPTY_SENTENCE = "Die Videos in Gebärdensprache sind noch nicht da. Die Stadt arbeitet daran."


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def roles():
    """The clerk `sozialamt` and the provider `verein-a`, as the demo sets them up."""
    make_organisation(slug="verein-a", name="Verein A")
    make_accounts()


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def image(fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (32, 18), "navy").save(buffer, fmt)
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def form_data(**files):
    data = {
        "topic": "quartier",
        "title": "Was ist Quartier?",
        "summary": "Quartier zeigt, was in Ihrem Stadtteil los ist.",
        "position": "1",
        "is_published": "on",
        "video": upload("Begrüßung DGS.webm", WEBM_HEAD, "video/webm"),
        "poster": upload("bild.png", image(), "image/png"),
        "captions": upload("untertitel.vtt", VTT.encode(), "text/vtt"),
    }
    data.update(files)
    return data


def add_as_clerk(client, **files):
    return login(client, "sozialamt").post(
        reverse("admin:boards_signvideo_add"), form_data(**files)
    )


def make_video(media, published=True, **kwargs):
    folder = media / "gebaerdensprache"
    folder.mkdir(exist_ok=True)
    (folder / "a.webm").write_bytes(WEBM_HEAD)
    (folder / "a.vtt").write_text(VTT)
    (folder / "a.png").write_bytes(image())
    fields = {
        "topic": SignVideo.Topic.ACCESSIBILITY,
        "title": "Wie barrierefrei ist Quartier?",
        "summary": "Was auf den Seiten noch nicht barrierefrei ist.",
        "video": "gebaerdensprache/a.webm",
        "captions": "gebaerdensprache/a.vtt",
        "poster": "gebaerdensprache/a.png",
        "is_published": published,
    }
    return SignVideo.objects.create(**{**fields, **kwargs})


# --- The page ----------------------------------------------------------------------------


def test_page_url_is_outside_the_language_prefix():
    assert reverse("signs:index") == "/gebaerdensprache/"


def test_empty_page_says_so_plainly_and_links_the_text_versions(client):
    response = client.get("/gebaerdensprache/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de" dir="ltr">' in html
    assert "<title>Informationen in Deutscher Gebärdensprache (DGS) · Quartier</title>" in html
    assert EMPTY_SENTENCE in html
    assert 'href="/leichte-sprache/"' in html
    assert 'href="/de/info/barrierefreiheit/"' in html
    assert "<video" not in html


def test_page_is_german_whatever_the_browser_asks_for(client):
    response = client.get("/gebaerdensprache/", headers={"accept-language": "fa,ar;q=0.8"})
    html = response.content.decode()
    assert '<html lang="de" dir="ltr">' in html
    assert EMPTY_SENTENCE in html


def test_unpublished_video_is_not_shown(client, media):
    make_video(media, published=False)
    html = client.get("/gebaerdensprache/").content.decode()
    assert "<video" not in html
    assert EMPTY_SENTENCE in html


def test_published_video_plays_only_on_request_with_german_captions(client, media):
    video = make_video(media)
    html = client.get("/gebaerdensprache/").content.decode()
    assert EMPTY_SENTENCE not in html
    tags = re.findall(r"<video[^>]*>", html)
    assert len(tags) == 1
    assert 'controls preload="none" poster="/media/gebaerdensprache/a.png"' in tags[0]
    assert "autoplay" not in html
    assert '<source src="/media/gebaerdensprache/a.webm" type="video/webm">' in html
    assert (
        '<track kind="captions" srclang="de" label="Deutsch" '
        'src="/media/gebaerdensprache/a.vtt" default>'
    ) in html
    assert video.summary in html
    assert (
        '<a href="/de/info/barrierefreiheit/">Erklärung zur Barrierefreiheit als Text</a>' in html
    )


def test_only_published_videos_in_their_order(client, media):
    make_video(media, title="Zweites", position=2)
    make_video(media, title="Erstes", position=1)
    make_video(media, title="Entwurf", position=0, published=False)
    html = client.get("/gebaerdensprache/").content.decode()
    assert re.findall(r"<h2 id=\"video-\d+\">([^<]+)</h2>", html) == ["Erstes", "Zweites"]


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("de", "Gebärdensprache"),
        ("ru", "Немецкий жестовый язык"),
        ("uk", "Німецька жестова мова"),
        ("tr", "Alman İşaret Dili"),
        ("ar", "لغة الإشارة الألمانية"),
        ("fa", "زبان اشارهٔ آلمانی"),
    ],
)
def test_every_page_footer_links_the_sign_language_page(client, language, label):
    html = client.get(f"/{language}/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert (
        '<a class="with-icon" href="/gebaerdensprache/" hreflang="de"><svg class="sign-icon"'
    ) in footer
    assert f"<span>{label}</span></a>" in footer
    start = html[: html.index("<footer")]
    assert 'href="/gebaerdensprache/"' in start  # the start page's own link (BITV NRW)


# --- Serving the files (development and tests; nginx in production) ------------------------


def test_media_are_served_with_their_types_and_nosniff(client, media):
    make_video(media)
    video = client.get("/media/gebaerdensprache/a.webm")
    captions = client.get("/media/gebaerdensprache/a.vtt")
    assert (video.status_code, video["Content-Type"]) == (200, "video/webm")
    assert captions["Content-Type"] == "text/vtt"
    assert captions["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path", ["/media/../quartier/settings.py", "/media/%2e%2e/manage.py", "/media/nichts.webm"]
)
def test_media_outside_the_folder_or_missing_is_refused(client, media, path):
    assert client.get(path).status_code in (400, 404)


# --- Uploads through the admin ------------------------------------------------------------


def test_clerk_uploads_a_video_stored_under_a_random_name(client, roles, media):
    response = add_as_clerk(client)
    assert response.status_code == 302
    video = SignVideo.objects.get()
    assert re.fullmatch(r"gebaerdensprache/videos/[0-9a-f]{32}\.webm", video.video.name)
    assert re.fullmatch(r"gebaerdensprache/bilder/[0-9a-f]{32}\.png", video.poster.name)
    assert re.fullmatch(r"gebaerdensprache/untertitel/[0-9a-f]{32}\.vtt", video.captions.name)
    assert (media / video.video.name).read_bytes() == WEBM_HEAD


def test_clerk_uploads_an_mp4_and_a_jpeg(client, roles):
    response = add_as_clerk(
        client,
        video=upload("film.MP4", MP4_HEAD, "video/mp4"),
        poster=upload("bild.jpg", image("JPEG"), "image/jpeg"),
    )
    assert response.status_code == 302
    assert SignVideo.objects.get().video_type == "video/mp4"


CUE = "\n\n00:00.000 --> 00:01.000\nGrüße\n"
REJECTED = [
    ("webm name, other bytes", "video", ("film.webm", b"<html>" * 9), "kein WEBM-Video"),
    ("mp4 name, webm bytes", "video", ("film.mp4", WEBM_HEAD), "kein MP4-Video"),
    ("other video format", "video", ("film.mov", MP4_HEAD), "WebM (.webm) oder MP4 (.mp4)"),
    ("no extension", "video", ("film", WEBM_HEAD), "WebM (.webm) oder MP4 (.mp4)"),
    ("poster not an image", "poster", ("bild.png", b"<svg onload=alert(1)>"), "kein PNG-Bild"),
    ("poster jpeg named png", "poster", ("bild.png", image("JPEG")), "kein PNG-Bild"),
    ("poster gif", "poster", ("bild.gif", image("GIF")), "PNG (.png) oder JPEG (.jpg)"),
    ("poster svg", "poster", ("bild.svg", b"<svg/>"), "PNG (.png) oder JPEG (.jpg)"),
    ("captions without WEBVTT", "captions", ("u.vtt", CUE.encode()), "„WEBVTT“"),
    ("captions WEBVTTX", "captions", ("u.vtt", f"WEBVTTX{CUE}".encode()), "„WEBVTT“"),
    ("captions not UTF-8", "captions", ("u.vtt", f"WEBVTT{CUE}".encode("cp1252")), "UTF-8"),
    ("captions without cues", "captions", ("u.vtt", b"WEBVTT\n"), "keinen Untertitel"),
    ("captions as srt", "captions", ("u.srt", VTT.encode()), "WebVTT-Datei (.vtt)"),
]


@pytest.mark.parametrize(
    ("field", "file", "message"), [r[1:] for r in REJECTED], ids=[r[0] for r in REJECTED]
)
def test_wrong_file_is_a_german_form_error(client, roles, field, file, message):
    response = add_as_clerk(client, **{field: upload(*file)})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == [field]
    assert message in errors[field][0]
    assert not SignVideo.objects.exists()


def test_captions_with_byte_order_mark_are_accepted(client, roles):
    response = add_as_clerk(client, captions=upload("u.vtt", "\ufeff".encode() + VTT.encode()))
    assert response.status_code == 302


def test_video_over_the_size_limit_is_refused(client, roles, settings):
    settings.QUARTIER = {**settings.QUARTIER, "SIGN_VIDEO_MAX_MB": 0}
    response = add_as_clerk(client)
    errors = response.context["adminform"].form.errors
    assert errors["video"] == [
        "Das Video ist zu groß: höchstens 0 MB. Bitte kleiner speichern (z. B. 720p, kürzer "
        "schneiden)."
    ]


def test_changing_the_title_keeps_the_stored_files(
    client, roles, media, django_capture_on_commit_callbacks
):
    video = make_video(media)
    data = {
        "topic": video.topic,
        "title": "Neuer Titel",
        "summary": video.summary,
        "position": "0",
        "is_published": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = login(client, "sozialamt").post(
            reverse("admin:boards_signvideo_change", args=[video.pk]), data
        )
    assert response.status_code == 302
    video.refresh_from_db()
    assert (video.title, video.video.name) == ("Neuer Titel", "gebaerdensprache/a.webm")
    assert sorted(path.name for path in (media / "gebaerdensprache").iterdir()) == [
        "a.png",
        "a.vtt",
        "a.webm",
    ]


# --- Who may ------------------------------------------------------------------------------

ADMIN_PAGES = ["changelist", "add", "change", "delete"]


@pytest.mark.parametrize("view", ADMIN_PAGES)
def test_clerk_reaches_every_admin_page(client, roles, media, view):
    video = make_video(media)
    args = [video.pk] if view in ("change", "delete") else []
    response = login(client, "sozialamt").get(reverse(f"admin:boards_signvideo_{view}", args=args))
    assert response.status_code == 200


@pytest.mark.parametrize("view", ADMIN_PAGES)
def test_provider_is_refused_every_admin_page(client, roles, media, view):
    video = make_video(media)
    args = [video.pk] if view in ("change", "delete") else []
    response = login(client, "verein-a").get(reverse(f"admin:boards_signvideo_{view}", args=args))
    assert response.status_code == 403


def test_provider_cannot_post_a_video_or_see_the_entry(client, roles):
    client = login(client, "verein-a")
    response = client.post(reverse("admin:boards_signvideo_add"), form_data())
    assert response.status_code == 403
    assert not SignVideo.objects.exists()
    assert "signvideo" not in client.get("/admin/").content.decode()


def test_clerk_sees_the_entry_on_the_admin_index(client, roles):
    html = login(client, "sozialamt").get("/admin/").content.decode()
    assert 'href="/admin/boards/signvideo/"' in html
    assert "Videos in Gebärdensprache" in html


# --- Files leave the disk with their video -------------------------------------------------


def test_replacing_the_video_removes_the_old_file(
    client, roles, media, django_capture_on_commit_callbacks
):
    video = make_video(media)
    data = {
        "topic": video.topic,
        "title": video.title,
        "summary": video.summary,
        "position": "0",
        "is_published": "on",
        "video": upload("neu.webm", WEBM_HEAD),
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = login(client, "sozialamt").post(
            reverse("admin:boards_signvideo_change", args=[video.pk]), data
        )
    assert response.status_code == 302
    video.refresh_from_db()
    assert not (media / "gebaerdensprache/a.webm").exists()
    assert (media / video.video.name).exists()
    assert (media / "gebaerdensprache/a.png").exists()  # the poster was not replaced


def test_deleting_a_video_removes_its_files(
    client, roles, media, django_capture_on_commit_callbacks
):
    video = make_video(media)
    with django_capture_on_commit_callbacks(execute=True):
        response = login(client, "sozialamt").post(
            reverse("admin:boards_signvideo_delete", args=[video.pk]), {"post": "yes"}
        )
    assert response.status_code == 302
    assert list((media / "gebaerdensprache").iterdir()) == []


def test_page_refuses_other_methods_with_a_page(client):
    response = client.post("/gebaerdensprache/")
    assert (response.status_code, response["Allow"]) == (405, "GET, HEAD")
    assert "<html" in response.content.decode()
    assert client.get("/gebaerdensprache/?v=%00<script>").status_code == 200
