/**
 * Loading and checking bundles: fetch (no credentials unless asked; same-origin ones when the page
 * preloads the URL), optional Subresource Integrity check with SubtleCrypto, JSON parsing,
 * format/kind checks and schema validation.
 * Every failure is a `BundleError` with a code; nothing here throws anything else.
 */
import type * as z from 'zod/mini';
import { FORMAT_MAJOR, type Kind } from './format.js';
import { BundleError, jsonPath, type SchemaIssue } from './errors.js';

export interface FetchOptions {
  integrity?: string | null;
  /** Unset: `omit`, or `same-origin` when the page preloads the URL (see `preloadedCredentials`). */
  credentials?: RequestCredentials;
  signal?: AbortSignal;
  /** Milliseconds before the request counts as failed. */
  timeout?: number;
}

const DIGESTS: Record<string, string> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

function toBase64(bytes: ArrayBuffer): string {
  let bin = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i++) bin += String.fromCharCode(view[i]!);
  return btoa(bin);
}

/**
 * Checks `bytes` against an SRI string (`sha256-…`, several allowed separated by spaces; the
 * strongest algorithm present must match, as browsers do).
 */
export async function checkIntegrity(bytes: ArrayBuffer, integrity: string, url?: string): Promise<void> {
  const entries = integrity
    .trim()
    .split(/\s+/)
    .map((token) => /^(sha256|sha384|sha512)-([A-Za-z0-9+/=_-]+)(?:\?.*)?$/.exec(token))
    .filter((m): m is RegExpExecArray => m !== null);
  if (entries.length === 0) {
    throw new BundleError({ code: 'integrity', url, message: `Unrecognized integrity value "${integrity}"` });
  }
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new BundleError({ code: 'integrity', url, message: 'SubtleCrypto is unavailable (the page is not a secure context), so integrity cannot be checked' });
  }
  const order = ['sha512', 'sha384', 'sha256'];
  const strongest = order.find((alg) => entries.some((m) => m[1] === alg))!;
  const digest = toBase64(await subtle.digest(DIGESTS[strongest]!, bytes));
  const normalize = (s: string) => s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const ok = entries.some((m) => m[1] === strongest && normalize(m[2]!) === normalize(digest));
  if (!ok) {
    throw new BundleError({ code: 'integrity', url, message: `Integrity mismatch: content hashes to ${strongest}-${digest}` });
  }
}

/**
 * `same-origin` when the page itself preloads `url` with `<link rel="preload" as="fetch"
 * crossorigin>` (anonymous): a fetch reuses a preloaded response only when its credentials mode
 * matches, and `omit`, the default, matches no preload. `same-origin` never sends cookies to
 * another origin, so following the host's preload adds nothing it did not already send. A
 * `use-credentials` preload is not followed (that would send cookies to another origin again on a
 * retry); a host that wants it sets `credentials="include"`. Without `crossorigin` a preload is a
 * no-cors request no fetch can reuse.
 */
export function preloadedCredentials(url: string): RequestCredentials | undefined {
  try {
    if (typeof document === 'undefined') return undefined;
    const href = new URL(url, document.baseURI).href;
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="preload" i][as="fetch" i][crossorigin]')) {
      if (link.href === href && link.crossOrigin === 'anonymous') return 'same-origin';
    }
  } catch {
    // No DOM to ask (a test shim, a worker) or a URL that cannot be resolved: the default.
  }
  return undefined;
}

/**
 * Watches for the page's Content-Security-Policy refusing a request to `url` (`connect-src`, or
 * `default-src` without it): a refused fetch fails like an offline one, and only the violation
 * event tells them apart. `refused()` waits briefly for the event, which browsers may dispatch
 * after the fetch has failed.
 */
function watchCsp(url: string): { refused: () => Promise<boolean>; stop: () => void } {
  if (typeof document === 'undefined' || typeof SecurityPolicyViolationEvent === 'undefined') return { refused: async () => false, stop: () => undefined };
  let target: URL | undefined;
  try {
    target = new URL(url, document.baseURI);
  } catch {
    return { refused: async () => false, stop: () => undefined };
  }
  let seen = false;
  let wake: (() => void) | undefined;
  const listener = (e: SecurityPolicyViolationEvent) => {
    const directive = e.effectiveDirective || e.violatedDirective;
    if (!/^(connect-src|default-src)/.test(directive)) return;
    let blocked: URL | undefined;
    try {
      blocked = new URL(e.blockedURI);
    } catch {
      return;
    }
    // Browsers report the full URL, or only its origin for a request that left the page's origin.
    if (blocked.href === target!.href || (blocked.origin === target!.origin && (blocked.pathname === '/' || target!.href.startsWith(blocked.href)))) {
      seen = true;
      wake?.();
    }
  };
  document.addEventListener('securitypolicyviolation', listener);
  return {
    refused: () =>
      seen
        ? Promise.resolve(true)
        : new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(seen), 250);
            wake = () => {
              clearTimeout(timer);
              resolve(true);
            };
          }),
    stop: () => document.removeEventListener('securitypolicyviolation', listener),
  };
}

/** Fetches a bundle and returns the parsed JSON (not yet validated). */
export async function fetchBundleJson(url: string, options: FetchOptions = {}): Promise<unknown> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer =
    options.timeout && options.timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, options.timeout)
      : undefined;
  const csp = watchCsp(url);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: options.credentials ?? preloadedCredentials(url) ?? 'omit',
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
    } catch (e) {
      if (timedOut) throw new BundleError({ code: 'timeout', url, message: `No answer within ${options.timeout} ms` });
      if (options.signal?.aborted) throw e;
      if (await csp.refused()) {
        throw new BundleError({ code: 'blocked', url, message: "The page's Content-Security-Policy (connect-src) does not allow this request; add the content's origin to connect-src" });
      }
      throw new BundleError({ code: 'network', url, message: e instanceof Error ? e.message : String(e) });
    }
    if (!response.ok) {
      throw new BundleError({ code: 'http', url, status: response.status, message: `HTTP ${response.status} ${response.statusText}`.trim() });
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer();
    } catch (e) {
      if (timedOut) throw new BundleError({ code: 'timeout', url, message: `No answer within ${options.timeout} ms` });
      if (options.signal?.aborted) throw e;
      throw new BundleError({ code: 'network', url, message: e instanceof Error ? e.message : String(e) });
    }
    if (options.integrity) await checkIntegrity(bytes, options.integrity, url);
    try {
      return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    } catch (e) {
      throw new BundleError({ code: 'invalid-json', url, message: e instanceof Error ? e.message : 'Invalid JSON' });
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    csp.stop();
  }
}

/** Turns zod issues into JSON paths and messages. */
export function toSchemaIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const walk = (list: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]) => {
    for (const issue of list) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
        // Report the branch that got furthest rather than a bare "invalid input".
        const best = [...issue.errors].sort((a, b) => deepest(b) - deepest(a))[0]!;
        walk(best, path);
      } else {
        out.push({ path: jsonPath(path), message: issue.message });
      }
    }
  };
  walk(issues, []);
  return out;
}

function deepest(list: readonly z.core.$ZodIssue[]): number {
  return Math.max(...list.map((i) => i.path.length));
}

/**
 * The checks that need no schema: a JSON object of this toolkit's format and of the expected
 * kind. A newer (or nonsense) `format` is refused with both versions named, and a bundle of
 * another kind by name, so authors see the real cause rather than a list of missing fields.
 */
export function checkEnvelope(data: unknown, expected: Kind | readonly Kind[], url?: string): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BundleError({ code: 'schema', url, message: 'A bundle must be a JSON object', issues: [{ path: '$', message: 'Expected an object' }] });
  }
  const record = data as Record<string, unknown>;
  const format = record.format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    throw new BundleError({
      code: 'unsupported-format',
      url,
      format: { found: format, supported: FORMAT_MAJOR },
      message: `Bundle format ${JSON.stringify(format)} is not a format version; this toolkit reads format ${FORMAT_MAJOR}`,
    });
  }
  if (format !== FORMAT_MAJOR) {
    throw new BundleError({
      code: 'unsupported-format',
      url,
      format: { found: format, supported: FORMAT_MAJOR },
      message: `Bundle format ${format} is not supported; this toolkit reads format ${FORMAT_MAJOR}`,
    });
  }
  const kinds: readonly string[] = typeof expected === 'string' ? [expected] : expected;
  if (!kinds.includes(record.kind as string)) {
    throw new BundleError({
      code: 'wrong-kind',
      url,
      kind: { found: record.kind, expected: kinds.join(' | ') },
      message: `Expected a ${kinds.join(' or ')} bundle, got ${JSON.stringify(record.kind)}`,
    });
  }
}

/**
 * Pinned content (its bytes match a hash the host, the catalogue or `pakke render` pinned, so
 * `pakke validate` / `pakke render` checked it with the schema): the envelope checks only, no
 * schema on the critical path. What the schema would have refused surfaces when it is rendered
 * (the element's render guard turns it into an error), never as a blank box.
 */
export function trustBundle<T>(data: unknown, expected: Kind | readonly Kind[], url?: string): T {
  checkEnvelope(data, expected, url);
  return data as T;
}

/**
 * Checks parsed JSON against a kind's schema, after the envelope checks (`checkEnvelope`).
 */
export function parseBundle<T>(data: unknown, schema: z.ZodMiniType<T>, expected: Kind | readonly Kind[], url?: string): T {
  checkEnvelope(data, expected, url);
  const kinds: readonly string[] = typeof expected === 'string' ? [expected] : expected;
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(data);
  } catch (e) {
    // A refinement that throws on hostile input must still surface as a schema error.
    throw new BundleError({ code: 'schema', url, message: 'The bundle could not be checked', issues: [{ path: '$', message: e instanceof Error ? e.message : String(e) }] });
  }
  if (!result.success) {
    const issues = toSchemaIssues(result.error.issues);
    throw new BundleError({ code: 'schema', url, issues, message: `The bundle does not match the ${kinds.join('/')} schema (${issues.length} problem${issues.length === 1 ? '' : 's'})` });
  }
  return result.data;
}
