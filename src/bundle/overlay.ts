/**
 * Applying an overlay (see `./kinds/overlay.ts`) to a validated base bundle: all or nothing.
 * Every check runs before anything is changed, on a copy, so a refused overlay leaves the base
 * exactly as published. Used by the elements (through the base class) and by the validator.
 */
import { BundleError, type OverlayRefusal } from './errors.js';
import { parseBundle } from './load.js';
import { overlayBundle, type ContactBlock, type OverlayBundle } from './kinds/overlay.js';
import type { Link } from './parts.js';
import { satisfies } from './semver.js';

/** Local facts for one place in the bundle (`''` = the bundle as a whole). */
export interface LocalFacts {
  contacts: ContactBlock[];
  links: Link[];
}

export interface AppliedOverlay<B> {
  /** The base with replaced wording (a copy; the input is not changed). */
  bundle: B;
  overlay: OverlayBundle;
  /** Added contacts and links by target id; `''` holds those for the bundle as a whole. */
  local: Map<string, LocalFacts>;
}

interface BaseLike {
  id: string;
  version: string;
  kind: string;
}

function refuse(reason: OverlayRefusal['reason'], message: string, extra: Partial<OverlayRefusal> = {}, url?: string): BundleError {
  return new BundleError({ code: 'overlay-not-applied', message, url, overlay: { reason, ...extra } });
}

/** Checks parsed JSON against the overlay schema; throws `overlay-not-applied` (`invalid`). */
export function parseOverlay(data: unknown, url?: string): OverlayBundle {
  try {
    return parseBundle(data, overlayBundle(), 'overlay' as never, url);
  } catch (e) {
    const d = e instanceof BundleError ? e.detail : undefined;
    throw new BundleError({
      code: 'overlay-not-applied',
      url,
      message: `Not a valid overlay: ${d?.message ?? String(e)}`,
      issues: d?.issues,
      overlay: { reason: 'invalid', id: (data as { id?: string } | null)?.id },
    });
  }
}

/**
 * Collections whose entries are vocabulary or evidence, not places for local facts: sources,
 * glossary words, treatments, domains, outcomes and numbers are never overlay targets.
 */
const NOT_TARGETS = new Set(['sources', 'glossary', 'treatments', 'domains', 'outcomes', 'numbers']);

/** Every object with a string `id` an overlay may target (steps, phases, options, items, services, …), by id. */
export function objectsById(bundle: unknown): Map<string, Record<string, unknown>[]> {
  const out = new Map<string, Record<string, unknown>[]>();
  const visit = (value: unknown, top: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((v) => visit(v, false));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (!top && typeof obj.id === 'string') {
      const list = out.get(obj.id) ?? [];
      list.push(obj);
      out.set(obj.id, list);
    }
    for (const [key, v] of Object.entries(obj)) {
      if (NOT_TARGETS.has(key)) continue;
      visit(v, false);
    }
  };
  visit(bundle, true);
  return out;
}

function isLocalized(v: unknown): boolean {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string');
}

/**
 * Applies `overlay` to `base`, or throws a `BundleError` with code `overlay-not-applied` and the
 * reason; nothing is applied then.
 */
export function applyOverlay<B extends BaseLike>(base: B, overlay: OverlayBundle, url?: string): AppliedOverlay<B> {
  const who = { id: overlay.id, baseId: overlay.base.id, range: overlay.base.versions, baseVersion: base.version };
  if (overlay.base.id !== base.id) {
    throw refuse('other-bundle', `Overlay "${overlay.id}" is written for "${overlay.base.id}", not "${base.id}"`, who, url);
  }
  if (!satisfies(base.version, overlay.base.versions)) {
    throw refuse(
      'version',
      `Overlay "${overlay.id}" is written for ${overlay.base.id} versions "${overlay.base.versions}"; the bundle shown is version ${base.version}`,
      who,
      url,
    );
  }
  const copy = structuredClone(base);
  const index = objectsById(copy);
  const find = (target: string): Record<string, unknown> => {
    const found = index.get(target) ?? [];
    if (found.length !== 1) {
      throw refuse(
        'target',
        found.length ? `Overlay "${overlay.id}": id "${target}" occurs ${found.length} times in ${base.id}, so it is ambiguous` : `Overlay "${overlay.id}": ${base.id} ${base.version} has nothing with id "${target}"`,
        who,
        url,
      );
    }
    return found[0]!;
  };
  const local = new Map<string, LocalFacts>();
  for (const a of overlay.add ?? []) {
    const key = a.target ?? '';
    if (key) find(key);
    const facts = local.get(key) ?? { contacts: [], links: [] };
    facts.contacts.push(...(a.contacts ?? []));
    facts.links.push(...(a.links ?? []));
    local.set(key, facts);
  }
  const changes: (() => void)[] = [];
  for (const r of overlay.replace ?? []) {
    const obj = find(r.target);
    if (obj.replaceable !== true) {
      throw refuse('not-replaceable', `Overlay "${overlay.id}": ${base.id} does not mark "${r.target}" as replaceable`, who, url);
    }
    const current = obj[r.field];
    if (current !== undefined && !isLocalized(current)) {
      throw refuse('not-replaceable', `Overlay "${overlay.id}": "${r.field}" of "${r.target}" is not wording`, who, url);
    }
    // Locales the overlay does not translate keep the national wording.
    changes.push(() => (obj[r.field] = { ...(current as Record<string, string> | undefined), ...r.text }));
  }
  changes.forEach((c) => c());
  return { bundle: copy, overlay, local };
}
