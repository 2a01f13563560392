/**
 * The one list of elements (src/elements/registry.ts) against everything that names them: the element folders,
 * custom-elements.json (regenerated here), the event classes, package.json `exports`, README.md, the React
 * wrappers and the other regions tools/elements.mjs generates. Adding an element or an event anywhere but
 * through the list and its folder makes one of these fail.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { loadRegistry, outOfDate, reactEventProp, reactWrapperFile, readManifest } from '../../tools/elements.mjs';

const read = (path) => readFileSync(path, 'utf8');

/** Every element's events module, bundled and imported: tag → its exports. */
async function loadEventModules(tags) {
  const contents = tags
    .map((tag, index) => `export * as m${index} from './src/elements/${tag}/${tag}.events.ts';`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
  return new Map(tags.map((tag, index) => [tag, module[`m${index}`]]));
}

const eventClassesOf = (exports) =>
  Object.entries(exports).filter(([, value]) => typeof value === 'function' && value.prototype instanceof CustomEvent);

describe('the list of elements (src/elements/registry.ts)', () => {
  let elements;
  let tags;
  let manifest;
  let eventModules;

  before(async () => {
    const analyze = spawnSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {
      encoding: 'utf8',
    });
    assert.equal(analyze.status, 0, `cem analyze failed:\n${analyze.stderr}`);
    elements = await loadRegistry();
    tags = elements.map((element) => element.tag);
    manifest = readManifest();
    const withEvents = readdirSync('src/elements', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && tags.includes(entry.name))
      .map((entry) => entry.name)
      .filter((tag) => readdirSync(`src/elements/${tag}`).includes(`${tag}.events.ts`));
    eventModules = await loadEventModules(withEvents);
  });

  it('names every element folder once, and each folder defines its tag with the listed class', () => {
    const folders = readdirSync('src/elements', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => entry.name);
    assert.deepEqual([...tags].sort(), folders.sort());
    assert.equal(new Set(tags).size, tags.length, 'a tag is listed twice');
    for (const { tag, className } of elements) {
      const defineFile = read(`src/elements/${tag}/${tag}.ts`);
      assert.match(defineFile, /^defineElement\(definition\);$/m, `${tag}.ts registers its definition`);
      assert.match(defineFile, new RegExp(`import \\{ definition \\} from './${tag}\\.definition\\.js';`), `${tag}.ts`);
      assert.match(
        read(`src/elements/${tag}/${tag}.definition.ts`),
        new RegExp(`tag: '${tag}',\\s+element: ${className},`),
        `${tag}.definition.ts`,
      );
      assert.match(
        read(`src/elements/${tag}/${tag}.component.ts`),
        new RegExp(`export class ${className} `),
        `${tag}.component.ts`,
      );
    }
  });

  it('each element renders the listed tags as `renders` says, by their registered names (childTag), and no other', () => {
    for (const { tag, renders = [] } of elements) {
      const source = readdirSync(`src/elements/${tag}`)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.definition.ts'))
        .map((file) => read(`src/elements/${tag}/${file}`))
        .join('\n');
      const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
      const rendered = [...code.matchAll(/childTag\(this, '([a-z0-9-]+)'\)/g)].map((match) => match[1]);
      assert.deepEqual(
        [...new Set(rendered)].sort(),
        [...renders].sort(),
        `<${tag}> renders through childTag() what registry.ts lists in renders`,
      );
      for (const other of tags) {
        assert.doesNotMatch(
          code,
          new RegExp(`<${other}[\\s>]`),
          `<${tag}> writes <${other}> literally: use childTag(this, '${other}') so a prefix applies`,
        );
      }
    }
  });

  it('agrees with custom-elements.json: the same tags and classes', () => {
    assert.deepEqual(
      [...manifest].map(([tag, { className }]) => `${tag} ${className}`).sort(),
      elements.map(({ tag, className }) => `${tag} ${className}`).sort(),
    );
  });

  it('every event in the manifest is documented with a class whose eventName is the event', () => {
    for (const [tag, { events }] of manifest) {
      for (const event of events) {
        assert.ok(event.name, `<${tag}> dispatches ${event.type} without an @event line in its JSDoc header`);
        assert.ok(event.type, `<${tag}>'s @event ${event.name} does not start with \`TheEventClass\``);
        const eventClass = eventModules.get(tag)?.[event.type];
        assert.equal(typeof eventClass, 'function', `${tag}.events.ts does not export ${event.type}`);
        assert.equal(eventClass.eventName, event.name, `${event.type}.eventName`);
        assert.match(
          read(`src/elements/${tag}/${tag}.events.ts`),
          new RegExp(`'${event.name}': ${event.type};`),
          `${event.name} in GlobalEventHandlersEventMap`,
        );
      }
    }
  });

  it('every event class is in the manifest and names its event `static eventName` (never `type`)', () => {
    for (const [tag, exports] of eventModules) {
      const documented = manifest.get(tag).events.map((event) => event.type);
      for (const [name, eventClass] of eventClassesOf(exports)) {
        assert.ok(
          documented.includes(name),
          `${name} of ${tag}.events.ts has no @event line in <${tag}>'s JSDoc header`,
        );
        assert.equal(typeof eventClass.eventName, 'string', `${name}.eventName`);
        assert.ok(!Object.hasOwn(eventClass, 'type'), `${name} has a static \`type\`: call it \`eventName\``);
      }
    }
  });

  it('every generated place is up to date (npm run elements)', async () => {
    assert.deepEqual(await outOfDate(), []);
  });

  it('package.json exports each element (types and code) and no element off the list', () => {
    const { exports } = JSON.parse(read('package.json'));
    for (const { tag } of elements) {
      assert.deepEqual(exports[`./${tag}`], {
        types: `./dist/types/elements/${tag}/${tag}.d.ts`,
        default: `./dist/elements/${tag}/${tag}.js`,
      });
    }
    const elementExports = Object.values(exports)
      .map((target) => /^\.\/dist\/elements\/([^/]+)\//.exec(target.default ?? '')?.[1])
      .filter(Boolean);
    assert.deepEqual(elementExports.sort(), [...tags].sort());
  });

  it('README.md describes every element, lists it as an entry, and lists every event with its React prop', () => {
    const readme = read('README.md');
    for (const { tag } of elements) {
      assert.ok(readme.includes(`| \`<${tag}>\` |`), `README's "What it does" has no row for <${tag}>`);
      assert.match(readme, new RegExp(`Registers one tag and exports its class: .*\`${tag}\``));
      for (const event of manifest.get(tag).events) {
        assert.ok(
          readme.includes(`| \`${event.name}\` | \`<${tag}>\` | \`${reactEventProp(event.name)}\` |`),
          `README's events table has no row for ${event.name}`,
        );
      }
    }
  });

  it('each element has its React wrapper, src/react/<tag>.ts, with an on-prop for every event of its element', () => {
    const wrappers = readdirSync('src/react').filter((name) => name !== 'index.ts');
    assert.deepEqual(
      wrappers.sort(),
      tags.map((tag) => `${tag}.ts`).sort(),
      'src/react/ holds one wrapper per element',
    );
    const index = read('src/react/index.ts');
    for (const { tag, className } of elements) {
      const wrapper = read(reactWrapperFile(tag));
      assert.ok(wrapper.includes(`export const ${className} = createComponent({`), `no React wrapper ${className}`);
      assert.ok(wrapper.includes(`tagName: '${tag}'`), `${className} wraps <${tag}>`);
      assert.ok(wrapper.includes(`from '../elements/${tag}/${tag}.js';`), `${className} registers <${tag}> itself`);
      assert.ok(
        index.includes(`export { ${className} } from './${tag}.js';`),
        `supplier-flow/react re-exports ${className}`,
      );
      const props = [...wrapper.matchAll(/(on\w+): '([a-z-]+)' as EventName<(\w+)>/g)].map((match) =>
        match.slice(1).join(' '),
      );
      const expected = manifest
        .get(tag)
        .events.map((event) => `${reactEventProp(event.name)} ${event.name} ${event.type}`);
      assert.deepEqual(props, expected, `${className}'s event props`);
    }
  });

  it('package.json exports each React wrapper as supplier-flow/react/<tag>', () => {
    const { exports } = JSON.parse(read('package.json'));
    for (const { tag } of elements) {
      assert.deepEqual(exports[`./react/${tag}`], {
        types: `./dist/types/react/${tag}.d.ts`,
        default: `./dist/react/${tag}.js`,
      });
    }
  });

  it('the framework typings name every event of every element with its class', () => {
    const props = read('src/frameworks/element-props.ts');
    for (const [tag, { events }] of manifest) {
      for (const event of events) {
        assert.match(
          props,
          new RegExp(`'${event.name}': ${event.type}\\b`),
          `SupplierFlowEvents['${tag}'] names ${event.name}`,
        );
      }
    }
  });
});
