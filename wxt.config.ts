import { defineConfig } from 'wxt';

/**
 * Firefox's add-on id: fixed, so storage, the store and the `moz-extension://` uuid the tests pin survive a
 * reinstall, and so that a signed package updates the same add-on (README › Install in Firefox).
 */
export const geckoId = 'trailnote@trailnote.app';

/*
 * Chrome gets Manifest V3; Firefox gets WXT's default for it, Manifest V2 (`npm run build:firefox`), because Firefox's
 * MV3 cannot take screenshots for Trailnote: there `<all_urls>` is a host permission only, never the API permission
 * tabs.captureVisibleTab and tabs.captureTab are given by (Firefox 140, Extension.sys.mjs: "we treat <all_urls> as
 * an API permission as well" only when !originControls, i.e. MV2), so capturing needs activeTab, which a click on
 * the toolbar button grants for one page only. Every other API Trailnote uses works in Firefox's MV2.
 */

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-svelte'],
  svelte: {
    // Components build their DOM node by node instead of through a <template>'s innerHTML: the same pages, and
    // no innerHTML assignment for Firefox's add-on linter (`web-ext lint`) to flag in every Svelte chunk.
    vite: { compilerOptions: { fragments: 'tree' } },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // <all_urls>: the recorder must follow the tester across origins (shop → payment provider → shop)
    // without a permission prompt mid-walk. Scripting injects the recorder only into the recorded tab.
    // WXT adds `sidePanel` for Chrome and `sidebar_action` for Firefox from entrypoints/sidepanel/.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'tabs', 'webNavigation', 'alarms'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: geckoId,
          // 140: the first release that reads data_collection_permissions (and the ESR the tests run).
          strict_min_version: '140.0',
          // Firefox's consent field: Trailnote collects nothing, everything stays on the tester's machine.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
