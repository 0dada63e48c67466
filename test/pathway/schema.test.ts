import { expect } from '@open-wc/testing';
import { pathwayBundle } from '../../src/bundle/kinds/pathway.js';
import { lintPathway } from '../../src/bundle/kinds/pathway.lint.js';
import { envelope } from '../fixtures/envelope.js';
import { loadContent } from '../helpers/index.js';
import { BUNDLES } from './helpers.js';

const step = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: { da: id }, description: { da: 'Tekst.' }, actors: ['hospital'], ...extra });
const days = (n: number) => ({ unit: 'days', max: n, sources: ['s1'] });

function issues(body: Record<string, unknown>): string[] {
  const r = pathwayBundle().safeParse(envelope('pathway', body));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('pathway schema', () => {
  for (const [name, path] of Object.entries(BUNDLES)) {
    it(`accepts the ${name} example without lint errors or warnings`, async () => {
      const r = pathwayBundle().safeParse(await loadContent(`pathway/${path}`));
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).to.equal(true);
      expect(lintPathway(r.data!)).to.deep.equal([]);
    });
  }

  it('keeps the UNVERIFIED Danish per-segment forløbstider out: only legal-right durations in the Danish bundle', async () => {
    const b = pathwayBundle().parse(await loadContent(`pathway/${BUNDLES.dkBreast}`));
    const durations = b.phases!.flatMap((p) => p.steps).flatMap((s) => [s.duration, ...(s.alternatives ?? []).map((a) => a.duration)]).filter(Boolean);
    expect(durations.length).to.be.greaterThan(0);
    for (const d of durations) expect(d!.basis).to.equal('legal-right');
  });

  it('accepts a small valid pathway', () => {
    expect(
      issues({
        start: { label: { da: 'henvisningen kom' } },
        phases: [{ id: 'p', title: { da: 'P' }, steps: [step('a', { clock: { countFrom: 'start', starts: { da: 'x' }, ends: { da: 'y' } }, duration: days(7) }), step('b', { clock: { countFrom: 'a', starts: { da: 'y' } }, duration: days(3) })] }],
      }),
    ).to.deep.equal([]);
  });

  it('refuses duplicate step ids and the reserved id "start"', () => {
    const out = issues({ phases: [{ id: 'p', title: { da: 'P' }, steps: [step('a'), step('a'), step('start')] }] });
    expect(out.some((m) => m.includes('Duplicate step id "a"'))).to.equal(true);
    expect(out.some((m) => m.startsWith('phases.0.steps.2.id') && m.includes('reserved'))).to.equal(true);
  });

  it('refuses an actor outside the vocabulary, and accepts a labelled custom actor', () => {
    const out = issues({ phases: [{ id: 'p', title: { da: 'P' }, steps: [step('a', { actors: ['nurse'] })] }] });
    expect(out.some((m) => m.startsWith('phases.0.steps.0.actors.0'))).to.equal(true);
    expect(issues({ phases: [{ id: 'p', title: { da: 'P' }, steps: [step('a', { actors: [{ label: { da: 'Kræftkoordinator' } }] })] }] })).to.deep.equal([]);
  });

  it('refuses a clock that counts from a later, unknown or dateless step, or from "start" without a start', () => {
    const out = issues({
      phases: [
        {
          id: 'p',
          title: { da: 'P' },
          steps: [
            step('a', { clock: { countFrom: 'b', starts: { da: 'x' } }, duration: days(1) }),
            step('b', { clock: { countFrom: 'start', starts: { da: 'x' } }, duration: days(1) }),
            step('c', { clock: { starts: { da: 'x' } }, duration: days(1) }),
            step('d', { clock: { countFrom: 'c', starts: { da: 'x' } }, duration: days(1) }),
          ],
        },
      ],
    });
    expect(out.some((m) => m.startsWith('phases.0.steps.0.clock.countFrom') && m.includes('not the id of an earlier step'))).to.equal(true);
    expect(out.some((m) => m.startsWith('phases.0.steps.1.clock.countFrom') && m.includes('"start"'))).to.equal(true);
    expect(out.some((m) => m.startsWith('phases.0.steps.3.clock.countFrom') && m.includes('no computable target date'))).to.equal(true);
  });

  it('refuses unknown treatments and glossary terms, a window with min > max, and a duration without sources', () => {
    const out = issues({
      treatments: [{ id: 'surgery', label: { da: 'Operation' } }],
      glossary: [{ id: 'mdt', term: { da: 'MDT' }, definition: { da: 'Et møde.' } }],
      phases: [
        {
          id: 'p',
          title: { da: 'P' },
          steps: [
            step('a', {
              clock: { starts: { da: 'x' } },
              alternatives: [
                { treatment: 'surgery', duration: days(1) },
                { treatment: 'chemo', duration: { unit: 'months', min: 4, max: 3, sources: ['s1'] } },
              ],
              terms: ['mdt', 'udredning'],
            }),
            step('b', { clock: { starts: { da: 'x' } }, duration: { unit: 'days', max: 5, sources: [] } }),
          ],
        },
      ],
    });
    expect(out.some((m) => m.includes('Unknown treatment "chemo"'))).to.equal(true);
    expect(out.some((m) => m.includes('min (4) is larger than max (3)'))).to.equal(true);
    expect(out.some((m) => m.includes('Unknown glossary term "udredning"'))).to.equal(true);
    expect(out.some((m) => m.startsWith('phases.0.steps.1.duration.sources'))).to.equal(true);
  });

  it('lints a pathway without phases as an error, and unused glossary entries as warnings', () => {
    const b = pathwayBundle().parse(envelope('pathway', { glossary: [{ id: 'x', term: { da: 'x', nb: 'x', nn: 'x', en: 'x' }, definition: { da: 'y', nb: 'y', nn: 'y', en: 'y' } }] }));
    const lint = lintPathway(b);
    expect(lint.find((i) => i.path === '$.phases')?.severity).to.equal('error');
    expect(lint.find((i) => i.path === '$.glossary[0]')?.severity).to.equal('warning');
  });
});
