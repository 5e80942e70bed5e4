// Step-through replay for simulation results. Progressive enhancement: without JavaScript every
// step is a link (?step=N) rendered by the server; with it, the same page steps in place, plays,
// and answers the arrow keys. Markup contract (see templates/simulation/replay.html):
//   <section data-replay data-step-count="N" data-current="K"> with .replay-prev, .replay-next,
//   .replay-position, a [data-replay-play] button and a [data-replay-keys] help line (both hidden
//   until this script shows them); anything in the document carrying data-step="i" belongs to step i
//   (table rows, explanations, SVG groups).
// Stepping never scrolls the page, so the diagram and the buttons stay where the learner put them:
// only a scroll box that holds the current step (the step list, a [data-replay-scroll] diagram box)
// scrolls, inside itself, to bring it into view.
(function () {
  'use strict';
  var root = document.querySelector('[data-replay]');
  if (!root) { return; }
  var count = parseInt(root.getAttribute('data-step-count'), 10) || 0;
  var current = parseInt(root.getAttribute('data-current'), 10) || 1;
  if (count < 1) { return; }
  var prev = root.querySelector('.replay-prev');
  var next = root.querySelector('.replay-next');
  var position = root.querySelector('.replay-position');
  var play = root.querySelector('[data-replay-play]');
  var positionTemplate = root.getAttribute('data-position-template') || '{0} / {1}';
  var playLabel = play ? play.textContent : '';
  var pauseLabel = play ? (play.getAttribute('data-pause-label') || 'Pause') : '';
  var timer = null;

  function show(step, focusCurrent) {
    current = Math.max(1, Math.min(count, step));
    document.querySelectorAll('[data-step]').forEach(function (el) {
      var s = parseInt(el.getAttribute('data-step'), 10);
      el.classList.toggle('is-current', s === current);
      el.classList.toggle('is-past', s < current);
      el.classList.toggle('is-future', s > current);
      if (el.matches('li, tr')) {
        if (s === current) { el.setAttribute('aria-current', 'step'); } else { el.removeAttribute('aria-current'); }
      }
    });
    if (position) {
      position.textContent = positionTemplate.replace('{0}', current).replace('{1}', count);
    }
    setLink(prev, current > 1 ? current - 1 : null);
    setLink(next, current < count ? current + 1 : null);
    if (focusCurrent) {
      // only a step the learner took changes the address; opening the page leaves it (and the scroll) alone
      var url = new URL(window.location.href);
      url.searchParams.set('step', current);
      window.history.replaceState(null, '', url.pathname + url.search + '#replay');
    }
    document.querySelectorAll('.replay-steps, [data-replay-scroll]').forEach(function (box) {
      var item = box.querySelector('[data-step="' + current + '"]');
      if (item) { revealInside(box, item); }
    });
  }

  // Scrolls box (and only box: not the window, unlike scrollIntoView) so that item shows in it;
  // an item taller than the box shows from its top.
  function revealInside(box, item) {
    if (box.scrollHeight <= box.clientHeight + 1) { return; }
    var boxTop = box.getBoundingClientRect().top + box.clientTop;
    var rect = item.getBoundingClientRect();
    var top = rect.top - boxTop;
    var bottom = rect.bottom - boxTop;
    if (top < 0 || rect.height > box.clientHeight) {
      box.scrollTop += top;
    } else if (bottom > box.clientHeight) {
      box.scrollTop += bottom - box.clientHeight;
    }
  }

  function setLink(link, step) {
    if (!link) { return; }
    if (step === null) {
      link.setAttribute('aria-disabled', 'true');
      link.removeAttribute('href');
    } else {
      link.removeAttribute('aria-disabled');
      var url = new URL(window.location.href);
      url.searchParams.set('step', step);
      link.setAttribute('href', url.pathname + url.search + '#replay');
    }
  }

  function stop() {
    if (timer) { clearInterval(timer); timer = null; }
    if (play) { play.textContent = playLabel; play.setAttribute('aria-pressed', 'false'); }
  }

  function start() {
    if (current >= count) { show(1, true); }
    play.textContent = pauseLabel;
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(function () {
      if (current >= count) { stop(); return; }
      show(current + 1, true);
    }, 1200);
  }

  [prev, next].forEach(function (link, i) {
    if (!link) { return; }
    link.addEventListener('click', function (event) {
      event.preventDefault();
      stop();
      show(current + (i === 0 ? -1 : 1), true);
    });
  });
  var keysHelp = root.querySelector('[data-replay-keys]');
  if (keysHelp) { keysHelp.hidden = false; }
  if (play) {
    play.hidden = false;
    play.addEventListener('click', function () { if (timer) { stop(); } else { start(); } });
  }
  document.querySelectorAll('.replay-steps a[data-goto]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      stop();
      show(parseInt(link.getAttribute('data-goto'), 10), false);
    });
  });
  document.addEventListener('keydown', function (event) {
    var tag = (event.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key === 'ArrowRight') { stop(); show(current + 1, true); event.preventDefault(); }
    else if (event.key === 'ArrowLeft') { stop(); show(current - 1, true); event.preventDefault(); }
    else if (event.key === 'Home') { stop(); show(1, true); event.preventDefault(); }
    else if (event.key === 'End') { stop(); show(count, true); event.preventDefault(); }
    else if (event.key === ' ' && play && tag !== 'button' && tag !== 'a') { play.click(); event.preventDefault(); }
  });
  show(current, false);
}());
