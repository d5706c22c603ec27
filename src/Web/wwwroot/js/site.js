// Progressive enhancement only: the site works without this file.
// 1. Autocomplete on the search box (ARIA 1.2 combobox with a listbox popup).
// 2. Sorting and the "Bare vedtak" switch re-run the search at once.
(function () {
  "use strict";

  function setupCombobox(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var endpoint = input.getAttribute("data-suggest");
    if (!list || !endpoint) return;
    var items = [];
    var active = -1;
    var timer = 0;
    var lastQuery = "";
    var controller = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (o, i) { o.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      var item = items[index];
      if (!item) return;
      if (item.url) {
        window.location.assign(item.url);
        return;
      }
      input.value = item.text;
      close();
      input.form.submit();
    }

    function render(suggestions) {
      items = suggestions;
      list.textContent = "";
      if (suggestions.length === 0) { close(); return; }
      suggestions.forEach(function (s, i) {
        var li = document.createElement("li");
        li.id = "forslag-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var text = document.createElement("span");
        text.textContent = s.text;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = s.detail ? s.kind + ": " + s.detail : s.kind;
        li.appendChild(text);
        li.appendChild(kind);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) return;
      lastQuery = q;
      if (q.length < 2) { render([]); return; }
      if (controller) controller.abort();
      controller = new AbortController();
      fetch(endpoint + "?q=" + encodeURIComponent(q) + "&max=8", { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) render(data.suggestions || []); })
        .catch(function () { /* aborted or offline: no suggestions */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) {
        if (e.key === "ArrowDown" && items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); highlight(0); e.preventDefault(); }
        return;
      }
      if (e.key === "ArrowDown") { highlight((active + 1) % items.length); e.preventDefault(); }
      else if (e.key === "ArrowUp") { highlight(active <= 0 ? items.length - 1 : active - 1); e.preventDefault(); }
      else if (e.key === "Enter" && active >= 0) { choose(active); e.preventDefault(); }
      else if (e.key === "Escape") { close(); e.preventDefault(); }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  document.querySelectorAll("input[role=combobox][data-suggest]").forEach(setupCombobox);

  document.querySelectorAll("form.search select[name=sort], form.search input[name=scope]").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });
})();
