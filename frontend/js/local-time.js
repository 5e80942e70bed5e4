// Times in the reader's own time zone. The server renders every <time data-local datetime="…Z"> in UTC,
// labelled "UTC", which is what a reader without JavaScript sees; this rewrites the text in the browser's
// time zone, named (e.g. "20:08:00 GMT+8"), and keeps the UTC text as the element's title.
//   data-local="time" | "minute" | "second"   what to show: the time of day, or the date with the time
//   data-local-template="(ends at {0})"        optional text around it
(function () {
  'use strict';

  var STYLES = {
    time: {hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'short'},
    minute: {year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      timeZoneName: 'short'},
    second: {year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
      hourCycle: 'h23', timeZoneName: 'short'}
  };
  var language = document.documentElement.lang || undefined;

  function localise(element) {
    var when = new Date(element.getAttribute('datetime'));
    var style = STYLES[element.getAttribute('data-local')];
    if (isNaN(when.getTime()) || !style) { return; }
    var text;
    try {
      text = new Intl.DateTimeFormat(language, style).format(when);
    } catch (e) {
      return; // an old browser: the UTC text stays, labelled
    }
    var template = element.getAttribute('data-local-template');
    element.title = element.textContent.trim();
    element.textContent = template ? template.replace('{0}', text) : text;
  }

  function run() {
    Array.prototype.forEach.call(document.querySelectorAll('time[data-local][datetime]'), localise);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run);
  } else {
    run();
  }
}());
