// A host page's own <order-list> (an ERP's tag), defined by a classic script before Supplier Flow loads.
customElements.define(
  'order-list',
  class HostOrderList extends HTMLElement {
    connectedCallback() {
      this.textContent = 'The host’s own order list';
    }
  },
);
