/**
 * The calm page the user lands on after "Leave this page": what happened, what to do if they already
 * called or let someone onto their computer, and who to call in their country (official-channels.ts, chosen
 * from the language setting and the reader's region).
 */
import { helpOrganisations } from '../shared/official-channels.ts';
import { localiseDocument, extensionPageTranslator, type ExtensionPageTranslator } from '../shared/extension-page-i18n.ts';

function helpLine({ t }: ExtensionPageTranslator, organisation: ReturnType<typeof helpOrganisations>[number]): HTMLLIElement {
  const item = document.createElement('li');
  item.append(t(organisation.helpKey));
  if (organisation.phone) {
    item.append(' ');
    item.append(Object.assign(document.createElement('span'), { className: 'phone', textContent: organisation.phone }));
  }
  if (organisation.url) {
    item.append(' ');
    item.append(Object.assign(document.createElement('a'), { href: organisation.url, textContent: new URL(organisation.url).hostname, rel: 'noreferrer' }));
  }
  return item;
}

async function main(): Promise<void> {
  const translator = await extensionPageTranslator();
  localiseDocument(document, translator);
  // The reader's own bank comes first in every country: banks advise calling the number on the back of the card.
  const bank = Object.assign(document.createElement('li'), { textContent: translator.t('helpYourBank') });
  document.getElementById('help-lines')?.replaceChildren(bank, ...helpOrganisations(translator.lang).map((o) => helpLine(translator, o)));
  document.body.dataset['ready'] = 'true';
}

void main();
