/**
 * Which hostile answers an element must be mounted with, so that every case is covered with few mounts:
 *   - every case meets the schema first (no DOM): it is accepted as data, or refused with a ContractError;
 *   - the accepted cases of one kind (html, 1 MB, empty, extra field, …) are rendered together, as many in one
 *     answer as the schema still accepts (greedy batches), so each accepted case is on screen once;
 *   - a refused case shows the same error view whatever the field, so one per kind is mounted, and the
 *     element must name its field.
 */
import { expect } from '@open-wc/testing';
import { parseResponse } from '../../src/api/parse-response.js';
import { ContractError } from '../../src/api/errors.js';
import type { SupplierApiMethod } from '../../src/api/port.js';
import type { HostileCase } from './mutations.js';

export interface Mount {
  /** e.g. `html ×12 (positions.0.partName, …)` or `positions.1.quantity: NaN` */
  readonly label: string;
  readonly value: unknown;
  /** The field path the schema names for a refused answer; null for an accepted one. */
  readonly refusedAt: string | null;
  /** How many cases this mount stands for. */
  readonly cases: number;
}

/** The field path of the ContractError `value` is refused with, or null when the schema accepts it. */
export function refusal(
  method: SupplierApiMethod,
  schema: Parameters<typeof parseResponse>[1],
  value: unknown,
  name: string,
): string | null {
  try {
    parseResponse(method, schema, value);
    return null;
  } catch (error) {
    expect(error, name).to.be.instanceOf(ContractError);
    return (error as ContractError).path;
  }
}

function byKind(cases: readonly HostileCase[]): Map<string, HostileCase[]> {
  const kinds = new Map<string, HostileCase[]>();
  for (const each of cases) kinds.set(each.kind, [...(kinds.get(each.kind) ?? []), each]);
  return kinds;
}

/** The mounts that cover `cases` of answers to `method` (all of `valid`'s hostile variants, or a subset). */
export function mountPlan(
  method: SupplierApiMethod,
  schema: Parameters<typeof parseResponse>[1],
  valid: unknown,
  cases: readonly HostileCase[],
): Mount[] {
  const accepted: HostileCase[] = [];
  const refused: { hostile: HostileCase; path: string }[] = [];
  for (const hostile of cases) {
    const path = refusal(method, schema, hostile.value, hostile.name);
    if (path === null) accepted.push(hostile);
    else refused.push({ hostile, path });
  }
  const mounts: Mount[] = [];
  for (const [kind, list] of byKind(accepted)) {
    let batch: { value: unknown; paths: string[] } | null = null;
    const close = () => {
      if (batch)
        mounts.push({
          label: `${kind} ×${batch.paths.length} (${batch.paths.join(', ')})`,
          value: batch.value,
          refusedAt: null,
          cases: batch.paths.length,
        });
    };
    for (const hostile of list) {
      const candidate: unknown = structuredClone(batch?.value ?? valid);
      if (batch && hostile.mutate(candidate) && refusal(method, schema, candidate, hostile.name) === null) {
        batch = { value: candidate, paths: [...batch.paths, hostile.path] };
        continue;
      }
      close();
      batch = { value: hostile.value, paths: [hostile.path] };
    }
    close();
  }
  for (const [, list] of byKind(refused.map((each) => each.hostile))) {
    const hostile = list[Math.floor(list.length / 2)]!;
    const { path } = refused.find((each) => each.hostile === hostile)!;
    mounts.push({ label: hostile.name, value: hostile.value, refusedAt: path, cases: list.length });
  }
  return mounts;
}
