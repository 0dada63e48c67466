import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement, TOOLKIT_VERSION } from '../../src/base/define.js';
import { PakkeTestElement } from '../fixtures/test-element.js';

describe('registration', () => {
  it('registering the same tag twice does not throw; the first definition wins', () => {
    class Second extends LitElement {}
    expect(() => defineElement('pakke-test-element', Second)).to.not.throw();
    expect(customElements.get('pakke-test-element')).to.equal(PakkeTestElement);
  });

  it('warns once when another version already defined the tag', () => {
    class Older extends LitElement {
      static pakkeVersion = '0.0.1';
    }
    customElements.define('pakke-version-probe', Older);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Newer extends LitElement {
        static pakkeVersion = TOOLKIT_VERSION;
      }
      defineElement('pakke-version-probe', Newer);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('0.0.1');
  });
});
