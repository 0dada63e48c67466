import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // addon-docs: a Docs page per component (stories tagged `autodocs`), its tables from custom-elements.json.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Stories load the real example bundles from /content/… and the FHIR test Questionnaires from /fhir/…
  staticDirs: [
    { from: '../content', to: '/content' },
    { from: '../test/fixtures/fhir', to: '/fhir' },
  ],
  core: { disableTelemetry: true },
};
export default config;
