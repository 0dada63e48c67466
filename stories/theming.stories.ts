import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

/**
 * A portal re-themes the widgets with `--pakke-*` custom properties and `::part()` rules in its
 * own stylesheet. Fonts come from the page (no @font-face inside the elements).
 */
const PORTAL_CSS = `
  .portal-theme {
    font-family: Georgia, 'Times New Roman', serif;
    --pakke-color-accent: #00594f;
    --pakke-color-text: #102a26;
    --pakke-color-muted: #38524d;
    --pakke-color-border: #5f7f79;
    --pakke-color-subtle: #eef5f3;
    --pakke-color-notice: #e8f3f0;
    --pakke-color-focus: #f5c400;
    --pakke-radius: 0;
    --pakke-max-width: 40rem;
  }
  .portal-theme pakke-pathway::part(footer),
  .portal-theme pakke-decision-aid::part(footer),
  .portal-theme pakke-needs-assessment::part(footer) {
    font-size: 0.8rem;
    background: #f7faf9;
    padding: 0.75rem;
  }
  .portal-theme pakke-pathway::part(notice),
  .portal-theme pakke-decision-aid::part(notice) {
    border-inline-start-color: #00594f;
  }
`;

const meta = {
  title: 'Guides/Theming',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const PortalColoursAndFont: Story = {
  name: 'Portal colours and font',
  render: () => html`<style>
      ${PORTAL_CSS}
    </style>
    <div class="portal-theme">
      <pakke-pathway src="/content/pathway/no-breast-cancer/1.0.0.json" lang="nb" start-date="2026-03-02"></pakke-pathway>
    </div>`,
};

export const SameThemeEveryElement: Story = {
  name: 'One theme, three elements',
  render: () => html`<style>
      ${PORTAL_CSS}
    </style>
    <div class="portal-theme">
      <pakke-decision-aid src="/content/decision-aid/rectal-anastomosis-or-stoma/2.0.0.json" lang="da"></pakke-decision-aid>
      <hr />
      <pakke-needs-assessment src="/content/needs-assessment/esas-r/1.1.0.json" lang="en"></pakke-needs-assessment>
    </div>`,
};

export const DefaultLook: Story = {
  name: 'Default look (for comparison)',
  render: () => html`<pakke-pathway src="/content/pathway/no-breast-cancer/1.0.0.json" lang="nb" start-date="2026-03-02"></pakke-pathway>`,
};
