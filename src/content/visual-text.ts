/**
 * Text a user sees that the DOM's text does not hold in that form, for pages that passed the gate:
 * - CSS generated content (`::before`/`::after { content: "…" }`), read from the page's own style sheets
 *   (one pass over their rules, no computed style per element) and handed to the walker (read-page.ts);
 * - SVG `<text>` pieces, which Chromium's innerText puts on separate lines and Firefox's joins: pages with
 *   them are read by the walker in both browsers, so the same page gives the same text everywhere;
 * - right-to-left overrides (`<bdo dir="rtl">`, `unicode-bidi: bidi-override`), whose text is drawn in
 *   reverse: put back in the order the user sees.
 * Each costs a query or two on pages without them.
 */
import { shadowRootAccessor } from './shadow-root-of.ts';

export interface ReadingAids {
  /** Generated text to put before and after an element's own text. */
  readonly generated?: ReadonlyMap<Element, { before: string; after: string }>;
  /** How to reach shadow roots, closed ones included (shadow-root-of.ts). */
  readonly shadowRootOf?: (element: Element) => ShadowRoot | null;
}

const MAX_RULES = 3000;
const MAX_ELEMENTS_PER_RULE = 500;
const PSEUDO = /::?(before|after)\b/i;

/** The text of a `content` value: its strings and `attr()` values; counters and images are not text. */
function contentText(value: string, element: Element): string {
  let out = '';
  for (const match of value.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)\s*\)/g)) {
    if (match[3]) out += element.getAttribute(match[3]) ?? '';
    else out += (match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1');
  }
  return out;
}

function styleRules(doc: Document): CSSStyleRule[] {
  const rules: CSSStyleRule[] = [];
  const visit = (list: CSSRuleList): void => {
    for (let i = 0; i < list.length && rules.length < MAX_RULES; i++) {
      const rule = list[i] as CSSRule & { cssRules?: CSSRuleList; selectorText?: string };
      if (typeof rule.selectorText === 'string') rules.push(rule as CSSStyleRule);
      else if (rule.cssRules) visit(rule.cssRules);
    }
  };
  for (const sheet of doc.styleSheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // Another origin's style sheet: its rules cannot be read (a known limit, docs/threat-model.md).
    }
  }
  return rules;
}

export function generatedContent(doc: Document): Map<Element, { before: string; after: string }> | undefined {
  let found: Map<Element, { before: string; after: string }> | undefined;
  for (const rule of styleRules(doc)) {
    if (!PSEUDO.test(rule.selectorText)) continue;
    const value = rule.style.getPropertyValue('content');
    if (!value || value === 'none' || value === 'normal' || !/["']|attr\(/.test(value)) continue;
    for (const part of rule.selectorText.split(',')) {
      const side = PSEUDO.exec(part)?.[1]?.toLowerCase() as 'before' | 'after' | undefined;
      if (!side) continue;
      let elements: NodeListOf<Element>;
      try {
        elements = doc.querySelectorAll(part.replace(PSEUDO, '').trim() || '*');
      } catch {
        continue;
      }
      for (let i = 0; i < Math.min(elements.length, MAX_ELEMENTS_PER_RULE); i++) {
        const element = elements[i] as Element;
        const text = contentText(value, element);
        if (!text.trim()) continue;
        found ??= new Map();
        const entry = found.get(element) ?? { before: '', after: '' };
        entry[side] = text;
        found.set(element, entry);
      }
    }
  }
  return found;
}

/** What the walker needs on this page, or undefined when innerText reads it as a user sees it. */
export function readingAids(doc: Document, closedShadows = false): ReadingAids | undefined {
  const generated = doc.styleSheets.length > 0 ? generatedContent(doc) : undefined;
  const svgText = doc.querySelector('svg text') !== null;
  if (!generated && !svgText && !closedShadows) return undefined;
  return { ...(generated ? { generated } : {}), ...(closedShadows ? { shadowRootOf: shadowRootAccessor() } : {}) };
}

const STYLE_OVERRIDE = '[style*="bidi-override" i]';
const RLO = '\u202E';
/** Pages longer than this are not searched for override characters: scam pages are short. */
const MAX_RLO_SEARCH = 100_000;

/**
 * Stretches between a right-to-left override character and its end, put the way they are drawn. Firefox's
 * innerText drops the override characters, so they are found in the raw text and their stretch replaced
 * in what innerText gave; core (bidi-visual.ts) then finds no override left to turn again.
 */
function overrideCharacters(doc: Document, text: string): string {
  if (text.length > MAX_RLO_SEARCH) return text;
  const raw = doc.body?.textContent ?? '';
  if (!raw.includes(RLO)) return text;
  let out = text;
  for (const match of raw.matchAll(/\u202E([^\u202C\u2069\n]{2,80})/g)) {
    const logical = match[1] ?? '';
    const drawn = [...logical].reverse().join('');
    out = out.includes(RLO + logical) ? out.replace(RLO + logical, drawn) : out.replace(logical, drawn);
  }
  return out;
}

/**
 * `text` with the text of right-to-left overrides put in the order it is drawn. `<bdo>` by tag name; inline
 * `unicode-bidi` styles, whose query tests every element's style attribute, on short pages only.
 */
export function visualText(doc: Document, text: string): string {
  let out = overrideCharacters(doc, text);
  const overrides = [...doc.getElementsByTagName('bdo'), ...(text.length <= MAX_RLO_SEARCH ? doc.querySelectorAll(STYLE_OVERRIDE) : [])];
  for (const element of overrides) {
    if (element.localName === 'bdo' && !/^rtl$/i.test(element.getAttribute('dir') ?? '')) continue;
    if (element.localName !== 'bdo' && !/direction\s*:\s*rtl/i.test(element.getAttribute('style') ?? '')) continue;
    const raw = (element.textContent ?? '').trim();
    if (raw.length < 2) continue;
    out = out.replace(raw, [...raw].reverse().join(''));
  }
  return out;
}
