// Keyboard shortcuts for the queue: j next case, k previous, o or Enter open.
// A static file (no inline script), so a strict Content-Security-Policy allows it.
(function () {
  "use strict";
  var table = document.querySelector("table.queue");
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
  if (!rows.length) return;
  var current = -1;

  function select(index) {
    if (index < 0 || index >= rows.length) return;
    if (current >= 0) rows[current].classList.remove("current");
    current = index;
    var row = rows[current];
    row.classList.add("current");
    var link = row.querySelector("td.ref a");
    if (link) link.focus();
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || (target && target.isContentEditable);
  }

  // Focus a row's link by tab or click and j/k carry on from there.
  rows.forEach(function (row, index) {
    var link = row.querySelector("td.ref a");
    if (link) link.addEventListener("focus", function () {
      if (current >= 0 && current !== index) rows[current].classList.remove("current");
      current = index;
      row.classList.add("current");
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    if (event.key === "j") {
      select(current + 1 < rows.length ? current + 1 : current);
      event.preventDefault();
    } else if (event.key === "k") {
      select(current > 0 ? current - 1 : 0);
      event.preventDefault();
    } else if (event.key === "o" && current >= 0) {
      var link = rows[current].querySelector("td.ref a");
      if (link) window.location.assign(link.href);
      event.preventDefault();
    }
  });
})();
