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

// "2025-03-05": a Date as an <input type="date"> holds it (local time).
function iso(d) { return d.getFullYear() + '-' + ('0' + (d.getMonth() + 1)).slice(-2) + '-' + ('0' + d.getDate()).slice(-2); }

// A date field's model value as "yyyy-MM-dd" text (Angular gives Date objects for type="date").
function dateText(v) { return v instanceof Date ? (isNaN(v.getTime()) ? null : iso(v)) : v; }

// yyyymmdd as a number, to compare days, from a Date or "yyyy-MM-dd..."; null when empty or invalid.
function day(v) {
  if (!v) { return null; }
  if (v instanceof Date) { return isNaN(v.getTime()) ? null : v.getFullYear() * 10000 + (v.getMonth() + 1) * 100 + v.getDate(); }
  var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v));
  return m ? (+m[1]) * 10000 + (+m[2]) * 100 + (+m[3]) : null;
}

// "05/03/2025" from a Date or a date variable's value; null when empty or invalid.
function vnDate(v) {
  if (!v) { return null; }
  var d = v instanceof Date ? v : new Date(v);
  return isNaN(d.getTime()) ? null : ('0' + d.getDate()).slice(-2) + '/' + ('0' + (d.getMonth() + 1)).slice(-2) + '/' + d.getFullYear();
}

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
