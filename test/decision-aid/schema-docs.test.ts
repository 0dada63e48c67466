/**
 * The decision aid's field descriptions for authors' editors live in `decision-aid.docs.ts`, not in
 * the schema module the elements load as their checker: every pointer names a field, and the
 * schema module itself carries none of the texts.
 */
import { expect } from '@open-wc/testing';
import { applyDocs, jsonSchemaFor } from '../../src/bundle/json-schema.js';
import { decisionAidDocs } from '../../src/bundle/kinds/decision-aid.docs.js';

describe('decision-aid schema descriptions', () => {
  it('every description points at a field of the generated JSON Schema, and the field has it', () => {
    const json = jsonSchemaFor('decision-aid');
    expect(applyDocs(structuredClone(json), decisionAidDocs)).to.deep.equal([]);
    expect(Object.keys(decisionAidDocs).length).to.be.greaterThan(100);
    const timeframe = (json as { properties: { outcomes: { items: { properties: { numbers: { items: { properties: Record<string, { description?: string }> } } } } } } }).properties.outcomes.items.properties.numbers.items.properties;
    expect(Object.values(timeframe).some((p) => p.description)).to.equal(true);
  });

  it('the schema module the elements load carries none of them', async () => {
    const source = await (await fetch('/src/bundle/kinds/decision-aid.ts')).text();
    const leaked = Object.values(decisionAidDocs).filter((d) => d.length > 30 && source.includes(d));
    expect(leaked).to.deep.equal([]);
  });
});
