/**
 * URL safety for links and media in content. Only `https:`, `mailto:`, `tel:` and relative
 * URLs are allowed; everything else (javascript:, data:, vbscript:, http:, file:, blob:, …)
 * is refused. Browsers ignore tabs and newlines inside a scheme and are case-insensitive, so
 * the check normalizes the same way before it looks at the scheme.
 */

const SAFE_SCHEMES = new Set(['https:', 'mailto:', 'tel:']);

/** Returns the URL to use in `href`/`src`, or `undefined` when it is not safe. */
export function safeUrl(raw: string | undefined | null, schemes: ReadonlySet<string> = SAFE_SCHEMES): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Strip what the URL parser would strip: leading/trailing C0 controls and spaces,
  // and ASCII tab/newline anywhere.
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (url === '') return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (scheme) {
    return schemes.has(scheme[1]!.toLowerCase() + ':') ? url : undefined;
  }
  // No scheme: relative. Refuse protocol-relative `//host` (another origin, scheme of the page)
  // and backslash variants browsers treat the same way.
  if (/^[\\/]{2}/.test(url)) return undefined;
  // A colon before any slash, ? or # would make it a scheme in some parsers: refuse.
  const firstDelim = url.search(/[/?#]/);
  const head = firstDelim === -1 ? url : url.slice(0, firstDelim);
  if (head.includes(':')) return undefined;
  return url;
}

/** Links that leave the page get `rel="noopener noreferrer"`. */
export function isExternal(url: string): boolean {
  return /^https:/i.test(url);
}

export const MEDIA_SCHEMES: ReadonlySet<string> = new Set(['https:']);
