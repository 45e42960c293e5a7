// Live preview of a role word's forms: "1 …, 3 …, 22 …" as the translator types.
// Each preview line shows the neutral form of its plural category, falling back to
// the general ("other") form, as the site itself does.
(function () {
  var preview = document.getElementById("word-preview");
  if (!preview) return;
  function value(gender, category) {
    var input = document.querySelector('input[data-gender="' + gender + '"][data-category="' + category + '"]');
    return input ? input.value.trim() : "";
  }
  function update() {
    preview.querySelectorAll("li[data-category]").forEach(function (line) {
      var category = line.getAttribute("data-category");
      line.querySelector(".word-preview__word").textContent =
        value("neutral", category) || value("neutral", "other") || "…";
    });
  }
  document.addEventListener("input", function (event) {
    if (event.target.matches("input[data-category]")) update();
  });
  update();
})();
