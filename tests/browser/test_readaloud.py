""" "Vorlesen" (static/js/readaloud.js): the button shows only where this device has a local
voice for the page's language; it reads the day in view or the offer with that voice; it
never shows with JavaScript off and makes no request.

Why the speech API is replaced in most tests: a headless Chromium on a CI machine has no voices
(here `speechSynthesis.getVoices()` returns none: speech-dispatcher is not installed), so the
real API can only show the "no voice, no button" case, which the first test checks for real.
The others put a recorder in place of `speechSynthesis.getVoices/speak/cancel` (and of the
utterance) before the page's scripts run (`add_init_script`): it offers the voices a test
names and records what would be spoken.
"""

import json
from datetime import time, timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from tests.browser.test_accessibility import WCAG_21_AA
from tests.factories import make_district, make_offer

pytestmark = pytest.mark.django_db(transaction=True)

LOCAL_DE = {"name": "Anna (lokal)", "lang": "de-DE", "localService": True}
NETWORK_DE = {"name": "Cloud Deutsch", "lang": "de-DE", "localService": False}
LOCAL_EN = {"name": "Daniel (lokal)", "lang": "en-GB", "localService": True}
LOCAL_FA = {"name": "Dariush (lokal)", "lang": "fa-IR", "localService": True}

RECORDER = """
(() => {
  const offered = %s;
  const later = %s;
  const synth = window.speechSynthesis;
  let voices = later ? [] : offered;
  let current = null;
  window.__spoken = [];
  // A real utterance takes only real SpeechSynthesisVoice objects, which a page cannot make.
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      Object.assign(this, { text, lang: "", voice: null, onend: null, onerror: null });
    }
  };
  synth.getVoices = () => voices;
  synth.speak = (utterance) => {
    current = utterance;
    window.__spoken.push({
      text: utterance.text,
      lang: utterance.lang,
      voice: utterance.voice && utterance.voice.name,
    });
  };
  synth.cancel = () => {
    const ended = current;
    current = null;
    if (ended && ended.onend) ended.onend(new Event("end"));
  };
  window.__finishSpeaking = () => synth.cancel();
  window.__voicesArrive = () => {
    voices = offered;
    synth.dispatchEvent(new Event("voiceschanged"));
  };
})();
"""


@pytest.fixture
def district():
    district = make_district(slug="welheim", name="Welheim")
    today = timezone.localdate()
    other = 6 if today.weekday() < 3 else 0  # a day of this week far from today
    make_offer(
        district,
        slug="cafe",
        title="Elterncafé",
        title_fa="کافه والدین",
        summary="Kaffee und Gespräche für Eltern.",
        summary_fa="قهوه و گفتگو برای والدین.",
        rules=[{"weekdays": [today.weekday()], "start_time": time(15), "end_time": time(17)}],
    )
    make_offer(
        district,
        slug="lauftreff",
        title="Lauftreff am Kanal",
        rules=[{"weekdays": [other], "start_time": time(9), "end_time": time(10)}],
    )
    district.other_day = today + timedelta(days=other - today.weekday())
    return district


def open_page(browser, url, voices=None, later=False, height=800, javascript=True):
    context = browser.new_context(
        viewport={"width": 360, "height": height}, java_script_enabled=javascript
    )
    if voices is not None:
        context.add_init_script(RECORDER % (json.dumps(voices), json.dumps(later)))
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    return context, page


def test_real_speech_api_shows_the_button_only_with_a_local_voice(live_server, browser, district):
    context, page = open_page(browser, f"{live_server.url}/de/welheim/")
    page.wait_for_timeout(500)  # voices may arrive after the page
    local_german = page.evaluate(
        "() => (window.speechSynthesis ? speechSynthesis.getVoices() : [])"
        ".filter(v => v.localService && v.lang.toLowerCase().startsWith('de')).length"
    )
    visible = page.locator("button.readaloud").is_visible()
    context.close()
    # Debian's headless Chromium has no voices: no button. Should a machine have a local
    # German voice, the button must show.
    assert visible == bool(local_german)


def test_local_voice_shows_the_button_and_reads_todays_plan(live_server, browser, district):
    context, page = open_page(browser, f"{live_server.url}/de/welheim/", [NETWORK_DE, LOCAL_DE])
    requests = []
    button = page.locator("button.readaloud")
    assert button.is_visible()
    assert (button.inner_text(), button.get_attribute("aria-pressed")) == ("Vorlesen", "false")
    page.on("request", lambda request: requests.append(request.url))
    button.click()
    spoken = page.evaluate("window.__spoken")
    pressed = (button.inner_text(), button.get_attribute("aria-pressed"))
    page.evaluate("window.__finishSpeaking()")
    ended = (button.inner_text(), button.get_attribute("aria-pressed"))
    context.close()
    assert [(s["voice"], s["lang"]) for s in spoken] == [("Anna (lokal)", "de-DE")]
    assert "Elterncafé" in spoken[0]["text"] and "15:00" in spoken[0]["text"]
    assert "Lauftreff" not in spoken[0]["text"]  # another day
    assert pressed == ("Anhalten", "true")
    assert ended == ("Vorlesen", "false")
    assert requests == []


def test_reads_the_day_scrolled_into_view(live_server, browser, district):
    context, page = open_page(browser, f"{live_server.url}/de/welheim/", [LOCAL_DE], height=400)
    iso = district.other_day.isoformat()
    page.locator(f".day:has(time[datetime='{iso}'])").evaluate("day => day.scrollIntoView()")
    page.locator("button.readaloud").evaluate("button => button.click()")
    spoken = page.evaluate("window.__spoken")
    context.close()
    assert len(spoken) == 1 and "Lauftreff am Kanal" in spoken[0]["text"]
    assert "Elterncafé" not in spoken[0]["text"]


def test_stop_while_speaking_cancels(live_server, browser, district):
    context, page = open_page(browser, f"{live_server.url}/de/welheim/", [LOCAL_DE])
    button = page.locator("button.readaloud")
    button.click()
    button.click()
    state = (button.inner_text(), button.get_attribute("aria-pressed"))
    spoken = page.evaluate("window.__spoken.length")
    context.close()
    assert (state, spoken) == (("Vorlesen", "false"), 1)


@pytest.mark.parametrize("voices", [[NETWORK_DE], [LOCAL_EN], [NETWORK_DE, LOCAL_EN], []], ids=str)
def test_no_local_voice_for_the_language_no_button(live_server, browser, district, voices):
    context, page = open_page(browser, f"{live_server.url}/de/welheim/", voices)
    page.wait_for_timeout(200)
    hidden = page.locator("button.readaloud").is_hidden()
    context.close()
    assert hidden


def test_voices_that_arrive_later_show_the_button(live_server, browser, district):
    context, page = open_page(browser, f"{live_server.url}/de/welheim/", [LOCAL_DE], later=True)
    button = page.locator("button.readaloud")
    before = button.is_visible()
    page.evaluate("window.__voicesArrive()")
    after = button.is_visible()
    context.close()
    assert (before, after) == (False, True)


def test_offer_page_reads_its_content_in_persian(live_server, browser, district):
    url = f"{live_server.url}/fa/welheim/offers/cafe/"
    context, page = open_page(browser, url, [LOCAL_DE, LOCAL_FA])
    button = page.locator("button.readaloud")
    button.click()
    spoken = page.evaluate("window.__spoken")
    stop_label = button.inner_text()
    context.close()
    assert [(s["voice"], s["lang"]) for s in spoken] == [("Dariush (lokal)", "fa-IR")]
    assert "کافه والدین" in spoken[0]["text"] and "قهوه و گفتگو برای والدین" in spoken[0]["text"]
    assert stop_label == "توقف"


@pytest.mark.parametrize("path", ["/de/welheim/", "/de/welheim/offers/cafe/"])
def test_javascript_off_no_button(live_server, browser, district, path):
    context, page = open_page(browser, live_server.url + path, [LOCAL_DE], javascript=False)
    count = page.locator("button.readaloud").count()
    hidden = page.locator("button.readaloud").is_hidden()
    context.close()
    assert (count, hidden) == (1, True)


@pytest.mark.parametrize("path", ["/de/welheim/", "/fa/welheim/offers/cafe/"])
def test_shown_and_pressed_button_has_no_wcag_violations(live_server, browser, district, path):
    context, page = open_page(browser, live_server.url + path, [LOCAL_DE, LOCAL_FA])
    page.locator("button.readaloud").click()
    results = Axe().run(page, options=WCAG_21_AA)
    context.close()
    assert results.violations_count == 0, results.generate_report()
