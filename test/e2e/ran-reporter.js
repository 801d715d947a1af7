// Lists, after the run, every e2e check that ran and its outcome, so a reader sees exactly what
// was exercised against the real n8n (and that nothing was skipped).
class RanReporter {
	onRunComplete(_contexts, results) {
		const lines = ['', 'e2e checks that ran against the real n8n server:'];
		for (const file of results.testResults) {
			for (const test of file.testResults) {
				const mark = test.status === 'passed' ? 'ok  ' : test.status === 'failed' ? 'FAIL' : test.status.toUpperCase();
				lines.push(`  ${mark} ${test.fullName}`);
			}
			if (file.testExecError) lines.push(`  FAIL ${file.testFilePath}: ${file.testExecError.message.split('\n')[0]}`);
		}
		if (results.numTotalTests === 0) lines.push('  (none)');
		process.stdout.write(`${lines.join('\n')}\n`);
	}
}
module.exports = RanReporter;
