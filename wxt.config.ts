import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-svelte'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // <all_urls>: the recorder must follow the tester across origins (shop → payment provider → shop)
    // without a permission prompt mid-walk. Scripting injects the recorder only into the recorded tab.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'tabs', 'webNavigation', 'sidePanel'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_actionTitle__' },
  },
});
