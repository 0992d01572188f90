// What every one of Camunda's webapps (Tasklist, Cockpit, Admin, welcome) shares in its
// config.js: Vietnamese by default (vi.json next to Camunda's en.json in each app's locales), dates
// dd/mm/yyyy, our additions (thidua.js) loaded, no welcome banner. Each config.js imports this and
// adds only what is its own. English stays selectable: the header's "English" link (thidua.js)
// remembers the choice in this browser.
var english = (function () {
  try { return window.localStorage.getItem('thidua.locale') === 'en'; } catch (e) { return false; }
})();

export default function vietnameseConfig(customScriptsPath) {
  return {
    dateFormat: {
      monthName: 'MMMM',
      day: 'DD',
      abbr: 'DD/MM/YYYY HH:mm',
      normal: 'DD/MM/YYYY HH:mm',
      long: 'dddd, DD/MM/YYYY HH:mm',
      short: 'DD/MM/YYYY'
    },
    // Camunda picks the browser's first language when it is listed, else the fallback: listing
    // only 'vi' makes Vietnamese the language whatever the browser says, until English is chosen.
    locales: english
      ? { availableLocales: ['en', 'vi'], fallbackLocale: 'en' }
      : { availableLocales: ['vi'], fallbackLocale: 'vi' },
    // Relative to the app's own root, hence one path per app.
    customScripts: [customScriptsPath],
    disableWelcomeMessage: true
  };
}
