/*
 * The ribbon command's last word when even the 검증결과 sheet could not be written (a protected workbook
 * structure, a user's own 검증결과 sheet, Excel refusing): commands.ts opens notice.html in an Office
 * dialog with the sentence, already in the user's language, after the "#". Plain ES5 and an external
 * file (the page's CSP allows no inline script), copied beside the bundles, never bundled.
 */
(function () {
  function show() {
    var text = "";
    try {
      text = decodeURIComponent(window.location.hash.replace(/^#/, ""));
    } catch (e) {
      text = "";
    }
    var box = document.getElementById("notice");
    if (box && text) box.appendChild(document.createTextNode(text));
  }
  if (document.readyState === "loading" && document.addEventListener) document.addEventListener("DOMContentLoaded", show, false);
  else show();
})();
