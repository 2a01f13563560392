import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers and host developers: every element and state.
 * Stories live in `stories/<element>.stories.ts` (CSF 3, lit `html` templates);
 * docs pages are built from custom-elements.json, which `prestorybook` /
 * `prebuild-storybook` regenerate (npm run analyze). Vite settings (decorator
 * transform) come from the root vite.config.ts; Storybook ignores its `build`.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  // The preview bundles lit, zod and the memory adapter with its seed data: one big chunk is expected.
  viteFinal: (viteConfig) => ({ ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 } }),
};

export default config;
