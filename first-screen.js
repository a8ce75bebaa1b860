/*! zelfscan first-screen.js: decides, before the widget's own page (dist/index.html) is first
 * painted, whether its static intro is shown (README, "First paint"). Loaded in the page's head,
 * before the stylesheet, and small, so that it holds nothing up; embed.js does the rest.
 *
 * The intro is shown to a visitor the widget will start on it: no saved answers in this browser
 * (and storage that can be read), no result link in the address, and in a frame no other
 * language, theme or accent in the address than the intro's (Dutch, light, the default accent).
 * Otherwise the page says that the scan is loading, as it does without JavaScript. The answer is
 * `data-zs-first-screen="on"` or `"off"` on <html>, which style/zelfscan.css reads.
 *
 * A click on the intro's controls before embed.js has run is noted in order, for embed.js to
 * carry out ("Start" then still starts the scan).
 */
(function () {
  'use strict';
  var html = document.documentElement;
  var on = false;
  try {
    var framed = window.parent !== window;
    var address = new URLSearchParams(location.hash.slice(1));
    var is = function (key, value) {
      return !framed || !address.has(key) || address.get(key).trim().toLowerCase() === value;
    };
    on = !/(^#|&)r=/.test(location.hash) && is('lang', 'nl') && is('theme', 'light') &&
      is('accent', '#154273') && window.localStorage.getItem('zelfscan') === null;
  } catch (e) {
    on = false;
  }
  html.setAttribute('data-zs-first-screen', on ? 'on' : 'off');
  if (!on) return;
  var clicks = [];
  window.__zelfscanFirstClicks = clicks;
  document.addEventListener('click', function (event) {
    // embed.js takes the list (and sets this to null) when it runs: from then on it handles clicks.
    if (window.__zelfscanFirstClicks !== clicks) return;
    var control = event.target.closest && event.target.closest('[data-zs-boot=first-screen] button[data-zs-key]');
    if (control) clicks.push(control.getAttribute('data-zs-key'));
  }, true);
})();
