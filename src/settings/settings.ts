/**
 * The page-wide settings store behind `configure()`: below the elements, which read it, and above the api,
 * whose adapter it holds. `src/configure.ts` is its public entry.
 */
import type { SupplierApi } from '../api/port.js';

export type ThemeName = 'light' | 'dark' | 'auto';

/** Design-token overrides, e.g. `{ '--sf-color-accent': '#0a66c2' }`. */
export type Appearance = Readonly<Record<`--sf-${string}`, string>>;

export interface SupplierFlowOptions {
  /** The adapter every element uses unless a `<supplier-provider>` above it provides another. */
  readonly adapter?: SupplierApi;
  /** BCP 47 locale; elements fall back to their `lang`/`locale` attribute, then `<html lang>`. */
  readonly locale?: string;
  /** Shown wherever the help article says "Xometry". */
  readonly platformName?: string;
  readonly appearance?: Appearance;
  readonly theme?: ThemeName;
  /** Who is signed in (any stable id, never shown): preferences kept in the browser, such as saved views, are kept per user. */
  readonly userId?: string;
}

export interface SupplierFlowSettings {
  readonly adapter: SupplierApi | undefined;
  readonly locale: string | undefined;
  readonly platformName: string | undefined;
  readonly appearance: Appearance;
  readonly theme: ThemeName;
  readonly userId: string | undefined;
}

type Listener = (settings: SupplierFlowSettings) => void;

const GLOBAL_KEY = Symbol.for('supplier-flow.settings');
interface GlobalStore {
  settings: SupplierFlowSettings;
  listeners: Set<Listener>;
}

/** One store per page, even if two bundles of the library are loaded. */
function store(): GlobalStore {
  const holder = globalThis as unknown as Record<symbol, GlobalStore | undefined>;
  holder[GLOBAL_KEY] ??= {
    settings: {
      adapter: undefined,
      locale: undefined,
      platformName: undefined,
      appearance: {},
      theme: 'auto',
      userId: undefined,
    },
    listeners: new Set(),
  };
  return holder[GLOBAL_KEY];
}

function applyAppearance(settings: SupplierFlowSettings): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  for (const [token, value] of Object.entries(settings.appearance)) root.style.setProperty(token, value);
  if (settings.theme === 'auto') root.removeAttribute('data-sf-theme');
  else root.setAttribute('data-sf-theme', settings.theme);
}

/**
 * Sets page-wide defaults, in the spirit of Stripe's `init()`: the adapter, the
 * locale, the platform's name, design tokens and the theme. Call again (or
 * `update()`) to change any of them; elements re-render.
 */
export function configure(options: SupplierFlowOptions): SupplierFlowSettings {
  const current = store();
  const next: SupplierFlowSettings = {
    adapter: 'adapter' in options ? options.adapter : current.settings.adapter,
    locale: 'locale' in options ? options.locale : current.settings.locale,
    platformName: 'platformName' in options ? options.platformName : current.settings.platformName,
    appearance: options.appearance
      ? { ...current.settings.appearance, ...options.appearance }
      : current.settings.appearance,
    theme: options.theme ?? current.settings.theme,
    userId: 'userId' in options ? options.userId : current.settings.userId,
  };
  current.settings = next;
  applyAppearance(next);
  for (const listener of current.listeners) listener(next);
  return next;
}

/** Same as `configure`, named for updates after the first call. */
export const update = configure;

export function getSettings(): SupplierFlowSettings {
  return store().settings;
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onSettingsChange(listener: Listener): () => void {
  const { listeners } = store();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
