/**
 * The one way the moderation pages make HTML: the `html` tagged template. Every interpolated value is
 * escaped unless it is itself the result of `html`, so a report's title, address or comment (all chosen by a
 * scammer) can only ever become text. There is deliberately no `raw()` escape hatch: markup that is not
 * written literally in a template cannot be produced, and a test checks that no page builds HTML any other
 * way ("the html habit" in test/server/moderation/html.test.ts).
 */

const MARKUP = Symbol('html');

/** Markup made by `html`; the symbol is private to this module, so nothing else can forge one. */
export interface Html {
  readonly [MARKUP]: string;
}

export type Interpolation = Html | string | number | null | undefined | readonly Interpolation[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;',
};

export function escapeText(text: string): string {
  return text.replace(/[&<>"'`=]/g, (char) => ENTITIES[char] ?? char);
}

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && MARKUP in value;
}

function render(value: Interpolation): string {
  if (value === null || value === undefined) return '';
  if (isHtml(value)) return value[MARKUP];
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'number') return escapeText(String(value));
  if (typeof value === 'string') return escapeText(value);
  throw new TypeError('html: only strings, numbers, arrays and html fragments can be interpolated');
}

export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { [MARKUP]: out };
}

/** The finished document, as sent. */
export function toDocument(page: Html): string {
  return `<!doctype html>\n${page[MARKUP]}`;
}
