// Casebook's small behaviours, all optional: every page works without them.
// Served as a static file (the Content-Security-Policy allows no inline script).
(function () {
  "use strict";

  // ---- confirmations: where the eye is ------------------------------------------------
  // The messages list sticks to the top of the viewport (CSS); here it is focused, so a
  // screen reader announces it, without scrolling away from where the redirect took us.
  function showFlash() {
    var flash = document.querySelector(".flash");
    if (!flash) return;
    flash.setAttribute("tabindex", "-1");
    // After load: the browser's own scroll to the #fragment would otherwise take focus back.
    function focusFlash() {
      window.requestAnimationFrame(function () {
        flash.focus({ preventScroll: true });
      });
    }
    if (document.readyState === "complete") focusFlash();
    else window.addEventListener("load", focusFlash);
    var close = document.createElement("button");
    close.type = "button";
    close.className = "flash-close";
    close.setAttribute("aria-label", "Dismiss this message");
    close.textContent = "×";
    close.addEventListener("click", function () {
      flash.remove();
    });
    flash.appendChild(close);
  }

  // ---- unsaved text: warn before leaving ------------------------------------------------
  // Forms marked data-warn-unsaved, and any posting form with a text box, count as dirty
  // once something typed differs from what the page came with.
  function watched(form) {
    return (
      form.hasAttribute("data-warn-unsaved") ||
      (form.method.toLowerCase() === "post" && form.querySelector("textarea") !== null)
    );
  }

  function isDirty(form) {
    var fields = form.querySelectorAll("input, textarea, select");
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.type === "hidden" || field.type === "submit" || field.type === "button") continue;
      if (field.type === "checkbox" || field.type === "radio") {
        if (field.checked !== field.defaultChecked) return true;
      } else if (field.tagName === "SELECT") {
        for (var j = 0; j < field.options.length; j++) {
          if (field.options[j].selected !== field.options[j].defaultSelected) return true;
        }
      } else if (field.value !== field.defaultValue) {
        return true;
      }
    }
    return false;
  }

  var leavingBySubmit = false;

  function guardUnsaved() {
    var forms = Array.prototype.filter.call(document.forms, watched);
    if (!forms.length) return;
    window.addEventListener("beforeunload", function (event) {
      if (leavingBySubmit) return;
      for (var i = 0; i < forms.length; i++) {
        if (isDirty(forms[i])) {
          event.preventDefault();
          event.returnValue = ""; // older browsers need a value to show the prompt
          return;
        }
      }
    });
  }

  // ---- a form sent once: ignore a second click while the first is on its way ------------
  // The server acts on each form once whatever happens (one-time tokens); this only saves
  // a pointless second request. Buttons stay enabled: a disabled submit button would drop
  // its own name and value (the reply's "how") from the post.
  function sendOnce() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      leavingBySubmit = true;
      if (!form.querySelector('input[name="form_token"]')) return; // only forms that act
      if (form.getAttribute("data-sending") === "1") {
        event.preventDefault();
        return;
      }
      form.setAttribute("data-sending", "1");
      form.setAttribute("aria-busy", "true");
    });
    // Coming back to the page (back button) makes its forms usable again.
    window.addEventListener("pageshow", function () {
      leavingBySubmit = false;
      Array.prototype.forEach.call(document.forms, function (form) {
        form.removeAttribute("data-sending");
        form.removeAttribute("aria-busy");
      });
    });
  }

  // ---- queued replies: count down the cancel window ---------------------------------------
  function countdowns() {
    var clocks = document.querySelectorAll("time[data-countdown]");
    if (!clocks.length) return;
    function tick() {
      var now = Date.now();
      Array.prototype.forEach.call(clocks, function (clock) {
        var due = Date.parse(clock.getAttribute("datetime"));
        if (isNaN(due)) return;
        var left = Math.round((due - now) / 1000);
        clock.textContent = left > 0 ? "in " + left + " s" : "now";
      });
    }
    tick();
    window.setInterval(tick, 1000);
  }

  // ---- a report being built: watch its progress in place --------------------------------
  // Not a refreshing page (a reload every few seconds throws a screen reader back to the
  // top): the page asks for itself in the background, updates the progress where it
  // changed, and loads once more when the report is ready.
  function watchJob() {
    var box = document.getElementById("job-progress");
    if (!box || !window.fetch || !window.DOMParser) return;
    var every = 1000 * (parseFloat(box.getAttribute("data-poll-seconds")) || 2);
    function poll() {
      window
        .fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (text) {
          var fresh = new DOMParser().parseFromString(text, "text/html");
          var next = fresh.getElementById("job-progress");
          if (!next) {
            window.location.reload(); // built (or failed): show it
            return;
          }
          var status = box.querySelector("[role=status]");
          var nextStatus = next.querySelector("[role=status]");
          if (status && nextStatus && status.textContent !== nextStatus.textContent) {
            status.replaceChildren.apply(status, Array.prototype.slice.call(nextStatus.childNodes));
          }
          var bar = box.querySelector("progress");
          var nextBar = next.querySelector("progress");
          if (bar && nextBar) bar.value = nextBar.value;
          window.setTimeout(poll, every);
        })
        .catch(function () {
          window.setTimeout(poll, every * 3); // the server is busy or away: try again later
        });
    }
    window.setTimeout(poll, every);
  }

  function start() {
    watchJob();
    showFlash();
    guardUnsaved();
    sendOnce();
    countdowns();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
