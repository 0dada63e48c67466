/** Generic walks over a bundle's JSON used by the validator's cross-checks. */

export type Visit = (value: unknown, path: (string | number)[]) => void;

export function walk(value: unknown, visit: Visit, path: (string | number)[] = []): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, [...path, i]));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, visit, [...path, k]);
  }
}

/** True for an object whose keys are all declared locales and whose values are all strings. */
export function isLocalizedText(value: unknown, locales: readonly string[]): value is Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => locales.includes(k) && typeof v === 'string');
}
