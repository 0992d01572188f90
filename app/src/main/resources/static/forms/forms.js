// Helpers every embedded form shares. The Forms SDK runs only the text of a form's cam-script
// element (a script loaded by src would never run there), so when a form is served, its cam-script
// marked data-include="forms.js" gets this file's text at its start
// (vn.thidua.workflow.EmbeddedForms): these are plain functions of the form's own script, which
// the SDK runs with camForm and $scope.
var vm = camForm.variableManager;

// A JSON variable may arrive parsed or as a JSON string; null when absent, empty or not JSON.
function readJson(name) {
  var v = vm.variable(name) ? vm.variableValue(name) : null;
  if (v === null || v === undefined || v === '') { return null; }
  if (typeof v === 'string') { try { return JSON.parse(v); } catch (e) { return null; } }
  return v;
}

// The SDK stringifies Json variables itself when submitting: hand it the object, not a string.
function writeJson(name, value) { writeVariable(name, 'Json', value); }

// For a value no single field holds (radios: the SDK binds one variable to one element).
function writeString(name, value) { writeVariable(name, 'String', value); }

// Works again on a resubmission after a server error (the variable then exists).
function writeVariable(name, type, value) {
  var existing = vm.variable(name);
  if (existing && existing.type) {
    vm.variableValue(name, value);
  } else {
    if (existing) { vm.destroyVariable(name); }
    vm.createVariable({ name: name, type: type, value: value });
  }
}

// --- Dates, typed the Vietnamese way -----------------------------------------------------------
// A date box is a text field showing "25/09/2025" whatever the browser's language: an <input
// type="date"> shows the browser's own order (mm/dd/yyyy in an English browser). The SDK submits the
// text as typed; the server reads "25/09/2025" and "2025-09-25" alike (vn.thidua.workflow.FormValues).

// "2025-03-05" from a Date (local time).
function iso(d) { return d.getFullYear() + '-' + ('0' + (d.getMonth() + 1)).slice(-2) + '-' + ('0' + d.getDate()).slice(-2); }

// "2025-09-25" from "25/9/2025", "25/09/2025", "2025-09-25", a date-time text or a Date; null when
// empty; false when it is not a real day ("31/02/2025", "abc").
function isoDay(v) {
  if (v === null || v === undefined) { return null; }
  if (v instanceof Date) { return isNaN(v.getTime()) ? false : iso(v); }
  var t = String(v).trim();
  if (t === '') { return null; }
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) { var at = new Date(t); return isNaN(at.getTime()) ? false : iso(at); }
  var y, mo, d, m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) { d = +m[1]; mo = +m[2]; y = +m[3]; } else {
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (!m) { return false; }
    y = +m[1]; mo = +m[2]; d = +m[3];
  }
  var date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? iso(date) : false;
}

// A date field's value as "yyyy-MM-dd" text; null when empty or not a day.
function dateText(v) { return isoDay(v) || null; }

// yyyymmdd as a number, to compare days; null when empty or not a day.
function day(v) { var x = isoDay(v); return x ? Number(x.replace(/-/g, '')) : null; }

// "05/03/2025" from any value isoDay reads; null when empty or not a day.
function vnDate(v) { var x = isoDay(v); return x ? x.slice(8, 10) + '/' + x.slice(5, 7) + '/' + x.slice(0, 4) : null; }

// The date boxes of a form: a value fetched as "2025-09-25" is shown "25/09/2025", and a text that
// is not a day marks its field invalid ($error.date) before anything is sent.
function dateBoxes(formName, names) {
  camForm.on('variables-applied', function () {
    names.forEach(function (n) { var shown = vnDate($scope[n]); if (shown) { $scope[n] = shown; } });
  });
  names.forEach(function (n) {
    $scope.$watch(n, function (v) {
      var field = $scope[formName] && $scope[formName][n];
      if (field) { field.$setValidity('date', isoDay(v) !== false); }
    });
  });
}

// --- Numbers, typed the Vietnamese way ---------------------------------------------------------
// The server's rule (vn.thidua.common.text.VietnameseNumbers.parse), so the form and the server
// agree: comma decimals ("50,5"), a point accepted as decimal ("50.5"), dots grouping thousands
// when followed by exactly three digits ("1.234,5"; "1.234" is one thousand two hundred
// thirty-four), a trailing "%" ignored. null when empty, NaN when it is not a number.
function vnNumber(text) {
  if (text === null || text === undefined) { return null; }
  if (typeof text === 'number') { return text; }
  var t = String(text).replace(/[\s\u00a0]/g, '');
  if (t.charAt(t.length - 1) === '%') { t = t.slice(0, -1); }
  if (t === '') { return null; }
  if (/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(t) || /^-?\d+(,\d+)?$/.test(t)) {
    return Number(t.replace(/\./g, '').replace(',', '.'));
  }
  if (/^-?\d+\.\d+$/.test(t)) { return Number(t); }
  return NaN;
}

// 50.5 → "50,5" (no grouping: the text goes back into an input to be edited); '' for null.
function vnNumberText(n) {
  return n === null || n === undefined || n === '' || isNaN(Number(n)) ? '' : String(Number(n)).replace('.', ',');
}

// --- A refusal from the server, shown at the field it concerns ----------------------------------
// A refused completion answers 400 {"message": "<one Vietnamese sentence>", "problems": [{"field",
// "message"}]}. Tasklist shows the message in its notification; here each problem's message goes
// under its field (an element with data-field="<field>", or an input named after the variable) and
// the field is marked, nothing typed is lost (the form stays as it is), and the marks go on the next
// submission. A problem without a field on this form is shown at the top of the form.
function tdFormElement() {
  var el = camForm.formElement && (camForm.formElement[0] || camForm.formElement);
  return el && el.querySelector ? el : document.querySelector('form.td-form');
}

// The SDK's error may not carry the answer's body: the last refused submission's body is kept here
// (a hook on the page's XMLHttpRequest, installed once per page).
if (!window.__tdRefusalHook) {
  window.__tdRefusalHook = true;
  var tdOpen = XMLHttpRequest.prototype.open, tdSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) { this.__tdUrl = String(url); return tdOpen.apply(this, arguments); };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this;
    xhr.addEventListener('readystatechange', function () {
      if (xhr.readyState === 4 && xhr.status === 400 && /\/(submit-form|complete)(\?|$)/.test(xhr.__tdUrl || '')) {
        try { window.__tdLastRefusal = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      }
    });
    return tdSend.apply(this, arguments);
  };
}

function refusalOf(err) {
  var candidates = [window.__tdLastRefusal];
  window.__tdLastRefusal = null;
  if (err) {
    candidates.push(err.response && err.response.body, err.body, err.data, err.res && err.res.body);
    [err.response && err.response.text, err.text, err.message].forEach(function (t) {
      if (typeof t === 'string' && t.charAt(0) === '{') { try { candidates.push(JSON.parse(t)); } catch (e) { /* not JSON */ } }
    });
  }
  for (var i = 0; i < candidates.length; i++) {
    var c = candidates[i];
    if (c && typeof c === 'object' && (c.problems || c.message)) {
      return { message: c.message || '', problems: c.problems || [] };
    }
  }
  return { message: err && err.message ? String(err.message) : '', problems: [] };
}

function clearProblems() {
  var form = tdFormElement();
  if (!form) { return; }
  Array.prototype.forEach.call(form.querySelectorAll('.td-problem'), function (p) { p.parentNode.removeChild(p); });
  Array.prototype.forEach.call(form.querySelectorAll('.td-problem-field'), function (f) {
    f.classList.remove('td-problem-field', 'has-error');
  });
}

function fieldOf(form, field) {
  var safe = String(field).replace(/["\\]/g, '');
  return form.querySelector('[data-field="' + safe + '"]')
      || form.querySelector('[cam-variable-name="' + safe + '"]')
      || form.querySelector('[name="' + safe + '"]');
}

function showProblems(err) {
  var form = tdFormElement();
  if (!form) { return; }
  clearProblems();
  var refusal = refusalOf(err);
  var loose = [];
  var first = null;
  (refusal.problems || []).forEach(function (p) {
    var input = p.field ? fieldOf(form, p.field) : null;
    if (!input) { loose.push(p.message); return; }
    var holder = input.closest('td, .form-group') || input.parentNode;
    holder.classList.add('has-error', 'td-problem-field');
    var note = document.createElement('p');
    note.className = 'td-error td-problem';
    note.setAttribute('role', 'alert');
    note.textContent = p.message;
    holder.appendChild(note);
    first = first || input;
  });
  if (!refusal.problems || !refusal.problems.length) {
    if (refusal.message) { loose.push(refusal.message); }
  }
  if (loose.length) {
    var top = document.createElement('div');
    top.className = 'alert alert-danger td-problem';
    top.setAttribute('role', 'alert');
    top.textContent = loose.join(' ');
    form.insertBefore(top, form.firstChild);
    first = first || top;
  }
  if (first && first.scrollIntoView) { first.scrollIntoView({ block: 'center' }); }
  if (first && first.focus) { try { first.focus(); } catch (e) { /* not focusable */ } }
}

camForm.on('submit', clearProblems);
// After the SDK's own handling of the answer, so that the hook above has read its body.
camForm.on('submit-failed', function (err) { window.setTimeout(function () { showProblems(err); }, 0); });

// A value the engine must not keep (a member's secret ballot): sent as a transient variable, which
// the engine hands to the task's listener and never stores, in its runtime tables or its history.
function writeSecret(name, value) {
  if (vm.variable(name)) { vm.destroyVariable(name); }
  vm.createVariable({ name: name, type: 'String', value: value, valueInfo: { transient: true } });
}

// Our own API (/api/...) with the Tasklist session: JSON in and out, the CSRF token on every change
// (asked once from /api/csrf). Resolves with the parsed answer; rejects with {status, message,
// problems} as our error contract answers (a Vietnamese message, problems per field).
var apiCsrf = null;
function api(method, url, body) {
  var token = method === 'GET' || apiCsrf ? Promise.resolve(apiCsrf)
    : fetch('/api/csrf', { credentials: 'same-origin' }).then(function (r) { return r.json(); })
      .then(function (t) { apiCsrf = t; return t; });
  return token.then(function (t) {
    var headers = { 'Accept': 'application/json' };
    if (t && method !== 'GET') { headers[t.headerName] = t.token; }
    var init = { method: method, credentials: 'same-origin', headers: headers };
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init);
  }).then(function (r) {
    return r.text().then(function (text) {
      var data = null;
      try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
      if (!r.ok) {
        throw { status: r.status, message: (data && data.message) || ('Lỗi ' + r.status), problems: (data && data.problems) || [] };
      }
      return data;
    });
  });
}

// The message of a refusal as one line: our sentence and each field's problem.
function apiError(e) {
  var lines = [e && e.message ? e.message : 'Không kết nối được máy chủ.'];
  ((e && e.problems) || []).forEach(function (p) { if (p.message && lines.indexOf(p.message) < 0) { lines.push(p.message); } });
  return lines.join(' ');
}
