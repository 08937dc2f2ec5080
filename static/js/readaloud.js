// "Vorlesen": reads the day in view (board) or the offer (offer page) aloud with a voice that
// lives on this device. Only voices with localService: a network voice would send the text to
// someone else's server, and this page makes no request for speaking. The button is in the HTML
// with `hidden`; it is shown only when such a voice for the page's language exists, so with
// JavaScript off, without speechSynthesis or without a fitting voice nothing changes.
(function () {
  "use strict";
  var button = document.querySelector("button.readaloud");
  if (!button || !("speechSynthesis" in window)) return;
  var synth = window.speechSynthesis;
  var language = (document.documentElement.lang || "").toLowerCase();
  var label = button.querySelector(".readaloud-label");
  var readLabel = label.textContent;
  var stopLabel = button.getAttribute("data-stop-label");
  var voice = null;

  function matches(candidate) {
    var lang = (candidate.lang || "").toLowerCase().replace("_", "-");
    return candidate.localService === true && language && lang.indexOf(language) === 0;
  }

  function findVoice() {
    var voices = synth.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      if (matches(voices[i])) return voices[i];
    }
    return null;
  }

  function offer() {
    voice = findVoice();
    button.hidden = !voice;
  }

  function lines(element) {
    return element.innerText
      .split("\n")
      .map(function (line) {
        return line.trim();
      })
      .filter(Boolean);
  }

  // The board: the day shown at the top of the screen, or today when it is in view.
  function dayInView() {
    var days = document.querySelectorAll(".days > .day");
    var visible = [];
    for (var i = 0; i < days.length; i++) {
      var box = days[i].getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight) visible.push(days[i]);
    }
    var today = document.querySelector(".days > .day.is-today");
    if (today && visible.indexOf(today) !== -1) return today;
    return visible[0] || today || days[0];
  }

  // The offer page: its main content, without this button, sharing and calendar links.
  function detail() {
    var article = document.querySelector("article.detail");
    var parts = [];
    for (var i = 0; i < article.children.length; i++) {
      var child = article.children[i];
      if (child === button || child.matches("script, .share, .notice")) continue;
      parts = parts.concat(lines(child));
    }
    return parts;
  }

  function text() {
    var parts = button.getAttribute("data-read") === "day" ? lines(dayInView()) : detail();
    // A full stop between lines makes the voice pause where the eye does.
    return parts
      .map(function (line) {
        return /[.!?:؟…]$/.test(line) ? line : line + ".";
      })
      .join(" ");
  }

  function show(speaking) {
    label.textContent = speaking ? stopLabel : readLabel;
    button.setAttribute("aria-pressed", speaking ? "true" : "false");
  }

  button.addEventListener("click", function () {
    if (button.getAttribute("aria-pressed") === "true") {
      synth.cancel();
      show(false);
      return;
    }
    if (!voice) return;
    synth.cancel();
    var utterance = new SpeechSynthesisUtterance(text());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = utterance.onerror = function () {
      show(false);
    };
    show(true);
    synth.speak(utterance);
  });

  offer();
  // Many browsers load their voices after the page: ask again when they arrive.
  if (synth.addEventListener) synth.addEventListener("voiceschanged", offer);
  else synth.onvoiceschanged = offer;
})();
