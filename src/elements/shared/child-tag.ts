import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { childTagName } from './define-element.js';

export { childTagName };

const literals = new Map<string, StaticValue>();

/**
 * The tag a composite element writes for a child it renders, for lit's static `html` (`lit/static-html.js`):
 * `<${childTag(this, 'order-list')}>` is `<order-list>`, or `<acme-order-list>` inside `<acme-supplier-portal>`.
 * The name is made of one of our tags and a prefix checked against PREFIX_PATTERN, never of adapter data.
 */
export function childTag(host: Element, tag: string): StaticValue {
  const name = childTagName(host, tag);
  let literal = literals.get(name);
  if (!literal) literals.set(name, (literal = unsafeStatic(name)));
  return literal;
}
