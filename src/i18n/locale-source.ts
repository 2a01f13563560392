import { getSettings, onSettingsChange } from '../settings/settings.js';

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Calls `listener` when `<html lang>` or the configured settings change. */
export function watchLocaleSources(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((each) => each()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  const stopSettings = onSettingsChange(listener);
  return () => {
    listeners.delete(listener);
    stopSettings();
  };
}

/** Nearest `lang` on the element or its ancestors across shadow roots, excluding `<html>`. */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node && node !== document.documentElement) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang'))
      return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * The locale of an element: its `locale` attribute, the nearest `lang` above it,
 * `configure({ locale })`, `<html lang>`, then English.
 */
export function resolveLocale(
  element: Element,
  own: string | null | undefined = element.getAttribute('locale'),
): string {
  const candidate = own || inheritedLang(element) || getSettings().locale || document.documentElement.lang || 'en';
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
