import { expect } from '@open-wc/testing';
import { BundleError } from '../../src/bundle/errors.js';
import { parseBundle } from '../../src/bundle/load.js';
import { chooseContentLocale, fallbackChain, resolveText } from '../../src/bundle/text.js';
import { safeUrl } from '../../src/bundle/url.js';
import { jsonSchemaFiles } from '../../src/bundle/json-schema.js';
import { lazySchema } from '../../src/bundle/parts.js';
import { pathwayBundle } from '../../src/bundle/kinds/pathway.js';
import { testBundle } from '../fixtures/test-element.js';
import { envelope } from '../fixtures/envelope.js';

function issuesOf(data: unknown): string[] {
  try {
    parseBundle(data, testBundle(), 'pathway');
  } catch (e) {
    if (e instanceof BundleError) return (e.detail.issues ?? []).map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
}

describe('envelope schema', () => {
  it('accepts a complete envelope', () => {
    expect(issuesOf(envelope('pathway'))).to.deep.equal([]);
  });

  it('rejects malformed envelopes with the exact path', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ version: '1.0' }, '$.version'],
      [{ published: '2026-02-30' }, '$.published'],
      [{ id: 'Has Spaces' }, '$.id'],
      [{ locales: ['da'], defaultLocale: 'en' }, '$.defaultLocale'],
      [{ title: { da: '   ' } }, '$.title.da'],
      [{ title: { DANSK: 'x' } }, '$.title.DANSK'],
      [{ status: 'final' }, '$.status'],
      [{ sources: [{ id: 's1', citation: 'x' }, { id: 's1', citation: 'y' }] }, '$.sources[1].id'],
      [{ sources: [{ id: 's1', citation: 'x', url: 'javascript:alert(1)' }] }, '$.sources[0].url'],
      [{ publisher: { name: { da: 'x' }, url: 'http://insecure.example/' } }, '$.publisher.url'],
      [{ reviewDue: '2020-01-01' }, '$.reviewDue'],
      [{ licence: {} }, '$.licence.name'],
    ];
    for (const [patch, path] of cases) {
      const issues = issuesOf(envelope('pathway', patch));
      expect(issues.some((i) => i.startsWith(path + ':')), `${JSON.stringify(patch)} → ${path}; got ${issues.join(' | ')}`).to.equal(true);
    }
  });

  it('reports a missing required field by name', () => {
    const data = envelope('pathway');
    delete data.disclaimer;
    expect(issuesOf(data).some((i) => i.startsWith('$.disclaimer:'))).to.equal(true);
  });

  it('never throws anything but BundleError for hostile input', () => {
    const inputs: unknown[] = [null, 42, 'x', [], { format: '1' }, { format: 1e308 }, { format: 1, kind: { toString: 1 } }, Object.create(null)];
    for (const input of inputs) {
      expect(() => parseBundle(input, testBundle(), 'pathway')).to.throw(BundleError);
    }
  });
});

describe('schemas built on demand', () => {
  it('builds a schema on the first call only and reuses it while it is alive', () => {
    let builds = 0;
    const get = lazySchema(() => ({ n: ++builds }));
    expect(builds).to.equal(0);
    const first = get();
    expect(get()).to.equal(first);
    expect(builds).to.equal(1);
  });

  it('gives every element of a kind the same schema instance', () => {
    expect(pathwayBundle()).to.equal(pathwayBundle());
  });
});

describe('JSON Schema for authors', () => {
  it('content/schema/*.schema.json is up to date with the zod schemas (run npm run schema:write)', async () => {
    for (const [name, text] of Object.entries(jsonSchemaFiles())) {
      const res = await fetch(`/content/schema/${name}`);
      expect(res.ok, `content/schema/${name} exists`).to.equal(true);
      const current = await res.text();
      expect(current === text, `content/schema/${name} is stale: run npm run schema:write`).to.equal(true);
    }
  });
});

describe('locale resolution', () => {
  const text = { da: 'dansk', nb: 'bokmål', en: 'english' };

  it('uses the requested language when present', () => {
    expect(resolveText(text, 'en', 'da')).to.deep.equal({ text: 'english', locale: 'en', fallback: false });
    expect(resolveText(text, 'nb-NO', 'da')).to.include({ text: 'bokmål', fallback: false });
  });

  it('nn falls back to nb (and nb to nn) before the default', () => {
    expect(resolveText(text, 'nn', 'da')).to.deep.equal({ text: 'bokmål', locale: 'nb', fallback: true });
    expect(resolveText({ nn: 'nynorsk', en: 'english' }, 'nb', 'en')).to.include({ text: 'nynorsk', fallback: true });
    expect(resolveText(text, 'no', 'da')).to.include({ text: 'bokmål', fallback: false });
  });

  it('other languages fall back to the bundle default', () => {
    expect(resolveText(text, 'ar', 'da')).to.deep.equal({ text: 'dansk', locale: 'da', fallback: true });
    expect(fallbackChain('sv-SE', 'da')).to.deep.equal(['sv-se', 'sv', 'da']);
  });

  it('chooses the content locale from the bundle locales', () => {
    expect(chooseContentLocale('nn', ['nb', 'en'], 'nb')).to.deep.equal({ locale: 'nb', fallback: true });
    expect(chooseContentLocale('en-GB', ['da', 'en'], 'da')).to.deep.equal({ locale: 'en', fallback: false });
    expect(chooseContentLocale('', ['da', 'en'], 'da')).to.deep.equal({ locale: 'da', fallback: false });
  });
});

describe('URL safety', () => {
  it('allows https, mailto, tel and relative URLs', () => {
    for (const ok of ['https://sundhed.dk/x', 'mailto:a@b.dk', 'tel:+4512345678', '/leaflet.pdf', './a', '../b', '#top', 'folder/page.html?x=1']) {
      expect(safeUrl(ok), ok).to.equal(ok);
    }
  });
  it('refuses script, data and other schemes, however disguised', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,<script>', 'vbscript:x', 'http://example.org', '//evil.example/x', '\\\\evil.example', 'file:///etc/passwd', 'blob:https://x/y', 'a:b/c']) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});
