/**
 * Issue 16, item 15: a request the page's Content-Security-Policy refuses is reported as
 * `blocked` (a message for web teams naming connect-src), not as a network fault.
 */
import { expect } from '@open-wc/testing';
import '../fixtures/test-element.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import { setLocale } from '../../src/l10n/localization.js';
import { untilSettled } from '../helpers/index.js';

describe('15: a request the CSP blocks', () => {
  before(async () => {
    await setLocale('en');
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    // The test runner talks to its own origin over a websocket.
    meta.content = `connect-src 'self' ws://${location.host} ws://localhost:* ws://127.0.0.1:*`;
    document.head.append(meta);
  });

  it('reports code blocked with a visible, localized message naming connect-src', async () => {
    const el = document.createElement('pakke-test-element');
    el.setAttribute('src', 'https://content.example.invalid/pathway/x/1.0.0.json');
    const error = new Promise<PakkeErrorDetail>((r) => el.addEventListener('pakke-error', (e) => r((e as CustomEvent<PakkeErrorDetail>).detail), { once: true }));
    document.body.append(el);
    const d = await error;
    expect(d.code).to.equal('blocked');
    expect(d.message).to.contain('connect-src');
    await untilSettled(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('connect-src');
    expect(alert.textContent).to.contain('web team');
    el.remove();
  });

  it('a same-origin request the policy allows still reports http or network as before', async () => {
    const el = document.createElement('pakke-test-element');
    el.setAttribute('src', '/__pakke/status/503');
    const error = new Promise<PakkeErrorDetail>((r) => el.addEventListener('pakke-error', (e) => r((e as CustomEvent<PakkeErrorDetail>).detail), { once: true }));
    document.body.append(el);
    expect((await error).code).to.equal('http');
    el.remove();
  });
});
