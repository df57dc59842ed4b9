/**
 * The generated pages the page benchmark loads: deterministic (a seeded generator), so every run and every
 * machine measures the same documents.
 */

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const WORDS =
  'the council said on tuesday that plans for new housing near the river would go ahead after a long debate about traffic schools parks and the future of the old market hall which residents have used for generations while critics argued that the cost was too high and the timing poor'.split(' ');

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'the');
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const page = (title: string, body: string, script = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

/** About 1 MB of article text in about 20,000 nodes, with years and dates but no phone-shaped run. */
export function newsArticle(): string {
  const next = random(1);
  const parts: string[] = ['<article><h1>Council approves riverside plan</h1>'];
  let size = 0;
  let year = 1990;
  while (size < 1_000_000) {
    const text = `${sentence(next, 18)} In ${year++ % 2030} the <a href="#r">report</a> was <em>published</em> on ${1 + Math.floor(next() * 28)} March. ${sentence(next, 14)}`;
    parts.push(`<p>${text}</p>`);
    size += text.length;
  }
  parts.push('</article>');
  return page('Council approves riverside plan', parts.join(''));
}

/** Financial and order tables with about 10,000 number-like tokens and five real phone numbers. */
export function tablePage(): string {
  const next = random(2);
  const rows: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const amount = `€ ${Math.floor(next() * 9000 + 1000)}.${String(Math.floor(next() * 1000)).padStart(3, '0')},${String(Math.floor(next() * 100)).padStart(2, '0')}`;
    rows.push(
      `<tr><td>2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}</td><td>ORD-2025-${String(100000 + i)}</td>` +
        `<td>${amount}</td><td>NL${10 + (i % 89)} ABNA 0417 ${String(1000 + i).slice(-4)} 00</td><td>Invoice ${2025}${String(i).padStart(6, '0')}</td></tr>`,
    );
  }
  const contact = '<section><h2>Contact</h2><p>Head office: 020 555 0100</p><p>Sales: +31 30 555 0101</p><p>Support: 085 555 0102</p>' +
    '<p>Belgium: +32 2 555 01 03</p><p>Fax: 020 555 0104</p></section>';
  return page('Annual statements', `<h1>Statements 2025</h1><table>${rows.join('')}</table>${contact}`);
}

/** A fake-helpdesk page like the kits. */
export function scamPage(): string {
  return page(
    'Windows Defender Security Center',
    '<h1>Access to this PC has been blocked for security reasons</h1><p>Your computer is infected with a Trojan virus. Do not close this page.</p>' +
      '<p>Call Microsoft Support now: <b>+1-844-555-0147</b> (toll free)</p>',
  );
}

/** A single-page app that adds 10,000 nodes over 5 seconds, 100 every 50 ms, some with numbers in them. */
export function mutatingPage(): string {
  const script = `
    const list = document.getElementById('feed');
    let n = 0;
    const timer = setInterval(() => {
      const batch = document.createDocumentFragment();
      for (let i = 0; i < 100; i++, n++) {
        const li = document.createElement('li');
        li.textContent = 'Update ' + n + ': order ORD-' + (100000 + n) + ' shipped at ' + (n % 24) + ':' + String(n % 60).padStart(2, '0');
        batch.append(li);
      }
      list.append(batch);
      if (n >= 10000) { clearInterval(timer); document.title = 'done'; }
    }, 50);`;
  return page('Live feed', '<h1>Live feed</h1><ul id="feed"></ul>', script);
}

/** The common case: an ordinary page with no digits at all. */
export function noDigitsPage(): string {
  const next = random(3);
  const paragraphs = Array.from({ length: 300 }, () => `<p>${sentence(next, 30)}</p>`).join('');
  return page('A walk by the river', `<h1>A walk by the river</h1>${paragraphs}`);
}
