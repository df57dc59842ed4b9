// Functions that tests evaluate inside the extension run where `chrome` (Chromium) or `browser` (Firefox)
// is the extension API. Typed with the polyfill's types, which match both for what the tests use.
declare const chrome: import('webextension-polyfill').Browser;
declare const browser: import('webextension-polyfill').Browser;
