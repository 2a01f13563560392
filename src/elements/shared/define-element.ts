/**
 * Registers a tag. Defining the same class twice is harmless; a second copy of
 * the same library version is tolerated; another version warns and keeps the
 * first; any other class owning the tag is a clear error.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor & { supplierFlowVersion?: string }): void {
  const existing = customElements.get(tagName) as (CustomElementConstructor & { supplierFlowVersion?: string }) | undefined;
  if (!existing) {
    customElements.define(tagName, constructor);
    return;
  }
  if (existing === constructor) return;
  if (existing.supplierFlowVersion === undefined) {
    throw new Error(`supplier-flow: <${tagName}> is already defined by another library; Supplier Flow cannot register it.`);
  }
  if (existing.supplierFlowVersion !== constructor.supplierFlowVersion) {
    console.warn(
      `supplier-flow: <${tagName}> is already defined by Supplier Flow ${existing.supplierFlowVersion}; version ${String(constructor.supplierFlowVersion)} is not registered. Load one copy of the library.`,
    );
  }
}
