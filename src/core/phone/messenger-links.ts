/**
 * Contact links other than `tel:`: WhatsApp (`wa.me/<number>`, `api.whatsapp.com/send?phone=`,
 * `whatsapp://send?phone=`), Viber and Skype carry a phone number; Messenger and Telegram (`m.me/…`, `t.me/…`)
 * carry only a name, but are still a way for a fake helpdesk to be reached. The content script sends them
 * with the `tel:` links (`PageSample.telLinks`).
 */

export const MESSENGER_LINK_PATTERN = /^(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com|web\.whatsapp\.com|m\.me|t\.me|(?:www\.)?messenger\.com)\/|^(?:whatsapp|viber|skype):/i;

export interface LinkContact {
  /** The phone number the link carries, as written, or undefined for a name-only channel. */
  readonly number: string | undefined;
}

function parameter(href: string, name: string): string | undefined {
  const match = new RegExp(`[?&]${name}=([^&#]*)`, 'i').exec(href);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return undefined;
  }
}

/** The contact a messenger link stands for, or undefined for any other link. */
export function messengerContact(href: string): LinkContact | undefined {
  if (!MESSENGER_LINK_PATTERN.test(href)) return undefined;
  const wa = /^(?:https?:\/\/)?wa\.me\/\+?(\d{7,15})\b/i.exec(href);
  if (wa) return { number: `+${wa[1]}` };
  const phone = parameter(href, 'phone') ?? parameter(href, 'number');
  if (phone && /\d{7,}/.test(phone.replace(/\D/g, ''))) return { number: `+${phone.replace(/\D/g, '')}` };
  const skype = /^skype:(\+?[\d\s-]{7,20})/i.exec(href);
  if (skype) return { number: skype[1]?.replace(/[\s-]/g, '') };
  return { number: undefined };
}
