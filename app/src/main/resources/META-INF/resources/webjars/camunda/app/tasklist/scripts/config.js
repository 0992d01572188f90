// Tasklist for ward officials: Vietnamese by default (vi.json next to Camunda's en.json in
// ../locales), dates dd/mm/yyyy, a task opens claimed (thidua.js). English stays selectable:
// the header's "English" link (thidua.js) remembers the choice in this browser.
var english = (function () {
  try { return window.localStorage.getItem('thidua.locale') === 'en'; } catch (e) { return false; }
})();

export default {
  app: {
    name: 'Việc cần làm',
    vendor: 'Thi đua - khen thưởng'
  },
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
  customScripts: ['scripts/thidua'],
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'Nhận việc đang chọn' },
    focusFilter: { key: 'ctrl+shift+f', description: 'Chuyển đến bộ lọc đầu tiên' },
    focusList: { key: 'ctrl+alt+l', description: 'Chuyển đến việc đầu tiên trong danh sách' },
    focusForm: { key: 'ctrl+alt+f', description: 'Chuyển đến ô nhập đầu tiên của biểu mẫu' },
    startProcess: { key: 'ctrl+alt+p', description: 'Mở hộp bắt đầu quy trình' }
  }
};
