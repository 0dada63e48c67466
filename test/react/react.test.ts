import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import ReactDOM from 'react-dom';

const { createRoot } = ReactDOMClient;
const { flushSync } = ReactDOM;
import { PakkePathway, PakkeDecisionAid } from '../../src/react/index.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';

function waitFor(check: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (performance.now() - start > timeout) reject(new Error('timed out'));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

describe('React wrappers', () => {
  it('render an element from props and deliver its events to on… props', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const ready: string[] = [];
    flushSync(() =>
      root.render(
        React.createElement(PakkePathway, {
          src: '/content/pathway/no-breast-cancer/1.0.0.json',
          lang: 'en',
          onReady: (e: CustomEvent<{ id: string }>) => ready.push(e.detail.id),
        }),
      ),
    );
    const el = host.querySelector('pakke-pathway')!;
    expect(el).to.not.equal(null);
    await waitFor(() => ready.length > 0);
    expect(ready).to.deep.equal(['no-breast-cancer']);
    expect(el.shadowRoot!.textContent).to.contain('within 7 days');
    root.unmount();
    host.remove();
  });

  it('pass objects as properties (bundle) and report errors', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const errors: PakkeErrorDetail[] = [];
    flushSync(() =>
      root.render(
        React.createElement(PakkeDecisionAid, {
          bundle: { format: 9, kind: 'decision-aid' },
          onError: (e: CustomEvent<PakkeErrorDetail>) => errors.push(e.detail),
        }),
      ),
    );
    await waitFor(() => errors.length > 0);
    expect(errors[0]!.code).to.equal('unsupported-format');
    root.unmount();
    host.remove();
  });
});
