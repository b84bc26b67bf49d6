/** The dialog a ribbon command opens to tell the user how it went: `notice.html?text=…&ok=1&lang=fi`. */
// Only the query string's words: this page stays a few lines of script.
const params = new URLSearchParams(location.search);
const lang = params.get("lang");
if (lang === "fi" || lang === "sv" || lang === "en") document.documentElement.lang = lang;
const title = document.getElementById("notice-title");
const text = document.getElementById("notice-text");
const close = document.getElementById("notice-close");
if (title && params.get("title")) title.textContent = params.get("title");
if (text) {
  text.textContent = params.get("text") ?? "";
  text.classList.add(params.get("ok") === "1" ? "ok" : "error");
}
close?.addEventListener("click", () => {
  if (typeof Office !== "undefined") Office.context.ui.messageParent("close");
});
close?.focus();
export {};
