import { SupplierApiError, isAbortError, toSupplierApiError } from '../../api/errors.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { Messages } from '../../i18n/message-catalog.js';

/** A supplier-facing sentence for any error an adapter raised; contract errors name the field. */
export function errorMessage(error: unknown, i18n: LocalizeController<Messages>): string {
  const apiError: SupplierApiError = toSupplierApiError(error);
  if (apiError.kind === 'contract') return i18n.shared('error.contract', { detail: apiError.message });
  return i18n.shared(`error.${apiError.kind}`);
}

export { isAbortError };
