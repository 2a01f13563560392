import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { supplierApiContext } from '../../api/context.js';
import type { SupplierApi } from '../../api/port.js';
import { VERSION } from '../shared/supplier-element.js';

/**
 * @summary Provides an adapter to every Supplier Flow element inside it, overriding `configure({ adapter })`.
 *
 * @slot - The elements that use this adapter.
 */
export class SupplierProvider extends LitElement {
  static readonly supplierFlowVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly provider = new ContextProvider(this, { context: supplierApiContext });

  /** The adapter the elements inside use. */
  @property({ attribute: false }) adapter?: SupplierApi;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('adapter')) this.provider.setValue(this.adapter);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
