/** The two element makers the banner's parts share: text in as text, and buttons only people can press. */

export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A button that only answers a real user's click: a page cannot press it with a synthetic event. */
export function actionButton(doc: Document, label: string, className: string, onPress: () => void): HTMLButtonElement {
  const b = element(doc, 'button', className, label);
  b.type = 'button';
  b.addEventListener('click', (event) => {
    if (event.isTrusted) onPress();
  });
  return b;
}
