/**
 * Turns one valid adapter response into many hostile ones: each case changes one
 * place of the value (a missing field, a wrong type, null, HTML, a 1 MB string,
 * an unsafe URL, an impossible number or date, duplicated ids).
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
const looksLikeDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/** Every hostile variant of `valid`. */
export function hostileCases(valid: Json): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (path: (string | number)[], kind: string, change: Change) => {
    const mutate = (root: unknown) => changeAt(root, path, change);
    const value = structuredClone(valid);
    mutate(value);
    cases.push({ name: `${path.join('.') || '(root)'}: ${kind}`, kind, path: path.join('.'), value, mutate });
  };
  for (const leaf of leaves(valid)) {
    const { path } = leaf;
    add(path, 'missing', (parent, key) => void delete parent[key]);
    add(path, 'null', (parent, key) => (parent[key] = null));
    add(path, 'wrong type', (parent, key) => (parent[key] = typeof leaf.value === 'string' ? 42 : 'forty-two'));
    if (typeof leaf.value === 'string') {
      add(path, 'html', (parent, key) => (parent[key] = HTML_PAYLOAD));
      add(path, 'empty', (parent, key) => (parent[key] = ''));
      add(path, '1 MB', (parent, key) => (parent[key] = ONE_MEGABYTE));
      if (looksLikeUrl(path)) {
        add(path, 'javascript: url', (parent, key) => (parent[key] = `javascript:window.${SCRIPT_FLAG}=1`));
        add(path, 'data: url', (parent, key) => (parent[key] = 'data:text/html,<script>alert(1)</script>'));
      }
      if (looksLikeDate(leaf.value)) add(path, 'impossible date', (parent, key) => (parent[key] = '2026-02-30'));
    }
    if (typeof leaf.value === 'number') {
      add(path, 'negative', (parent, key) => (parent[key] = -5));
      add(path, 'NaN', (parent, key) => (parent[key] = Number.NaN));
      add(path, 'huge', (parent, key) => (parent[key] = 1e308));
    }
  }
  for (const { path, value } of objects(valid)) {
    add([...path, 'unexpectedExtra'], 'extra field', (parent, key) => (parent[key] = HTML_PAYLOAD));
    for (const [key, item] of Object.entries(value)) {
      if (Array.isArray(item) && item.length > 0 && typeof item[0] === 'object' && item[0] && 'id' in item[0]) {
        add([...path, key], 'duplicate ids', (parent, k) => (parent[k] = [structuredClone(item[0]), structuredClone(item[0])]));
      }
    }
  }
  return cases;
}
