/**
 * Property tests over the bundle model: thousands of generated and mutated bundles per run.
 * Parsing never throws out of the API except as a BundleError with a code; every mutated
 * bundle rendered by its real element either renders or shows an error and fires pakke-error.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { BundleError } from '../../src/bundle/errors.js';
import { parseBundle } from '../../src/bundle/load.js';
import { kinds } from '../../src/bundle/schema.js';
import type { Kind } from '../../src/bundle/envelope.js';
import type { Catalogue } from '../../src/cli/catalogue.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const TAGS: Record<Kind, string> = { pathway: 'pakke-pathway', 'decision-aid': 'pakke-decision-aid', 'needs-assessment': 'pakke-needs-assessment' };
const CODES = new Set(['schema', 'unsupported-format', 'wrong-kind', 'invalid-attribute']);
const HOSTILE = ['<script>alert(1)</script>', '[x](javascript:alert(1))', '\u0000', '\uD800', '', ' ', '9'.repeat(400), '__proto__', 'constructor', '-1', 'NaN', '2026-02-30'];

function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

type Op = { at: number; op: 'delete' | 'replace' | 'hostile' | 'empty' | 'duplicate' | 'retype'; value: Json; pick: number };

function mutate(original: Json, ops: Op[]): Json {
  const copy = structuredClone(original) as Json;
  for (const { at, op, value, pick } of ops) {
    const all = paths(copy).filter((p) => p.length > 0);
    if (!all.length) break;
    const path = all[at % all.length]!;
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, copy) as Record<string | number, Json> | Json[];
    const key = path[path.length - 1]!;
    const current = (parent as Record<string | number, Json>)[key];
    switch (op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, Json>)[key];
        break;
      case 'replace':
        (parent as Record<string | number, Json>)[key] = value;
        break;
      case 'hostile':
        (parent as Record<string | number, Json>)[key] = HOSTILE[pick % HOSTILE.length]!;
        break;
      case 'empty':
        (parent as Record<string | number, Json>)[key] = Array.isArray(current) ? [] : typeof current === 'object' && current ? {} : '';
        break;
      case 'duplicate':
        if (Array.isArray(current) && current.length) current.push(structuredClone(current[pick % current.length]!));
        break;
      case 'retype':
        (parent as Record<string | number, Json>)[key] = typeof current === 'string' ? pick : typeof current === 'number' ? String(current) : [current ?? null];
        break;
    }
  }
  return copy;
}

const opArb = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Op['op']>('delete', 'replace', 'hostile', 'empty', 'duplicate', 'retype'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  pick: fc.nat(1000),
});

let examples: { kind: Kind; bundle: Json }[] = [];

before(async () => {
  const catalogue = (await (await fetch('/content/index.json')).json()) as Catalogue;
  examples = await Promise.all(
    catalogue.bundles.flatMap((b) => b.versions.map(async (v) => ({ kind: b.kind as Kind, bundle: (await (await fetch(`/content/${v.path}`)).json()) as Json }))),
  );
});

function parseOutcome(kind: Kind, data: unknown): 'ok' | string {
  try {
    parseBundle(data, kinds[kind].schema, kind);
    return 'ok';
  } catch (e) {
    if (e instanceof BundleError) return e.code;
    throw new Error(`parseBundle threw a ${e instanceof Error ? e.name : typeof e} instead of a BundleError: ${String(e)}`);
  }
}

describe('fuzzing the bundle model', () => {
  it('has example bundles of every kind to mutate', () => {
    expect(new Set(examples.map((e) => e.kind))).to.deep.equal(new Set(Object.keys(TAGS)));
  });

  it('every example bundle parses', () => {
    for (const { kind, bundle } of examples) expect(parseOutcome(kind, bundle), (bundle as { id: string }).id).to.equal('ok');
  });

  it('8,000 mutated example bundles: parsing returns a bundle or a coded BundleError, never throws otherwise', function () {
    this.timeout(120_000);
    const runs = Math.ceil(8000 / examples.length);
    for (const { kind, bundle } of examples) {
      fc.assert(
        fc.property(fc.array(opArb, { minLength: 1, maxLength: 5 }), (ops) => {
          const outcome = parseOutcome(kind, mutate(bundle, ops));
          return outcome === 'ok' || CODES.has(outcome);
        }),
        { numRuns: runs },
      );
    }
  });

  it('3,000 arbitrary JSON values with a plausible envelope never escape as anything but BundleError', function () {
    this.timeout(60_000);
    const kindsList = Object.keys(TAGS) as Kind[];
    fc.assert(
      fc.property(fc.constantFrom(...kindsList), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), fc.constantFrom<unknown>(1, 2, 0, '1', null, 1.5), (kind, body, format) => {
        const outcome = parseOutcome(kind, { ...body, format, kind });
        return outcome === 'ok' || CODES.has(outcome);
      }),
      { numRuns: 3000 },
    );
  });

  it('mutated bundles given to the real elements either render or show a coded error, with no uncaught exception', async function () {
    this.timeout(120_000);
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (const { kind, bundle } of examples) {
        const samples = fc.sample(fc.array(opArb, { minLength: 1, maxLength: 3 }), { numRuns: 40, seed: 42 });
        for (const ops of samples) {
          const el = document.createElement(TAGS[kind]) as HTMLElement & { bundle: unknown; status: string; updateComplete: Promise<boolean> };
          let code: string | undefined;
          el.addEventListener('pakke-error', (e) => (code = (e as CustomEvent<{ code: string }>).detail.code));
          el.bundle = mutate(bundle, ops);
          host.replaceChildren(el);
          await el.updateComplete;
          const root = el.shadowRoot!;
          if (el.status === 'error') {
            expect(code, 'pakke-error fired with a code').to.be.a('string');
            expect(root.querySelector('[role="alert"]'), 'error is visible').to.not.equal(null);
          } else {
            expect(el.status).to.equal('ready');
            expect(root.textContent!.trim().length, 'rendered something').to.be.greaterThan(0);
          }
        }
      }
    } finally {
      window.removeEventListener('error', onError);
      host.remove();
    }
    expect(uncaught).to.deep.equal([]);
  });
});
