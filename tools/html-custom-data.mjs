#!/usr/bin/env node
/**
 * custom-elements.json → VS Code HTML custom data (tags, attributes, attribute values),
 * so editors complete and describe `<order-list locale="de">` in plain HTML files.
 * Hosts add it to `.vscode/settings.json`:
 *   "html.customData": ["./node_modules/supplier-flow/dist/html-custom-data.json"]
 *
 * Usage: node tools/html-custom-data.mjs [custom-elements.json] [dist/html-custom-data.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `'light' | 'dark' | "auto"` → ['light', 'dark', 'auto']; anything but a union of string literals → []. */
export function literalValues(typeText) {
  if (!typeText) return [];
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const values = [];
  for (const part of parts) {
    const match = /^(['"])(.*)\1$/.exec(part);
    if (!match) return [];
    values.push(match[2]);
  }
  return values;
}

/** A boolean attribute is present or absent: VS Code's value set `v` offers no value for it. */
const isBoolean = (typeText) =>
  typeText?.split('|').every((part) => ['boolean', 'undefined'].includes(part.trim())) ?? false;

const listSection = (title, items, describe) =>
  items?.length ? `\n\n**${title}:** ${items.map(describe).join('; ')}` : '';

function describeElement(declaration) {
  const text = [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
  return (
    text +
    listSection(
      'Events',
      declaration.events,
      (event) => `\`${event.name}\`${event.description ? ` — ${event.description}` : ''}`,
    ) +
    listSection(
      'Slots',
      declaration.slots,
      (slot) => `${slot.name ? `\`${slot.name}\`` : '(default)'}${slot.description ? ` — ${slot.description}` : ''}`,
    ) +
    listSection('CSS parts', declaration.cssParts, (part) => `\`${part.name}\``) +
    listSection('CSS properties', declaration.cssProperties, (property) => `\`${property.name}\``)
  ).trim();
}

/** Builds the custom data object from a parsed custom-elements.json. */
export function htmlCustomData(manifest) {
  const tags = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.tagName) continue;
      tags.push({
        name: declaration.tagName,
        description: describeElement(declaration),
        attributes: (declaration.attributes ?? []).map((attribute) => {
          // `''` in a union is "not set" (the attribute left out), not a value to offer.
          const values = literalValues(attribute.type?.text).filter((value) => value !== '');
          return {
            name: attribute.name,
            ...(attribute.description ? { description: attribute.description } : {}),
            ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            ...(isBoolean(attribute.type?.text) ? { valueSet: 'v' } : {}),
          };
        }),
      });
    }
  }
  tags.sort((a, b) => a.name.localeCompare(b.name));
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [input = 'custom-elements.json', output = 'dist/html-custom-data.json'] = process.argv.slice(2);
  const data = htmlCustomData(JSON.parse(readFileSync(input, 'utf8')));
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(data, null, 2) + '\n');
  console.log(`${output}: ${data.tags.length} tag(s)`);
}
