// Keeps this board (or infoscreen) readable without a connection after one visit. It only
// adds: the page works the same with JavaScript off or without service workers.
(function () {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("/sw.js")
    .then(function () {
      return navigator.serviceWorker.ready;
    })
    .then(function (registration) {
      // The first visit was not served through the worker: hand it the page and what it loaded.
      var urls = [location.href].concat(
        performance.getEntriesByType("resource").map(function (entry) {
          return entry.name;
        })
      );
      registration.active.postMessage({ keep: urls });
    })
    .catch(function () {});
})();
