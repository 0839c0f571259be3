// Start DKFDS's components. Kept in a file (not inline) so the Content-Security-Policy needs no 'unsafe-inline'.
document.documentElement.classList.remove("no-js");
if (window.DKFDS && typeof window.DKFDS.init === "function") {
  window.DKFDS.init();
}
