// « Voir dans le texte »: select a finding's span in the textarea.
// The engine counts code points; the textarea counts UTF-16 units (emoji take two).
(function () {
  "use strict";

  function utf16Index(text, codePoints) {
    return Array.from(text).slice(0, codePoints).join("").length;
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest("button.locate");
    if (!button) return;
    const area = document.getElementById("id_text");
    if (!area) return;
    const start = utf16Index(area.value, Number(button.dataset.start));
    const end = utf16Index(area.value, Number(button.dataset.end));
    area.focus();
    area.setSelectionRange(start, end);
  });
})();
