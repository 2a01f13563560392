/**
 * Turns one valid adapter response into many hostile ones: each case changes one
 * place of the value (a missing field, a wrong type, null, HTML, a 1 MB string,
 * an unsafe URL, an impossible number or date, a fraction, a number as a string,
 * a Date or a string for an object, duplicated ids), with what a refusal of that
 * place must say about it.
 */
export const SCRIPT_FLAG = '__supplierFlowHostileScriptRan';
export const HTML_PAYLOAD = `<img src=x onerror="window.${SCRIPT_FLAG}=1"><script>window.${SCRIPT_FLAG}=1</script><b>bold</b>`;
const ONE_MEGABYTE = 'W'.repeat(1024 * 1024);

export interface HostileCase {
  /** e.g. `positions.0.partName: html` */
  readonly name: string;
  /** The field path changed, dot-separated. */
  readonly path: string;
  readonly value: unknown;
  /** What the contract error must say when it names this very field (its message ends with it). */
  readonly reason: RegExp;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function setAt(root: unknown, path: readonly (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]!);
  return copy;
}

function leaves(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; value: unknown }[] = []) {
  if (Array.isArray(value)) value.slice(0, 2).forEach((item, index) => leaves(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) leaves(item, [...path, key], out);
  else out.push({ path, value });
  return out;
}

function objects(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; value: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) value.slice(0, 2).forEach((item, index) => objects(item, [...path, index], out));
  else if (value && typeof value === 'object') {
    out.push({ path, value: value as Record<string, unknown> });
    for (const [key, item] of Object.entries(value)) objects(item, [...path, key], out);
  }
  return out;
}

const looksLikeUrl = (path: readonly (string | number)[]) => path[path.length - 1] === 'url';
const quoted = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A refusal of a field that is there never says it is missing. */
const PRESENT = /(?<!is missing)$/;
const looksLikeDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/** Every hostile variant of `valid`. */
export function hostileCases(valid: Json): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (path: (string | number)[], kind: string, value: unknown, reason: RegExp) =>
    cases.push({ name: `${path.join('.') || '(root)'}: ${kind}`, path: path.join('.'), value, reason });
  const set = (path: (string | number)[], value: unknown) => setAt(valid, path, (parent, key) => (parent[key] = value));
  for (const leaf of leaves(valid)) {
    const { path } = leaf;
    add(path, 'missing', setAt(valid, path, (parent, key) => delete parent[key]), /is missing$/);
    add(path, 'null', set(path, null), /got null$/);
    if (typeof leaf.value === 'string') add(path, 'wrong type', set(path, 42), /got 42$/);
    else add(path, 'wrong type', set(path, 'forty-two'), /got the string "forty-two"$/);
    if (typeof leaf.value === 'string') {
      add(path, 'html', set(path, HTML_PAYLOAD), new RegExp(`got the string ${quoted(HTML_PAYLOAD)}$`));
      add(path, 'empty', set(path, ''), /(got 0|got the string "")$/);
      add(path, '1 MB', set(path, ONE_MEGABYTE), new RegExp(`(got ${ONE_MEGABYTE.length}|got the string ${quoted(ONE_MEGABYTE)})$`));
      if (looksLikeUrl(path)) {
        add(path, 'javascript: url', set(path, `javascript:window.${SCRIPT_FLAG}=1`), /got the string "javascript:/);
        add(path, 'data: url', set(path, 'data:text/html,<script>alert(1)</script>'), /got the string "data:/);
      }
      if (looksLikeDate(leaf.value)) add(path, 'impossible date', set(path, '2026-02-30'), /got the string "2026-02-30"$/);
    }
    if (typeof leaf.value === 'number') {
      add(path, 'negative', set(path, -5), /got -5$/);
      add(path, 'NaN', set(path, Number.NaN), /is not a finite number, got NaN$/);
      add(path, 'infinity', set(path, Number.POSITIVE_INFINITY), /is not a finite number, got Infinity$/);
      add(path, 'huge', set(path, 1e308), /got 1e\+308$/);
      add(path, 'number as a string', set(path, String(leaf.value)), new RegExp(`must be a number, got the string "${leaf.value}"$`));
      if (Number.isInteger(leaf.value)) add(path, 'fraction', set(path, leaf.value + 0.5), new RegExp(`must be an integer, got ${leaf.value + 0.5}$`));
    }
  }
  for (const { path, value } of objects(valid)) {
    add([...path, 'unexpectedExtra'], 'extra field', set([...path, 'unexpectedExtra'], HTML_PAYLOAD), PRESENT);
    if (path.length > 0) {
      add(path, 'Date for an object', set(path, new Date(0)), /must be an object, got a Date$/);
      add(path, 'string for an object', set(path, 'an object'), /got the string "an object"$/);
    }
    for (const [key, item] of Object.entries(value)) {
      if (Array.isArray(item) && item.length > 0 && typeof item[0] === 'object' && item[0] && 'id' in item[0]) {
        add([...path, key], 'duplicate ids', set([...path, key], [item[0], item[0]]), /has duplicate ids$/);
      }
    }
  }
  return cases;
}
