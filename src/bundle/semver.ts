/**
 * Semantic versioning for content, by the rules of the `semver` npm package (its strict mode,
 * without `includePrerelease`), in well under 1 KB: parse `MAJOR.MINOR.PATCH[-pre][+build]`,
 * compare (pre-release identifiers numerically or in ASCII order, `rc.9 < rc.10`), and match
 * ranges: `1.2.3` / `=1.2.3`, `>`, `>=`, `<`, `<=` (with partial versions), `^`, `~` (and `~>`),
 * x-ranges (`1`, `1.x`, `1.2.*`, `*`, ``), hyphen ranges (`1.2 - 2.3.4`), space-separated sets
 * (AND) and `||` (OR). A pre-release version matches only a set with a comparator that names a
 * pre-release of the same `MAJOR.MINOR.PATCH`. test/node/semver.node.ts checks it against the
 * `semver` package.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers joined by ".", "" for a release. */
  pre: string;
}

const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const PRE = `(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?`;
const VERSION = new RegExp(`^[v=\\s]*(${NUM})\\.(${NUM})\\.(${NUM})${PRE}$`);
const X = `${NUM}|[xX*]`;
const PARTIAL = new RegExp(`^[v=\\s]*(${X})(?:\\.(${X})(?:\\.(${X})${PRE})?)?$`);

export function parseVersion(v: string): Version | undefined {
  const m = VERSION.exec(v.trim());
  if (!m) return undefined;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return { major, minor, patch, pre: m[4] ?? '' };
}

function compareIds(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Number(a) - Number(b);
  if (an !== bn) return an ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (!a || !b) return a ? -1 : 1; // a release is above its pre-releases
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compareIds(x[i]!, y[i]!);
    if (c) return c;
  }
  return x.length - y.length;
}

export function compareVersions(a: Version, b: Version): number {
  return Math.sign(a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre));
}

type Op = '<' | '<=' | '>' | '>=' | '=';
interface Comparator {
  op: Op;
  v: Version;
}
const ver = (major: number, minor: number, patch: number, pre = ''): Version => ({ major, minor, patch, pre });
const c = (op: Op, v: Version): Comparator => ({ op, v });

/**
 * A partial version: the numbers given before the first x (if any), and the pre-release. A
 * number after an x ("1.x.3") is refused, except (`lenient`) after `^`, `~` and in hyphen
 * ranges, where semver ignores it.
 */
function partial(s: string, lenient = false): { n: number[]; pre: string } | undefined {
  const m = PARTIAL.exec(s);
  if (!m) return undefined;
  const n: number[] = [];
  let x = false;
  for (const p of [m[1], m[2], m[3]]) {
    if (p === undefined) break;
    if (/[xX*]/.test(p)) x = true;
    else if (x) {
      if (!lenient) return undefined;
    } else n.push(Number(p));
  }
  return n.every(Number.isSafeInteger) ? { n, pre: n.length === 3 ? (m[4] ?? '') : '' } : undefined;
}

/** One token (`^1.2`, `>=1.0.0`, `1.x`) as comparators; undefined when it is not one. */
function desugar(token: string): Comparator[] | undefined {
  const m = /^(~>?|\^|>=|<=|>|<|=)?\s*(.*)$/.exec(token)!;
  const p = partial(m[2]!, m[1] === '^' || m[1]?.[0] === '~');
  if (!p) return undefined;
  const op = m[1] ?? '';
  const [M = 0, mi = 0, pa = 0] = p.n;
  const k = p.n.length;
  const lo = ver(M, mi, pa, p.pre);
  if (op === '^') {
    if (k === 0) return [];
    const hi = M > 0 || k === 1 ? ver(M + 1, 0, 0, '0') : mi > 0 || k === 2 ? ver(0, mi + 1, 0, '0') : ver(0, 0, pa + 1, '0');
    return [c('>=', lo), c('<', hi)];
  }
  if (op.startsWith('~')) {
    if (k === 0) return [];
    return [c('>=', lo), c('<', k === 1 ? ver(M + 1, 0, 0, '0') : ver(M, mi + 1, 0, '0'))];
  }
  if (k === 3) return [c((op || '=') as Op, lo)];
  // An x-range, alone or with an operator.
  const next = k === 1 ? ver(M + 1, 0, 0) : ver(M, mi + 1, 0);
  switch (op) {
    case '>':
      return k === 0 ? [c('<', ver(0, 0, 0, '0'))] : [c('>=', next)];
    case '>=':
      return k === 0 ? [] : [c('>=', lo)];
    case '<':
      return [c('<', k === 0 ? ver(0, 0, 0, '0') : { ...lo, pre: '0' })];
    case '<=':
      return k === 0 ? [] : [c('<', { ...next, pre: '0' })];
    default:
      return k === 0 ? [] : [c('>=', lo), c('<', { ...next, pre: '0' })];
  }
}

/** One `||` alternative as comparators (AND); undefined when it does not parse. */
function parseSet(set: string): Comparator[] | undefined {
  const s = set.trim();
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(s);
  if (hyphen) {
    const a = partial(hyphen[1]!, true);
    const b = partial(hyphen[2]!, true);
    if (!a || !b) return undefined;
    const out: Comparator[] = [];
    if (a.n.length) out.push(c('>=', ver(a.n[0]!, a.n[1] ?? 0, a.n[2] ?? 0, a.pre)));
    const [M = 0, mi = 0, pa = 0] = b.n;
    if (b.n.length === 3) out.push(c('<=', ver(M, mi, pa, b.pre)));
    else if (b.n.length) out.push(c('<', b.n.length === 1 ? ver(M + 1, 0, 0, '0') : ver(M, mi + 1, 0, '0')));
    return out;
  }
  // "> 1.2.3" is one comparator: close the space after an operator first.
  const tokens = s.replace(/(~>?|\^|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/).filter(Boolean);
  const out: Comparator[] = [];
  for (const t of tokens) {
    const d = desugar(t);
    if (!d) return undefined;
    out.push(...d);
  }
  return out;
}

function parseRange(range: string): Comparator[][] | undefined {
  const sets = range.split('||').map(parseSet);
  return sets.every((s) => s !== undefined) ? (sets as Comparator[][]) : undefined;
}

function test(cmp: Comparator, v: Version): boolean {
  const d = compareVersions(v, cmp.v);
  return cmp.op === '=' ? d === 0 : cmp.op === '<' ? d < 0 : cmp.op === '<=' ? d <= 0 : cmp.op === '>' ? d > 0 : d >= 0;
}

function testSet(set: Comparator[], v: Version): boolean {
  if (!set.every((cmp) => test(cmp, v))) return false;
  // A pre-release is only picked by a set that names a pre-release of the same version core.
  return !v.pre || set.some(({ v: w }) => w.pre && w.major === v.major && w.minor === v.minor && w.patch === v.patch);
}

/** True when `version` satisfies `range`. Unparseable input never matches. */
export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  const sets = parseRange(range);
  return !!v && !!sets && sets.some((s) => testSet(s, v));
}

/** The highest version in `versions` that satisfies `range`. */
export function maxSatisfying(versions: readonly string[], range: string): string | undefined {
  let best: { s: string; v: Version } | undefined;
  for (const s of versions) {
    const v = parseVersion(s);
    if (!v || !satisfies(s, range)) continue;
    if (!best || compareVersions(v, best.v) > 0) best = { s, v };
  }
  return best?.s;
}

/** True when a string is a range this module understands. */
export function isValidRange(range: string): boolean {
  return parseRange(range) !== undefined;
}
