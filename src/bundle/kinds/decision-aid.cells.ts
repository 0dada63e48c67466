/**
 * Which numbers a reader sees, without the schema: the element's outcomes view needs this on the
 * critical path, where the checker (zod and the kind schema) is not loaded for pinned content.
 */
import type { NumberCell as Cell, OutcomeNumber as NamedCell } from './decision-aid.js';

/**
 * The numbers a reader sees for each outcome with a profile and host numbers applied, with the
 * JSON path each came from (paths of host numbers start with `numbers`).
 */
export function effectiveCells(
  b: { outcomes: readonly { id: string; numbers: readonly Cell[] }[]; profiles?: readonly { id: string; numbers: readonly NamedCell[] }[] },
  profileId?: string,
  host?: readonly NamedCell[],
): Map<string, [Cell, (string | number)[]][]> {
  const map = new Map<string, [Cell, (string | number)[]][]>();
  b.outcomes.forEach((o, oi) => {
    map.set(
      o.id,
      o.numbers.map((c, ci) => [c, ['outcomes', oi, 'numbers', ci]]),
    );
  });
  const replace = (c: NamedCell, path: (string | number)[]) => {
    const list = map.get(c.outcome);
    if (!list) return;
    const i = list.findIndex(([x]) => x.option === c.option);
    if (i >= 0) list[i] = [c, path];
    else list.push([c, path]);
  };
  const pi = profileId ? (b.profiles ?? []).findIndex((p) => p.id === profileId) : -1;
  if (pi >= 0) b.profiles![pi]!.numbers.forEach((c, ci) => replace(c, ['profiles', pi, 'numbers', ci]));
  host?.forEach((c, ci) => replace(c, ['numbers', ci]));
  return map;
}

