// Fill the sign-up form's hidden time-zone field from the browser, so new
// accounts start in the right zone. Everything works without this script.
(function () {
  var field = document.querySelector('input[type="hidden"][name="time_zone"]');
  if (!field || field.value) return;
  try {
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (e) {
    field.value = "";
  }
})();
