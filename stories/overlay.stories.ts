import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/pathway/index.js';
import '../src/decision-aid/index.js';
import '../src/needs-assessment/index.js';

const BASE = '/content/pathway/no-breast-cancer/1.0.0.json';
const OVERLAY = '/content/overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json';

/** Local adaptation: overlays with a hospital's own facts, and slots for the page editor's markup. */
const meta = {
  title: 'Local adaptation/Overlays and slots',
  component: 'pakke-pathway',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

type Story = StoryObj;

/** The national breast-cancer pathway with the fictitious Eksempel sykehus's coordinator and leaflet. */
export const PathwayWithOverlay: Story = {
  render: () => html`<pakke-pathway src=${BASE} overlay=${OVERLAY} lang="nb"></pakke-pathway>`,
};

/** Following national updates: `^1.0` resolves to the newest 1.x through the catalogue; the overlay still applies. */
export const FromCatalogueWithOverlay: Story = {
  render: () =>
    html`<pakke-pathway content-base="/content/" bundle-id="no-breast-cancer" version="^1.0" overlay=${OVERLAY} lang="nb"></pakke-pathway>`,
};

/** An overlay written for other versions: ignored entirely, with a note. */
export const OverlayRefused: Story = {
  render: () => {
    const el = document.createElement('pakke-pathway') as HTMLElement & { overlay: unknown };
    el.setAttribute('src', BASE);
    el.setAttribute('lang', 'nb');
    void fetch(OVERLAY)
      .then((r) => r.json())
      .then((o: Record<string, unknown>) => (el.overlay = { ...o, base: { id: 'no-breast-cancer', versions: '^2.0' } }));
    return el;
  },
};

/** The page editor's own contact details in the `contact` slot. */
export const PathwayContactSlot: Story = {
  render: () => html`<pakke-pathway src=${BASE} lang="nb">
    <section slot="contact">
      <h3>Kontakt oss</h3>
      <p>Ring forløpskoordinatoren på <a href="tel:+4712345678">12 34 56 78</a> hverdager kl. 08–15. (Eksempel.)</p>
    </section>
  </pakke-pathway>`,
};

/** Local text before the decision aid's summary (`before-summary` slot). */
export const DecisionAidBeforeSummarySlot: Story = {
  render: () => html`<pakke-decision-aid src="/content/decision-aid/adjuvant-breast-cancer/1.0.0.json" step="summary">
    <p slot="before-summary">Ta med oppsummeringen til samtalen med legen din. (Eksempel.)</p>
  </pakke-decision-aid>`,
};

/** A local introduction on the needs assessment's first page (`intro` slot). */
export const NeedsAssessmentIntroSlot: Story = {
  render: () => html`<pakke-needs-assessment src="/content/needs-assessment/esas-r/1.1.0.json">
    <p slot="intro">En sykepleier leser svarene dine før timen din. (Eksempel.)</p>
  </pakke-needs-assessment>`,
};
