// The webapps' shared settings (Vietnamese, dd/mm/yyyy, our additions): tasklist/scripts/vietnamese-config.js.
import vietnameseConfig from '../../tasklist/scripts/vietnamese-config.js';

export default vietnameseConfig('../tasklist/scripts/thidua');
