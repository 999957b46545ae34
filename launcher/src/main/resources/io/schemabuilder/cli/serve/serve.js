// schema-builder serve: the few things that are nicer with a script. Every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // The tables of a source, filtered as one types (without a script, the form asks the server).
  var filter = document.getElementById("filter");
  var count = document.getElementById("table-count");
  var groups = document.querySelectorAll("table.tables tbody.table");
  if (filter && groups.length) {
    var apply = function () {
      var needle = filter.value.trim().toLowerCase();
      var shown = 0;
      groups.forEach(function (group) {
        var match = group.getAttribute("data-name").indexOf(needle) !== -1;
        group.hidden = !match;
        if (match) { shown++; }
      });
      if (count) {
        count.textContent = shown + " of " + groups.length + " table" + (groups.length === 1 ? "" : "s") + " shown";
      }
    };
    filter.addEventListener("input", apply);
  }
  // Copy buttons (hidden without a script): copy the text of the element they name.
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(target.textContent).then(done, function () { select(target); });
      } else {
        select(target);
      }
    });
  });
  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
});
