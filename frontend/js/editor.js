// Topic editor: live Markdown preview. Progressive enhancement: without JavaScript the form's
// "Preview" button posts the form and the server renders the same preview. Markup contract
// (templates/editing/form.html):
//   <form data-preview-url="/editor/topics/preview"> with the hidden _csrf field
//   <textarea data-preview="ID"> whose preview goes into <section id="ID"> ... <div class="preview-body">
// The server answers with HTML sanitized by the site's MarkdownRenderer, as on the topic page.
(function () {
  'use strict';

  var form = document.querySelector('form[data-preview-url]');
  if (!form || !window.fetch) {
    return;
  }
  var url = form.getAttribute('data-preview-url');
  var DELAY_MS = 400;

  function csrfToken() {
    var field = form.querySelector('input[name="_csrf"]');
    return field ? field.value : '';
  }

  function attach(textarea) {
    var section = document.getElementById(textarea.getAttribute('data-preview'));
    var target = section && section.querySelector('.preview-body');
    if (!target) {
      return;
    }
    var timer = null;
    var latest = 0;

    function refresh() {
      var asked = ++latest;
      fetch(url, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'X-CSRF-TOKEN': csrfToken()},
        body: new URLSearchParams({markdown: textarea.value, language: /Zh$/.test(textarea.name) ? 'zh' : 'en'}),
        credentials: 'same-origin'
      }).then(function (response) {
        return response.text().then(function (text) {
          return {ok: response.ok, text: text};
        });
      }).then(function (answer) {
        if (asked !== latest) {
          return; // a newer request is on its way
        }
        if (answer.ok) {
          target.innerHTML = answer.text; // sanitized on the server
          section.removeAttribute('data-preview-error');
        } else {
          target.textContent = answer.text;
          section.setAttribute('data-preview-error', 'true');
        }
      }).catch(function () {
        // offline or signed out: keep the last preview; the Preview button still works
      });
    }

    textarea.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, DELAY_MS);
    });
    if (!target.innerHTML.trim() && textarea.value.trim()) {
      refresh();
    }
  }

  Array.prototype.forEach.call(form.querySelectorAll('textarea[data-preview]'), attach);
})();
