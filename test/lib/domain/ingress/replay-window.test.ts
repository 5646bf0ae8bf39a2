import { describe, expect, it } from 'vitest';
import { checkWindow, parseTimestamp } from '../../../../lib/domain/ingress/replay-window.js';
import { genericSignature } from '../../../../lib/domain/ingress/signature.js';
import { verifyGeneric } from '../../../../lib/domain/ingress/verify-request.js';

/**
 * Signature and replay-window checks on raw bytes: the schemes each vendor documents, computed
 * independently here with node:crypto, and the ways a forged, altered or stale request fails.
 */

const SECRET = 'whsec-test-1';
const NOW = Date.parse('2026-11-20T10:00:00Z');
const settings = { nowMs: NOW, toleranceSeconds: 300 };
const body = Buffer.from('{"type":"human_resolution","ticketId":"zen-1"}');

describe('replay window', () => {
  it('keeps the exact boundary inside, either way, and the next second outside', () => {
    expect(checkWindow(NOW - 300_000, NOW, 300)).toEqual({ ok: true });
    expect(checkWindow(NOW + 300_000, NOW, 300)).toEqual({ ok: true });
    expect(checkWindow(NOW - 301_000, NOW, 300).ok).toBe(false);
    expect(checkWindow(NOW + 301_000, NOW, 300)).toEqual({
      ok: false,
      problem: 'timestamp is 301 s in the future; the limit is 300 s',
    });
  });

  it('reads unix seconds and ISO 8601 with a zone, and nothing else', () => {
    expect(parseTimestamp('1795168800')).toBe(1_795_168_800_000);
    expect(parseTimestamp('2026-11-20T10:00:00Z')).toBe(NOW);
    expect(parseTimestamp('2026-11-20T11:00:00+01:00')).toBe(NOW);
    expect(parseTimestamp('2026-11-20T10:00Z')).toBe(NOW);
    for (const text of ['', 'now', '2026-11-20T10:00:00', '2026-11-20', '-5', '1795168800.5']) {
      expect(parseTimestamp(text)).toBeUndefined();
    }
  });

  it('refuses an unreadable timestamp rather than taking it as now', () => {
    const headers = {
      'x-signature': genericSignature(SECRET, body, 'soon'),
      'x-signature-timestamp': 'soon',
    };
    expect(verifyGeneric(headers, body, SECRET, settings)).toEqual({
      ok: false,
      problem: 'signature timestamp is not a timestamp',
    });
  });
});
