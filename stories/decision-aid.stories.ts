import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PakkeDecisionAid, PakkeIconArray, type StepId } from '../src/decision-aid/index.js';

// The package marks only dist/ files as having side effects, so a bare side-effect import of the
// source entry can be dropped by the bundler; registering here keeps the stories working.
for (const [tag, ctor] of [['pakke-decision-aid', PakkeDecisionAid], ['pakke-icon-array', PakkeIconArray]] as const) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

const BREAST = '/content/decision-aid/adjuvant-breast-cancer/2.0.0.json';
const RECTAL = '/content/decision-aid/rectal-anastomosis-or-stoma/2.0.0.json';
const NSCLC = '/content/decision-aid/metastatic-nsclc-first-line/2.0.0.json';

interface Args {
  src: string;
  lang: string;
  mode: 'patient' | 'consultation';
  step: StepId;
  profile: string;
  numbers: string;
}

const meta = {
  title: 'Elements/Decision aid',
  component: 'pakke-decision-aid',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'select', options: [BREAST, RECTAL, NSCLC] },
    lang: { control: 'select', options: ['da', 'nb', 'en'] },
    mode: { control: 'inline-radio', options: ['patient', 'consultation'] },
    step: { control: 'select', options: ['decision', 'options', 'compare', 'outcomes', 'values', 'ready', 'summary'] },
    profile: { control: 'text' },
    numbers: { control: 'text', description: 'Host-supplied numbers as JSON' },
  },
  args: { src: BREAST, lang: 'da', mode: 'patient', step: 'decision', profile: '', numbers: '' },
  render: (a) => html`<pakke-decision-aid
    src=${a.src}
    lang=${a.lang}
    mode=${a.mode}
    step=${a.step}
    profile=${a.profile || ''}
    numbers=${a.numbers || ''}
    @pakke-change=${(e: CustomEvent) => console.info('pakke-change', e.detail)}
    @pakke-summary=${(e: CustomEvent) => console.info('pakke-summary', e.detail)}
  ></pakke-decision-aid>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

// One story per bundle
export const BreastCancer: Story = { name: 'Breast cancer: adjuvant treatment (da)' };
export const BreastCancerNorwegian: Story = { name: 'Breast cancer (nb)', args: { lang: 'nb' } };
export const RectalCancer: Story = { name: 'Rectal cancer: join or stoma (da)', args: { src: RECTAL } };
export const RectalCancerEnglish: Story = { name: 'Rectal cancer (en)', args: { src: RECTAL, lang: 'en' } };
export const LungCancer: Story = { name: 'Metastatic NSCLC: first treatment (da)', args: { src: NSCLC } };

// One story per step
export const StepOptions: Story = { args: { step: 'options', lang: 'en' } };
export const StepCompare: Story = { args: { step: 'compare', lang: 'en' } };
export const StepOutcomes: Story = { args: { step: 'outcomes', lang: 'en', profile: 'under-50' } };
export const StepValues: Story = { args: { step: 'values', lang: 'en', src: RECTAL } };
export const StepReady: Story = { args: { step: 'ready', lang: 'en', src: RECTAL } };
export const StepSummary: Story = {
  args: { step: 'summary', lang: 'en', src: RECTAL },
  play: async ({ canvasElement }) => {
    // Fill in a few answers so the summary has something to show.
    const el = canvasElement.querySelector<PakkeDecisionAid>('pakke-decision-aid')!;
    for (let i = 0; i < 100 && el.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 20));
    el.step = 'values';
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="value-no-bag"][value="4"]')?.click();
    el.step = 'ready';
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="leaning"]')?.click();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="ready-heard-choices"][value="yes"]')?.click();
    el.step = 'summary';
  },
};

// Profiles and numbers
export const LungCancerEgfr: Story = { name: 'NSCLC, EGFR profile', args: { src: NSCLC, lang: 'en', step: 'outcomes', profile: 'egfr' } };
export const LungCancerPdl1High: Story = { name: 'NSCLC, PD-L1 ≥ 50 % profile', args: { src: NSCLC, lang: 'en', step: 'outcomes', profile: 'pdl1-high' } };
export const HostNumbers: Story = {
  name: 'Host-supplied numbers',
  args: {
    lang: 'en',
    step: 'outcomes',
    profile: 'under-50',
    numbers: JSON.stringify({
      label: { en: 'Example: numbers a risk calculator could supply (not real)' },
      numbers: [{ outcome: 'bc-death-15y', option: 'chemo', count: 4, denominator: 100, timeframe: { value: 15, unit: 'years' }, referenceGroup: { en: 'women like you (example)' }, sources: ['s36'] }],
    }),
  },
};
export const RefusedHostNumbers: Story = {
  name: 'Host numbers refused (mixed time frame)',
  args: {
    lang: 'en',
    step: 'outcomes',
    numbers: JSON.stringify({ numbers: [{ outcome: 'bc-death-15y', option: 'chemo', count: 4, denominator: 100, timeframe: { value: 10, unit: 'years' }, sources: ['s36'] }] }),
  },
};

// Modes
export const Consultation: Story = { args: { mode: 'consultation', lang: 'en', profile: '50-plus' } };
export const ConsultationLung: Story = { name: 'Consultation, NSCLC', args: { mode: 'consultation', src: NSCLC, lang: 'da', profile: 'nonsquamous' } };
export const NarrowPhone: Story = {
  args: { step: 'compare', src: NSCLC, lang: 'en' },
  decorators: [(story) => html`<div style="max-inline-size: 320px; border: 1px dashed #999">${story()}</div>`],
};
export const RightToLeft: Story = {
  name: 'RTL container',
  args: { lang: 'en', step: 'outcomes', src: RECTAL },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};
export const LoadError: Story = { args: { src: '/content/decision-aid/does-not-exist/1.0.0.json' } };
