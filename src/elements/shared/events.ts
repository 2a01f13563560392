/** Base of the library's events: always bubbling and composed, so hosts can listen anywhere above. */
export class SupplierFlowEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}
