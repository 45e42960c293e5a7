// Searchable multi-select. Each <div data-picker> around a <select multiple> (rendered
// by academy.pickers.SearchableSelectMultiple) becomes a text box that filters the
// options as you type, a list to choose from with the keyboard or the mouse, and the
// choices as chips that remove themselves. The <select> stays in the form, hidden, and
// holds the value, so the server receives exactly what it would without this script.
// ARIA: a combobox controlling a multiselectable listbox, with a polite live region.
// The words come translated from the page (data-picker-* attributes).
(function () {
  "use strict";

  function fold(text) {
    return (text || "").normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
  }

  function words(folded) {
    return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function make(tag, attributes) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      element.setAttribute(name, attributes[name]);
    });
    return element;
  }

  function prefixes(tokens, candidates) {
    return tokens.every(function (token) {
      return candidates.some(function (word) { return word.indexOf(token) === 0; });
    });
  }

  // Lower is better; -1 hides the option. A name that starts with what was typed comes
  // first, then one whose words start with it, then a match through another language's
  // name or the code, then (from three letters) a match inside a word ("بول" finds
  // "البولندية").
  function rank(item, query, tokens) {
    if (item.label.indexOf(query) === 0) return 0;
    if (prefixes(tokens, item.labelWords)) return 1;
    if (prefixes(tokens, item.termWords)) return 2;
    if (query.length >= 3 && (item.label.indexOf(query) >= 0 || item.terms.indexOf(query) >= 0)) return 3;
    return -1;
  }

  function enhance(root) {
    var select = root.querySelector("select[multiple]");
    if (!select || root.hasAttribute("data-picker-ready")) return;
    root.setAttribute("data-picker-ready", "");
    var say = function (key, values) {
      var text = root.getAttribute("data-picker-" + key) || "";
      Object.keys(values || {}).forEach(function (name) {
        text = text.split("%(" + name + ")s").join(values[name]);
      });
      return text;
    };
    var id = select.id || "picker-" + select.name;
    var label = document.querySelector('label[for="' + id + '"]');
    var hint = root.querySelector(".picker__hint");

    var chips = make("ul", { class: "picker__chips", "aria-label": say("chosen") });
    var field = make("div", { class: "picker__field" });
    var input = make("input", {
      type: "text",
      id: id + "_filter",
      class: "picker__input",
      role: "combobox",
      "aria-expanded": "false",
      "aria-controls": id + "_listbox",
      "aria-autocomplete": "list",
      autocomplete: "off",
      spellcheck: "false",
    });
    var listbox = make("div", {
      id: id + "_listbox",
      class: "picker__listbox",
      role: "listbox",
      "aria-multiselectable": "true",
    });
    var empty = make("p", { class: "picker__empty" });
    var status = make("p", { class: "visually-hidden", role: "status" });
    listbox.hidden = true;
    empty.hidden = true;

    if (label) {
      if (!label.id) label.id = id + "_label";
      label.htmlFor = input.id;
      listbox.setAttribute("aria-labelledby", label.id);
    }
    if (hint) hint.textContent = say("instructions");
    ["aria-describedby", "aria-invalid"].forEach(function (name) {
      if (select.hasAttribute(name)) input.setAttribute(name, select.getAttribute(name));
    });
    if (select.required) {
      input.setAttribute("aria-required", "true");
      select.required = false; // a hidden required control would block the form silently
    }
    select.hidden = true;
    select.tabIndex = -1;

    var groups = [];
    var items = Array.prototype.map.call(select.options, function (option, index) {
      var folded = fold(option.textContent);
      var terms = fold(option.getAttribute("data-search"));
      var item = {
        option: option,
        index: index,
        name: option.textContent,
        label: folded,
        labelWords: words(folded),
        terms: terms,
        termWords: words(terms),
        node: make("div", { id: id + "_option_" + index, class: "picker__option", role: "option" }),
      };
      item.node.textContent = option.textContent;
      var parent = option.parentNode;
      var group = groups.length && groups[groups.length - 1].element === parent ? groups[groups.length - 1] : null;
      if (!group) {
        group = { element: parent, items: [] };
        if (parent.tagName === "OPTGROUP") {
          var headingId = id + "_group_" + groups.length;
          group.box = make("div", { role: "group", class: "picker__group", "aria-labelledby": headingId });
          group.heading = make("div", { id: headingId, class: "picker__group-label", role: "presentation" });
          group.heading.textContent = parent.label;
        }
        groups.push(group);
      }
      group.items.push(item);
      return item;
    });

    var visible = [];
    var active = -1;
    var announcing = null;

    function announce(text, now) {
      clearTimeout(announcing);
      announcing = setTimeout(function () { status.textContent = text; }, now ? 0 : 500);
    }

    function setActive(position) {
      if (visible[active]) visible[active].node.classList.remove("picker__option--active");
      active = position;
      var item = visible[active];
      if (item) {
        item.node.classList.add("picker__option--active");
        input.setAttribute("aria-activedescendant", item.node.id);
        item.node.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render() {
      var query = fold(input.value.trim());
      var tokens = words(query);
      setActive(-1);
      listbox.textContent = "";
      if (!query) {
        visible = [];
        groups.forEach(function (group) {
          var box = group.box || listbox;
          if (group.box) {
            box.textContent = "";
            box.appendChild(group.heading);
            listbox.appendChild(box);
          }
          group.items.forEach(function (item) {
            box.appendChild(item.node);
            visible.push(item);
          });
        });
      } else {
        visible = items
          .map(function (item) { return { item: item, rank: rank(item, query, tokens) }; })
          .filter(function (entry) { return entry.rank >= 0; })
          .sort(function (a, b) { return a.rank - b.rank || a.item.index - b.item.index; })
          .map(function (entry) {
            listbox.appendChild(entry.item.node);
            return entry.item;
          });
      }
      empty.hidden = visible.length > 0;
      empty.textContent = visible.length ? "" : say("nothing");
      announce(visible.length ? say("matches", { count: visible.length }) : say("nothing"));
    }

    function open() {
      if (!listbox.hidden) return;
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
      render();
    }

    function close() {
      listbox.hidden = true;
      empty.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function chosen() {
      return items.filter(function (item) { return item.option.selected; });
    }

    function sync() {
      items.forEach(function (item) {
        item.node.setAttribute("aria-selected", item.option.selected ? "true" : "false");
      });
      chips.textContent = "";
      chosen().forEach(function (item) {
        var chip = make("li");
        var button = make("button", {
          type: "button",
          class: "picker__chip",
          "aria-label": say("remove", { name: item.name }),
          "data-index": String(item.index),
        });
        var cross = make("span", { class: "picker__chip-remove", "aria-hidden": "true" });
        cross.textContent = "×";
        button.append(item.name, cross);
        chip.appendChild(button);
        chips.appendChild(chip);
      });
      chips.hidden = !chips.children.length;
    }

    function toggle(item) {
      item.option.selected = !item.option.selected;
      sync();
      select.dispatchEvent(new Event("change", { bubbles: true }));
      announce(say(item.option.selected ? "added" : "removed", { name: item.name }), true);
    }

    input.addEventListener("input", function () {
      if (listbox.hidden) open();
      else render();
    });
    input.addEventListener("click", open);
    input.addEventListener("keydown", function (event) {
      var isOpen = !listbox.hidden;
      switch (event.key) {
        case "ArrowDown":
          event.preventDefault();
          open();
          setActive(Math.min(active + 1, visible.length - 1));
          break;
        case "ArrowUp":
          event.preventDefault();
          if (isOpen) setActive(Math.max(active - 1, 0));
          break;
        case "Enter":
          if (!isOpen) return; // a closed list lets Enter submit the form
          event.preventDefault();
          if (active < 0 && visible.length) setActive(0);
          if (visible[active]) toggle(visible[active]);
          break;
        case " ":
          if (isOpen && visible[active]) {
            event.preventDefault();
            toggle(visible[active]);
          }
          break;
        case "Escape":
          if (isOpen) {
            event.preventDefault();
            close();
          } else if (input.value) {
            input.value = "";
          }
          break;
        case "Backspace":
          if (!input.value && chosen().length) {
            event.preventDefault();
            toggle(chosen()[chosen().length - 1]);
          }
          break;
      }
    });

    listbox.addEventListener("mousedown", function (event) {
      event.preventDefault(); // keep the focus in the text box
    });
    listbox.addEventListener("click", function (event) {
      var node = event.target.closest('[role="option"]');
      if (!node) return;
      var position = visible.findIndex(function (item) { return item.node === node; });
      setActive(position);
      toggle(visible[position]);
      input.focus();
    });

    chips.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-index]");
      if (!button) return;
      var buttons = Array.prototype.slice.call(chips.querySelectorAll("button"));
      var position = buttons.indexOf(button);
      toggle(items[Number(button.getAttribute("data-index"))]);
      var next = chips.querySelectorAll("button")[Math.min(position, chips.children.length - 1)];
      (next || input).focus();
    });

    root.addEventListener("focusout", function () {
      setTimeout(function () {
        if (!root.contains(document.activeElement)) close();
      }, 0);
    });
    window.addEventListener("pageshow", sync); // the browser may restore the choices

    field.append(input, listbox, empty);
    root.insertBefore(chips, select);
    root.insertBefore(field, select);
    root.appendChild(status);
    root.classList.add("picker--ready");
    sync();
  }

  document.querySelectorAll("[data-picker]").forEach(enhance);
})();
