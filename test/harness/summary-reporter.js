// Prints one plain closing line, "tests: N passed, N failed[, N skipped]", after jest's own
// summary, so tools that read a run's last lines see the counts in a common form.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const suitesFailedToRun = results.numRuntimeErrorTestSuites;
		const failed = results.numFailedTests + suitesFailedToRun;
		const line = `tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
		// After jest's own summary, as the very last line.
		process.once('exit', () => require('node:fs').writeSync(1, `\n${line}\n`));
	}
}
module.exports = SummaryReporter;
