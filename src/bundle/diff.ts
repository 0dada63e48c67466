/**
 * A human-readable difference between two versions of a bundle, and the semver step it calls for:
 * removed or renamed ids → major, new content (items, fields, other values) → minor, only wording
 * → patch. Lists whose items carry an `id` are matched by id, so a reordering is not a rewrite.
 * Used by the studio's publish step.
 */
import { compareVersions, parseVersion } from './semver.js';

export type Change =
  | { type: 'text'; path: string; locale: string; before?: string; after?: string }
  | { type: 'added' | 'removed'; path: string; id?: string }
  | { type: 'value'; path: string; before: unknown; after: unknown }
  | { type: 'moved'; path: string };

export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** Envelope fields that change with every version and say nothing about the content. */
const IGNORED = new Set(['$schema', 'version', 'published', 'reviewDue', 'status']);

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

function isText(v: unknown, locales: ReadonlySet<string>): v is Record<string, string> {
  return isObj(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => locales.has(k) && typeof x === 'string');
}

const withIds = (a: unknown[]) => a.length > 0 && a.every((x) => isObj(x) && typeof x.id === 'string');

function walk(a: unknown, b: unknown, path: string, locales: ReadonlySet<string>, out: Change[]): void {
  if (isText(a, locales) || isText(b, locales)) {
    if (isText(a, locales) && isText(b, locales)) {
      for (const l of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (a[l] !== b[l]) out.push({ type: 'text', path, locale: l, before: a[l], after: b[l] });
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ type: 'value', path, before: a, after: b });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (withIds(a) || withIds(b)) {
      const ids = (x: unknown[]) => x.map((i) => (isObj(i) ? String(i.id) : ''));
      const [ia, ib] = [ids(a), ids(b)];
      ia.forEach((id, i) => !ib.includes(id) && out.push({ type: 'removed', path: `${path}[${i}]`, id }));
      ib.forEach((id, j) => {
        const i = ia.indexOf(id);
        if (i < 0) out.push({ type: 'added', path: `${path}[${j}]`, id });
        else walk(a[i], b[j], `${path}[${j}]`, locales, out);
      });
      const common = ia.filter((id) => ib.includes(id));
      if (common.join('\n') !== ib.filter((id) => ia.includes(id)).join('\n')) out.push({ type: 'moved', path });
      return;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= a.length) out.push({ type: 'added', path: `${path}[${i}]` });
      else if (i >= b.length) out.push({ type: 'removed', path: `${path}[${i}]` });
      else walk(a[i], b[i], `${path}[${i}]`, locales, out);
    }
    return;
  }
  if (isObj(a) && isObj(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (path === '$' && IGNORED.has(k)) continue;
      if (!(k in a)) out.push({ type: 'added', path: path + key(k) });
      else if (!(k in b)) out.push({ type: 'removed', path: path + key(k) });
      else walk(a[k], b[k], path + key(k), locales, out);
    }
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ type: 'value', path, before: a, after: b });
}

/** The changes from `before` to `after` (two parsed bundles). */
export function diffBundles(before: unknown, after: unknown): Change[] {
  const locales = new Set<string>([
    ...((isObj(before) && Array.isArray(before.locales) ? before.locales : []) as string[]),
    ...((isObj(after) && Array.isArray(after.locales) ? after.locales : []) as string[]),
  ]);
  const out: Change[] = [];
  walk(before, after, '$', locales, out);
  return out;
}

/**
 * The version step the changes call for: an id removed (or renamed: removed plus added), a
 * field removed or an id value changed → major; anything added or a non-text value changed →
 * minor; only texts (or order) → patch.
 */
export function suggestBump(changes: readonly Change[]): Bump {
  if (!changes.length) return 'none';
  const major = changes.some((c) => c.type === 'removed' || (c.type === 'value' && /\.id$|\.option$|\.outcome$|\.treatment$/.test(c.path)));
  if (major) return 'major';
  if (changes.some((c) => c.type === 'added' || c.type === 'value')) return 'minor';
  return 'patch';
}

/** `version` raised by `bump` (pre-release and build parts dropped). */
export function bumpVersion(version: string, bump: Bump): string {
  const v = parseVersion(version);
  if (!v) return version;
  const [maj, min, pat] = [v.major, v.minor, v.patch];
  if (bump === 'major') return `${maj + 1}.0.0`;
  if (bump === 'minor') return `${maj}.${min + 1}.0`;
  if (bump === 'patch' || bump === 'none') return `${maj}.${min}.${pat + 1}`;
  return version;
}

/** True when `a` is a higher version than `b`. */
export function isNewer(a: string, b: string): boolean {
  const [pa, pb] = [parseVersion(a), parseVersion(b)];
  return !!pa && !!pb && compareVersions(pa, pb) > 0;
}
