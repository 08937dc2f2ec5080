// Infoscreen: refreshes itself, rotates through languages (?rotate=de,fa,ar) and keeps the
// last good state on screen when the network drops. No framework, no other host.
(function () {
  "use strict";
  var body = document.body;
  var rotation = (body.dataset.rotate || "").split(",").filter(Boolean);
  var district = body.dataset.district;
  var SWITCH_SECONDS = rotation.length > 1 ? 20 : 60;

  function nextLanguage() {
    var current = document.documentElement.lang;
    if (rotation.length < 2) return current;
    var index = rotation.indexOf(current);
    return rotation[(index + 1) % rotation.length];
  }

  function tickClock() {
    var clock = document.querySelector("[data-clock]");
    if (!clock) return;
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    clock.textContent = pad(now.getHours()) + ":" + pad(now.getMinutes());
  }

  // The stylesheet sizes everything for a busy day; should a longer text still push something
  // off the screen or out of its box, shrink the type a step at a time (to 60 % at most).
  function overflows() {
    var width = window.innerWidth;
    var height = window.innerHeight;
    var elements = document.querySelectorAll("main, main *");
    for (var i = 0; i < elements.length; i++) {
      var box = elements[i].getBoundingClientRect();
      if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5) {
        return true;
      }
      if (elements[i].clientWidth && elements[i].scrollWidth > elements[i].clientWidth) return true;
    }
    return false;
  }

  function fit() {
    var main = document.querySelector("main");
    if (!main) return;
    var scale = 1;
    main.style.removeProperty("--fit");
    while (overflows() && scale > 0.6) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      main.style.setProperty("--fit", String(scale));
    }
  }

  function refresh() {
    var language = nextLanguage();
    var url = "/" + language + "/" + district + "/screen/" +
      (rotation.length ? "?rotate=" + rotation.join(",") : "");
    fetch(url, { cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var main = fresh.querySelector("main");
        if (!main) throw new Error("no content");
        document.documentElement.lang = fresh.documentElement.lang;
        document.documentElement.dir = fresh.documentElement.dir;
        document.title = fresh.title;
        document.querySelector("main").replaceWith(main);
        tickClock();
        fit();
      })
      .catch(function () {
        // Network or server away: keep what is on screen and try again next time.
      });
  }

  if (document.fonts && document.fonts.ready) document.fonts.ready.then(fit);
  else fit();
  window.addEventListener("resize", fit);
  setInterval(tickClock, 15000);
  setInterval(refresh, SWITCH_SECONDS * 1000);
})();
