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
import { demoText, translatePage, type DemoMessages } from './i18n.js';

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

/** A message of the page in the language chosen. */
const say = (key: keyof DemoMessages, params: Readonly<Record<string, string | number>> = {}) =>
  demoText(settings.locale, key, params);

/** The page's own chrome in the language chosen (the elements follow `configure({ locale })`). */
function translate(): void {
  translatePage(document, settings.locale, { id: '40-1187' });
  document.querySelector('#demo-backend')!.textContent = say(`backend.${backend.kind}`, { url: backend.url });
}

translate();
configure({ adapter, platformName: 'Partwise', locale: settings.locale, theme: settings.theme });

/** The signed-in supplier in the header: the company of the adapter's profile, as the invoice and the comments name it. */
void backend.api.getCompanyProfile().then(
  (profile) => {
    document.querySelector('#account-company')!.textContent = profile.legalName;
    const initials = profile.legalName
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .slice(0, 2)
      .map((word) => word[0])
      .join('');
    document.querySelector('#account-initials')!.textContent = initials;
  },
  () => undefined,
);

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
  translate();
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
  announce(settings.latencyMs ? say('latencyOn', { ms: settings.latencyMs }) : say('latencyOff'));
});

faultsSelect.addEventListener('change', () => {
  settings.faults = faultsSelect.value;
  adapter.setOptions(faultOptions(settings));
  saveSettings(settings);
  const options = faultOptions(settings);
  announce(
    options.offline
      ? say('offline')
      : options.failureRate
        ? say('failing', { percent: Math.round((options.failureRate ?? 0) * 100) })
        : say('faultsOff'),
  );
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
    announce(say('failed', { reason: error instanceof Error ? error.message : String(error) }));
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

resetButton.addEventListener('click', () =>
  busy(resetButton, async () => {
    if (!confirm(say('resetConfirm'))) return;
    await backend.reset();
    reconnect();
    announce(say('resetDone'));
  }),
);

processButton.addEventListener('click', () =>
  busy(processButton, async () => {
    await backend.processPendingShipments();
    reconnect();
    announce(say('processed'));
  }),
);

// ── The demo bar folds its settings away on a phone ───────────────────────

const settingsPanel = document.querySelector<HTMLDetailsElement>('#demo-settings')!;
const wide = matchMedia('(min-width: 40rem)');
const followWidth = () => (settingsPanel.open = wide.matches);
followWidth();
wide.addEventListener('change', followWidth);

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
    if (title) {
      title.removeAttribute('data-i18n');
      title.textContent = say('notRegistered');
    }
    placeholder.querySelector('.placeholder__skeleton')?.remove();
    placeholderText.textContent = say('notRegisteredText', { count });
  });
}
