/**
 * Finding things on a page as a user would, through shadow roots, with puppeteer-core in any engine (Chromium over
 * CDP, Firefox over WebDriver BiDi): a button by its accessible name, a text, elements inside a host's shadow tree.
 */

/**
 * Runs in the page. `spec` is one of
 *   { role: 'button', name: 'exact name' } | { role: 'button', pattern: 'regexp source' }
 *   { text: 'substring' }                  (the innermost visible element containing it)
 *   { host: 'order-list', selector: 'b' }  (how many match inside every such host's shadow tree; returns a number)
 * and returns the first visible match (an element), or null.
 */
function query(spec) {
  const all = (root) =>
    [...root.querySelectorAll('*')].flatMap((element) => [
      element,
      ...(element.shadowRoot ? all(element.shadowRoot) : []),
    ]);
  const text = (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const visible = (element) =>
    element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0;
  const name = (element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const ids = element.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => text(element.getRootNode().getElementById(id) ?? element))
        .join(' ');
    return text(element);
  };
  if (spec.host) {
    return all(document)
      .filter((element) => element.localName === spec.host && element.shadowRoot)
      .reduce(
        (count, host) => count + all(host.shadowRoot).filter((element) => element.matches(spec.selector)).length,
        0,
      );
  }
  if (spec.role === 'button') {
    const matches = spec.pattern ? (value) => new RegExp(spec.pattern).test(value) : (value) => value === spec.name;
    return (
      all(document).find(
        (element) =>
          (element.localName === 'button' || element.getAttribute('role') === 'button') &&
          visible(element) &&
          matches(name(element)),
      ) ?? null
    );
  }
  const containing = all(document).filter((element) => visible(element) && text(element).includes(spec.text));
  return (
    containing.find((element) => !containing.some((other) => other !== element && element.contains(other))) ?? null
  );
}

/** Waits (up to `timeout` ms) for the first match of `spec` and returns its element handle. */
export async function waitFor(page, spec, timeout = 10_000) {
  const handle = await page.waitForFunction(query, { timeout }, spec);
  return handle.asElement();
}

/** The first match of `spec` now, or null. */
export async function find(page, spec) {
  const handle = await page.evaluateHandle(query, spec);
  return handle.asElement();
}

/** How many elements match `selector` inside the shadow trees of every `host`. */
export function countInside(page, host, selector) {
  return page.evaluate(query, { host, selector });
}
