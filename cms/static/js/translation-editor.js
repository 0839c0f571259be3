// wagtail-localize's translation editor (a React app) writes three things past the JavaScript catalog:
// the heading "<source> to <target> translation" and the screen-reader text "More actions" are written
// into its script, and the "Translated manually on <date>" notes carry dates with English month names
// (formatted on the server). Put them in the admin's language; the texts come from the djangojs catalog.
(() => {
  const MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ];
  const DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})\\b`);
  const HEADING = /^(.+) to (.+) translation$/;

  // The texts are wagtail-localize's, so they live in the admin catalog (locale/admin), not in ours:
  // a name other than gettext keeps makemessages from collecting them into locale/<language>.
  const adminText = (text) => (window.gettext ? window.gettext(text) : text);
  const interpolate = (format, values) => (window.interpolate ? window.interpolate(format, values, true) : format);
  const dates = new Intl.DateTimeFormat(document.documentElement.lang || "en", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });

  // Only the editor's own texts are touched, never a segment (its English may well mention a date).
  const isStatusNote = (node) => {
    const icon = node.nextSibling;
    return icon && icon.classList && (icon.classList.contains("icon--green") || icon.classList.contains("icon--red"));
  };

  const translated = (node) => {
    const text = node.nodeValue;
    const parent = node.parentElement;
    if (!parent) return text;
    if (parent.matches(".w-sr-only") && text === "More actions") return adminText("More actions");
    const heading = parent.closest("h1, h2, h3, h4") && text.match(HEADING);
    if (heading) return interpolate(adminText("%(source)s to %(target)s translation"), { source: heading[1], target: heading[2] });
    if (isStatusNote(node)) {
      return text.replace(DATE, (_date, day, month, year) =>
        dates.format(new Date(Number(year), MONTHS.indexOf(month), Number(day))),
      );
    }
    return text;
  };

  const translate = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = translated(node);
      if (text !== node.nodeValue) node.nodeValue = text; // unchanged text stops the observer's loop
    }
  };

  document.addEventListener("DOMContentLoaded", () => {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    translate(editor);
    new MutationObserver((mutations) => {
      mutations.forEach((mutation) => {
        if (mutation.type === "characterData") translate(mutation.target);
        mutation.addedNodes.forEach((node) => translate(node));
      });
    }).observe(editor, { childList: true, characterData: true, subtree: true });
  });
})();
