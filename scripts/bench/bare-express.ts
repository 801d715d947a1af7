/**
 * The baseline for bench:mock: Express 5 answering the send route with no state or checks.
 * Listens on --port (0, the default, lets the OS pick) and prints the address it actually bound;
 * a failed listen ends the process with an error instead of looking started.
 */
import express from 'express';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

/** Sent with every answer, so the bench can tell this server from whatever else listens (mock-throughput.ts checks it). */
const BARE_HEADER = 'x-bench-server';
const BARE_NAME = 'bare-express';

const i = process.argv.indexOf('--port');
const port = i === -1 ? 0 : Number(process.argv[i + 1]);
const app = express();
app.use((_req, res, next) => {
	res.setHeader(BARE_HEADER, BARE_NAME);
	next();
});
app.post('/spotler/channels/:channelJid/messages/:contactJid', express.json(), (_req, res) => {
	res.status(201).json({ id: randomBytes(20).toString('hex') });
});
app.post('/social25/tenants/:tenantId/messages/', express.json(), (_req, res) => {
	res.status(201).json({ status: 'success' });
});
const server = app.listen(port, '127.0.0.1', (error?: Error) => {
	// Express 5 calls back with the error when the port cannot be bound.
	if (error) {
		console.error(`bare express could not listen on port ${port}: ${error.message}`);
		process.exit(1);
	}
	console.log(`bare express on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
