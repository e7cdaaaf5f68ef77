import { registerRecordingHandlers } from '../lib/recording/handlers';
import { openPanelFromToolbar } from '../lib/recording/panel-behaviour';

export default defineBackground(() => {
  registerRecordingHandlers();
  openPanelFromToolbar();
});
