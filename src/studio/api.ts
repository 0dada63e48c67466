/** The studio server's API, with this run's token (from the page URL). */
import type { StudioChecks } from '../cli/checks.js';
import type { LibraryEntry } from '../cli/studio-files.js';
import type { Bump, Change } from '../bundle/diff.js';

export type { StudioChecks, LibraryEntry, Bump, Change };

const token = new URLSearchParams(location.search).get('token') ?? '';

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly detail?: unknown) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { 'x-pakke-token': token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const value = (await res.json().catch(() => ({}))) as { error?: string; detail?: unknown };
  if (!res.ok) throw new ApiError(res.status, value.error ?? `HTTP ${res.status}`, value.detail);
  return value as T;
}

export interface OpenFile { path: string; text: string; hash: string; readOnly: boolean }
export interface DiffResult { previous?: string; previousVersion?: string; changes: Change[]; bump: Bump; suggested: string }

export const api = {
  library: () => call<{ root: string; entries: LibraryEntry[] }>('GET', '/api/library'),
  file: (path: string) => call<OpenFile>('GET', `/api/file?path=${encodeURIComponent(path)}`),
  hash: (path: string) => call<{ hash: string | null }>('GET', `/api/hash?path=${encodeURIComponent(path)}`),
  check: (text: string) => call<StudioChecks>('POST', '/api/check', { text }),
  diff: (text: string) => call<DiffResult>('POST', '/api/diff', { text }),
  save: (path: string, text: string, hash: string | null) => call<{ hash: string }>('POST', '/api/save', { path, text, hash }),
  create: (kind: string, id: string, locales: string[], base?: string) => call<{ path: string }>('POST', '/api/new', { kind, id, locales, base }),
  draft: (path: string) => call<{ path: string }>('POST', '/api/draft', { path }),
  publish: (path: string, hash: string, version: string, reviewDue: string, status: string) =>
    call<{ path: string; integrity: string }>('POST', '/api/publish', { path, hash, version, reviewDue, status }),
};
