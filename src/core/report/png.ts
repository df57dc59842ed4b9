/**
 * A screenshot in a report must be a real PNG picture, not just something labelled as one: a file that is
 * HTML or script inside a PNG data URL could be dangerous wherever it is shown. This checks the signature,
 * that the chunks are well formed from IHDR to IEND with nothing after, and sane dimensions; it does not
 * decompress the pixels (the moderation page serves the bytes as image/png under a sandboxing policy).
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PREFIX = 'data:image/png;base64,';
const MAX_SIDE = 16_384;
/** About a 5K screen's worth twice over: a picture far larger could hang a reviewer's tab while it decodes. */
const MAX_PIXELS = 40_000_000;

function u32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
}

/** True when the bytes are a structurally valid PNG file. */
export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < 8 + 25 + 12 || SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  let at = 8;
  let first = true;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at);
    const type = chunkType(bytes, at + 4);
    if (!/^[A-Za-z]{4}$/.test(type) || at + 12 + length > bytes.length) return false;
    if (first) {
      if (type !== 'IHDR' || length !== 13) return false;
      const width = u32(bytes, at + 8);
      const height = u32(bytes, at + 12);
      if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) return false;
      first = false;
    }
    at += 12 + length;
    if (type === 'IEND') return at === bytes.length;
  }
  return false;
}

/** The PNG bytes of a `data:image/png;base64,…` URL, or undefined when it is not exactly that. */
export function decodePngDataUrl(dataUrl: string): Uint8Array | undefined {
  if (!dataUrl.startsWith(PREFIX)) return undefined;
  const base64 = dataUrl.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) return undefined;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return isPng(bytes) ? bytes : undefined;
}
