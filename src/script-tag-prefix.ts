import { PREFIX_PATTERN } from './elements/shared/lazy-tags.js';

/**
 * The tag prefix a page asks of the script-tag build: `data-prefix` on the `<script>` tag whose `src` is this
 * module (`<script type="module" src="…/supplier-flow.js" data-prefix="acme">`); empty when there is none.
 * `undefined`, with an error saying so, when it is no valid prefix: then nothing is registered, rather than tags
 * the host meant to keep for itself.
 */
export function scriptTagPrefix(moduleUrl: string): string | undefined {
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[data-prefix]')].find(
    (candidate) => candidate.src === moduleUrl,
  );
  const prefix = script?.dataset['prefix'] ?? '';
  if (!prefix || PREFIX_PATTERN.test(prefix)) return prefix;
  console.error(`supplier-flow: data-prefix="${prefix}" is not a tag prefix (e.g. "acme"); no tag is registered.`);
  return undefined;
}
