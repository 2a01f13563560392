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
  /** What was done to it, e.g. `html`, `missing`, `wrong type`. */
  readonly kind: string;
  /** The field path changed, dot-separated. */
  readonly path: string;
  readonly value: unknown;
  /** What the contract error must say when it names this very field (its message ends with it). */
  readonly reason: RegExp;
  /** Makes this case's change in `root` (a copy of the valid value, maybe changed by other cases); false when its place is gone. */
  readonly mutate: (root: unknown) => boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Change = (parent: Record<string | number, unknown>, key: string | number) => void;

/** Applies `change` at `path` inside `root` itself; false when a step of the path is gone. */
function changeAt(root: unknown, path: readonly (string | number)[], change: Change): boolean {
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (!next || typeof next !== 'object') return false;
    parent = next as Record<string | number, unknown>;
  }
  change(parent, path[path.length - 1]!);
  return true;
}

function leaves(
  value: unknown,
  path: (string | number)[] = [],
  out: { path: (string | number)[]; value: unknown }[] = [],
) {
  if (Array.isArray(value)) value.slice(0, 2).forEach((item, index) => leaves(item, [...path, index], out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leaves(item, [...path, key], out);
  else out.push({ path, value });
  return out;
}

function objects(
  value: unknown,
  path: (string | number)[] = [],
  out: { path: (string | number)[]; value: Record<string, unknown> }[] = [],
) {
  if (Array.isArray(value)) value.slice(0, 2).forEach((item, index) => objects(item, [...path, index], out));
  else if (value && typeof value === 'object') {
    out.push({ path, value: value as Record<string, unknown> });
    for (const [key, item] of Object.entries(value)) objects(item, [...path, key], out);
  }
  return out;
}

const looksLikeUrl = (path: readonly (string | number)[]) => path[path.length - 1] === 'url';
const quoted = (text: string) =>
  JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A refusal of a field that is there never says it is missing. */
const PRESENT = /(?<!is missing)$/;
const looksLikeDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/** Every hostile variant of `valid`. */
export function hostileCases(valid: Json): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (path: (string | number)[], kind: string, change: Change, reason: RegExp) => {
    const mutate = (root: unknown) => changeAt(root, path, change);
    const value = structuredClone(valid);
    mutate(value);
    cases.push({ name: `${path.join('.') || '(root)'}: ${kind}`, kind, path: path.join('.'), value, reason, mutate });
  };
  const to =
    (value: unknown): Change =>
    (parent, key) =>
      (parent[key] =
        typeof value === 'object' && value !== null && !(value instanceof Date) ? structuredClone(value) : value);
  for (const leaf of leaves(valid)) {
    const { path } = leaf;
    add(path, 'missing', (parent, key) => void delete parent[key], /is missing$/);
    add(path, 'null', to(null), /got null$/);
    if (typeof leaf.value === 'string') add(path, 'wrong type', to(42), /got 42$/);
    else add(path, 'wrong type', to('forty-two'), /got the string "forty-two"$/);
    if (typeof leaf.value === 'string') {
      add(path, 'html', to(HTML_PAYLOAD), new RegExp(`got the string ${quoted(HTML_PAYLOAD)}$`));
      add(path, 'empty', to(''), /(got 0|got the string "")$/);
      add(
        path,
        '1 MB',
        to(ONE_MEGABYTE),
        new RegExp(`(got ${ONE_MEGABYTE.length}|got the string ${quoted(ONE_MEGABYTE)})$`),
      );
      if (looksLikeUrl(path)) {
        add(path, 'javascript: url', to(`javascript:window.${SCRIPT_FLAG}=1`), /got the string "javascript:/);
        add(path, 'data: url', to('data:text/html,<script>alert(1)</script>'), /got the string "data:/);
      }
      if (looksLikeDate(leaf.value)) add(path, 'impossible date', to('2026-02-30'), /got the string "2026-02-30"$/);
    }
    if (typeof leaf.value === 'number') {
      add(path, 'negative', to(-5), /got -5$/);
      add(path, 'NaN', to(Number.NaN), /is not a finite number, got NaN$/);
      add(path, 'infinity', to(Number.POSITIVE_INFINITY), /is not a finite number, got Infinity$/);
      add(path, 'huge', to(1e308), /got 1e\+308$/);
      add(
        path,
        'number as a string',
        to(String(leaf.value)),
        new RegExp(`must be a number, got the string "${leaf.value}"$`),
      );
      if (Number.isInteger(leaf.value))
        add(path, 'fraction', to(leaf.value + 0.5), new RegExp(`must be an integer, got ${leaf.value + 0.5}$`));
    }
  }
  for (const { path, value } of objects(valid)) {
    add([...path, 'unexpectedExtra'], 'extra field', to(HTML_PAYLOAD), PRESENT);
    if (path.length > 0) {
      add(path, 'Date for an object', (parent, key) => (parent[key] = new Date(0)), /must be an object, got a Date$/);
      add(path, 'string for an object', to('an object'), /got the string "an object"$/);
    }
    for (const [key, item] of Object.entries(value)) {
      if (Array.isArray(item) && item.length > 0 && typeof item[0] === 'object' && item[0] && 'id' in item[0]) {
        add(
          [...path, key],
          'duplicate ids',
          (parent, k) => (parent[k] = [structuredClone(item[0]), structuredClone(item[0])]),
          /has duplicate ids$/,
        );
      }
    }
  }
  return cases;
}
