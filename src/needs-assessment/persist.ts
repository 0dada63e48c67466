/**
 * Opt-in saving of answers in progress (`persist="session"` or `persist="local"`), keyed by
 * bundle id and version so a new version of the form never receives old answers. Storage that
 * is blocked or full is ignored: the form still works, it just does not remember.
 */
export type PersistMode = 'session' | 'local';

export interface SavedState {
  /** Every stored answer, hidden ones included. */
  v: Record<string, unknown>;
  /** Page index in the paged layout. */
  page?: number;
}

export function persistMode(value: string | null | undefined): PersistMode | undefined {
  return value === 'session' || value === 'local' ? value : undefined;
}

export function storageKey(id: string, version: string): string {
  return `pakke-needs-assessment:${id}@${version}`;
}

function storage(mode: PersistMode): Storage | undefined {
  try {
    return mode === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function parseSaved(raw: string | null | undefined): SavedState | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    const v = (data as { v?: unknown }).v;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const page = (data as { page?: unknown }).page;
    return { v: v as Record<string, unknown>, page: typeof page === 'number' && Number.isInteger(page) && page >= 0 ? page : undefined };
  } catch {
    return undefined;
  }
}

export function load(mode: PersistMode, key: string): SavedState | undefined {
  try {
    return parseSaved(storage(mode)?.getItem(key));
  } catch {
    return undefined;
  }
}

export function save(mode: PersistMode, key: string, serialized: string): void {
  try {
    storage(mode)?.setItem(key, serialized);
  } catch {
    // Quota or privacy settings: keep working without saving.
  }
}

/** Removes the saved copies of this form's other versions (a new version never reads them). */
export function pruneOtherVersions(mode: PersistMode, id: string, version: string): void {
  try {
    const store = storage(mode);
    if (!store) return;
    const prefix = `pakke-needs-assessment:${id}@`;
    const keep = storageKey(id, version);
    const stale: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const k = store.key(i);
      if (k && k.startsWith(prefix) && k !== keep) stale.push(k);
    }
    for (const k of stale) store.removeItem(k);
  } catch {
    // Blocked storage: nothing to clean.
  }
}

export function clear(mode: PersistMode, key: string): void {
  try {
    storage(mode)?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
