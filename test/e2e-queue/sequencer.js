// The queue suite's files in the order of their numbers: the fault file kills a worker, so it
// runs last (jest's default order follows file size and past durations).
const Sequencer = require('@jest/test-sequencer').default;

class ByName extends Sequencer {
	sort(tests) {
		return [...tests].sort((a, b) => a.path.localeCompare(b.path));
	}
}
module.exports = ByName;
