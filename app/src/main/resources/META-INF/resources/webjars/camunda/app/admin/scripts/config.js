// Vietnamese by default (vi.json in ../locales), dates dd/mm/yyyy; the header's "English" link
// (../../tasklist/scripts/thidua.js) switches this browser to English and back.
var english = (function () {
  try { return window.localStorage.getItem('thidua.locale') === 'en'; } catch (e) { return false; }
})();

export default {
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  locales: english
    ? { availableLocales: ['en', 'vi'], fallbackLocale: 'en' }
    : { availableLocales: ['vi'], fallbackLocale: 'vi' },
  customScripts: ['../tasklist/scripts/thidua'],
  disableWelcomeMessage: true
};
