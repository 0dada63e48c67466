import { expect } from '@open-wc/testing';
import { needsAssessmentBundle, type NaCondition, type NeedsAssessmentBundle } from '../../src/bundle/kinds/needs-assessment.js';
import { lintNeedsAssessment } from '../../src/bundle/kinds/needs-assessment.lint.js';
import { computeFlags, evaluateCondition, evaluateConditions, FormState } from '../../src/needs-assessment/logic.js';
import { envelope } from '../fixtures/envelope.js';

const T = (s: string) => ({ da: s, en: s });

/** A small form exercising every condition operator. */
export function logicBundle(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return envelope('needs-assessment', {
    locales: ['da', 'en'],
    title: T('Test'),
    summary: undefined,
    pages: [
      {
        id: 'p1',
        title: T('Side 1'),
        items: [
          { id: 'colour', type: 'single-choice', text: T('Farve'), required: true, options: [{ code: 'red', text: T('Rød') }, { code: 'blue', text: T('Blå') }] },
          { id: 'why-red', type: 'text', text: T('Hvorfor rød?'), enableWhen: [{ question: 'colour', operator: 'equals', value: 'red' }] },
          { id: 'why-red-more', type: 'long-text', text: T('Mere'), enableWhen: [{ question: 'why-red', operator: 'answered' }] },
          { id: 'pain', type: 'rating', text: T('Smerte'), anchors: { min: T('Ingen'), max: T('Værst') } },
          { id: 'pain-help', type: 'yes-no', text: T('Hjælp?'), enableWhen: [{ question: 'pain', operator: 'at-least', value: 4 }] },
        ],
      },
      {
        id: 'p2',
        title: T('Side 2'),
        items: [
          { id: 'topics', type: 'multiple-choice', text: T('Emner'), options: [{ code: 'a', text: T('A') }, { code: 'b', text: T('B') }, { code: 'c', text: T('C') }] },
          { id: 'no-b', type: 'display', text: T('Ikke B'), enableWhen: [{ question: 'topics', operator: 'not-equals', value: 'b' }] },
          { id: 'when', type: 'date', text: T('Dato') },
          {
            id: 'either',
            type: 'text',
            text: T('A eller tidlig'),
            enableBehavior: 'any',
            enableWhen: [
              { question: 'topics', operator: 'equals', value: 'a' },
              { question: 'when', operator: 'less-than', value: '2026-01-01' },
            ],
          },
        ],
      },
    ],
    domains: [{ id: 'physical', label: T('Fysisk') }],
    services: [{ id: 'gp', name: T('Læge') }],
    flags: [
      { id: 'pain-flag', label: T('Smerter'), domain: 'physical', services: ['gp'], when: [{ question: 'pain-help', operator: 'equals', value: true }] },
      { id: 'red-flag', label: T('Rød'), domain: 'physical', services: ['gp'], when: [{ question: 'why-red', operator: 'answered' }, { question: 'pain', operator: 'greater-than', value: 8 }], behavior: 'any' },
    ],
    ...extra,
  });
}

describe('needs-assessment conditions', () => {
  const c = (operator: NaCondition['operator'], value?: string | number | boolean): NaCondition => ({ question: 'x', operator, value });
  it('evaluates each operator as documented', () => {
    expect(evaluateCondition(c('equals', 'a'), 'a')).to.equal(true);
    expect(evaluateCondition(c('equals', 'a'), 'b')).to.equal(false);
    expect(evaluateCondition(c('equals', 'a'), undefined)).to.equal(false);
    expect(evaluateCondition(c('equals', 'a'), ['b', 'a'])).to.equal(true);
    expect(evaluateCondition(c('not-equals', 'a'), ['b'])).to.equal(true);
    expect(evaluateCondition(c('not-equals', 'a'), ['a'])).to.equal(false);
    expect(evaluateCondition(c('not-equals', 'a'), undefined), 'FHIR != holds while unanswered').to.equal(true);
    expect(evaluateCondition(c('equals', false), false)).to.equal(true);
    expect(evaluateCondition(c('equals', true), false)).to.equal(false);
    expect(evaluateCondition(c('greater-than', 4), 5)).to.equal(true);
    expect(evaluateCondition(c('greater-than', 4), 4)).to.equal(false);
    expect(evaluateCondition(c('at-least', 4), 4)).to.equal(true);
    expect(evaluateCondition(c('less-than', 4), 3)).to.equal(true);
    expect(evaluateCondition(c('at-most', 4), 5)).to.equal(false);
    expect(evaluateCondition(c('greater-than', 0), undefined)).to.equal(false);
    expect(evaluateCondition(c('less-than', '2026-01-01'), '2025-12-31')).to.equal(true);
    expect(evaluateCondition(c('answered'), '  ')).to.equal(false);
    expect(evaluateCondition(c('answered'), 0)).to.equal(true);
    expect(evaluateCondition(c('unanswered'), [])).to.equal(true);
    const conds = [c('equals', 1), { ...c('equals', 2), question: 'y' }];
    const vals: Record<string, number> = { x: 1, y: 3 };
    expect(evaluateConditions(conds, 'all', (q) => vals[q])).to.equal(false);
    expect(evaluateConditions(conds, 'any', (q) => vals[q])).to.equal(true);
  });

  it('shows and hides items, keeps hidden answers, and leaves them out of the output', () => {
    const b = needsAssessmentBundle().parse(logicBundle()) as NeedsAssessmentBundle;
    const s = new FormState(b);
    expect(s.isShown('why-red')).to.equal(false);
    expect(s.set('colour', 'red')).to.deep.equal(['why-red']);
    s.set('why-red', 'I like it');
    expect(s.isShown('why-red-more')).to.equal(true);
    s.set('why-red-more', 'a lot');
    // Switching away hides the follow-up and, through it, its own follow-up.
    expect(s.set('colour', 'blue')).to.have.members(['why-red', 'why-red-more']);
    expect(s.answers()).to.deep.equal({ colour: 'blue' });
    expect(s.get('why-red')).to.equal('I like it');
    s.set('colour', 'red');
    expect(s.answers()).to.deep.equal({ colour: 'red', 'why-red': 'I like it', 'why-red-more': 'a lot' });
    s.set('topics', ['a', 'b']);
    expect(s.isShown('no-b')).to.equal(false);
    expect(s.isShown('either')).to.equal(true);
    s.set('topics', ['b']);
    expect(s.isShown('either')).to.equal(false);
    s.set('when', '2025-05-01');
    expect(s.isShown('either')).to.equal(true);
  });

  it('tracks required answers that are missing', () => {
    const b = needsAssessmentBundle().parse(logicBundle()) as NeedsAssessmentBundle;
    const s = new FormState(b);
    expect([...s.missingRequired]).to.deep.equal(['colour']);
    s.set('colour', 'blue');
    expect(s.missingRequired.size).to.equal(0);
  });

  it('computes flags from the rules and ignores answers of hidden items', () => {
    const b = needsAssessmentBundle().parse(logicBundle()) as NeedsAssessmentBundle;
    const s = new FormState(b);
    s.set('pain', 6);
    s.set('pain-help', true);
    expect(s.firedFlags().map((f) => f.id)).to.deep.equal(['pain-flag']);
    s.set('pain', 2); // hides pain-help: its yes no longer counts
    expect(s.firedFlags().map((f) => f.id)).to.deep.equal([]);
    s.set('pain', 9); // shows pain-help again (answer kept) and passes the "any" rule
    expect(s.firedFlags().map((f) => f.id)).to.deep.equal(['pain-flag', 'red-flag']);
    expect(computeFlags(b, { colour: 'red', 'why-red': 'x' }).map((f) => f.id)).to.deep.equal(['red-flag']);
  });

  it('refuses bundles whose conditions or flags point at the wrong things', () => {
    const bad = logicBundle();
    const pages = structuredClone(bad.pages) as { items: Record<string, unknown>[] }[];
    pages[0]!.items[1]!.enableWhen = [{ question: 'topics', operator: 'equals', value: 'a' }]; // a later item
    pages[0]!.items[4]!.enableWhen = [{ question: 'colour', operator: 'greater-than', value: 'red' }];
    pages[1]!.items[0]!.options = [{ code: 'a', text: T('A') }, { code: 'a', text: T('A2') }];
    const result = needsAssessmentBundle().safeParse({
      ...bad,
      pages,
      flags: [{ id: 'f', label: T('F'), domain: 'nope', services: ['missing'], when: [{ question: 'pain', operator: 'equals', value: 11 }] }],
    });
    expect(result.success).to.equal(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages.some((m) => m.startsWith('pages.0.items.1.enableWhen.0') && m.includes('not an earlier question'))).to.equal(true, messages.join('\n'));
    expect(messages.some((m) => m.startsWith('pages.0.items.4.enableWhen.0') && m.includes('cannot compare choices'))).to.equal(true);
    expect(messages.some((m) => m.includes('Duplicate option code'))).to.equal(true);
    expect(messages.some((m) => m.startsWith('flags.0.domain'))).to.equal(true);
    expect(messages.some((m) => m.startsWith('flags.0.services.0'))).to.equal(true);
    expect(messages.some((m) => m.startsWith('flags.0.when.0') && m.includes('0 to 10'))).to.equal(true);
  });

  it('lints missing translations and unused services', () => {
    const b = needsAssessmentBundle().parse(
      logicBundle({ services: [{ id: 'gp', name: T('Læge') }, { id: 'unused', name: { da: 'Ubrugt' } }] }),
    ) as NeedsAssessmentBundle;
    const issues = lintNeedsAssessment(b);
    expect(issues.some((i) => i.path === '$.services[1]' && i.message.includes('not used'))).to.equal(true);
    expect(issues.some((i) => i.path === '$.services[1].name' && i.message.includes('en'))).to.equal(true);
  });
});

describe('calculated values in the form state', () => {
  const T2 = (s: string) => ({ da: s, en: s });
  const form = (items: unknown[]) =>
    needsAssessmentBundle().parse(envelope('needs-assessment', { pages: [{ id: 'p', title: T2('P'), items }], domains: [], services: [], flags: [] })) as NeedsAssessmentBundle;
  const calc = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'calculated', text: T2(id), expression: 'x', ...extra });

  it('each value sees the values and visibility before it: a hidden value feeds nothing, a shown one does', () => {
    const b = form([
      { id: 'q0', type: 'yes-no', text: T2('q0') },
      calc('c1', { enableWhen: [{ question: 'q0', operator: 'equals', value: true }] }),
      calc('c2'),
    ]);
    const state = new FormState(b);
    // c1 is 5; c2 is c1 + 1, or 0 without c1 in the answers.
    state.calculate = (id, answers) => (id === 'c1' ? 5 : typeof answers.c1 === 'number' ? answers.c1 + 1 : 0);
    state.recalculate();
    expect(state.answers()).to.deep.equal({ c2: 0 });
    state.set('q0', true);
    expect(state.answers()).to.deep.equal({ q0: true, c1: 5, c2: 6 });
    state.set('q0', false);
    expect(state.answers()).to.deep.equal({ q0: false, c2: 0 });
  });

  it('a value that shows a question with a kept answer is settled in the same change; rounding as the item says, never −0', () => {
    const b = form([
      { id: 'n', type: 'number', text: T2('n'), decimals: 1 },
      calc('total'),
      { id: 'q4', type: 'number', text: T2('q4'), enableWhen: [{ question: 'total', operator: 'greater-than', value: 5 }] },
      calc('grand', { decimals: 1 }),
    ]);
    const state = new FormState(b);
    state.calculate = (id, a) => (id === 'total' ? (typeof a.n === 'number' ? a.n * 2 : undefined) : (Number(a.total ?? 0) + Number(a.q4 ?? 0)) / 2);
    state.replace({ q4: 10, n: 1 });
    expect(state.answers()).to.deep.equal({ n: 1, total: 2, grand: 1 });
    state.set('n', 3.3); // total 6.6 → 7 (a whole number), which shows q4: grand (7 + 10) / 2
    expect(state.answers()).to.deep.equal({ n: 3.3, total: 7, q4: 10, grand: 8.5 });
    state.set('n', -0.2); // total −0.4 → 0, not −0
    expect(Object.is(state.get('total'), 0)).to.equal(true);
    expect(state.isShown('q4')).to.equal(false);
  });
});
