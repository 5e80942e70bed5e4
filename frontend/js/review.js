// The review session's grades: keys 1 to 4 press Again, Hard, Good, Easy. Without JavaScript they are plain
// buttons (the suggested one has autofocus, so Enter presses it). A grade is sent once: the buttons are
// disabled after the first press, so a held key or a double click does not post the form twice.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('[data-review-grades]');
    if (!form) { return; }
    var sent = false;
    form.addEventListener('submit', function (event) {
      if (sent) { event.preventDefault(); return; }
      sent = true;
      // disabled after the form's data is taken, so the pressed button's grade is still sent
      window.setTimeout(function () {
        form.querySelectorAll('button').forEach(function (button) { button.disabled = true; });
      }, 0);
    });
    document.addEventListener('keydown', function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) { return; }
      var target = event.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
      var button = form.querySelector('button[data-key="' + event.key + '"]');
      if (!button || sent) { return; }
      event.preventDefault();
      button.click();
    });
  });
}());
