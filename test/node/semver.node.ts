/**
 * src/bundle/semver.ts against the `semver` npm package (the rules npm itself uses) as an
 * oracle: a table of comparisons and range cases in the shape of semver's own test fixtures
 * (pre-release ordering, `||`, hyphen ranges, caret, tilde, x-ranges, operators with partial
 * versions), then fast-check properties on generated versions and ranges. Run with
 * `npm run test:node`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import semver from 'semver';
import { compareVersions, isValidRange, maxSatisfying, parseVersion, satisfies } from '../../src/bundle/semver.js';

const cmp = (a: string, b: string) => compareVersions(parseVersion(a)!, parseVersion(b)!);

// [greater, smaller], as in semver's test/fixtures/comparisons.js.
const COMPARISONS: [string, string][] = [
  ['0.0.0', '0.0.0-foo'],
  ['0.0.1', '0.0.0'],
  ['1.0.0', '0.9.9'],
  ['0.10.0', '0.9.0'],
  ['0.99.0', '0.10.0'],
  ['2.0.0', '1.2.3'],
  ['1.2.3', '1.2.3-asdf'],
  ['1.2.3', '1.2.3-4'],
  ['1.2.3', '1.2.3-4-foo'],
  ['1.2.3-5-foo', '1.2.3-5'],
  ['1.2.3-5', '1.2.3-4'],
  ['1.2.3-5-foo', '1.2.3-5-Foo'],
  ['3.0.0', '2.7.2+asdf'],
  ['1.2.3-a.10', '1.2.3-a.5'],
  ['1.2.3-a.b', '1.2.3-a.5'],
  ['1.2.3-a.b', '1.2.3-a'],
  ['1.2.3-a.b.c.10.d.5', '1.2.3-a.b.c.5.d.100'],
  ['1.2.3-r2', '1.2.3-r100'],
  ['1.2.3-r100', '1.2.3-R2'],
  ['1.0.0-rc.10', '1.0.0-rc.9'],
  ['1.0.0-rc.1', '1.0.0-beta.11'],
  ['1.0.0-beta.11', '1.0.0-beta.2'],
  ['1.0.0-beta.2', '1.0.0-beta'],
  ['1.0.0-beta', '1.0.0-alpha.beta'],
  ['1.0.0-alpha.beta', '1.0.0-alpha.1'],
  ['1.0.0-alpha.1', '1.0.0-alpha'],
  ['v1.2.3', '1.2.2'],
];

// [range, version, satisfies], as in semver's range-include / range-exclude fixtures.
const RANGES: [string, string, boolean][] = [
  ['1.0.0 - 2.0.0', '1.2.3', true],
  ['1.0.0 - 2.0.0', '2.2.3', false],
  ['1.2.3 - 2.3.4', '2.3.4', true],
  ['1.2 - 2.3.4', '1.2.0', true],
  ['1.2 - 2.3', '2.3.9', true],
  ['1.2 - 2.3', '2.4.0', false],
  ['1.2.3 - 2', '2.9.9', true],
  ['1.2.3 - 2', '3.0.0', false],
  ['1.2.3 - 2.3.4', '2.3.4-beta', false],
  ['^1.2.3', '1.8.1', true],
  ['^1.2.3', '2.0.0', false],
  ['^1.2.3', '2.0.0-alpha', false],
  ['^1.2.3-beta.2', '1.2.3-beta.4', true],
  ['^1.2.3-beta.2', '1.2.4-beta.2', false],
  ['^0.1.2', '0.1.9', true],
  ['^0.1.2', '0.2.0', false],
  ['^0.0.3', '0.0.3', true],
  ['^0.0.3', '0.0.4', false],
  ['^0.0', '0.0.9', true],
  ['^0.0', '0.1.0', false],
  ['^0.x', '0.9.9', true],
  ['^1.x', '1.9.9', true],
  ['^1.2', '1.2.0', true],
  ['^1', '1.9.0', true],
  ['^1', '2.0.0', false],
  ['~1.2.3', '1.2.9', true],
  ['~1.2.3', '1.3.0', false],
  ['~1.2', '1.2.9', true],
  ['~1', '1.9.9', true],
  ['~1', '2.0.0', false],
  ['~0.2', '0.2.9', true],
  ['~> 1.2', '1.2.5', true],
  ['~1.2.1 >=1.2.3', '1.2.3', true],
  ['~1.2.3-beta.2', '1.2.3-beta.4', true],
  ['~1.2.3-beta.2', '1.2.4-beta.2', false],
  ['1.x', '1.9.9', true],
  ['1.x', '2.0.0', false],
  ['1.2.x', '1.2.9', true],
  ['1.2.x', '1.3.0', false],
  ['1.2.*', '1.2.3', true],
  ['*', '1.2.3', true],
  ['*', '1.2.3-beta', false],
  ['', '1.0.0', true],
  ['x', '0.0.1', true],
  ['>=1.2.3', '1.2.3', true],
  ['>=1.2.3', '1.2.3-beta', false],
  ['>1.2', '1.3.0', true],
  ['>1.2', '1.2.9', false],
  ['>1', '1.9.9', false],
  ['<1.2', '1.1.9', true],
  ['<1.2', '1.2.0-alpha', false],
  ['<=1.2', '1.2.9', true],
  ['<=1.2', '1.3.0', false],
  ['>= 1.0.0', '1.0.0', true],
  ['<  2.0.0', '1.9.9', true],
  ['=1.2.3', '1.2.3', true],
  ['1.2.3', '1.2.3+build', true],
  ['1.2.3-rc.9', '1.2.3-rc.9', true],
  ['>1.2.3-rc.9', '1.2.3-rc.10', true],
  ['>=1.0.0-rc.1 <1.0.0', '1.0.0-rc.10', true],
  ['1.2.3 || 2.x', '2.4.0', true],
  ['1.2.3 || 2.x', '1.2.4', false],
  ['<1.0.0 || >=2.0.0', '2.0.0', true],
  ['<1.0.0 || >=2.0.0', '1.5.0', false],
  ['^1.0 || ^2.0', '2.3.0', true],
  ['1.0.0 - 1.2.0 || ^3', '3.1.0', true],
  ['>=1.2.3 <2.0.0', '2.0.0-beta', false],
  ['>*', '1.0.0', false],
  ['<*', '1.0.0', false],
];

test('comparisons agree with semver (pre-release ordering rc.9 < rc.10 and the fixture table)', () => {
  for (const [a, b] of COMPARISONS) {
    assert.equal(semver.compare(a, b), 1, `oracle: ${a} > ${b}`);
    assert.equal(cmp(a, b), 1, `${a} > ${b}`);
    assert.equal(cmp(b, a), -1, `${b} < ${a}`);
    assert.equal(cmp(a, a), 0, `${a} = ${a}`);
  }
});

test('ranges agree with semver (hyphen, ||, caret, tilde, x-ranges, partial operators, pre-releases)', () => {
  for (const [range, version, expected] of RANGES) {
    assert.equal(semver.satisfies(version, range), expected, `oracle: ${version} in "${range}"`);
    assert.equal(satisfies(version, range), expected, `${version} in "${range}"`);
  }
});

test('maxSatisfying picks 1.0.0-rc.10 over 1.0.0-rc.9, as semver does', () => {
  const versions = ['1.0.0-rc.9', '1.0.0-rc.10', '1.0.0-rc.2', '0.9.0'];
  const range = '>=1.0.0-rc.1 <1.0.0';
  assert.equal(semver.maxSatisfying(versions, range), '1.0.0-rc.10');
  assert.equal(maxSatisfying(versions, range), '1.0.0-rc.10');
  assert.equal(maxSatisfying(['1.2.0', '1.10.0', '2.0.0'], '^1'), '1.10.0');
});

test('invalid versions and ranges are refused as semver refuses them', () => {
  for (const v of ['1.2', '01.2.3', '1.2.3-01', '1.2.3-', 'a.b.c', '1.2.3.4', '']) {
    assert.equal(semver.valid(v), null, `oracle: ${v}`);
    assert.equal(parseVersion(v), undefined, v);
  }
  for (const r of ['>>1.2.3', '1.2.3 - ', '^a', '1.2.3-beta - 2', 'foo']) {
    const ok = semver.validRange(r) !== null;
    assert.equal(isValidRange(r), ok, `"${r}" valid: ${ok}`);
  }
});

const num = fc.integer({ min: 0, max: 12 });
const preId = fc.oneof(fc.integer({ min: 0, max: 12 }).map(String), fc.constantFrom('alpha', 'beta', 'rc', 'x-1', 'RC', 'a1'));
const version = fc
  .tuple(num, num, num, fc.option(fc.array(preId, { minLength: 1, maxLength: 3 }), { nil: undefined }))
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? '-' + pre.join('.') : ''}`);
const part = fc.oneof({ weight: 4, arbitrary: num.map(String) }, { weight: 1, arbitrary: fc.constantFrom('x', '*') });
const partialVersion = fc.oneof(
  version,
  fc.tuple(part, part).map(([a, b]) => `${a}.${b}`),
  part,
  fc.tuple(part, part, part).map(([a, b, c]) => `${a}.${b}.${c}`),
);
const comparatorToken = fc
  .tuple(fc.constantFrom('', '=', '^', '~', '>', '>=', '<', '<='), partialVersion)
  .map(([op, v]) => op + v);
const set = fc.oneof(
  fc.array(comparatorToken, { minLength: 1, maxLength: 3 }).map((t) => t.join(' ')),
  fc.tuple(partialVersion, partialVersion).map(([a, b]) => `${a} - ${b}`),
);
const range = fc.array(set, { minLength: 1, maxLength: 3 }).map((s) => s.join(' || '));

test('property: comparison agrees with semver on generated versions', () => {
  fc.assert(
    fc.property(version, version, (a, b) => cmp(a, b) === semver.compare(a, b)),
    { numRuns: 3000 },
  );
});

test('property: satisfies agrees with semver on generated versions and ranges', () => {
  fc.assert(
    fc.property(version, range, (v, r) => {
      assert.equal(satisfies(v, r), semver.satisfies(v, r), `${v} in "${r}"`);
    }),
    { numRuns: 5000 },
  );
});
