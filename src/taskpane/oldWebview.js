/*
 * The task pane's message for a webview that cannot run it (Office's older Internet Explorer-based
 * webview parses no ES2015+): plain ES5, an external file (the page's CSP allows no inline script),
 * loaded before the pane's bundle and copied as written (never bundled, so it stays ES5).
 *
 * It shows the message at once where what the bundle needs is missing, and otherwise when the pane has
 * drawn nothing into #root some seconds after the page loaded (a bundle that failed to parse or start).
 * The texts are "fallback.oldWebview" of src/i18n/staticPages.ts (a test keeps them equal).
 */
(function () {
  var KO = "이 Excel의 웹 구성 요소가 오래되어 작업창을 열 수 없습니다. Office를 최신 버전으로 업데이트하거나 웹용 Excel(office.com)에서 사용하세요.";
  var EN = "This Excel's web component is too old to run the task pane. Update Office, or use Excel on the web (office.com).";
  var WAIT_MS = 20000;

  function modern() {
    return typeof Promise === "function" && typeof Map === "function" && typeof Set === "function" &&
      typeof Symbol === "function" && typeof Object.assign === "function" && typeof Array.from === "function" &&
      typeof window.fetch === "function";
  }

  function show() {
    var root = document.getElementById("root");
    if (!root || root.getAttribute("data-old-webview")) return;
    root.setAttribute("data-old-webview", "true");
    root.innerHTML = "";
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.padding = "16px";
    box.style.lineHeight = "1.5";
    var lines = [KO, EN];
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement("p");
      p.appendChild(document.createTextNode(lines[i]));
      box.appendChild(p);
    }
    root.appendChild(box);
  }

  function started() {
    var root = document.getElementById("root");
    return !!root && root.childNodes.length > 0;
  }

  function onLoad() {
    if (!modern()) show();
    else window.setTimeout(function () { if (!started()) show(); }, WAIT_MS);
  }

  if (window.addEventListener) window.addEventListener("load", onLoad, false);
  else if (window.attachEvent) window.attachEvent("onload", onLoad);
})();
