/** Runs one measurement; a failure becomes `{ error }` (logged) so the rest of the run goes on. */
export async function attempt(label, log, run) {
  try {
    return { value: await run() };
  } catch (error) {
    const message = String(error?.message ?? error)
      .split('\n')[0]
      .replace(/^page\.evaluate: (Error: )?/, '');
    log(`FAILED ${label}: ${message}`);
    return { error: message };
  }
}
