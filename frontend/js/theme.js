// Light or dark: the page follows the system setting until the learner picks one with the switch;
// the choice is kept in this browser. Runs in <head> so the page never flashes the wrong theme.
(function () {
  'use strict';
  var KEY = 'interviewlab.theme';
  var root = document.documentElement;
  var saved = null;
  try { saved = window.localStorage.getItem(KEY); } catch (e) { /* storage may be blocked */ }
  if (saved === 'dark' || saved === 'light') { root.setAttribute('data-theme', saved); }

  function effective() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) { return chosen; }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-switch]');
    if (!button) { return; }
    function label() {
      var dark = effective() === 'dark';
      button.textContent = button.getAttribute(dark ? 'data-label-light' : 'data-label-dark');
    }
    button.hidden = false;
    label();
    button.addEventListener('click', function () {
      var next = effective() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { window.localStorage.setItem(KEY, next); } catch (e) { /* the choice lasts for this page only */ }
      label();
    });
  });
}());
