// OpenRCM page behaviour. No inline scripts anywhere (the Content-Security-Policy forbids them); everything that
// needs script is declared with data- attributes and wired here.
(function () {
  "use strict";

  // htmx requests other than GET carry the CSRF token the page was rendered with.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // <select data-autosubmit> submits its form when changed (the practice switcher).
  document.addEventListener("change", function (event) {
    if (event.target.matches("[data-autosubmit]")) {
      event.target.form.submit();
    }
  });

  // "/" focuses the patient search from anywhere but a text field; Escape closes its results.
  document.addEventListener("keydown", function (event) {
    var search = document.getElementById("quick-search");
    if (!search) {
      return;
    }
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (event.key === "/" && !typing) {
      event.preventDefault();
      search.focus();
    } else if (event.key === "Escape" && document.activeElement === search) {
      search.value = "";
      document.getElementById("quick-results").innerHTML = "";
    }
  });

  // Rows marked data-href open their link on click, like the link inside them.
  document.addEventListener("click", function (event) {
    var row = event.target.closest("tr[data-href]");
    if (row && !event.target.closest("a, button")) {
      window.location = row.getAttribute("data-href");
    }
  });
})();
