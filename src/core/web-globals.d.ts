/**
 * The WHATWG URL classes are globals in every place core runs (browsers, service workers, Node), but they
 * live in TypeScript's DOM library, which core must not see. Declaring just what core uses keeps `document`
 * and `window` out while allowing URL parsing.
 */
declare class URLSearchParams {
  constructor(init?: string);
  append(name: string, value: string): void;
  forEach(callback: (value: string, key: string) => void): void;
  get(name: string): string | null;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly hash: string;
  readonly search: string;
  readonly protocol: string;
  readonly href: string;
  readonly origin: string;
  readonly searchParams: URLSearchParams;
}

// Base64 and text encoding are globals in every place core runs, and equally outside TypeScript's ES library.
declare function atob(data: string): string;
declare function btoa(data: string): string;

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array | ArrayBuffer): string;
}
