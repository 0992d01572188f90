// Additions to Camunda's webapps for ward officials, loaded by every app's config.js
// (customScripts). A plain module: it only watches the page and never changes Camunda's code.
//  - every app: a link to switch between Vietnamese (the default) and English, kept in this browser;
//  - Tasklist: a task opens claimed (the person need not look for "Nhận việc"), and every filter
//    shows how many tasks it holds, not only the one in focus.
var LOCALE_KEY = 'thidua.locale';
var base = document.querySelector('base');
var appName = base ? base.getAttribute('app-name') : null;
var engineApi = base ? base.getAttribute('engine-api') : null;

function english() {
  try { return window.localStorage.getItem(LOCALE_KEY) === 'en'; } catch (e) { return false; }
}

function addLanguageSwitch() {
  if (document.querySelector('.thidua-locale')) { return; }
  var link = document.createElement('a');
  link.href = '#';
  link.className = 'thidua-locale';
  link.textContent = english() ? 'Tiếng Việt' : 'English';
  link.setAttribute('lang', english() ? 'vi' : 'en');
  link.addEventListener('click', function (event) {
    event.preventDefault();
    try {
      if (english()) { window.localStorage.removeItem(LOCALE_KEY); } else { window.localStorage.setItem(LOCALE_KEY, 'en'); }
    } catch (e) { /* private mode: stays as it is */ }
    window.location.reload();
  });
  document.body.appendChild(link);
}

// --- Tasklist: claim the task that is opened --------------------------------------------------
// Claims each task once per page: a person who gives a task back ("Trả về nhóm") keeps it given back.
var claimed = {};

function openTaskId() {
  var m = /[?&]task=([^&]+)/.exec(window.location.hash || '');
  return m ? decodeURIComponent(m[1]) : null;
}

function claimOpenTask() {
  var id = openTaskId();
  if (!id || claimed[id]) { return; }
  var button = document.querySelector('[cam-tasklist-task-meta] button.claim, .task-meta button.claim, button.claim');
  if (button && !button.disabled && button.offsetParent !== null) {
    claimed[id] = true;
    button.click();
  }
}

// --- Tasklist: most urgent first -----------------------------------------------------------------
// Tasklist sorts by its URL's "sorting" (newest created first when absent), not by the filter's
// own order: without a choice of the person's, the list is sorted by due date, nearest first, then
// oldest first. The second key matters for paging: tasks sharing a due date (every unit's task of
// one plan, or none) came back from MariaDB in a different order page to page, so one could be on
// no page at all; creation times rarely tie (to the second).
var URGENT_FIRST = 'sorting=' + encodeURIComponent(JSON.stringify([
  { sortBy: 'dueDate', sortOrder: 'asc' }, { sortBy: 'created', sortOrder: 'asc' }]));

function ensureUrgentFirst() {
  var hash = window.location.hash || '';
  if (hash === '' || hash === '#' || hash === '#/') { hash = '#/'; }
  if (!/^#\/(\?|$)/.test(hash) || /[?&]sorting=/.test(hash)) { return; }
  window.location.replace(hash + (hash.indexOf('?') >= 0 ? '&' : '?') + URGENT_FIRST);
}

// --- Tasklist: Camunda Forms' own messages in Vietnamese -----------------------------------------
// form-js (the Camunda Forms renderer) writes its validation messages in English and has no
// locale file; they are replaced where they appear.
var FORM_MESSAGES = [
  [/^Field is required\.?$/, function () { return 'Bắt buộc nhập.'; }],
  [/^Field must have minimum length of (\d+)\.?$/, function (m) { return 'Cần ít nhất ' + m[1] + ' ký tự.'; }],
  [/^Field must have maximum length of (\d+)\.?$/, function (m) { return 'Tối đa ' + m[1] + ' ký tự.'; }],
  [/^Field must have minimum value of (.+?)\.?$/, function (m) { return 'Giá trị nhỏ nhất là ' + m[1] + '.'; }],
  [/^Field must have maximum value of (.+?)\.?$/, function (m) { return 'Giá trị lớn nhất là ' + m[1] + '.'; }],
  [/^Field must match pattern .*$/, function () { return 'Chưa đúng dạng yêu cầu (xem ví dụ dưới ô).'; }],
  [/^Field must be a valid email\.?$/, function () { return 'Cần một địa chỉ thư điện tử hợp lệ.'; }],
  [/^Value must be a number\.?$/, function () { return 'Cần nhập một số.'; }],
  [/^Select$/, function () { return 'Chọn'; }],
  [/^Search$/, function () { return 'Tìm'; }]
];

function translateFormMessages() {
  var nodes = document.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span, .fjs-form-field-error, .fjs-select-placeholder');
  Array.prototype.forEach.call(nodes, function (node) {
    if (node.children.length) { return; }
    var text = (node.textContent || '').trim();
    for (var i = 0; i < FORM_MESSAGES.length; i++) {
      var m = FORM_MESSAGES[i][0].exec(text);
      if (m) { node.textContent = FORM_MESSAGES[i][1](m); return; }
    }
  });
}

// --- Tasklist: a count beside every filter -------------------------------------------------------
var countsPending = false;
var lastCounts = {};

function showCounts() {
  var items = document.querySelectorAll('[cam-tasklist-filters] .item, .filters .item, ol.list-unstyled .item');
  Array.prototype.forEach.call(items, function (item) {
    var link = item.querySelector('.name a');
    if (!link) { return; }
    var counter = link.querySelector('.thidua-count');
    var native = link.querySelector('.counter');
    var name = (link.firstChild && link.firstChild.nodeValue || link.textContent).trim();
    var count = lastCounts[name];
    var focusedCount = native && native.offsetParent !== null;
    if (count === undefined || focusedCount) {
      if (counter) { counter.parentNode.removeChild(counter); }
      return;
    }
    if (!counter) {
      counter = document.createElement('span');
      counter.className = 'counter thidua-count';
      link.appendChild(counter);
    }
    if (counter.textContent !== String(count)) { counter.textContent = String(count); }
  });
}

function loadCounts() {
  if (countsPending || !engineApi) { return; }
  countsPending = true;
  fetch(engineApi + 'engine/default/filter?resourceType=Task&itemCount=true', {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  }).then(function (response) {
    return response.ok ? response.json() : [];
  }).then(function (filters) {
    lastCounts = {};
    (filters || []).forEach(function (f) { lastCounts[f.name.trim()] = f.itemCount; });
    showCounts();
  }).catch(function () { /* counts are a help, not a need */ }).then(function () { countsPending = false; });
}

var scheduled = false;
function onChange() {
  if (scheduled) { return; }
  scheduled = true;
  window.setTimeout(function () {
    scheduled = false;
    addLanguageSwitch();
    if (appName === 'tasklist') {
      claimOpenTask();
      showCounts();
      translateFormMessages();
    }
  }, 50);
}

if (document.body) {
  new MutationObserver(onChange).observe(document.body, { childList: true, subtree: true });
  onChange();
  if (appName === 'tasklist') {
    ensureUrgentFirst();
    window.addEventListener('hashchange', ensureUrgentFirst);
    loadCounts();
    window.setInterval(loadCounts, 20000);
    window.addEventListener('hashchange', function () { window.setTimeout(loadCounts, 1500); });
  }
}

export default [];
