/**
 * custom-elements.json and dist/html-custom-data.json as tools read them (IDEs, Storybook, linters, framework
 * wrappers): valid against the custom-elements-manifest schema, every path a file of the published package that
 * exports what the manifest says, every event named and typed as the element's events file declares it, the
 * shared `--sf-*` tokens on every element, and the values of enumerated attributes in both files.
 * Needs `npm run build` (which runs `cem analyze`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { literalValues } from '../../tools/html-custom-data.mjs';
import { readTokens } from '../../tools/cem/shared-tokens.mjs';

const require = createRequire(import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Every value of `key` anywhere in `value`. */
function valuesOf(value, key) {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, child]) =>
    name === key && typeof child === 'string' ? [child] : valuesOf(child, key),
  );
}

/** `'name': ClassName;` entries of the `GlobalEventHandlersEventMap` augmentation in an element's events file. */
function declaredEvents(tag) {
  const file = `src/elements/${tag}/${tag}.events.ts`;
  if (!existsSync(file)) return new Map();
  const block = /interface GlobalEventHandlersEventMap\s*\{([^}]*)\}/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return new Map([...block.matchAll(/'([a-z-]+)':\s*(\w+);/g)].map(([, name, type]) => [name, type]));
}

/** Every `--sf-*` custom property read by the files of an element's folder. */
function propertiesReadBy(tag) {
  const folder = `src/elements/${tag}`;
  const names = readdirSync(folder, { recursive: true })
    .filter((file) => String(file).endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(join(folder, String(file)), 'utf8').matchAll(/var\((--sf-[a-z0-9-]+)/g)].map(
        (match) => match[1],
      ),
    );
  return new Set(names);
}

const PRIMITIVE = /^(string|number|boolean)( \| undefined)?$/;

describe('the custom elements manifest', () => {
  let manifest;
  let elements;

  before(() => {
    assert.ok(
      existsSync('custom-elements.json') && existsSync('dist/html-custom-data.json'),
      'run `npm run build` first',
    );
    manifest = readJson('custom-elements.json');
    elements = manifest.modules.flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((declaration) => ({ module, declaration })),
    );
  });

  it('lists every element', () => {
    const tags = elements.map(({ declaration }) => declaration.tagName).sort();
    const folders = readdirSync('src/elements')
      .filter((name) => existsSync(`src/elements/${name}/${name}.ts`))
      .sort();
    assert.deepEqual(tags, folders);
  });

  it('is valid against the custom-elements-manifest schema of its schemaVersion, every element as a custom element declaration', () => {
    const schemaPackage = require('custom-elements-manifest/package.json');
    assert.equal(manifest.schemaVersion, schemaPackage.version);
    const { $schema: _draft, ...schema } = require('custom-elements-manifest/schema.json');
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema({ ...schema, $id: 'https://supplier-flow.invalid/cem-schema.json' });
    const validatePackage = ajv.compile({ $ref: 'https://supplier-flow.invalid/cem-schema.json' });
    assert.ok(validatePackage(manifest), ajv.errorsText(validatePackage.errors));
    // A declaration matches any of the schema's declaration kinds: an element with unnamed events still passes as a
    // plain class, so each element is also checked against CustomElementDeclaration.
    const validateElement = ajv.compile({
      $ref: 'https://supplier-flow.invalid/cem-schema.json#/definitions/CustomElementDeclaration',
    });
    for (const { declaration } of elements) {
      assert.ok(validateElement(declaration), `<${declaration.tagName}>: ${ajv.errorsText(validateElement.errors)}`);
    }
  });

  it('names only files of the packed package, which export the declared names and define the declared tags', async () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    const files = new Set(packed.files.map((file) => file.path));
    const pkg = readJson('package.json');
    assert.ok(files.has(pkg.customElements), `${pkg.customElements} is not in the package`);
    const paths = new Set([...manifest.modules.map((module) => module.path), ...valuesOf(manifest, 'module')]);
    for (const path of paths) assert.ok(files.has(path), `${path} is not in the packed package`);

    for (const module of manifest.modules) {
      const exported = await import(pathToFileURL(module.path).href);
      for (const entry of module.exports ?? []) {
        if (entry.kind === 'js') assert.ok(entry.name in exported, `${module.path} does not export ${entry.name}`);
        else
          assert.equal(
            customElements.get(entry.name),
            exported[entry.declaration.name],
            `${module.path} does not define <${entry.name}>`,
          );
      }
    }
  });

  it("gives every event a name and a type, those the element's events file declares", () => {
    for (const { declaration } of elements) {
      const events = declaration.events ?? [];
      for (const event of events)
        assert.ok(event.name && event.type?.text, `<${declaration.tagName}>: ${JSON.stringify(event)}`);
      assert.deepEqual(
        new Map(events.map((event) => [event.name, event.type.text])),
        declaredEvents(declaration.tagName),
        `<${declaration.tagName}>'s events`,
      );
    }
  });

  it('lists the shared --sf-* tokens, with their defaults, and every --sf-* property an element reads, on that element', () => {
    const { light } = readTokens('src/theme/tokens.styles.ts');
    assert.ok(light.size >= 20, `only ${light.size} tokens read from tokens.styles.ts`);
    for (const { declaration } of elements) {
      const listed = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
      for (const [name, value] of light) {
        assert.equal(listed.get(name)?.default, value, `<${declaration.tagName}> lists ${name} with its default`);
        assert.ok(listed.get(name).description, `<${declaration.tagName}>: ${name} has no description`);
      }
      for (const name of propertiesReadBy(declaration.tagName))
        assert.ok(listed.has(name), `<${declaration.tagName}> reads ${name} but does not list it`);
    }
  });

  it('types enumerated attributes as unions of string literals, and html-custom-data.json offers those values', () => {
    const customData = readJson('dist/html-custom-data.json');
    const enumerated = new Set();
    for (const { declaration } of elements) {
      const tag = customData.tags.find((candidate) => candidate.name === declaration.tagName);
      for (const attribute of declaration.attributes ?? []) {
        const text = attribute.type?.text ?? '';
        const values = literalValues(text);
        assert.ok(
          PRIMITIVE.test(text) || values.length > 0,
          `<${declaration.tagName} ${attribute.name}>: type "${text}" is neither a primitive nor a union of string literals`,
        );
        if (values.length === 0) continue;
        enumerated.add(attribute.name);
        const offered = tag.attributes
          .find((candidate) => candidate.name === attribute.name)
          ?.values?.map((value) => value.name);
        assert.deepEqual(
          offered,
          values.filter((value) => value !== ''),
          `<${declaration.tagName} ${attribute.name}> in html-custom-data.json`,
        );
      }
    }
    for (const name of ['sort', 'stage', 'direction', 'theme', 'routing', 'step', 'shipping-step'])
      assert.ok(enumerated.has(name), `${name} is not enumerated`);
  });
});
