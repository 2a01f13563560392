/** The errors the backend's state checks throw, and the ids of the records it makes. */
import { SupplierApiError } from '../../errors.js';

/** 'not-found': `${what} was not found.` */
export const notFound = (what: string): SupplierApiError => new SupplierApiError('not-found', `${what} was not found.`);

/** 'conflict': the write does not fit the order's state now. */
export const conflict = (message: string): SupplierApiError => new SupplierApiError('conflict', message);

/** A new record id: `<prefix>-<uuid>`. */
export const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID()}`;
