import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import type { ViewportMap } from 'storybook/viewport';
import manifest from '../custom-elements.json';
import { configure, type ThemeName } from '../src/configure.js';
import { createMemoryAdapter } from '../src/api/memory/index.js';

// Docs pages (attributes, properties, events, slots, CSS parts and properties) come from the manifest.
setCustomElementsManifest(manifest);

/**
 * Every story gets the memory adapter (seeded demo data, nothing persisted) unless it
 * brings its own through `<supplier-provider .adapter=${…}>` or `configure({ adapter })`.
 */
configure({ adapter: createMemoryAdapter({ persist: false }), platformName: 'Partwise' });

const LOCALES = ['en', 'de', 'fr'] as const;

/**
 * The toolbar's viewports: the widths the design is checked at (a story shows one with
 * `globals: { viewport: { value: 'phone', isRotated: false } }`; tools/storybook-smoke.mjs checks every story at
 * 1280 and 375 px).
 */
const VIEWPORTS = {
  phone: { name: 'Phone (375 px)', styles: { width: '375px', height: '812px' }, type: 'mobile' },
  tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
} satisfies ViewportMap;
const THEMES = ['light', 'dark'] as const satisfies readonly ThemeName[];

/** The toolbar's locale and theme: `<html lang>`, `configure({ locale, theme })` (→ `data-sf-theme` on `<html>`). */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = LOCALES.find((each) => each === context.globals['locale']) ?? 'en';
  const theme = THEMES.find((each) => each === context.globals['theme']) ?? 'light';
  const root = document.documentElement;
  root.lang = locale;
  root.setAttribute('data-sf-theme', theme);
  root.style.colorScheme = theme;
  document.body.style.background = theme === 'dark' ? '#0d1117' : '';
  document.body.style.color = theme === 'dark' ? '#e6edf3' : '';
  configure({ locale, theme });
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Locale of the elements (<html lang> and configure({ locale }))',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    latency: {
      description: 'Latency of every adapter call (memory adapter stories)',
      toolbar: {
        title: 'Latency',
        icon: 'timer',
        items: [
          { value: '0', title: 'No latency' },
          { value: '300', title: '300 ms' },
          { value: '1500', title: '1.5 s' },
        ],
        dynamicTitle: true,
      },
    },
    faults: {
      description: 'Injected adapter faults (memory adapter stories)',
      toolbar: {
        title: 'Faults',
        icon: 'alert',
        items: [
          { value: 'none', title: 'No faults' },
          { value: 'flaky', title: '30 % of calls fail' },
          { value: 'offline', title: 'Offline' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (data-sf-theme on <html>, configure({ theme }))',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', latency: '0', faults: 'none' },
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /Date$/i } },
    a11y: { test: 'error' },
    viewport: { options: VIEWPORTS },
    options: { storySort: { order: ['Introduction', '*'] } },
  },
};

export default preview;
