// The public site's one script, and all it does: "Leave this site quickly" replaces the page (so
// Back does not return to it), and pressing Escape three times within two seconds does the same.
// Everything on the site works without it.
(function () {
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var leave = function () { window.location.replace(link.getAttribute("href")); };
  link.addEventListener("click", function (event) { event.preventDefault(); leave(); });
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { presses = []; return; }
    presses = presses.filter(function (at) { return event.timeStamp - at < 2000; });
    presses.push(event.timeStamp);
    if (presses.length >= 3) leave();
  }, true);
})();
