/**
 * The demo host page: a marketplace ("Partwise") embedding Supplier Flow on the
 * in-browser memory adapter (or, with `?adapter=rest`, on the REST adapter and the
 * reference server), wrapped in the fault injector so the demo bar can slow calls
 * down, make them fail, or take the connection away.
 */
import '../src/define.js';
import { configure, type ThemeName } from '../src/configure.js';
import { withFaults, type FaultOptions, type FaultyApi } from '../src/api/faults.js';
import { demoBackend } from './backend.js';

const PORTAL_TAG = 'supplier-portal';
const LOCALES = ['en', 'de', 'fr'] as const;
const THEMES = ['auto', 'light', 'dark'] as const satisfies readonly ThemeName[];
type Locale = (typeof LOCALES)[number];

interface DemoSettings {
  locale: Locale;
  theme: ThemeName;
  latencyMs: number;
  /** A share of failing calls (0..1), or 'offline'. */
  faults: string;
}

const STORAGE_KEY = 'partwise-demo-settings';

function loadSettings(): DemoSettings {
  const fromBrowser = LOCALES.find((locale) => navigator.language.toLowerCase().startsWith(locale)) ?? 'en';
  const defaults: DemoSettings = { locale: fromBrowser, theme: 'auto', latencyMs: 300, faults: '0' };
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<DemoSettings>;
    return {
      locale: LOCALES.find((locale) => locale === saved.locale) ?? defaults.locale,
      theme: THEMES.find((theme) => theme === saved.theme) ?? defaults.theme,
      latencyMs: typeof saved.latencyMs === 'number' && saved.latencyMs >= 0 ? saved.latencyMs : defaults.latencyMs,
      faults: typeof saved.faults === 'string' ? saved.faults : defaults.faults,
    };
  } catch {
    return defaults;
  }
}

function saveSettings(settings: DemoSettings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be disabled (private mode); the demo works without it.
  }
}

function faultOptions(settings: DemoSettings): FaultOptions {
  const offline = settings.faults === 'offline';
  const failureRate = offline ? 0 : Math.min(1, Math.max(0, Number(settings.faults) || 0));
  return { latencyMs: settings.latencyMs, failureRate, offline };
}

const settings = loadSettings();

const backend = demoBackend(location);
let adapter: FaultyApi = withFaults(backend.api, faultOptions(settings));
document.querySelector('#demo-backend')!.textContent = backend.label;

document.documentElement.lang = settings.locale;
configure({ adapter, platformName: 'Partwise', locale: settings.locale, theme: settings.theme });

// ── Demo bar ────────────────────────────────────────────────────────────────

const form = document.querySelector<HTMLFormElement>('#demo-controls')!;
const status = document.querySelector<HTMLElement>('#demo-status')!;
const field = <T extends HTMLSelectElement | HTMLButtonElement>(name: string) => form.elements.namedItem(name) as T;

const localeSelect = field<HTMLSelectElement>('locale');
const themeSelect = field<HTMLSelectElement>('theme');
const latencySelect = field<HTMLSelectElement>('latency');
const faultsSelect = field<HTMLSelectElement>('faults');
const resetButton = field<HTMLButtonElement>('reset');
const processButton = field<HTMLButtonElement>('process');

localeSelect.value = settings.locale;
themeSelect.value = settings.theme;
latencySelect.value = String(settings.latencyMs);
if (latencySelect.value !== String(settings.latencyMs)) latencySelect.value = '0';
faultsSelect.value = settings.faults;
if (faultsSelect.value !== settings.faults) faultsSelect.value = '0';

function announce(message: string): void {
  status.textContent = '';
  // A fresh text node, so screen readers announce a repeated message too.
  requestAnimationFrame(() => (status.textContent = message));
}

localeSelect.addEventListener('change', () => {
  settings.locale = LOCALES.find((locale) => locale === localeSelect.value) ?? 'en';
  document.documentElement.lang = settings.locale;
  configure({ locale: settings.locale });
  saveSettings(settings);
});

themeSelect.addEventListener('change', () => {
  settings.theme = THEMES.find((theme) => theme === themeSelect.value) ?? 'auto';
  configure({ theme: settings.theme });
  saveSettings(settings);
});

latencySelect.addEventListener('change', () => {
  settings.latencyMs = Number(latencySelect.value) || 0;
  adapter.setOptions(faultOptions(settings));
  saveSettings(settings);
  announce(settings.latencyMs ? `Every call now takes ${settings.latencyMs} ms longer.` : 'Extra latency off.');
});

faultsSelect.addEventListener('change', () => {
  settings.faults = faultsSelect.value;
  adapter.setOptions(faultOptions(settings));
  saveSettings(settings);
  const options = faultOptions(settings);
  announce(options.offline ? 'Offline: every call fails.' : options.failureRate ? `${Math.round((options.failureRate ?? 0) * 100)} % of calls fail.` : 'Faults off.');
});

/** A new adapter object: every element sees the change and loads again. */
function reconnect(): void {
  adapter = withFaults(backend.api, faultOptions(settings));
  configure({ adapter });
}

async function busy(button: HTMLButtonElement, work: () => Promise<void>): Promise<void> {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (error) {
    announce(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

resetButton.addEventListener('click', () =>
  busy(resetButton, async () => {
    if (!confirm('Reset the demo data? Everything you confirmed, uploaded, shipped or invoiced is discarded.')) return;
    await backend.reset();
    reconnect();
    announce('Demo data reset to the seeded orders.');
  }),
);

processButton.addEventListener('click', () =>
  busy(processButton, async () => {
    await backend.processPendingShipments();
    reconnect();
    announce('The platform processed every pending shipment.');
  }),
);

// ── Placeholder until <supplier-portal> is registered ──────────────────────

const placeholder = document.querySelector<HTMLElement>('#placeholder')!;
const placeholderText = document.querySelector<HTMLElement>('#placeholder-text')!;

if (customElements.get(PORTAL_TAG)) {
  placeholder.hidden = true;
} else {
  void customElements.whenDefined(PORTAL_TAG).then(() => (placeholder.hidden = true));
  void backend.orderCount().then((count) => {
    if (customElements.get(PORTAL_TAG)) return;
    const title = placeholder.querySelector('.placeholder__title');
    if (title) title.textContent = 'The supplier portal is not registered yet';
    placeholder.querySelector('.placeholder__skeleton')?.remove();
    placeholderText.textContent =
      `The backend is ready with ${count} demo orders. ` +
      `<${PORTAL_TAG}> appears here as soon as src/define.ts registers it.`;
  });
}
