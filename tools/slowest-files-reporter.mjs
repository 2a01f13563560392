/**
 * A wtr reporter that ends a run with its test time per file (the sum of each test's duration, without page loads),
 * the slowest first, so a CI log shows where an engine spends its time.
 */
export function slowestFilesReporter({ top = 8 } = {}) {
  const sum = (suite) =>
    (suite?.tests ?? []).reduce((total, test) => total + (test.duration ?? 0), 0) +
    (suite?.suites ?? []).reduce((total, child) => total + sum(child), 0);
  return {
    onTestRunFinished({ sessions }) {
      const files = new Map();
      for (const session of sessions)
        files.set(session.testFile, (files.get(session.testFile) ?? 0) + sum(session.testResults));
      const total = [...files.values()].reduce((all, each) => all + each, 0);
      const slowest = [...files].sort((a, b) => b[1] - a[1]).slice(0, top);
      const name = sessions[0]?.browser?.name ?? '';
      const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
      console.log(`\nTest time ${name ? `in ${name} ` : ''}${seconds(total)} over ${files.size} files; slowest:`);
      for (const [file, ms] of slowest)
        console.log(
          `  ${seconds(ms).padStart(7)}  ${Math.round((ms / Math.max(total, 1)) * 100)} %  ${file.replace(process.cwd() + '/', '')}`,
        );
    },
  };
}
