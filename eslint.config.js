// House rules as lint rules: the layers of src/ may only import in the allowed direction, and page text
// can never become HTML. See ../STYLE.md habits 1, 3 and 9 and docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (name, forbidden, extra = []) => ({
  files: [`src/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        ...forbidden.map((other) => ({ group: [`**/${other}/**`, `../${other}/*`, `./${other}/*`], message: `src/${name} must not import src/${other} (see docs/architecture.md)` })),
        ...extra,
        { group: ['**/harness/**', '**/test/**', '**/tools/**'], message: 'extension code never imports the browser harness, tests or maintainer tools' },
      ],
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Page text is never HTML: use textContent.' },
        { property: 'outerHTML', message: 'Page text is never HTML: use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Page text is never HTML: build elements.' },
        { object: 'document', property: 'write', message: 'Never document.write.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // A \p{...} class in a regex literal is built while the script compiles, in every frame (core/text/lazy-pattern.ts).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'Literal[regex.pattern=/\\\\[pP]\\{/]',
        message: 'A Unicode property class in a regex literal costs every frame its compile: use lazyPattern (core/text/lazy-pattern.ts).',
      }],
    },
  },
  layer('core', ['content', 'background', 'popup', 'options', 'shared', 'page-world', 'leave'], [
    { group: ['webextension-polyfill'], message: 'src/core is pure: no extension APIs (pass what you need in as a parameter)' },
  ]),
  layer('content', ['background', 'popup', 'options', 'page-world', 'leave'], [
    { group: ['libphonenumber-js', 'libphonenumber-js/*'], message: 'the content script never loads the phone library: send candidates to the background' },
    { group: ['webextension-polyfill', '**/shared/platform*', '**/shared/extension-page-i18n*'], message: 'the content script runs in every frame: use content/runtime.ts, not the polyfill' },
    { group: ['**/core/phone/parse-phone*', '**/core/verdict/*', '!**/core/verdict/page-sample.ts', '!**/core/verdict/behaviour.ts', '!**/core/verdict/verdict.ts'], message: 'the content script only runs the cheap gate; detection runs in the background' },
  ]),
  layer('background', ['content', 'popup', 'options', 'page-world', 'leave']),
  layer('popup', ['content', 'background', 'page-world', 'options', 'leave']),
  layer('options', ['content', 'background', 'page-world', 'popup', 'leave']),
  layer('leave', ['content', 'background', 'page-world', 'popup', 'options']),
  {
    files: ['src/page-world/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '!../shared', '../shared/*', '!../shared/page-world-channel.ts', '!../shared/banner-tag.ts'], message: 'the page-world script is self-contained: it may only share its message shape (shared/page-world-channel.ts) and the banner host\'s tag name (shared/banner-tag.ts)' }] }],
    },
  },
  layer('shared', ['content', 'background', 'popup', 'options', 'page-world', 'leave']),
  {
    // The harness (browsers, fixture server, PostgreSQL cluster, report documents) is shared by the end-to-end tests and the maintainer tools; neither it nor a tool
    // may reach into test/, so deleting or moving a test never breaks `npm run bench` or `npm start`.
    files: ['harness/**/*.ts', 'tools/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '(^|/)test/',
          message: 'harness/ and tools/ never import from test/: move what both need into harness/',
        }],
      }],
    },
  },
);
