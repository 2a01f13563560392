import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSettings, onSettingsChange, type ThemeName } from '../../settings/settings.js';

type Host = ReactiveControllerHost & HTMLElement & { theme?: ThemeName | '' | null };

/**
 * Sets `data-theme="light|dark"` on the host from its `theme` property, else
 * `configure({ theme })`, else `prefers-color-scheme`; the token styles key off it.
 */
export class ThemeController implements ReactiveController {
  private readonly host: Host;
  private readonly media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  private stopSettings: (() => void) | undefined;
  private readonly handleChange = () => this.apply();

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.stopSettings = onSettingsChange(this.handleChange);
    this.media?.addEventListener('change', this.handleChange);
    this.apply();
  }

  hostDisconnected(): void {
    this.stopSettings?.();
    this.media?.removeEventListener('change', this.handleChange);
  }

  hostUpdate(): void {
    this.apply();
  }

  private apply(): void {
    const chosen = this.host.theme || getSettings().theme;
    const dark = chosen === 'dark' || (chosen !== 'light' && this.media?.matches === true);
    const value = dark ? 'dark' : 'light';
    if (this.host.getAttribute('data-theme') !== value) this.host.setAttribute('data-theme', value);
  }
}
