import { TaskStatus, type Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/message-catalog.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { errorMessage, type ErrorPurpose } from './error-message.js';
import { renderIcon } from './icon.js';
import { errorIcon } from './icons/error.js';

export interface TaskViewOptions<T> {
  readonly complete: (value: T) => unknown;
  /** Skeleton shown while loading; defaults to three grey lines. */
  readonly loading?: () => unknown;
  /** Whether a loaded value is empty, and what to show then. */
  readonly isEmpty?: (value: T) => boolean;
  readonly empty?: (value: T) => unknown;
  /** Keep showing the previous value while a reload runs (default true). */
  readonly keepValueWhileLoading?: boolean;
}

/** Default loading skeleton; `aria-busy` tells assistive tech to wait. */
export function skeleton(lines = 3): TemplateResult {
  return html`<div part="skeleton" class="skeleton-block" aria-busy="true">
    ${Array.from({ length: lines }, () => html`<span class="skeleton"></span>`)}
  </div>`;
}

/**
 * An error box with the message and a retry button; `role="alert"` announces it. `purpose` is `write` for a
 * failed write (its message says the user's entries are kept), `read` for a failed load.
 */
export function errorView(
  error: unknown,
  i18n: LocalizeController<Messages>,
  onRetry: () => void,
  purpose: ErrorPurpose = 'write',
): TemplateResult {
  return html`<div part="error" class="notice danger" role="alert">
    ${renderIcon(errorIcon)}
    <div class="notice-body">
      <strong>${i18n.shared('errorTitle')}</strong>
      <p>${errorMessage(error, i18n, purpose)}</p>
      <button part="button retry-button" class="button" type="button" @click=${onRetry}>${i18n.shared('retry')}</button>
    </div>
  </div>`;
}

/**
 * Renders a `@lit/task` the same way in every element: skeleton while loading
 * (with a visually hidden "Loading…" status), the error with a retry, the empty
 * view, or the value.
 */
export function renderTask<T>(
  task: Task<readonly unknown[], T>,
  i18n: LocalizeController<Messages>,
  options: TaskViewOptions<T>,
): unknown {
  const loading = () =>
    html`<div role="status" class="visually-hidden">${i18n.shared('loading')}</div>
      ${options.loading ? options.loading() : skeleton()}`;
  const showValue = (value: T) =>
    options.isEmpty?.(value) && options.empty ? options.empty(value) : options.complete(value);
  switch (task.status) {
    case TaskStatus.INITIAL:
      return loading();
    case TaskStatus.PENDING:
      return task.value !== undefined && options.keepValueWhileLoading !== false ? showValue(task.value) : loading();
    case TaskStatus.COMPLETE:
      return showValue(task.value as T);
    case TaskStatus.ERROR:
      return errorView(task.error, i18n, () => void task.run(), 'read');
    default:
      return nothing;
  }
}
