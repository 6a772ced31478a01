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
    var codeLookup = document.getElementById("code-lookup");
    if (!search || (codeLookup && codeLookup.open)) {
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

  // The code lookup panel (codes/lookup.html, in every signed-in page): Ctrl+K (Cmd+K) or the Codes button opens it
  // from anywhere; the arrows move through the type-ahead list, Enter opens the chosen code's card (or the code as
  // typed), a click does the same; Esc closes it (the dialog's own behaviour), as does a click beside it.
  var lookup = {
    dialog: function () {
      return document.getElementById("code-lookup");
    },
    input: function () {
      return document.getElementById("code-q");
    },
    open: function () {
      var dialog = lookup.dialog();
      var on = document.getElementById("code-on");
      // A coding screen names its date of service with data-date-of-service; codes are looked up as of that date.
      var visit = document.querySelector("[data-date-of-service]");
      if (on && visit && !on.value) {
        on.value = visit.getAttribute("data-date-of-service");
      }
      if (!dialog.open) {
        dialog.showModal();
      }
      lookup.input().focus();
      lookup.input().select();
    },
    options: function () {
      return Array.prototype.slice.call(document.querySelectorAll("#code-suggestions [role=option]"));
    },
    active: function () {
      return document.querySelector("#code-suggestions [role=option][aria-selected=true]");
    },
    activate: function (option) {
      lookup.options().forEach(function (o) {
        o.setAttribute("aria-selected", o === option ? "true" : "false");
      });
      if (option) {
        lookup.input().setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      } else {
        lookup.input().removeAttribute("aria-activedescendant");
      }
    },
    move: function (step) {
      var options = lookup.options();
      if (options.length === 0) {
        return;
      }
      var i = options.indexOf(lookup.active());
      lookup.activate(options[i < 0 ? 0 : Math.min(options.length - 1, Math.max(0, i + step))]);
    },
    listFor: null,
    pendingEnter: null,
    // What was typed, looked up as a code: only when it looks like one (else the empty list already says so).
    asTyped: function (typed) {
      if (/^[A-Za-z0-9][A-Za-z0-9.\-]{1,8}$/.test(typed) && /[0-9]/.test(typed)) {
        lookup.card(document.getElementById("code-system").value || "", typed);
      }
    },
    card: function (system, code) {
      var params = new URLSearchParams({ system: system, code: code });
      var on = document.getElementById("code-on");
      if (on && on.value) {
        params.set("on", on.value);
      }
      var url = lookup.dialog().getAttribute("data-card-url") + "?" + params.toString();
      htmx.ajax("GET", url, { target: "#code-card", swap: "innerHTML" });
    }
  };

  document.addEventListener("keydown", function (event) {
    var dialog = lookup.dialog();
    if (!dialog) {
      return;
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
      event.preventDefault();
      lookup.open();
      return;
    }
    if (dialog.open && event.key === "Escape") {
      // Closes at once: left to itself, Esc in a search field first clears the field, and only a second Esc closes.
      event.preventDefault();
      dialog.close();
      return;
    }
    if (!dialog.open || document.activeElement !== lookup.input()) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      lookup.move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      var option = lookup.active();
      var typed = lookup.input().value.trim();
      if (option) {
        lookup.card(option.getAttribute("data-system"), option.getAttribute("data-code"));
      } else if (typed && lookup.listFor === typed) {
        lookup.asTyped(typed); // the list for these words is here and empty
      } else if (typed) {
        lookup.pendingEnter = typed; // its list is on its way: Enter opens its first entry when it comes
      }
    }
  });

  // A new type-ahead list starts on its first entry, so Enter opens the best match; a card shown leaves the keyboard
  // in the search field, ready for the next code.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id === "code-suggestions") {
      var options = lookup.options();
      lookup.activate(options.length ? options[0] : null);
      lookup.input().setAttribute("aria-expanded", options.length ? "true" : "false");
      lookup.listFor = lookup.input().value.trim();
      if (lookup.pendingEnter !== null && lookup.pendingEnter === lookup.listFor) {
        lookup.pendingEnter = null;
        if (options.length) {
          lookup.card(options[0].getAttribute("data-system"), options[0].getAttribute("data-code"));
        } else {
          lookup.asTyped(lookup.listFor);
        }
      }
    } else if (event.detail.target.id === "code-card" && lookup.dialog().open) {
      event.detail.target.classList.remove("stale");
      lookup.input().focus();
    }
  });

  // Until the list for what was just typed arrives, Enter means the code as typed, not an entry of the old list.
  document.addEventListener("input", function (event) {
    if (event.target.id === "code-q") {
      lookup.activate(null);
      lookup.listFor = null;
      var card = document.getElementById("code-card");
      if (card) {
        card.classList.add("stale"); // the card shown belongs to what was typed before
      }
    }
  });

  // The panel's form only feeds the type-ahead; it is never sent as a page.
  document.addEventListener("submit", function (event) {
    if (event.target.id === "code-lookup-form") {
      event.preventDefault();
    }
  });

  document.addEventListener("click", function (event) {
    if (!lookup.dialog()) {
      return;
    }
    if (event.target.closest("[data-open-code-lookup]")) {
      lookup.open();
      return;
    }
    if (event.target === lookup.dialog()) {
      lookup.dialog().close(); // a click on the backdrop, beside the panel
      return;
    }
    var option = event.target.closest("#code-suggestions [role=option]");
    var link = event.target.closest("[data-code-card]");
    var chosen = option || link;
    if (chosen) {
      if (option) {
        lookup.activate(option);
      }
      if (!lookup.dialog().open) {
        lookup.open();
      }
      lookup.card(chosen.getAttribute("data-system"), chosen.getAttribute("data-code"));
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
