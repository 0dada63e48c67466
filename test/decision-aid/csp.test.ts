import { expect, fixture, html } from '@open-wc/testing';
import '../../src/decision-aid/index.js';
import { PATIENT_STEPS, type PakkeDecisionAid } from '../../src/decision-aid/index.js';
import { loadContent, settle } from '../helpers/index.js';

describe('decision-aid under a strict Content Security Policy', () => {
  it('renders every step and mode without a CSP violation (no inline styles, no eval, Trusted Types enforced)', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample} ${(e.target as Element).localName ?? ""}.${(e.target as Element).className ?? ""} ${(e.composedPath()[0] as Element)?.outerHTML?.slice(0, 120) ?? ""}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "default-src 'self'; style-src 'self'; style-src-attr 'none'; script-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";
    document.head.append(meta);
    const data = await loadContent('decision-aid/adjuvant-breast-cancer/1.0.0.json');
    const el = await fixture<PakkeDecisionAid>(html`<pakke-decision-aid lang="en" profile="under-50" .bundle=${data}></pakke-decision-aid>`);
    await settle(el);
    for (const step of PATIENT_STEPS) {
      el.step = step;
      await settle(el);
    }
    el.mode = 'consultation';
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('pakke-icon-array')).to.not.equal(null);
    expect(violations.join("\n")).to.equal("");
    // The progress bar is segments with classes, not an inline width.
    el.mode = 'patient';
    el.step = 'compare';
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.progress-bar span.on').length).to.equal(3);
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });
});
