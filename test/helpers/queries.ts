/** Queries through open shadow roots, by role and accessible name, as a supplier would find controls. */

function* walk(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* walk(element.shadowRoot);
  }
}

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(visibleText).join('');
}

/** The accessible name as far as these tests need it: aria-label, else the text that is not aria-hidden. */
export function accessibleName(element: Element): string {
  return normalize(element.getAttribute('aria-label') ?? visibleText(element));
}

function visible(element: Element): boolean {
  return !(element as HTMLElement).closest?.('[hidden]') && (element as HTMLElement).getClientRects?.().length > 0;
}

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"]',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, [role="heading"]',
  textbox: 'input:not([type]), input[type="text"], input[type="search"], [role="textbox"]',
  row: '[role="row"], tr',
  dialog: 'dialog[open], [role="dialog"]',
};

/** Every visible element of `role` whose accessible name matches `name` (a string matches exactly, or a RegExp). */
export function allByRole(root: ParentNode, role: keyof typeof ROLE_SELECTORS, name: string | RegExp): HTMLElement[] {
  const matches = (element: Element) =>
    typeof name === 'string' ? accessibleName(element) === name : name.test(accessibleName(element));
  return [...walk(root)].filter(
    (element) => element.matches(ROLE_SELECTORS[role]!) && visible(element) && matches(element),
  ) as HTMLElement[];
}

export function findByRole(
  root: ParentNode,
  role: keyof typeof ROLE_SELECTORS,
  name: string | RegExp,
): HTMLElement | null {
  return allByRole(root, role, name)[0] ?? null;
}

/** The text of root and everything below it, through shadow roots. */
export function deepText(root: ParentNode): string {
  const parts = [root.textContent ?? ''];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) parts.push(deepText(element.shadowRoot));
  return normalize(parts.join(' '));
}

/** A file input below root (through shadow roots) labelled `label`. */
export function findFileInput(root: ParentNode, label: RegExp): HTMLInputElement | null {
  return (
    ([...walk(root)].find(
      (element) =>
        element instanceof HTMLInputElement &&
        element.type === 'file' &&
        label.test(element.getAttribute('aria-label') ?? ''),
    ) as HTMLInputElement) ?? null
  );
}

/** Chooses files in a file input as a user would. */
export function chooseFiles(input: HTMLInputElement, files: readonly File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const pdfFile = (name = 'qc-report.pdf') =>
  new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'], name, { type: 'application/pdf' });
