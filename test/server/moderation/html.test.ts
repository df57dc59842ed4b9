import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { html, toDocument } from '../../../server/moderation/html.ts';
import { hasInvisible, displayHost, visibleText } from '../../../server/moderation/visible-text.ts';

const body = (fragment: ReturnType<typeof html>): string => toDocument(fragment).replace('<!doctype html>\n', '');

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const hostile = `"><script>alert('x')</script><img src=x onerror=\`y\`>&amp;`;
    expect(body(html`<p title="${hostile}">${hostile}</p>`)).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src&#61;x onerror&#61;&#96;y&#96;&gt;&amp;amp;">' +
        '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src&#61;x onerror&#61;&#96;y&#96;&gt;&amp;amp;</p>',
    );
  });

  it('nests fragments and arrays without escaping them twice', () => {
    const items = ['<a>', 'b'].map((x) => html`<li>${x}</li>`);
    expect(body(html`<ul>${items}</ul>${null}${undefined}${3}`)).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>3');
  });

  it('cannot be fooled by an object that looks like a fragment', () => {
    const forged = { value: '<script>' } as unknown as string;
    expect(() => html`${forged}`).toThrow(TypeError);
  });
});

describe('visibleText', () => {
  it('shows bidi overrides, zero-width and control characters as code points', () => {
    const text = 'pay\u202Etxt.exe\u200B\u2066x\u0000\uFEFF';
    const out = body(visibleText(text));
    for (const code of ['U+202E', 'U+200B', 'U+2066', 'U+0000', 'U+FEFF']) expect(out).toContain(code);
    // eslint-disable-next-line no-control-regex -- checking that a control character is gone
    expect(out).not.toMatch(/[\u202E\u200B\u2066\u0000\uFEFF]/);
    expect(hasInvisible(text)).toBe(true);
    expect(hasInvisible('Плохой сайт مرحبا')).toBe(false);
  });

  it('shows a look-alike host in punycode with its Unicode form beside it', () => {
    expect(displayHost('https://mіcrosoft.com/x', 'stored')).toEqual({ ascii: 'xn--mcrosoft-thh.com', unicode: 'mіcrosoft.com' });
    expect(displayHost('https://example.com/', 'x')).toEqual({ ascii: 'example.com', unicode: undefined });
    expect(displayHost('not a url', 'stored.example')).toEqual({ ascii: 'stored.example', unicode: undefined });
  });
});

/** The lint-proof habit: markup is only ever written inside html`…`, never in a plain string or template. */
describe('the html habit', () => {
  const root = join(import.meta.dirname, '../../../server/moderation');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'html.ts');

  it.each(files)('%s builds markup only with the html tag', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    // A quote or an untagged backtick directly followed by a tag opening.
    const untagged = [...source.matchAll(/(^|[^l])(['"`])<\/?[a-z!]/gim)].map((m) => m[0]);
    expect(untagged).toEqual([]);
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|\.raw\(/);
  });
});
