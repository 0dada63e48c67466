/**
 * Just enough semantic versioning for content: parse `MAJOR.MINOR.PATCH[-pre]`, compare, and
 * match the range forms authors and portals use: `1.2.3` (exact), `^1.2` / `^1.2.3`, `~1.2`,
 * `1`, `1.x`, `1.2.x`, `*`, `>=1.2.0`, `<2.0.0`, and space-separated combinations (AND).
 * Pre-releases match only a range that names the same version core with a pre-release.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  pre: string;
}

export function parseVersion(v: string): Version | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ?? '' };
}

export function compareVersions(a: Version, b: Version): number {
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    a.patch - b.patch ||
    (a.pre === b.pre ? 0 : a.pre === '' ? 1 : b.pre === '' ? -1 : a.pre < b.pre ? -1 : 1)
  );
}

type Comparator = (v: Version) => boolean;

function partial(s: string): { parts: number[]; pre: string } | undefined {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?$/.exec(s);
  if (!m) return undefined;
  const parts: number[] = [];
  for (const p of [m[1], m[2], m[3]]) {
    if (p === undefined || /[xX*]/.test(p)) break;
    parts.push(Number(p));
  }
  return { parts, pre: m[4] ?? '' };
}

function full(parts: number[], pre = ''): Version {
  return { major: parts[0] ?? 0, minor: parts[1] ?? 0, patch: parts[2] ?? 0, pre };
}

function comparator(token: string): Comparator | undefined {
  if (token === '*' || token === '' || /^[xX]$/.test(token)) return () => true;
  const op = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(token)!;
  const p = partial(op[2]!);
  if (!p) return undefined;
  const lo = full(p.parts, p.pre);
  const cmp = (v: Version) => compareVersions(v, lo);
  const n = p.parts.length;
  switch (op[1]) {
    case '>=':
      return (v) => cmp(v) >= 0;
    case '>':
      return (v) => cmp(v) > 0;
    case '<=':
      return (v) => cmp(v) <= 0;
    case '<':
      return (v) => cmp(v) < 0;
    case '^': {
      // ^1.2.3 := >=1.2.3 <2.0.0; ^0.2.3 := >=0.2.3 <0.3.0; ^0.0.3 := exactly 0.0.3
      const [M = 0, m = 0] = p.parts;
      const hi = M > 0 || n === 1 ? full([M + 1]) : m > 0 || n === 2 ? full([0, m + 1]) : full([0, 0, (p.parts[2] ?? 0) + 1]);
      return (v) => cmp(v) >= 0 && compareVersions(v, hi) < 0;
    }
    case '~': {
      const hi = n >= 2 ? full([p.parts[0]!, p.parts[1]! + 1]) : full([p.parts[0]! + 1]);
      return (v) => cmp(v) >= 0 && compareVersions(v, hi) < 0;
    }
    default: {
      if (n === 3) return (v) => cmp(v) === 0;
      // 1 or 1.x or 1.2 or 1.2.x: any version with that prefix.
      return (v) => v.major === p.parts[0] && (n < 2 || v.minor === p.parts[1]);
    }
  }
}

/** True when `version` satisfies `range`. Unparseable input never matches. */
export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  const tokens = range.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/);
  const comparators = tokens.map(comparator);
  if (comparators.some((c) => c === undefined)) return false;
  // A pre-release is only picked when the range mentions a pre-release.
  if (v.pre && !/-/.test(range)) return false;
  return comparators.every((c) => c!(v));
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
  const tokens = range.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/);
  return tokens.every((t) => comparator(t) !== undefined);
}
