import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/needs-assessment/index.js';
import type { PakkeNeedsAssessment } from '../src/needs-assessment/index.js';

const HJEM = '/content/needs-assessment/pakkeforlop-hjem-behovskartlegging/1.0.0.json';
const DK = '/content/needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json';
const ESAS = '/content/needs-assessment/esas-r/1.1.0.json';
/** A hospital's own FHIR R4 Questionnaire: the PHQ-9 with its LOINC total-score item (a test fixture). */
const PHQ9 = '/fhir/phq-9-scored.json';

interface Args {
  src: string;
  lang: string;
  layout: 'paged' | 'single-page';
  persist: '' | 'session' | 'local';
  /** Page to open (1-based); the story clicks Next, answering required questions. */
  page: number;
}

const frame = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function ready(canvas: HTMLElement): Promise<PakkeNeedsAssessment> {
  const el = canvas.querySelector<PakkeNeedsAssessment>('pakke-needs-assessment')!;
  for (let i = 0; i < 200 && el.status !== 'ready' && el.status !== 'error'; i++) await frame(20);
  await el.updateComplete;
  return el;
}

function q<T extends Element>(el: PakkeNeedsAssessment, sel: string): T | null {
  return el.shadowRoot!.querySelector<T>(sel);
}

async function answerRequired(el: PakkeNeedsAssessment): Promise<void> {
  for (const fs of el.shadowRoot!.querySelectorAll('fieldset.item')) {
    if (fs.querySelector('.required') && !fs.querySelector('input:checked')) fs.querySelector<HTMLInputElement>('input')?.click();
  }
  await el.updateComplete;
}

async function next(el: PakkeNeedsAssessment): Promise<void> {
  q<HTMLButtonElement>(el, 'form button[type=submit]')?.click();
  await el.updateComplete;
}

/** Picks an answer: the option with this code (or yes/no, or a scale number) of question `item`. */
async function choose(el: PakkeNeedsAssessment, item: string, value: string): Promise<void> {
  const input = q<HTMLInputElement>(el, `#q-${item} input[value="${value}"]`);
  if (!input) throw new Error(`no answer "${value}" for question "${item}"`);
  input.click();
  await el.updateComplete;
}

/** Pages on to the summary; fails (rather than looping) if a page cannot be left. */
async function toSummary(el: PakkeNeedsAssessment): Promise<void> {
  for (let i = 0; i < 20 && el.view === 'form'; i++) await next(el);
  if (el.view === 'form') throw new Error('the form did not reach its summary');
}

const meta = {
  title: 'Elements/Needs assessment',
  component: 'pakke-needs-assessment',
  tags: ['autodocs'],
  args: { src: HJEM, lang: 'nb', layout: 'paged', persist: '', page: 1 },
  argTypes: {
    src: { control: 'select', options: [HJEM, DK, ESAS, PHQ9] },
    lang: { control: 'select', options: ['da', 'nb', 'nn', 'en'] },
    layout: { control: 'inline-radio', options: ['paged', 'single-page'] },
    persist: { control: 'inline-radio', options: ['', 'session', 'local'] },
    page: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (a) =>
    html`<pakke-needs-assessment src=${a.src} lang=${a.lang} layout=${a.layout} persist=${a.persist} name="needs"></pakke-needs-assessment>`,
  play: async ({ canvasElement, args }) => {
    const el = await ready(canvasElement);
    for (let i = 1; i < args.page && el.view === 'form'; i++) {
      await answerRequired(el);
      await next(el);
    }
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** *Pakkeforløp hjem* behovskartlegging, Bokmål: first page. */
export const PakkeforlopHjem: Story = {};
export const PakkeforlopHjemNynorsk: Story = { args: { lang: 'nn' } };
export const PakkeforlopHjemEnglish: Story = { args: { lang: 'en' } };
/** A page of themes: each answer "I would like to talk about this" or "I need help" opens a text box. */
export const PakkeforlopHjemThemes: Story = { args: { page: 2 } };
export const PakkeforlopHjemBodyPage: Story = { args: { page: 3 } };
export const PakkeforlopHjemMindPage: Story = { args: { page: 4 } };
export const PakkeforlopHjemPriorities: Story = { args: { page: 5 } };

/** Danish behovsvurdering for rehabilitering og palliation. */
export const Behovsvurdering: Story = { args: { src: DK, lang: 'da' } };
export const BehovsvurderingEnglish: Story = { args: { src: DK, lang: 'en' } };
/** The physical page with its 0–10 scale; "help" questions appear once something is reported. */
export const BehovsvurderingPhysical: Story = { args: { src: DK, lang: 'da', page: 2 } };
export const BehovsvurderingPsychological: Story = { args: { src: DK, lang: 'da', page: 3 } };
export const BehovsvurderingSocial: Story = { args: { src: DK, lang: 'da', page: 4 } };
export const BehovsvurderingExistential: Story = { args: { src: DK, lang: 'da', page: 5 } };
export const BehovsvurderingFinally: Story = { args: { src: DK, lang: 'da', page: 6 } };
/** Every page at once. */
export const BehovsvurderingSinglePage: Story = { args: { src: DK, lang: 'da', layout: 'single-page' } };

/** ESAS-r (English only, wording unchanged, acknowledgement shown as its licence requires). */
export const EsasR: Story = { args: { src: ESAS, lang: 'en' } };
export const EsasRAboutThisForm: Story = { args: { src: ESAS, lang: 'en', page: 2 } };

/** Next without answering the required question: the error summary takes focus. */
export const ValidationErrors: Story = {
  args: { src: HJEM, lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await next(el);
  },
};

/** Conditional questions: conversation 1 asks about a contact in the municipality. */
export const ConditionalQuestions: Story = {
  args: { src: HJEM, lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await choose(el, 'samhandlingspunkt', 'sp1');
    await choose(el, 'municipal-contact', 'yes');
  },
};

/** The summary with change links and flagged needs grouped by domain. */
export const SummaryWithFlags: Story = {
  args: { src: DK, lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await next(el);
    await choose(el, 'physical-impact', '6');
    await choose(el, 'physical-problems', 'fatigue');
    await choose(el, 'physical-help', 'yes');
    await choose(el, 'symptoms-persist', 'yes');
    await next(el);
    await choose(el, 'psychological-problems', 'fear-of-recurrence');
    await choose(el, 'psychological-help', 'yes');
    await toSummary(el);
  },
};

/** After sending: confirmation, printable summary. */
export const Sent: Story = {
  args: { src: HJEM, lang: 'nb' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await choose(el, 'samhandlingspunkt', 'sp2');
    await next(el);
    await choose(el, 'family', 'help');
    await toSummary(el);
    q<HTMLButtonElement>(el, '.summary .nav button')?.click();
    await el.updateComplete;
  },
};

/** Inside a host form: the answers (JSON) are submitted under the element's `name`. */
export const InHostForm: Story = {
  args: { src: ESAS, lang: 'en' },
  render: (a) => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const out = (e.target as HTMLFormElement).querySelector('output')!;
      out.value = String(new FormData(e.target as HTMLFormElement).get('needs'));
    }}
  >
    <pakke-needs-assessment src=${a.src} lang=${a.lang} name="needs" layout="single-page"></pakke-needs-assessment>
    <button>Submit host form</button>
    <p>FormData "needs": <output></output></p>
  </form>`,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
  },
};

/**
 * A FHIR R4 Questionnaire with a total score (SDC calculatedExpression): the total is worked out
 * from the answers' ordinal values as they are chosen (fhirpath.js, loaded only for such forms).
 */
export const FhirQuestionnaireWithTotal: Story = {
  args: { src: PHQ9, lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const groups = [...el.shadowRoot!.querySelectorAll('fieldset.item')];
    groups.forEach((fs, i) => fs.querySelectorAll<HTMLInputElement>('input')[i % 4]?.click());
    await el.updateComplete;
    const total = q<HTMLOutputElement>(el, '#q-44261-6 output')?.textContent?.trim();
    if (total !== '12') throw new Error(`the PHQ-9 total should be 12, not "${total}"`);
  },
};

/** `persist="session"`: reload the story and the answers come back. */
export const PersistInSession: Story = { args: { src: ESAS, lang: 'en', persist: 'session' } };

/** The UI in Arabic (right to left) with Bokmål content: choose "العربية" in the toolbar. */
export const RightToLeftUi: Story = {
  args: { src: HJEM, lang: 'nb' },
  globals: { locale: 'ar' },
};
