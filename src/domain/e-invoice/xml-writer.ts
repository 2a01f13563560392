/** A small XML tree and its serialisation with correct escaping: text and attribute values can hold anything. */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlChild[];
}
export type XmlChild = XmlElement | string;

/** An element; `null`/`undefined` children are left out, so optional parts read inline. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string>>,
  ...children: readonly (XmlChild | null | undefined)[]
): XmlElement {
  return {
    name,
    attributes,
    children: children.filter((child): child is XmlChild => child !== null && child !== undefined),
  };
}

/** An element without attributes. */
export const el = (name: string, ...children: readonly (XmlChild | null | undefined)[]): XmlElement =>
  element(name, {}, ...children);

/** Characters XML 1.0 cannot carry at all, escaped or not: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};

/** Text that needs neither escaping nor dropping: tab, LF and printable characters up to U+D7FF except & < > " ' (most of an invoice). */
const PLAIN = /^[\t\n\u0020\u0021\u0023-\u0025\u0028-\u003B\u003D\u003F-\uD7FF]*$/;

/** Text escaped for element content and attribute values alike; characters XML cannot carry are dropped. */
export function escapeXml(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(NOT_XML, '').replace(/[&<>"'\r]/g, (character) => TEXT_ESCAPES[character]!);
}

const indents: string[] = [];
const indentOf = (depth: number): string => (indents[depth] ??= '  '.repeat(depth));

/** Appends the lines of `node` at `depth` to `out` (one array for the whole document: a long invoice is joined once, not per level). */
function serialize(node: XmlElement, depth: number, out: string[]): void {
  const indent = indentOf(depth);
  let attributes = '';
  for (const name of Object.keys(node.attributes)) attributes += ` ${name}="${escapeXml(node.attributes[name]!)}"`;
  if (node.children.length === 0) {
    out.push(`${indent}<${node.name}${attributes}/>`);
    return;
  }
  if (node.children.every((child) => typeof child === 'string')) {
    out.push(
      `${indent}<${node.name}${attributes}>${node.children.map((child) => escapeXml(child as string)).join('')}</${node.name}>`,
    );
    return;
  }
  out.push(`${indent}<${node.name}${attributes}>`);
  for (const child of node.children) {
    if (typeof child === 'string') out.push(`${indent}  ${escapeXml(child)}`);
    else serialize(child, depth + 1, out);
  }
  out.push(`${indent}</${node.name}>`);
}

/** The document: XML declaration (UTF-8) and the root element, indented. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serialize(root, 0, out);
  return `${out.join('\n')}\n`;
}
