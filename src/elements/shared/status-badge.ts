import { css, html, type TemplateResult } from 'lit';
import type { StageStatus } from '../../domain/types.js';
import type { Messages } from '../../i18n/message-catalog.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderIcon, type Icon } from './icon.js';
import { checkIcon } from './icons/check.js';
import { circleDotIcon } from './icons/circle-dot.js';
import { lockIcon } from './icons/lock.js';
import { minusIcon } from './icons/minus.js';
import { waitingIcon } from './icons/waiting.js';

const ICONS: Readonly<Record<StageStatus, Icon>> = {
  done: checkIcon,
  'action-required': circleDotIcon,
  waiting: waitingIcon,
  'not-required': minusIcon,
  locked: lockIcon,
};

/** A stage status as an icon *and* words, never colour alone. */
export function renderStatusBadge(status: StageStatus, i18n: LocalizeController<Messages>): TemplateResult {
  return renderBadge(status, i18n.shared(`status.${status}`));
}

/** A badge in the look (colour and icon) of a stage status, with words of its own (e.g. a line's "Counter-proposal"). */
export function renderBadge(tone: StageStatus, label: string): TemplateResult {
  return html`<span class="status-badge ${tone}" part="status-badge status-${tone}"
    >${renderIcon(ICONS[tone])}${label}</span
  >`;
}

export const statusBadgeStyles = css`
  .status-badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding-block: 0.125rem;
    padding-inline: var(--_space-2);
    border-radius: 999px;
    font-size: var(--_font-size-small);
    font-weight: 600;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .status-badge.done {
    color: var(--_success);
    background: var(--_success-surface);
  }
  .status-badge.action-required {
    color: var(--_danger);
    background: var(--_danger-surface);
  }
  .status-badge.waiting {
    color: var(--_info);
    background: var(--_info-surface);
  }
  .status-badge.not-required,
  .status-badge.locked {
    color: var(--_muted);
    background: var(--_surface-alt);
  }
`;
