import { randomUUID } from 'node:crypto';

import { credentialFor, mockControl, packageNode, pool, publicApi, queueRun, sleep, type QueueRun } from './context';

const byId = (value: unknown) => ({ __rl: true, mode: 'id', value });

/**
 * Inbound bursts on Spotler: Spotler Trigger (Simplify on, the common message shape) then
 * Omnichannel Reply, "Re: <text> #<execution id>". The mock's conversation is the accounting: every inbound
 * message and every accepted reply is stored there, in order.
 */
export class Burst {
	readonly run: QueueRun = queueRun();
	readonly api = publicApi(this.run);
	readonly mock = mockControl(this.run);
	workflowId = '';
	private samples: Record<string, any> = {};

	async create(): Promise<void> {
		await this.mock.json('POST', '/__control/reset');
		const credential = credentialFor(this.run, 'spotler');
		this.samples = credential.samples;
		const credentials = { [credential.type]: { id: credential.id, name: credential.name } };
		const created = await this.api.createWorkflow({
			name: `queue burst ${Date.now()}`,
			nodes: [
				packageNode(this.run, 'spotlerTrigger', 'Trigger', { channel: byId(this.samples.channelJid), events: ['message'], simplify: true }, { webhookId: randomUUID(), credentials }),
				packageNode(this.run, 'omnichannelReply', 'Reply', { replyType: 'text', text: '=Re: {{ $json.text }} #{{ $execution.id }}' }, { credentials, position: [220, 0] }),
			],
			connections: { Trigger: { main: [[{ node: 'Reply', type: 'main', index: 0 }]] } },
		});
		this.workflowId = created.id;
		if (!(await this.api.activate(created.id)).active) throw new Error('the burst workflow did not activate');
		// The webhook process serves a newly registered webhook a few seconds after main
		// registered it (n8n's behaviour; before that it answers 404 and the provider retries):
		// one warm-up message, answered, before any counted one.
		const deadline = Date.now() + 60_000;
		this.readyAfterMs = Date.now();
		for (;;) {
			const answer = await this.mock.simulate('spotler', 'message', { body: 'warmup 00000' });
			// An empty list is no proof: the mock delivers nothing while no webhook is registered for the channel.
			const deliveries: any[] = answer.deliveries ?? [];
			if (deliveries.length > 0 && deliveries.every((d) => d.state === 'delivered' && d.attempts?.length === 1)) break;
			if (Date.now() > deadline) throw new Error(`the webhook process did not take the burst webhook within 60 s: ${JSON.stringify(answer.deliveries)}`);
			await sleep(1000);
		}
		this.readyAfterMs = Date.now() - this.readyAfterMs;
	}

	/**
	 * The workflow's executions minus the warm-up's (found by their "Re: warmup" replies): the
	 * warm-up is the suite's own message, not one of the counted ones.
	 */
	async counted<T extends { id: string | number }>(executions: T[]): Promise<T[]> {
		const warmup = new Set([...(await this.replies('warmup')).values()].flat());
		return executions.filter((e) => !warmup.has(String(e.id)));
	}

	/** How many executions the warm-up left (to add to a wait for `count` counted ones). */
	async warmupExecutions(): Promise<number> {
		return [...(await this.replies('warmup')).values()].flat().length;
	}

	/** How long after activation the webhook process first took a delivery at once. */
	readyAfterMs = 0;

	async remove(): Promise<void> {
		if (!this.workflowId) return;
		await this.api.deactivate(this.workflowId).catch(() => undefined);
		await this.api.deleteWorkflow(this.workflowId).catch(() => undefined);
	}

	/** Sends `count` inbound messages "<tag> 0001" … (10 at a time); resolves with the mock's simulate answers. */
	send(tag: string, count: number, onSent?: (sent: number) => void): Promise<any[]> {
		const texts = Array.from({ length: count }, (_, i) => `${tag} ${String(i + 1).padStart(5, '0')}`);
		let sent = 0;
		return pool(texts, 10, async (body) => {
			const answer = await this.mock.simulate('spotler', 'message', { body });
			onSent?.(++sent);
			return answer;
		});
	}

	/** The replies the mock accepted for a tag: "Re: <text>" -> the execution ids that sent it, one per reply. */
	async replies(tag: string): Promise<Map<string, string[]>> {
		const state = await this.mock.state('spotler');
		const counts = new Map<string, string[]>();
		for (const conversation of state.conversations as any[]) {
			for (const m of conversation.messages ?? []) {
				const body = m.direction === 'outbound' ? m.message?.body : undefined;
				const match = typeof body === 'string' ? /^(Re: .+?) #(\d+)$/.exec(body) : null;
				if (match && match[1].startsWith(`Re: ${tag} `)) counts.set(match[1], [...(counts.get(match[1]) ?? []), match[2]]);
			}
		}
		return counts;
	}

	/** Waits until `count` distinct replies for the tag are in, or nothing new came for `quietMs`. */
	async waitForReplies(tag: string, count: number, quietMs: number, timeoutMs: number): Promise<{ counts: Map<string, string[]>; lastChangeAt: number }> {
		const deadline = Date.now() + timeoutMs;
		let counts = await this.replies(tag);
		let total = -1;
		let lastChangeAt = Date.now();
		while (Date.now() < deadline) {
			counts = await this.replies(tag);
			const now = [...counts.values()].reduce((a, b) => a + b.length, 0);
			if (now !== total) {
				total = now;
				lastChangeAt = Date.now();
			}
			if (counts.size >= count && Date.now() - lastChangeAt > 2_000) break;
			if (Date.now() - lastChangeAt > quietMs) break;
			await sleep(1000);
		}
		return { counts, lastChangeAt };
	}
}

/** Replies per second for a burst: all sent, all answered (the clock stops at the last reply). */
export async function measure(burst: Burst, tag: string, count: number): Promise<{ seconds: number; perSecond: number; answered: number; duplicated: number }> {
	const started = Date.now();
	await burst.send(tag, count);
	// A shared, busy machine can leave the workers silent for a minute (database waits): two
	// minutes without a new reply ends the wait.
	const { counts, lastChangeAt } = await burst.waitForReplies(tag, count, 120_000, 900_000);
	const seconds = (lastChangeAt - started) / 1000;
	return { seconds, perSecond: Math.round((counts.size / seconds) * 10) / 10, answered: counts.size, duplicated: [...counts.values()].filter((ids) => ids.length > 1).length };
}
