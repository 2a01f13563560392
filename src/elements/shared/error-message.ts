import { SupplierApiError, isAbortError, toSupplierApiError } from '../../api/errors.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { Messages } from '../../i18n/message-catalog.js';

/**
 * What failed: a `read` (a load: nothing the user typed is at stake) or a `write` (sending what the user
 * entered: the message says it is kept).
 */
export type ErrorPurpose = 'read' | 'write';

/** A supplier-facing sentence for any error an adapter raised; contract errors name the field. */
export function errorMessage(
  error: unknown,
  i18n: LocalizeController<Messages>,
  purpose: ErrorPurpose = 'write',
): string {
  const apiError: SupplierApiError = toSupplierApiError(error);
  if (apiError.kind === 'contract') return i18n.shared('error.contract', { detail: apiError.message });
  if (purpose === 'read' && (apiError.kind === 'network' || apiError.kind === 'timeout'))
    return i18n.shared(`readError.${apiError.kind}`);
  return i18n.shared(`error.${apiError.kind}`);
}

export { isAbortError };
