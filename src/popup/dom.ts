/** Small helpers for the popup's one HTML file: find an element, show one view. */

export function byId<T extends HTMLElement = HTMLElement>(id: string, doc: Document = document): T {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`popup.html has no #${id}`);
  return element as T;
}

export type ViewName = 'main' | 'report' | 'sent' | 'safe' | 'check' | 'reports';

export function showView(name: ViewName, doc: Document = document): void {
  for (const view of doc.querySelectorAll<HTMLElement>('.view')) view.hidden = view.id !== `view-${name}`;
  const heading = doc.querySelector<HTMLElement>(`#view-${name} h1`);
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}
