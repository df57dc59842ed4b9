/**
 * A right-to-left override (U+202E … U+202C) makes the browser draw the characters between the marks in
 * reverse: the page's text holds "4310-555-448-1" and the user sees "1-844-555-0134". Honest pages in
 * Latin script have no use for it; scam kits use it so that a text search finds no number. This puts such
 * stretches in the order the user sees, keeping every character at the same length so that offsets into
 * the text stay valid.
 */

const RLO = '\u202E';
const ENDS = new Set(['\u202C', '\u2069', '\n']);

export function toVisualOrder(text: string): string {
  if (!text.includes(RLO)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf(RLO, i);
    if (start < 0) {
      out += text.slice(i);
      break;
    }
    let end = start + 1;
    while (end < text.length && !ENDS.has(text[end] ?? '')) end++;
    out += text.slice(i, start + 1) + [...text.slice(start + 1, end)].reverse().join('');
    i = end;
  }
  return out;
}
