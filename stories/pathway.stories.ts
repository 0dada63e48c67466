import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/pathway/index.js';

const NO_BREAST = '/content/pathway/no-breast-cancer/1.2.0.json';
const NO_COLORECTAL = '/content/pathway/no-colorectal-cancer/1.1.0.json';
const HJEM = '/content/pathway/no-pakkeforlop-hjem/1.1.0.json';
const DK_BREAST = '/content/pathway/dk-breast-cancer/1.2.0.json';

interface Args {
  src: string;
  lang: string;
  currentStep: string;
  startDate: string;
  treatment: string;
  compact: boolean;
  width: string;
}

const meta = {
  title: 'Elements/Pathway',
  component: 'pakke-pathway',
  tags: ['autodocs'],
  argTypes: {
    src: { control: 'select', options: [NO_BREAST, NO_COLORECTAL, HJEM, DK_BREAST] },
    lang: { control: 'select', options: ['da', 'nb', 'nn', 'en'] },
    currentStep: { control: 'text', name: 'current-step' },
    startDate: { control: 'text', name: 'start-date', description: 'YYYY-MM-DD' },
    treatment: { control: 'select', options: ['', 'surgery', 'medical', 'radiotherapy'] },
    compact: { control: 'boolean' },
    width: { control: 'select', options: ['100%', '320px', '22rem'] },
  },
  args: { src: NO_BREAST, lang: 'nb', currentStep: '', startDate: '', treatment: '', compact: false, width: '100%' },
  render: (a) => html`<div style="max-inline-size:${a.width}">
    <pakke-pathway
      src=${a.src}
      lang=${a.lang}
      current-step=${a.currentStep || nothing}
      start-date=${a.startDate || nothing}
      treatment=${a.treatment || nothing}
      ?compact=${a.compact}
      @pakke-step-select=${(e: CustomEvent) => console.info('pakke-step-select', e.detail)}
      @pakke-error=${(e: CustomEvent) => console.info('pakke-error', e.detail)}
    ></pakke-pathway>
  </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Norwegian breast cancer pathway (Bokmål) with the Helsedirektoratet forløpstider. */
export const NorwegianBreastCancer: Story = {};
export const NorwegianBreastCancerNynorsk: Story = { args: { lang: 'nn' } };
export const NorwegianBreastCancerEnglish: Story = { args: { lang: 'en' } };

/** Colorectal cancer: three treatment branches (14 / 14 / 18 days). */
export const NorwegianColorectalCancer: Story = { args: { src: NO_COLORECTAL } };
export const NorwegianColorectalCancerEnglish: Story = { args: { src: NO_COLORECTAL, lang: 'en' } };

/** Pakkeforløp hjem: the three samhandlingspunkter; windows of about 3–4 and 12–18 months. */
export const PakkeforlopHjem: Story = { args: { src: HJEM } };
export const PakkeforlopHjemNynorsk: Story = { args: { src: HJEM, lang: 'nn' } };
export const PakkeforlopHjemEnglish: Story = { args: { src: HJEM, lang: 'en' } };

/** Danish breast cancer pakkeforløb with the legal maximum waiting times. */
export const DanishBreastCancer: Story = { args: { src: DK_BREAST, lang: 'da' } };
export const DanishBreastCancerEnglish: Story = { args: { src: DK_BREAST, lang: 'en' } };

/** A patient midway: earlier steps read as done, the current one is marked. */
export const CurrentStep: Story = { args: { currentStep: 'utredning-ferdig' } };

/** Dates computed from the day the referral arrived; both treatment branches side by side. */
export const WithStartDate: Story = { args: { startDate: '2026-03-14', currentStep: 'forste-oppmote' } };

/** Month ends and 29 February in a leap year. */
export const LeapYearDates: Story = { args: { startDate: '2028-02-20', lang: 'en' } };

/** Windows become date ranges. */
export const DateRanges: Story = { args: { src: HJEM, startDate: '2026-01-31', currentStep: 'samhandlingspunkt-2' } };

/** One branch only (`treatment="surgery"`). */
export const SurgeryBranch: Story = { args: { startDate: '2026-03-14', treatment: 'surgery' } };
export const MedicalBranch: Story = { args: { startDate: '2026-03-14', treatment: 'medical' } };

/** Compact layout in a narrow sidebar. */
export const CompactSidebar: Story = { args: { compact: true, width: '22rem', currentStep: 'utredning-ferdig', startDate: '2026-03-14' } };

/** The smallest phone width. */
export const Narrow320: Story = { args: { width: '320px', startDate: '2026-03-14', currentStep: 'forste-oppmote' } };

/** Invalid attributes: a clear message each, the pathway still shown. */
export const InvalidStartDate: Story = { args: { startDate: '2026-02-30' } };
export const UnknownCurrentStep: Story = { args: { currentStep: 'surgery-day' } };
export const UnknownTreatment: Story = { args: { treatment: 'radiotherapy' } };

/** Content in a language the bundle lacks: falls back and says so. */
export const LanguageFallback: Story = { args: { src: DK_BREAST, lang: 'nb' } };

/** A missing bundle: the error box. */
export const NotFound: Story = { args: { src: '/content/pathway/does-not-exist/1.0.0.json' } };
