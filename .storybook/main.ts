import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Stories load the real example bundles from /content/…
  staticDirs: [{ from: '../content', to: '/content' }],
  core: { disableTelemetry: true },
};
export default config;
