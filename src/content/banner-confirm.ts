/**
 * The question before a red warning is hidden. It replaces the row of buttons in place (no dialog the page
 * could cover or imitate) and keeps "Leave this page" first and bright, so the safe way out stays where it
 * was; the other two answers are "Keep the warning" and, quietest, "Yes, hide it". Escape keeps the warning.
 */
import type { BannerAction } from '../shared/messages.ts';
import type { BannerModel } from '../shared/views.ts';
import { actionButton, element } from './banner-dom.ts';

export function askBeforeHiding(
  doc: Document,
  actions: HTMLElement,
  model: BannerModel,
  onAction: (action: BannerAction) => void,
  keep: () => void,
): void {
  const confirm = model.confirmHide;
  if (!confirm) return;
  const question = element(doc, 'p', 'question', confirm.question);
  question.tabIndex = -1;
  question.id = 'hide-question';
  const group = element(doc, 'div', 'quiet-group');
  group.append(actionButton(doc, confirm.yes, 'quiet', () => onAction('dismiss')));
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-labelledby', question.id);
  actions.replaceChildren(
    question,
    actionButton(doc, model.actions.leave, 'primary', () => onAction('leave')),
    actionButton(doc, confirm.no, '', () => restore()),
    group,
  );
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && event.isTrusted) restore();
  };
  function restore(): void {
    actions.removeEventListener('keydown', onKey);
    actions.removeAttribute('role');
    actions.removeAttribute('aria-labelledby');
    keep();
  }
  actions.addEventListener('keydown', onKey);
  question.focus({ preventScroll: true });
}
