/** The baseline for bench:mock: Express 5 answering the send route with no state or checks. */
import express from 'express';
import { randomBytes } from 'node:crypto';

const i = process.argv.indexOf('--port');
const port = i === -1 ? 4111 : Number(process.argv[i + 1]);
const app = express();
app.post('/spotler/channels/:channelJid/messages/:contactJid', express.json(), (_req, res) => {
	res.status(201).json({ id: randomBytes(20).toString('hex') });
});
app.post('/social25/tenants/:tenantId/messages/', express.json(), (_req, res) => {
	res.status(201).json({ status: 'success' });
});
app.listen(port, '127.0.0.1', () => console.log(`bare express on http://127.0.0.1:${port}`));
