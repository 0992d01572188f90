// Tasklist for ward officials: the webapps' shared settings (vietnamese-config.js: Vietnamese,
// dd/mm/yyyy, our additions in thidua.js, where a task opens claimed), its name, and shortcuts
// described in Vietnamese.
import vietnameseConfig from './vietnamese-config.js';

export default Object.assign(vietnameseConfig('scripts/thidua'), {
  app: {
    name: 'Việc cần làm',
    vendor: 'Thi đua - khen thưởng'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'Nhận việc đang chọn' },
    focusFilter: { key: 'ctrl+shift+f', description: 'Chuyển đến bộ lọc đầu tiên' },
    focusList: { key: 'ctrl+alt+l', description: 'Chuyển đến việc đầu tiên trong danh sách' },
    focusForm: { key: 'ctrl+alt+f', description: 'Chuyển đến ô nhập đầu tiên của biểu mẫu' },
    startProcess: { key: 'ctrl+alt+p', description: 'Mở hộp bắt đầu quy trình' }
  }
});
