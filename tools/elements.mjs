#!/usr/bin/env node
/**
 * npm run elements: writes every place that names the elements from the one list, src/elements/registry.ts,
 * and the events of custom-elements.json (run `npm run analyze` first; `npm run elements` does).
 *
 *   node tools/elements.mjs           rewrites the generated regions (between `<elements:NAME>` and
 *                                     `</elements:NAME>` markers), the React wrappers (one file per element,
 *                                     src/react/<tag>.ts) package.json `exports` and each
 *                                     element's definition, src/elements/<tag>/<tag>.definition.ts
 *   node tools/elements.mjs --check   writes nothing; exits 1 naming each file that differs
 *
 * TypeScript files come out formatted by Prettier (the repository's .prettierrc.json), so a later
 * `prettier --write` leaves them as they are.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { format, resolveConfig } from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');
/** A file's content, or null while it does not exist (a wrapper not written yet). */
const current = (path) => (existsSync(`${root}${path}`) ? read(path) : null);

/** The list of src/elements/registry.ts (a data-only module, compiled in memory). */
export async function loadRegistry() {
  const { code } = await transform(read('src/elements/registry.ts'), { loader: 'ts', format: 'esm' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.ELEMENTS;
}

/** Tag → { className, events: [{ name, type, description }] } from custom-elements.json. */
export function readManifest(path = 'custom-elements.json') {
  if (!existsSync(`${root}${path}`)) throw new Error(`${path} is missing: run \`npm run analyze\` first.`);
  const manifest = JSON.parse(read(path));
  const tags = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      tags.set(declaration.tagName, {
        className: declaration.name,
        events: (declaration.events ?? []).map((event) => ({
          name: event.name,
          type: event.type?.text,
          description: event.description ?? '',
        })),
      });
    }
  }
  return tags;
}

/** `order-lines-acknowledged` → `onOrderLinesAcknowledged` (the React wrappers' event props). */
export const reactEventProp = (eventName) =>
  `on${eventName.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;

/** `order-list` → `orderList`: the name a definition is imported under. */
const camelCase = (tag) => tag.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const definitionFile = (tag, from) => `${from}elements/${tag}/${tag}.definition.js`;

/**
 * `src/elements/<tag>/<tag>.definition.ts`: the element's class and the tags it renders (`renders`), an `eager`
 * child imported with it, a `lazy` one loaded from its own chunk; what `defineElement` registers.
 */
export function definitionModule(element, elements) {
  const children = (element.renders ?? []).map((tag) => {
    const child = elements.find((candidate) => candidate.tag === tag);
    if (!child)
      throw new Error(`src/elements/registry.ts: <${element.tag}> renders <${tag}>, which is not on the list`);
    if (tag === element.tag) throw new Error(`src/elements/registry.ts: <${tag}> renders itself`);
    return child;
  });
  const eager = children.filter((child) => child.scriptTag === 'eager');
  const lazy = children.filter((child) => child.scriptTag === 'lazy');
  const rendered = children.map(({ tag }) => `\`<${tag}>\``).join(', ');
  return [
    '// Generated from src/elements/registry.ts by `npm run elements`; do not edit.',
    "import type { ElementDefinition } from '../shared/define-element.js';",
    ...eager.map(({ tag }) => `import { definition as ${camelCase(tag)} } from '../${tag}/${tag}.definition.js';`),
    `import { ${element.className} } from './${element.tag}.component.js';`,
    '',
    `/** \`<${element.tag}>\`: its class${children.length ? ` and the tags it renders (${rendered})` : ''}. Free of side effects. */`,
    'export const definition: ElementDefinition = {',
    `  tag: '${element.tag}',`,
    `  element: ${element.className},`,
    ...(eager.length ? [`  children: [${eager.map(({ tag }) => camelCase(tag)).join(', ')}],`] : []),
    ...(lazy.length
      ? [
          '  lazyChildren: {',
          ...lazy.map(({ tag }) => `    '${tag}': () => import('../${tag}/${tag}.definition.js'),`),
          '  },',
        ]
      : []),
    '};',
    '',
  ].join('\n');
}

const hasEventsFile = (tag) => existsSync(`${root}src/elements/${tag}/${tag}.events.ts`);
const defineFile = (tag, from) => `${from}elements/${tag}/${tag}.js`;
const componentFile = (tag, from) => `${from}elements/${tag}/${tag}.component.js`;
const eventsOf = (manifest, tag) => (manifest.get(tag)?.events ?? []).filter((event) => event.name && event.type);

/** src/react/<tag>.ts: the React wrapper of one element, registering that element only. */
export const reactWrapperFile = (tag) => `src/react/${tag}.ts`;

function reactWrapper(element, events) {
  const { tag, className } = element;
  const lines = [
    '/**',
    ` * React wrapper of \`<${tag}>\` (via \`@lit/react\`): typed props and an \`onX\` prop for each of its events.`,
    ` * Importing it registers \`<${tag}>\` and no other element:`,
    ' *',
    ' * ```tsx',
    ` * import { ${className} } from 'supplier-flow/react/${tag}';`,
    ' * ```',
    ' *',
    ' * Generated from src/elements/registry.ts and custom-elements.json by `npm run elements`: do not edit.',
    ' */',
    `import { createComponent${events.length > 0 ? ', type EventName' : ''} } from '@lit/react';`,
    "import * as React from 'react';",
    `import { ${className} as ${className}Element } from '${defineFile(tag, '../')}';`,
  ];
  if (events.length > 0)
    lines.push(
      `import type { ${events.map((event) => event.type).join(', ')} } from '../elements/${tag}/${tag}.events.js';`,
    );
  lines.push(
    '',
    `export const ${className} = createComponent({`,
    '  react: React,',
    `  tagName: '${tag}',`,
    `  elementClass: ${className}Element,`,
  );
  if (events.length > 0) {
    lines.push('  events: {');
    for (const event of events)
      lines.push(`    ${reactEventProp(event.name)}: '${event.name}' as EventName<${event.type}>,`);
    lines.push('  },');
  }
  lines.push('});', '');
  return lines.join('\n');
}

const escapeCell = (text) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** File → { NAME: lines } of the regions to fill. */
function regions(elements, manifest) {
  const eager = elements.filter((element) => element.scriptTag === 'eager');
  const lazy = elements.filter((element) => element.scriptTag === 'lazy');
  return {
    'src/define.ts': { define: elements.map(({ tag }) => `import '${defineFile(tag, './')}';`) },
    'src/index.ts': {
      classes: elements.map(({ tag, className }) => `export { ${className} } from '${componentFile(tag, './')}';`),
    },
    'src/define-supplier-flow.ts': {
      imports: elements.map(
        ({ tag }) => `import { definition as ${camelCase(tag)} } from '${definitionFile(tag, './')}';`,
      ),
      list: elements.map(({ tag }) => `${camelCase(tag)},`),
    },
    'src/bundle.ts': {
      eager: eager.map(({ tag }) => `import { definition as ${camelCase(tag)} } from '${definitionFile(tag, './')}';`),
      'eager-list': eager.map(({ tag }) => `${camelCase(tag)},`),
      lazy: lazy.map(({ tag }) => `'${tag}': () => import('${definitionFile(tag, './')}'),`),
      'eager-classes': eager.map(({ tag, className }) => `export { ${className} } from '${componentFile(tag, './')}';`),
    },
    'src/public-api.ts': {
      events: elements
        .filter(({ tag }) => hasEventsFile(tag))
        .map(({ tag }) => `export * from './elements/${tag}/${tag}.events.js';`),
    },
    'src/frameworks/element-props.ts': {
      imports: elements.flatMap(({ tag, className }) => {
        const events = eventsOf(manifest, tag);
        const lines = [`import type { ${className} } from '${componentFile(tag, '../')}';`];
        if (events.length > 0)
          lines.push(
            `import type { ${events.map((event) => event.type).join(', ')} } from '../elements/${tag}/${tag}.events.js';`,
          );
        return lines;
      }),
      tags: elements.map(({ tag, className }) => `'${tag}': ${className};`),
      events: elements.map(({ tag }) => {
        const events = eventsOf(manifest, tag);
        return events.length > 0
          ? `'${tag}': { ${events.map((event) => `'${event.name}': ${event.type};`).join(' ')} };`
          : `'${tag}': NoEvents;`;
      }),
    },
    'src/react/index.ts': {
      wrappers: elements.map(({ tag, className }) => `export { ${className} } from './${tag}.js';`),
    },
    'README.md': {
      entries: [elements.map(({ tag }) => `\`${tag}\``).join(', ')],
      events: [
        '| Event | From | React prop | Class, detail and when |',
        '| --- | --- | --- | --- |',
        ...elements.flatMap(({ tag }) =>
          eventsOf(manifest, tag).map(
            (event) =>
              `| \`${event.name}\` | \`<${tag}>\` | \`${reactEventProp(event.name)}\` | ${escapeCell(event.description)} |`,
          ),
        ),
      ],
    },
  };
}

/**
 * Replaces what lies between `<elements:NAME>` and `</elements:NAME>`. A marker alone on its line (in a
 * `//` or `<!-- -->` comment) encloses whole lines; a marker inside a line encloses inline text.
 */
export function fillRegions(path, text, fills) {
  let result = text;
  for (const [name, lines] of Object.entries(fills)) {
    const open = `<elements:${name}>`;
    const close = `</elements:${name}>`;
    const openAt = result.indexOf(open);
    const closeAt = result.indexOf(close);
    if (openAt < 0 || closeAt < openAt) throw new Error(`${path}: no ${open} … ${close} region`);
    const openLineEnd = result.indexOf('\n', openAt);
    const closeLineStart = result.lastIndexOf('\n', closeAt) + 1;
    const block =
      openLineEnd < closeAt &&
      result
        .slice(closeLineStart, closeAt)
        .trim()
        .match(/^(\/\/|<!--)$/);
    if (block) {
      result =
        result.slice(0, openLineEnd + 1) + lines.map((line) => `${line}\n`).join('') + result.slice(closeLineStart);
    } else {
      const start = result.indexOf('-->', openAt) + 3;
      const end = result.lastIndexOf('<!--', closeAt);
      result = result.slice(0, start) + lines.join('\n') + result.slice(end);
    }
  }
  return result;
}

/**
 * package.json with one `./<tag>` export per element, in the list's order, where the element exports were, and one
 * `./react/<tag>` export per React wrapper right after `./react`.
 */
export function packageJson(text, elements) {
  const pkg = JSON.parse(text);
  const targetOf = (target) => (typeof target === 'object' ? (target.default ?? target.import ?? '') : '');
  const isElementExport = (target) => /^\.\/dist\/elements\/([^/]+)\/\1\.js$/.test(targetOf(target));
  const isReactWrapperExport = (subpath) => subpath.startsWith('./react/');
  const exports = {};
  let placed = false;
  const placeElements = () => {
    for (const { tag } of elements) {
      exports[`./${tag}`] = {
        types: `./dist/types/elements/${tag}/${tag}.d.ts`,
        default: `./dist/elements/${tag}/${tag}.js`,
      };
    }
    placed = true;
  };
  const placeReactWrappers = () => {
    for (const { tag } of elements) {
      exports[`./react/${tag}`] = { types: `./dist/types/react/${tag}.d.ts`, default: `./dist/react/${tag}.js` };
    }
  };
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (isElementExport(target)) {
      if (!placed) placeElements();
      continue;
    }
    if (isReactWrapperExport(subpath)) continue;
    exports[subpath] = target;
    if (subpath === './configure' && !placed) placeElements();
    if (subpath === './react') placeReactWrappers();
  }
  if (!placed) placeElements();
  if (!('./react' in exports)) placeReactWrappers();
  pkg.exports = exports;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Path → the content it should have. */
export async function expectedFiles(elements, manifest) {
  const files = new Map();
  const prettierOptions = await resolveConfig(`${root}src/index.ts`);
  const formatTs = (path, text) => format(text, { ...prettierOptions, filepath: `${root}${path}` });
  for (const [path, fills] of Object.entries(regions(elements, manifest))) {
    const filled = fillRegions(path, read(path), fills);
    files.set(path, path.endsWith('.ts') ? await formatTs(path, filled) : filled);
  }
  for (const element of elements) {
    const path = reactWrapperFile(element.tag);
    files.set(path, await formatTs(path, reactWrapper(element, eventsOf(manifest, element.tag))));
  }
  for (const element of elements) {
    const path = `src/elements/${element.tag}/${element.tag}.definition.ts`;
    if (!existsSync(`${root}src/elements/${element.tag}`)) continue;
    files.set(
      path,
      await format(definitionModule(element, elements), { ...prettierOptions, filepath: `${root}${path}` }),
    );
  }
  files.set('package.json', packageJson(read('package.json'), elements));
  return files;
}

/** Files in src/react/ that are neither the index nor the wrapper of an element on the list. */
export function strayReactWrappers(elements) {
  const expected = new Set(['index.ts', ...elements.map(({ tag }) => `${tag}.ts`)]);
  return readdirSync(`${root}src/react`)
    .filter((name) => name.endsWith('.ts') && !expected.has(name))
    .map((name) => `src/react/${name}`);
}

/** The generated files whose content differs from what the list and the manifest give. */
export async function outOfDate() {
  const elements = await loadRegistry();
  const files = await expectedFiles(elements, readManifest());
  return [
    ...[...files].filter(([path, content]) => current(path) !== content).map(([path]) => path),
    ...strayReactWrappers(elements),
  ];
}

async function main() {
  const check = process.argv.includes('--check');
  const elements = await loadRegistry();
  const files = await expectedFiles(elements, readManifest());
  const stale = [...files].filter(([path, content]) => current(path) !== content);
  const strays = strayReactWrappers(elements);
  if (check) {
    if (stale.length === 0 && strays.length === 0) return;
    console.error(
      `Out of date with src/elements/registry.ts and custom-elements.json (run \`npm run elements\`):\n  ${[...stale.map(([path]) => path), ...strays].join('\n  ')}`,
    );
    process.exit(1);
  }
  for (const [path, content] of stale) writeFileSync(`${root}${path}`, content);
  for (const path of strays) rmSync(`${root}${path}`);
  const changed = [...stale.map(([path]) => path), ...strays.map((path) => `${path} (removed)`)];
  console.log(changed.length ? `wrote ${changed.join(', ')}` : 'every generated place is up to date');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
