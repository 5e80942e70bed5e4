// Quiz item form (templates/quiz-editing/form.html): shows only the answer fields of the chosen
// type. Progressive enhancement: without JavaScript every answer field is shown and the server
// ignores those of other types. The live Markdown preview is editor.js, shared with the topic editor.
// Markup contract: <form class="item-form"> with a select or hidden input named "type", and
// <fieldset class="answer-part" data-types="single multiple …">.
(function () {
  'use strict';

  var form = document.querySelector('form.item-form');
  if (!form) {
    return;
  }

  function showAnswerParts() {
    var type = form.querySelector('[name="type"]');
    var chosen = type ? type.value : '';
    Array.prototype.forEach.call(form.querySelectorAll('.answer-part'), function (part) {
      part.hidden = part.getAttribute('data-types').split(' ').indexOf(chosen) < 0;
    });
  }

  var typeSelect = form.querySelector('select[name="type"]');
  if (typeSelect) {
    typeSelect.addEventListener('change', showAnswerParts);
  }
  showAnswerParts();
})();
