/** JSON paths as the validator writes them (`$.phases[0].title["nb"]`), split and joined. */
export type Seg = string | number;

export function parsePath(path: string): Seg[] {
  const out: Seg[] = [];
  for (const m of path.slice(1).matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  }
  return out;
}

export function toPath(segs: readonly Seg[]): string {
  return '$' + segs.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join('');
}

export function getAt(root: unknown, segs: readonly Seg[]): unknown {
  let v: unknown = root;
  for (const s of segs) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s as string] : undefined;
  return v;
}

/** A copy of `root` with the value at `segs` replaced (`undefined` deletes a key). */
export function setAt(root: unknown, segs: readonly Seg[], value: unknown): unknown {
  if (!segs.length) return value;
  const [head, ...rest] = segs;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  const next = setAt(copy[head as string], rest, value);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}
