/** The page's `localStorage`, or undefined where it is blocked (privacy settings, sandboxed frames): callers then keep state in memory. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
