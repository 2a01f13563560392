/**
 * ESLint rule `supplier-flow/layers`: imports inside `src/` point down the layers only.
 *
 * Options: `{ layers: { <layer>: { from: ['<folder under src/>', …], imports: ['<layer>', …], packages?: ['<name>', …] } } }`.
 * A file belongs to the layer whose `from` names its folder (the first folder under `src/`, or `.` for the files in
 * `src/` itself); it may import modules of its own layer and of the layers in `imports`, and none of the packages in
 * `packages` (a name also covers its subpaths, `lit` covers `lit/decorators.js`). Within `elements`, a module of
 * `elements/<a>/` may reach another element `elements/<b>/` only through `<b>.ts` (its define file),
 * `<b>.definition.ts` (what registering it takes: a composite's definition names its children's) or
 * `<b>.events.ts`, and `elements/shared/` never reaches an element.
 */
import { dirname, join, relative, sep } from 'node:path';

const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');

/** `src/elements/order-list/order-row.ts` → ['elements', 'order-list', 'order-row.ts']; null outside src/. */
function pathUnderSrc(srcRoot, file) {
  const path = relative(srcRoot, file);
  if (path.startsWith('..') || path === '') return null;
  return path.split(sep);
}

function layerOf(layers, parts) {
  const folder = parts.length === 1 ? '.' : parts[0];
  return Object.entries(layers).find(([, layer]) => layer.from.includes(folder))?.[0];
}

/** A problem with an import from `elements/<a>/…` to `elements/<b>/…`, or null. */
function elementProblem(fromParts, toParts) {
  const [, fromElement] = fromParts;
  const [, toElement, ...rest] = toParts;
  if (fromElement === toElement || toElement === 'shared') return null;
  if (fromElement === 'shared') return `elements/shared/ imports the element <${toElement}>`;
  const file = rest.join('/').replace(/\.js$/, '');
  if (file === toElement || file === `${toElement}.events` || file === `${toElement}.definition`) return null;
  return `<${fromElement}> imports internals of <${toElement}> (only ${toElement}.ts, ${toElement}.definition.ts or ${toElement}.events.ts)`;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports inside src/ point down the layers (docs/DEVELOPING.md).' },
    schema: [
      { type: 'object', properties: { layers: { type: 'object' } }, required: ['layers'], additionalProperties: false },
    ],
    messages: {
      layer: "{{from}} must not import {{to}} ('{{specifier}}'); {{from}} may import {{allowed}}.",
      package: "{{from}} must not import the package '{{specifier}}'.",
      element: '{{problem}}.',
      unknown: "'{{path}}' is in no layer: add its folder to a layer in eslint.config.js.",
    },
  },
  create(context) {
    const { layers } = context.options[0];
    const srcRoot = join(context.cwd, 'src');
    const fromParts = pathUnderSrc(srcRoot, context.filename);
    if (!fromParts) return {};
    const from = layerOf(layers, fromParts);

    function check(node) {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      if (!from) {
        context.report({ node, messageId: 'unknown', data: { path: fromParts.join('/') } });
        return;
      }
      if (!isRelative(specifier)) {
        const banned = (layers[from].packages ?? []).find(
          (name) => specifier === name || specifier.startsWith(`${name}/`),
        );
        if (banned) context.report({ node: node.source, messageId: 'package', data: { from, specifier } });
        return;
      }
      const toParts = pathUnderSrc(srcRoot, join(dirname(context.filename), specifier));
      if (!toParts) return;
      const to = layerOf(layers, toParts);
      if (to === from) {
        const problem = from === 'elements' ? elementProblem(fromParts, toParts) : null;
        if (problem) context.report({ node: node.source, messageId: 'element', data: { problem } });
        return;
      }
      if (to && layers[from].imports.includes(to)) return;
      const allowed = [from, ...layers[from].imports].join(', ');
      context.report({
        node: node.source,
        messageId: 'layer',
        data: { from, to: to ?? toParts.join('/'), specifier, allowed },
      });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layers: layersRule } };
