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
  // and ASCII tab/newline anywhere. The ends by index, not by a `[…]+$` pattern (which rescans
  // every run of spaces inside the URL: quadratic in its length).
  let a = 0;
  let b = raw.length;
  while (a < b && raw.charCodeAt(a) <= 0x20) a++;
  while (b > a && raw.charCodeAt(b - 1) <= 0x20) b--;
  const url = raw.slice(a, b).replace(/[\t\n\r]/g, '');
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

/**
 * Resolves a relative content URL against the URL of the file it came from (the bundle or the
 * overlay), not the host page: `![x](/account/delete)` in a bundle must not reach the host's
 * origin with its cookies. A fragment (`#…`) stays on the page; without a base (a bundle given
 * as an object by the host) the URL is left as it is.
 */
export function resolveAgainst(url: string, base: string | undefined): string {
  if (!base || url.startsWith('#') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** `safeUrl`, then resolved against `base` (see `resolveAgainst`). */
export function contentHref(raw: string | undefined | null, base: string | undefined, schemes?: ReadonlySet<string>): string | undefined {
  const url = safeUrl(raw, schemes);
  return url === undefined ? undefined : resolveAgainst(url, base);
}

/**
 * A relative URL in a bundle resolves against the bundle's own URL: it must stay inside the
 * content folder. Refused: a path from the root of the server (`/account/…`, which would reach
 * the host site) and `../` that climbs above the content base (`<content>/<kind>/<id>/` is two
 * levels below it).
 */
export function relativeUrlProblem(url: string, depth = 2): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  if (/^[\\/]/.test(url)) return `URL "${url}" starts at the server root; write it relative to the bundle file (it resolves against the bundle's URL)`;
  const base = `https://content.invalid/base/${'d/'.repeat(depth)}`;
  let resolved: URL;
  try {
    resolved = new URL(url, base + 'bundle.json');
  } catch {
    return `URL "${url}" cannot be resolved`;
  }
  if (!resolved.href.startsWith('https://content.invalid/base/')) return `URL "${url}" climbs above the content folder with ../`;
  return undefined;
}
