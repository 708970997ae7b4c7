import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Never let `wxt` try to open a browser of its own (CI and headless machines).
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'SayWho',
    description: 'See who said what in news articles. Runs locally: nothing leaves your browser.',
    // `scripting` + the hosts the content script already runs on: the background injects the
    // analysis stages into article pages only (src/pipeline/analyser.ts). Same install prompt.
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'SayWho' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'saywho@saywho.invalid',
          // SayWho collects nothing (Firefox's data-collection declaration).
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
