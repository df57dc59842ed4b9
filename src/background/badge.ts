/**
 * The toolbar contract the rest of the product and its tests rely on: per tab, a red badge "!" for a scam
 * page, an amber "?" for a suspicious one, no badge when clean; the icon changes shape as well as colour.
 */
import type { Action } from 'webextension-polyfill';
import type { VerdictLevel } from '../core/verdict/verdict.ts';
import type { Translate } from '../shared/i18n.ts';

type ToolbarAction = Pick<Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setIcon' | 'setTitle'> &
  Partial<Pick<Action.Static, 'setBadgeTextColor'>>;

const LOOK: Readonly<Record<VerdictLevel, { text: string; color: string; textColor: string; icon: string }>> = {
  scam: { text: '!', color: '#b91c1c', textColor: '#ffffff', icon: 'scam' },
  suspicious: { text: '?', color: '#f59e0b', textColor: '#1f1300', icon: 'suspicious' },
  clean: { text: '', color: '#1d4ed8', textColor: '#ffffff', icon: 'clean' },
};

export async function showVerdictOnToolbar(action: ToolbarAction, tabId: number, level: VerdictLevel, t: Translate): Promise<void> {
  const look = LOOK[level];
  const title = level === 'scam' ? t('popupVerdictScam') : level === 'suspicious' ? t('popupVerdictSuspicious') : t('actionTitle');
  await Promise.all([
    action.setBadgeText({ tabId, text: look.text }),
    action.setBadgeBackgroundColor({ tabId, color: look.color }),
    action.setBadgeTextColor?.({ tabId, color: look.textColor }),
    action.setIcon({ tabId, path: { 16: `icons/toolbar-${look.icon}-16.png`, 32: `icons/toolbar-${look.icon}-32.png` } }),
    action.setTitle({ tabId, title }),
  ]);
}
