/** The second the cached prefix belongs to, and that prefix ("2026-01-02T03:04:05."). */
let cachedSecond = Number.NaN;
let cachedPrefix = '';

/**
 * `new Date(ms).toISOString()` (default: now), with everything up to the seconds formatted once
 * per second: the mock stamps several times per request, and toISOString costs close to a
 * microsecond each time. Years outside 0000-9999 and fractional milliseconds take the slow path.
 */
export function isoString(ms: number = Date.now()): string {
	if (!Number.isInteger(ms)) return new Date(ms).toISOString();
	const second = Math.floor(ms / 1000);
	if (second !== cachedSecond) {
		const iso = new Date(ms).toISOString();
		if (iso.length !== 24) return iso;
		cachedSecond = second;
		cachedPrefix = iso.slice(0, 20);
	}
	const milli = ms - second * 1000;
	return `${cachedPrefix}${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}
