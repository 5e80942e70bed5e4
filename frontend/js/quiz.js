// Quiz pages: countdown, progress, autosave and automatic submission. Progressive enhancement:
// without JavaScript every button posts the form and the server keeps the deadline. Markup
// contract (templates/quiz/question.html, review.html, fragments.html :: status):
//   <time id="quiz-countdown" data-remaining-seconds data-grace-seconds data-time-up data-warn-*>
//   <progress id="quiz-progress"> and <label id="quiz-progress-text" data-template="{0} of {1}">
//   <p id="quiz-save-state" data-saving data-saved data-offline="… {0} s" data-refused="… {0}" data-stored>
//   <form id="quiz-question" data-api=".../questions/N" data-type data-storage-key> (question page only)
//   <form id="quiz-finish"> posts the submission.
// Every answer, typed text included, is sent within about a second of the change; until the server
// confirms it, a copy waits in localStorage, so a closed tab, a dropped network or a restarted
// server loses nothing: the next visit to the question sends it again.
(function () {
  'use strict';

  var countdown = document.getElementById('quiz-countdown');
  var announcer = document.getElementById('quiz-countdown-announcer');
  var progress = document.getElementById('quiz-progress');
  var progressText = document.getElementById('quiz-progress-text');
  var saveState = document.getElementById('quiz-save-state');
  var finishForm = document.getElementById('quiz-finish');
  var form = document.getElementById('quiz-question');

  var TYPING_DELAY_MS = 800;      // typed text is saved this long after the last keystroke
  var RETRY_DELAYS_S = [1, 2, 4, 8, 10];
  var submitting = false;

  function format(template, a, b) {
    return String(template || '').replace('{0}', a).replace('{1}', b);
  }

  function showState(kind, text) {
    if (!saveState) { return; }
    saveState.classList.remove('is-saving', 'is-saved', 'is-offline', 'is-refused');
    saveState.classList.add('is-' + kind);
    saveState.textContent = text;
  }

  // ---- autosave -------------------------------------------------------------------------
  var api = form ? form.getAttribute('data-api') : null;
  var type = form ? form.getAttribute('data-type') : null;
  var storageKey = form ? form.getAttribute('data-storage-key') : null;
  var pending = null;        // {answer: value|null (null = clear), flagged: bool} not yet confirmed
  var inFlight = false;
  var retryTimer = null;
  var retryIndex = 0;
  var typingTimer = null;
  var idleWaiters = [];

  function store(entry) {
    try {
      if (entry) { localStorage.setItem(storageKey, JSON.stringify(entry)); } else { localStorage.removeItem(storageKey); }
    } catch (e) { /* private mode or full: the server copy still counts */ }
  }

  function stored() {
    try { return JSON.parse(localStorage.getItem(storageKey) || 'null'); } catch (e) { return null; }
  }

  /** The answer as the form shows it: undefined = not sendable yet, null = no answer (clear). */
  function currentAnswer() {
    var checked;
    switch (type) {
      case 'single':
        checked = form.querySelector('input[name="choice"]:checked');
        return checked ? checked.value : null;
      case 'true-false':
        checked = form.querySelector('input[name="choice"]:checked');
        return checked ? checked.value === 'true' : null;
      case 'multiple':
        var values = Array.prototype.map.call(form.querySelectorAll('input[name="choices"]:checked'), function (box) { return box.value; });
        return values.length ? values : null;
      case 'fill-in':
        var text = form.querySelector('input[name="text"]').value.trim();
        return text ? text : null;
      case 'ordering':
        var order = Array.prototype.map.call(form.querySelectorAll('select[name="order"]'), function (select) { return select.value; });
        var chosen = order.filter(function (value) { return value; });
        if (chosen.length === 0) { return null; }
        var distinct = chosen.filter(function (value, i) { return chosen.indexOf(value) === i; });
        return chosen.length === order.length && distinct.length === order.length ? order : undefined;
    }
    return undefined;
  }

  function currentFlag() {
    var flag = form.querySelector('input[name="flagged"]');
    return flag ? flag.checked : false;
  }

  function restore(entry) {
    var answer = entry.answer;
    if (type === 'single' || type === 'true-false') {
      form.querySelectorAll('input[name="choice"]').forEach(function (radio) {
        radio.checked = answer !== null && String(answer) === radio.value;
      });
    } else if (type === 'multiple') {
      form.querySelectorAll('input[name="choices"]').forEach(function (box) {
        box.checked = Array.isArray(answer) && answer.indexOf(box.value) >= 0;
      });
    } else if (type === 'fill-in') {
      form.querySelector('input[name="text"]').value = answer || '';
    } else if (type === 'ordering') {
      form.querySelectorAll('select[name="order"]').forEach(function (select, i) {
        select.value = Array.isArray(answer) && answer[i] ? answer[i] : '';
      });
    }
    var flag = form.querySelector('input[name="flagged"]');
    if (flag) { flag.checked = !!entry.flagged; }
  }

  function queue() {
    var answer = currentAnswer();
    if (answer === undefined) { return; } // an ordering half done: nothing to send yet
    pending = {answer: answer, flagged: currentFlag(), at: Date.now()};
    store(pending);
    send();
  }

  // the server refuses a change without the session's CSRF token; the form carries it as a hidden field
  function csrfToken() {
    var field = form.querySelector('input[name="_csrf"]');
    return field ? field.value : '';
  }

  function request(method, url, body, keepalive) {
    return fetch(url, {
      method: method,
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
                'X-CSRF-TOKEN': csrfToken()},
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      keepalive: !!keepalive
    });
  }

  function problemText(response) {
    return response.json().then(function (problem) {
      return problem;
    }, function () { return {detail: response.status + ' ' + response.statusText}; });
  }

  function send() {
    if (!pending || inFlight || retryTimer) { return; }
    inFlight = true;
    var sending = pending;
    showState('saving', saveState ? saveState.getAttribute('data-saving') : '');
    var answerCall = sending.answer === null ? request('DELETE', api + '/answer')
      : request('PUT', api + '/answer', {answer: sending.answer});
    answerCall.then(function (response) {
      if (!response.ok) { return response; }
      return request('PUT', api + '/flag', {flagged: sending.flagged});
    }).then(function (response) {
      inFlight = false;
      if (response.ok) {
        retryIndex = 0;
        if (pending === sending) { pending = null; store(null); }
        return response.json().then(function (receipt) {
          updateProgress(receipt.answeredCount, receipt.questionCount);
          markNav(receipt.answered, receipt.flagged);
          if (pending) { send(); } else { showState('saved', saveState ? saveState.getAttribute('data-saved') : ''); settle(); }
        });
      }
      if (response.status >= 500 || response.status === 429) { throw new Error('server ' + response.status); }
      // refused (400, 404, 409): resending will not help; the stored copy goes too
      pending = null;
      store(null);
      return problemText(response).then(function (problem) {
        showState('refused', format(saveState ? saveState.getAttribute('data-refused') : '{0}', problem.detail || response.status));
        settle();
        if (problem.code === 'late-answer' || problem.code === 'attempt-finished') {
          window.location.href = finishForm ? finishForm.action.replace(/\/submit$/, '/result') : window.location.href;
        }
      });
    }).catch(function () {
      inFlight = false;
      var delay = RETRY_DELAYS_S[Math.min(retryIndex, RETRY_DELAYS_S.length - 1)];
      retryIndex++;
      showState('offline', format(saveState ? saveState.getAttribute('data-offline') : '{0}', delay));
      retryTimer = setTimeout(function () { retryTimer = null; send(); }, delay * 1000);
    });
  }

  function settle() {
    var waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach(function (resolve) { resolve(); });
  }

  /** Resolves once nothing waits to be saved, or after maxMs. */
  function flush(maxMs) {
    if (typingTimer) { clearTimeout(typingTimer); typingTimer = null; if (form) { queue(); } }
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; send(); }
    if (!pending && !inFlight) { return Promise.resolve(); }
    return new Promise(function (resolve) {
      idleWaiters.push(resolve);
      setTimeout(resolve, maxMs);
    });
  }

  /** The current question's number in the question list shows answered and flagged as saved. */
  function markNav(answered, flagged) {
    var entry = document.querySelector('.question-nav li.is-current');
    if (!entry) { return; }
    entry.classList.toggle('is-answered', !!answered);
    entry.classList.toggle('is-open', !answered);
    entry.classList.toggle('is-flagged', !!flagged);
  }

  function updateProgress(answered, total) {
    if (progress) { progress.value = answered; progress.max = total; }
    if (progressText) { progressText.textContent = format(progressText.getAttribute('data-template'), answered, total); }
  }

  if (form && api && !document.getElementById('form-error')) {
    form.addEventListener('change', function (event) {
      if (event.target.name === 'text') { return; } // typed text is handled by 'input'
      queue();
    });
    form.addEventListener('input', function (event) {
      if (event.target.name !== 'text') { return; }
      var entry = {answer: currentAnswer(), flagged: currentFlag(), at: Date.now()};
      store(entry); // the browser keeps every keystroke at once, the server gets it after a pause
      if (typingTimer) { clearTimeout(typingTimer); }
      typingTimer = setTimeout(function () { typingTimer = null; queue(); }, TYPING_DELAY_MS);
    });
    form.addEventListener('submit', function () {
      // the post carries the same answer; the stored copy stays until a later load confirms it
      if (typingTimer) { clearTimeout(typingTimer); typingTimer = null; }
    });
    window.addEventListener('pagehide', function () {
      if (typingTimer) { clearTimeout(typingTimer); typingTimer = null; queue(); }
      if (pending && !submitting) {
        // keepalive lets the request outlive the page
        var call = pending.answer === null ? request('DELETE', api + '/answer', undefined, true)
          : request('PUT', api + '/answer', {answer: pending.answer}, true);
        call.catch(function () { /* the stored copy is sent on the next visit */ });
      }
    });
    window.addEventListener('online', function () {
      if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
      send();
    });
    var left = stored();
    if (left && left.answer !== undefined) {
      restore(left);
      showState('saving', saveState ? saveState.getAttribute('data-stored') : '');
      pending = {answer: left.answer, flagged: !!left.flagged, at: left.at};
      send();
    }
  }

  // ---- countdown and automatic submission ----------------------------------------------
  if (countdown) {
    var remainingMs = parseInt(countdown.getAttribute('data-remaining-ms'), 10);
    if (isNaN(remainingMs)) { remainingMs = (parseInt(countdown.getAttribute('data-remaining-seconds'), 10) || 0) * 1000; }
    var remaining = Math.ceil(remainingMs / 1000);
    var graceSeconds = parseInt(countdown.getAttribute('data-grace-seconds'), 10) || 0;
    // a monotonic clock: changing the computer's clock does not move the deadline; the page loaded
    // after the server measured the time left, so this ends at the deadline or a little after
    var endsAt = performance.now() + remainingMs;
    var warned = {five: remaining <= 300, minute: remaining <= 60};
    var holder = countdown.closest('.countdown');

    var tick = function () {
      var left = Math.max(0, Math.ceil((endsAt - performance.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      countdown.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
      if (holder) { holder.classList.toggle('is-low', left <= 60); }
      if (!warned.five && left <= 300) { warned.five = true; announce(countdown.getAttribute('data-warn-five')); }
      if (!warned.minute && left <= 60) { warned.minute = true; announce(countdown.getAttribute('data-warn-minute')); }
      if (left === 0) { timeUp(); return; }
      setTimeout(tick, 250);
    };

    var announce = function (text) {
      if (announcer && text) { announcer.textContent = text; }
    };

    var timeUp = function () {
      if (submitting) { return; }
      submitting = true;
      announce(countdown.getAttribute('data-time-up'));
      if (saveState) { showState('saving', countdown.getAttribute('data-time-up')); }
      // answers in flight still count for the grace; leave a second of it for the submission
      flush(Math.max(500, (graceSeconds - 1) * 1000)).then(function () {
        if (finishForm) { finishForm.submit(); }
      });
    };

    tick();
  }
}());
