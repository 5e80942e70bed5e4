// Predict mode from the keyboard. Without JavaScript the answers are a radio group in a form that posts
// (Enter on a chosen answer sends it). With it: the keys 1 to 9 choose the n-th answer (their numbers are
// shown beside the answers), Enter checks the prediction from anywhere on the page but a link or a button,
// and the form is sent once, so a held key or a double click does not post twice. Markup: a form with
// [data-predict-form], radios named "answer", a [data-predict-keys] help line and .predict-key labels, all
// hidden until this script shows them.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('[data-predict-form]');
    if (!form) { return; }
    var choices = form.querySelectorAll('input[type=radio][name=answer]');
    form.querySelectorAll('[data-predict-keys], .predict-key').forEach(function (el) { el.hidden = false; });
    var sent = false;
    form.addEventListener('submit', function (event) {
      if (sent) { event.preventDefault(); return; }
      sent = true;
      // disabled after the form's data is taken
      window.setTimeout(function () {
        form.querySelectorAll('button').forEach(function (button) { button.disabled = true; });
      }, 0);
    });
    document.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || sent) { return; }
      var target = event.target;
      if (target && (target.isContentEditable || /^(TEXTAREA|SELECT|BUTTON|A)$/.test(target.tagName)
          || (target.tagName === 'INPUT' && target.type !== 'radio'))) { return; }
      var number = /^[1-9]$/.test(event.key) ? parseInt(event.key, 10) : 0;
      if (number >= 1 && number <= choices.length) {
        event.preventDefault();
        choices[number - 1].checked = true;
        choices[number - 1].focus();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      }
    });
  });
}());
