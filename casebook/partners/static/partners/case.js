// Saved replies on the case page: insert the chosen reply, with this case's details already
// filled in by the server, into the reply box, where it can be edited before sending.
(function () {
  "use strict";
  var choice = document.getElementById("saved-reply-choice");
  var button = document.getElementById("saved-reply-insert");
  var box = document.querySelector('textarea[name="reply-text"]');
  if (!choice || !button || !box) {
    return;
  }
  var note = document.getElementById("saved-reply-missing");
  var caret = null; // where the practitioner last left the cursor in the reply box

  function remember() {
    caret = [box.selectionStart, box.selectionEnd];
  }
  box.addEventListener("keyup", remember);
  box.addEventListener("mouseup", remember);
  box.addEventListener("select", remember);

  button.disabled = false;
  button.addEventListener("click", function () {
    var source = null;
    var texts = document.querySelectorAll("textarea.saved-reply-text");
    for (var i = 0; i < texts.length; i += 1) {
      if (texts[i].getAttribute("data-reply") === choice.value) {
        source = texts[i];
      }
    }
    if (!source) {
      return;
    }
    var text = source.value;
    var end;
    if (box.value.trim() === "") {
      box.value = text;
      end = text.length;
    } else if (caret) {
      box.value = box.value.slice(0, caret[0]) + text + box.value.slice(caret[1]);
      end = caret[0] + text.length;
    } else {
      var joined = box.value.replace(/\s+$/, "") + "\n\n";
      box.value = joined + text;
      end = box.value.length;
    }
    var details = box.closest("details");
    if (details) {
      details.open = true;
    }
    box.dispatchEvent(new Event("input", { bubbles: true }));
    box.focus();
    box.setSelectionRange(end, end);
    remember();
    var missing = source.getAttribute("data-missing");
    if (note) {
      note.textContent = missing ? "Fill in before sending: " + missing + "." : "";
      note.hidden = !missing;
    }
  });
})();
