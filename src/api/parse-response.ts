/**
 * Answers against the contract's schemas, synchronously: the parsed value, or a ContractError naming the first bad
 * field and what is wrong with it (`contract-issues.ts`). Used by the REST adapter; `checkedApi` loads it only
 * when an answer is refused, so My Orders' first load does not carry the words.
 */
import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import { describeIssue, isForeignObject, type Issue } from './contract-issues.js';
import { ContractError } from './errors.js';
import { UNION_FALLBACK } from './schemas/primitives.js';

/**
 * The issue worth naming: for a union none of whose members fit, the issue of the one member that claims the
 * value (the others' issues are marked UNION_FALLBACK), with its path below the union's.
 */
function namedIssue(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors) return issue;
  const claiming = issue.errors.filter(
    (issues) => issues.length > 0 && !issues.some((each) => each.params?.[UNION_FALLBACK] === true),
  );
  const inner = claiming.length === 1 ? claiming[0]![0] : undefined;
  return inner ? namedIssue({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}

/**
 * The first place above `path` holding an object JSON could not have made (a Date, a Map, a class instance):
 * zod reads such a value as an object and reports its fields as missing, so it is named instead.
 */
function foreignObjectAbove(
  value: unknown,
  path: readonly PropertyKey[],
): { readonly path: readonly PropertyKey[]; readonly value: unknown } | null {
  let current = value;
  try {
    for (let depth = 0; depth < path.length; depth++) {
      if (isForeignObject(current)) return { path: path.slice(0, depth), value: current };
      if (current === null || typeof current !== 'object') return null;
      current = (current as Record<PropertyKey, unknown>)[path[depth]!];
    }
  } catch {
    return null;
  }
  return null;
}

/** The ContractError naming the first bad field of `value` (parsed with `reportInput`) and what is wrong with it as it came. */
export function contractError(operation: string, issues: readonly Issue[], value: unknown): ContractError {
  const issue = namedIssue(issues[0]!);
  const foreign = foreignObjectAbove(value, issue.path);
  if (foreign) {
    const detail = describeIssue({
      code: 'invalid_type',
      path: foreign.path,
      message: '',
      expected: 'object',
      input: foreign.value,
    });
    return new ContractError(operation, foreign.path.map(String).join('.'), detail);
  }
  return new ContractError(operation, issue.path.map(String).join('.'), describeIssue(issue));
}

/** Parses `value` with `schema`, or throws a ContractError naming the first bad field and what is wrong with it as it came. */
export function parseResponse<T>(operation: string, schema: z.ZodMiniType<T>, value: unknown): T {
  const result = safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  throw contractError(operation, result.error.issues as unknown as readonly Issue[], value);
}
