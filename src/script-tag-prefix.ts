import { PREFIX_PATTERN } from './elements/shared/define-element.js';

/**
 * The tag prefix a page asks of the script-tag build: `data-prefix` on the `<script>` tag whose `src` is this
 * module (`<script type="module" src="…/supplier-flow.js" data-prefix="acme">`). Empty when there is none;
 * `undefined` when the attribute is not a valid prefix: an error says so, and nothing is registered rather than
 * tags the host meant to keep for itself.
 */
export function scriptTagPrefix(moduleUrl: string): string | undefined {
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[data-prefix]')].find(
    (candidate) => candidate.src === moduleUrl,
  );
  const prefix = script?.dataset['prefix'] ?? '';
  if (prefix === '' || PREFIX_PATTERN.test(prefix)) return prefix;
  console.error(
    `supplier-flow: data-prefix="${prefix}" on the script tag of ${moduleUrl} is not a tag prefix (lowercase letters and digits starting with a letter, hyphens between them, e.g. "acme"); no Supplier Flow tag is registered.`,
  );
  return undefined;
}
