/** The idempotency key check every write makes before anything else. */
import { SupplierApiError } from '../../errors.js';
import type { WriteOptions } from '../../port.js';

/** The key a write is kept under (`<operation> <key>`); throws 'validation' unless it carries a key of 1..200 characters. */
export function idempotencyKey(operation: string, options: WriteOptions | undefined): string {
  const key = options?.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '' || key.length > 200) {
    throw new SupplierApiError('validation', 'A write needs an idempotency key.', {
      fieldErrors: { idempotencyKey: 'required' },
    });
  }
  return `${operation} ${key}`;
}
