// Quiz item form (templates/quiz-editing/form.html): shows only the answer fields of the chosen
// type, and keeps a Markdown preview under each text as the editor types. Progressive enhancement:
// without JavaScript every answer field is shown (the server ignores those of other types) and the
// form's Preview button renders the previews on the server.
// Markup contract: <form class="item-form"> with a select or hidden input named "type",
// <fieldset class="answer-part" data-types="single multiple …">, and textareas with
// data-preview="<id of the preview element>". The preview endpoint answers sanitized HTML.
(function () {
  'use strict';

  var form = document.querySelector('form.item-form');
  if (!form) {
    return;
  }
  var previewUrl = form.getAttribute('data-preview-url');

  function csrfToken() {
    var field = form.querySelector('input[name="_csrf"]');
    return field ? field.value : '';
  }

  function showAnswerParts() {
    var type = form.querySelector('[name="type"]');
    var chosen = type ? type.value : '';
    form.querySelectorAll('.answer-part').forEach(function (part) {
      part.hidden = part.getAttribute('data-types').split(' ').indexOf(chosen) < 0;
    });
  }

  function renderPreview(textarea) {
    var target = document.getElementById(textarea.getAttribute('data-preview'));
    if (!target || !previewUrl) {
      return;
    }
    fetch(previewUrl, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-TOKEN': csrfToken()},
      body: new URLSearchParams({markdown: textarea.value}),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html !== null) {
        target.innerHTML = html; // rendered and sanitized by the server's Markdown renderer
      }
    }).catch(function () {
      // offline or signed out: the Preview button still works
    });
  }

  form.querySelectorAll('textarea[data-preview]').forEach(function (textarea) {
    var timer = null;
    textarea.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { renderPreview(textarea); }, 400);
    });
    if (textarea.value.trim() !== '') {
      renderPreview(textarea);
    }
  });

  var typeSelect = form.querySelector('select[name="type"]');
  if (typeSelect) {
    typeSelect.addEventListener('change', showAnswerParts);
  }
  showAnswerParts();
})();
