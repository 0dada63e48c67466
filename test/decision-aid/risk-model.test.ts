import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/decision-aid/index.js';
import type { PakkeDecisionAid } from '../../src/decision-aid/index.js';
import { decisionAidBundle, type DecisionAidBundle } from '../../src/bundle/kinds/decision-aid.js';
import { lintDecisionAid } from '../../src/bundle/kinds/decision-aid.lint.js';
import { riskRow } from '../../src/decision-aid/risk.js';
import { canNarrowViewportTo, expectAccessible, horizontalOverflowAt, loadContent, resetViewport, settle } from '../helpers/index.js';

const LUNG = 'decision-aid/metastatic-nsclc-first-line/2.0.0.json';
type Raw = Record<string, any>;
let cached: Raw | undefined;
async function lung(): Promise<Raw> {
  cached ??= await loadContent(LUNG);
  return structuredClone(cached);
}
const parsed = (data: unknown) => decisionAidBundle().parse(data) as DecisionAidBundle;
const errors = (data: unknown) => lintDecisionAid(parsed(data)).filter((i) => i.severity === 'error');
const warnings = (data: unknown) => lintDecisionAid(parsed(data)).filter((i) => i.severity === 'warning');
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function aid(attrs: { lang?: string; mode?: string; profile?: string } = {}): Promise<PakkeDecisionAid> {
  const el = await fixture<PakkeDecisionAid>(html`<pakke-decision-aid
    lang=${attrs.lang ?? 'da'}
    mode=${attrs.mode ?? 'patient'}
    profile=${attrs.profile ?? ''}
    step="outcomes"
    .bundle=${await lung()}
  ></pakke-decision-aid>`);
  await settle(el);
  return el;
}

describe('risk model: three categories', () => {
  it('splits each option into anyway / changed / neither against the comparator', () => {
    const row = riskRow({ comparator: 'none', eventIs: 'unwanted' }, [
      { option: 'none', count: 25.2, denominator: 100 },
      { option: 'rt', count: 21.4, denominator: 100 },
    ])!;
    expect(row.scale).to.equal(100);
    expect(row.comparator).to.include({ total: 25, anyway: 25, changed: 0, neither: 75 });
    expect(row.cells[0]).to.include({ total: 21, anyway: 21, changed: 4, kind: 'spared', neither: 75 });
  });
  it('switches the whole row to 1 000 when a number is below 1 in 100', () => {
    const row = riskRow({ comparator: 'c', eventIs: 'unwanted' }, [
      { option: 'c', count: 0.45, denominator: 100 },
      { option: 't', count: 1.44, denominator: 100 },
    ])!;
    expect(row.scale).to.equal(1000);
    expect(row.cells[0]).to.include({ total: 14, anyway: 5, changed: 9, kind: 'harmed', neither: 986 });
  });
  it('a wanted event that rises is "helped"; no comparator number gives no row', () => {
    const row = riskRow({ comparator: 'c', eventIs: 'wanted' }, [
      { option: 'c', count: 16.3, denominator: 100 },
      { option: 't', count: 31.9, denominator: 100 },
    ])!;
    expect(row.cells[0]).to.include({ anyway: 16, changed: 16, kind: 'helped', neither: 68 });
    expect(riskRow({ comparator: 'c', eventIs: 'wanted' }, [{ option: 't', count: 3, denominator: 100 }])).to.equal(undefined);
  });
});

describe('schema: the comparator model', () => {
  it('the real lung bundle 2.0.0 parses and lints without errors', async () => {
    expect(errors(await lung())).to.deep.equal([]);
  });
  it('refuses an outcome row that mixes populations', async () => {
    const b = await lung();
    const pd = b.profiles.find((p: Raw) => p.id === 'pdl1-high');
    pd.numbers[0].referenceGroup = { da: 'en anden gruppe', en: 'another group' };
    pd.numbers[1].referenceGroup = { da: 'kemogruppen', en: 'the chemotherapy group' };
    const r = decisionAidBundle().safeParse(b);
    expect(r.success).to.equal(false);
    expect(JSON.stringify(r.error!.issues)).to.contain('mixes populations');
  });
  it('treats 60 months and 5 years as the same time frame, and 4 years as another', async () => {
    const b = await lung();
    const pd = b.profiles.find((p: Raw) => p.id === 'pdl1-high');
    pd.numbers[0].timeframe = { value: 60, unit: 'months' };
    pd.numbers[1].timeframe = { value: 5, unit: 'years' };
    expect(decisionAidBundle().safeParse(b).success).to.equal(true);
    pd.numbers[1].timeframe = { value: 4, unit: 'years' };
    const r = decisionAidBundle().safeParse(b);
    expect(r.success).to.equal(false);
    expect(JSON.stringify(r.error!.issues)).to.contain('mixes time frames');
  });
  it('needs eventIs with a comparator', async () => {
    const b = await lung();
    delete b.outcomes[0].eventIs;
    expect(decisionAidBundle().safeParse(b).success).to.equal(false);
  });
});

describe('lint: IPDAS numeracy rules (each mutates the real lung bundle)', () => {
  it('a number in patient text whose statement cites no source', async () => {
    const b = await lung();
    const chemo = b.options.find((o: Raw) => o.id === 'chemotherapy');
    delete chemo.sources;
    chemo.pros.push({ da: 'Virker hos 40 ud af 100.', en: 'Works for 40 out of 100.' });
    const e = errors(b);
    expect(e.some((i) => i.message.includes('cites no source') && i.path.startsWith('$.options['))).to.equal(true);
  });
  it('a relative-only effect phrase without absolute numbers (warning)', async () => {
    const b = await lung();
    const o = b.options.find((x: Raw) => x.id === 'osimertinib');
    o.pros.push({ da: 'Kræften vokser halvt så ofte.', en: 'The cancer grows half as often.' });
    expect(warnings(b).some((i) => i.message.includes('relative effect') && i.path.includes('osimertinib') === false && i.path.startsWith('$.options'))).to.equal(true);
    const before = await lung();
    expect(warnings(before).some((i) => i.message.includes('relative effect'))).to.equal(false);
  });
  it('an outcome without the comparator\'s number', async () => {
    const b = await lung();
    const pd = b.profiles.find((p: Raw) => p.id === 'pdl1-high');
    pd.numbers = pd.numbers.filter((n: Raw) => n.option !== 'chemotherapy' || n.outcome !== 'alive-years-later');
    const e = errors(b);
    expect(e.some((i) => i.message.includes('no number for its comparator') && i.message.includes('pdl1-high'))).to.equal(true);
  });
  it('options from different populations in one row (older model: warning; comparator model: refused)', async () => {
    const b = await lung();
    const o = b.outcomes[0];
    delete o.comparator;
    delete o.eventIs;
    o.numbers = [
      { option: 'pembrolizumab', count: 31.9, denominator: 100, timeframe: { value: 5, unit: 'years' }, referenceGroup: { da: 'gruppe A', en: 'group A' }, sources: ['s72'] },
      { option: 'pembrolizumab-chemo', count: 19.4, denominator: 100, timeframe: { value: 5, unit: 'years' }, referenceGroup: { da: 'gruppe B', en: 'group B' }, sources: ['s73'] },
    ];
    b.profiles.forEach((p: Raw) => (p.numbers = p.numbers.filter((n: Raw) => n.outcome !== o.id)));
    expect(warnings(b).some((i) => i.message.includes('different populations'))).to.equal(true);
  });
  it('"during the study" without a length', async () => {
    const b = await lung();
    const pd = b.profiles.find((p: Raw) => p.id === 'pdl1-high');
    for (const n of pd.numbers.filter((x: Raw) => x.outcome === 'serious-side-effects')) n.timeframe = { during: 'study' };
    expect(errors(b).some((i) => i.message.includes('During the study'))).to.equal(true);
    for (const n of pd.numbers.filter((x: Raw) => x.outcome === 'serious-side-effects')) n.timeframe = { during: 'study', length: { value: 11, unit: 'months' } };
    expect(errors(b).some((i) => i.message.includes('During the study'))).to.equal(false);
  });
});

describe('outcomes view: three-category pictures for the chosen group', function () {
  this.timeout(120_000);
  afterEach(() => resetViewport());

  it('asks for the group first and shows no cross-group numbers until then', async () => {
    const el = await aid();
    const root = el.shadowRoot!;
    expect(root.querySelector('.choose-profile')).to.exist;
    expect(root.querySelectorAll('pakke-icon-array[part="icon-array"]').length).to.equal(0);
  });

  it('shows comparator and option with the three categories, legend and whole sentences (da)', async () => {
    const el = await aid({ profile: 'pdl1-high' });
    const root = el.shadowRoot!;
    const out = root.querySelector('[data-outcome="alive-years-later"]')!;
    const arrays = [...out.querySelectorAll<HTMLElement>('pakke-icon-array[part="icon-array"]')];
    expect(arrays.length).to.equal(2);
    const [comp, pembro] = arrays;
    expect(comp!.getAttribute('count')).to.equal('16');
    expect(pembro!.getAttribute('count')).to.equal('16');
    expect(pembro!.getAttribute('changed')).to.equal('16');
    expect(pembro!.getAttribute('changed-kind')).to.equal('helped');
    expect(text(out.querySelector('.legend'))).to.contain('Sker alligevel');
    expect(text(out.querySelector('[data-option="pembrolizumab"] .in-words'))).to.contain('Omkring 32 ud af 100 er i live 5 år efter behandlingens start.');
    expect(text(out.querySelector('[data-option="pembrolizumab"] .in-words'))).to.contain('Det er 16 flere end med »Kemoterapi alene«.');
    expect(text(out.querySelector('.group-sentence'))).to.contain('KEYNOTE-024');
    expect(pembro!.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('16 er i live på grund af denne mulighed.');
    expect(pembro!.shadowRoot!.querySelectorAll('.changed').length).to.equal(16);
    await expectAccessible(el);
  });

  it('small-cell lung cancer is covered as its own group', async () => {
    const el = await aid({ profile: 'small-cell', lang: 'en' });
    const out = el.shadowRoot!.querySelector('[data-outcome="alive-years-later"]')!;
    expect(text(out.querySelector('[data-option="durvalumab-chemo"] .in-words'))).to.contain('About 18 out of 100 are alive 3 years after the start of treatment.');
    expect(text(out.querySelector('[data-option="chemotherapy"] .in-words'))).to.contain('About 6 out of 100');
    expect(text(out.querySelector('.no-numbers'))).to.contain('atezolizumab');
  });

  for (const mode of ['patient', 'consultation']) {
    for (const lang of ['da', 'en', 'ar']) {
      it(`no horizontal scroll at 320, 1024, 1280 and 1920 px (${mode}, ${lang})`, async () => {
        const el = await aid({ profile: 'pdl1-high', mode, lang });
        for (const w of [320, 1024, 1280, 1920].filter(canNarrowViewportTo)) expect(await horizontalOverflowAt(w, el), `${w}px`).to.equal(0);
      });
    }
  }

  it('figures are at least 24 px wide at 1280 px in consultation mode', async () => {
    const el = await aid({ profile: 'pdl1-high', mode: 'consultation' });
    await horizontalOverflowAt(1280, el);
    const arr = el.shadowRoot!.querySelector('pakke-icon-array[part="icon-array"]') as HTMLElement;
    const g = arr.shadowRoot!.querySelector('g')!.getBoundingClientRect();
    expect(g.width).to.be.at.least(24 * 0.7); // the figure drawing is 7 of 10 units of its cell
    expect(arr.getBoundingClientRect().width / 10).to.be.at.least(24);
  });

  it('the printed summary is dated, has a blank for the name, key numbers and the sources in full', async function () {
    const el = await aid({ profile: 'pdl1-high' });
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // no print emulation in this browser
    }
    try {
      const s = el.shadowRoot!.querySelector('[part="summary"]')!;
      expect(s.querySelector('.summary-meta time')).to.exist;
      expect(s.querySelector('.summary-meta .blank')).to.exist;
      expect(text(s.querySelector('[data-outcome="alive-years-later"]'))).to.contain('32 ud af 100');
      expect(s.querySelectorAll('.summary-sources li').length).to.equal((await lung()).sources.length);
      expect(getComputedStyle(s.querySelector('.summary-sources')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
