"""A clerk uploads a sign-language video through the real admin and a resident plays it, in
Chromium: a two-second WebM of ffmpeg's test pattern, a poster and WebVTT captions, served
from our own host; no autoplay, the captions load, and axe finds nothing on the page."""

import shutil
import subprocess

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image

from tests.browser.admin import signed_in
from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import make_accounts

pytestmark = pytest.mark.django_db(transaction=True)

CAPTION = "Willkommen bei Quartier."


def ffmpeg():
    path = shutil.which("ffmpeg")
    if not path:
        raise RuntimeError("ffmpeg is needed for this test: make system-deps TESTING=true")
    return path


@pytest.fixture
def files(tmp_path):
    """A real two-second VP8 WebM, a PNG poster and WebVTT captions, made here."""
    video = tmp_path / "begruessung.webm"
    subprocess.run(  # noqa: S603 — fixed arguments, our own file names
        [
            ffmpeg(),
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=duration=2:size=320x240:rate=15",
            "-c:v",
            "libvpx",
            "-b:v",
            "200k",
            "-an",
            str(video),
        ],  # fmt: skip
        check=True,
        timeout=60,
    )
    poster = tmp_path / "bild.png"
    Image.new("RGB", (320, 240), "#0f5a6b").save(poster)
    captions = tmp_path / "untertitel.vtt"
    captions.write_text(f"WEBVTT\n\n00:00.000 --> 00:02.000\n{CAPTION}\n", encoding="utf-8")
    return {"video": video, "poster": poster, "captions": captions}


@pytest.fixture
def clerk_page(browser, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    make_accounts()
    page = signed_in(browser, live_server, viewport={"width": 1280, "height": 900})
    yield page
    page.context.close()


def test_clerk_uploads_and_a_resident_plays_the_video(live_server, clerk_page, files):
    page = clerk_page
    page.get_by_role("link", name="Videos in Gebärdensprache").first.click()
    page.get_by_role("link", name="Video in Gebärdensprache hinzufügen").click()
    page.select_option("#id_topic", "quartier")
    page.fill("#id_title", "Was ist Quartier?")
    page.fill("#id_summary", "Quartier zeigt, was in Ihrem Stadtteil los ist.")
    page.set_input_files("#id_video", str(files["video"]))
    page.set_input_files("#id_poster", str(files["poster"]))
    page.set_input_files("#id_captions", str(files["captions"]))
    page.check("#id_is_published")
    page.click("input[name=_save]")
    page.wait_for_url(f"{live_server.url}/admin/boards/signvideo/")
    assert "erfolgreich hinzugefügt" in page.locator(".messagelist").inner_text()

    page.goto(f"{live_server.url}/gebaerdensprache/")
    video = page.locator("video")
    assert video.evaluate("(v) => v.paused && v.currentTime === 0 && !v.hasAttribute('autoplay')")
    assert video.evaluate("(v) => v.preload") == "none"
    # The play button of Chromium's own controls, at the start of the bar along the bottom (a
    # click on the picture itself does not start it in this Chromium).
    box = video.bounding_box()
    page.mouse.click(box["x"] + 24, box["y"] + box["height"] - 48)
    page.wait_for_function(
        "() => document.querySelector('video').currentTime > 0.5", timeout=15_000
    )
    page.wait_for_function(
        """() => {
          const track = document.querySelector('video').textTracks[0];
          return track.mode === 'showing' && track.cues && track.cues.length > 0;
        }""",
        timeout=10_000,
    )
    cue = video.evaluate("(v) => v.textTracks[0].cues[0].text")
    assert (cue, video.evaluate("(v) => v.textTracks[0].language")) == (CAPTION, "de")
    assert video.evaluate("(v) => v.error") is None

    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_empty_page_has_no_wcag_violations(live_server, page):
    page.goto(f"{live_server.url}/gebaerdensprache/")
    assert page.locator("video").count() == 0
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
