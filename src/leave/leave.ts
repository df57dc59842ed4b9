/**
 * The calm page the user lands on after "Leave this page": what happened, what to do if they already
 * called or let someone onto their computer, and who to call in their country.
 */
import { localiseDocument, pageTranslator } from '../shared/page-i18n.ts';
import { browser } from '../shared/platform.ts';
import { countryOf, HELP_LINES } from './help-lines.ts';

async function main(): Promise<void> {
  const translator = await pageTranslator();
  localiseDocument(document, translator);
  const list = document.getElementById('help-lines');
  const lines = HELP_LINES[countryOf(browser.i18n.getUILanguage())] ?? [];
  for (const line of lines) {
    const item = document.createElement('li');
    item.append(translator.t(line.key));
    if (line.phone) {
      item.append(' ');
      item.append(Object.assign(document.createElement('span'), { className: 'phone', textContent: line.phone }));
    }
    if (line.url) {
      item.append(' ');
      item.append(Object.assign(document.createElement('a'), { href: line.url, textContent: new URL(line.url).hostname, rel: 'noreferrer' }));
    }
    list?.append(item);
  }
  document.body.dataset['ready'] = 'true';
}

void main();
