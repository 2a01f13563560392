/**
 * React wrapper of `<invoice-form>` (via `@lit/react`): typed props and an `onX` prop for each of its events.
 * Importing it registers `<invoice-form>` and no other element:
 *
 * ```tsx
 * import { InvoiceForm } from 'supplier-flow/react/invoice-form';
 * ```
 *
 * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { InvoiceForm as InvoiceFormElement } from '../elements/invoice-form/invoice-form.js';
import type { InvoiceSubmittedEvent } from '../elements/invoice-form/invoice-form.events.js';

export const InvoiceForm = createComponent({
  react: React,
  tagName: 'invoice-form',
  elementClass: InvoiceFormElement,
  events: {
    onInvoiceSubmitted: 'invoice-submitted' as EventName<InvoiceSubmittedEvent>,
  },
});
