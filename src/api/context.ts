import { createContext } from '@lit/context';
import type { SupplierApi } from './port.js';

/** Context key under which `<supplier-provider>` (or any host) provides the adapter. */
export const supplierApiContext = createContext<SupplierApi | undefined>(Symbol.for('supplier-flow.api'));
