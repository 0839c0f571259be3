// Start DKFDS's components. Kept in a file (not inline) so the Content-Security-Policy needs no 'unsafe-inline'.
document.documentElement.classList.remove("no-js");
if (window.DKFDS && typeof window.DKFDS.init === "function") {
  window.DKFDS.init();
}
// DKFDS names its overflow button "Mere" in every language; give it the page's own word.
(function () {
  var nav = document.querySelector(".navigation-menu .nav[data-more-label]");
  var label = nav && nav.querySelector(".more-button span");
  if (label) {
    label.textContent = nav.getAttribute("data-more-label");
  }
})();
