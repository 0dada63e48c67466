/**
 * The `pakke` command line as a user runs it (Node, not a browser): help, version, the
 * validator's report, and output that reaches a slow pipe whole. Run with `npm run test:node`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const main = join(root, 'src/cli/main.ts');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const pakke = (...args: string[]) => spawnSync(tsx, [main, ...args], { cwd: root, encoding: 'utf8' });

test('--help, -h, help and bare pakke print the command list and exit 0', () => {
  for (const args of [['--help'], ['-h'], ['help'], []]) {
    const r = pakke(...args);
    assert.equal(r.status, 0, `pakke ${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stdout, /usage: pakke <command>/);
    for (const name of ['validate', 'schema', 'catalogue', 'fhir-questionnaire']) assert.match(r.stdout, new RegExp(`\\n  ${name} `));
  }
});

test('per-command help: help <command> and <command> --help', () => {
  for (const args of [['help', 'validate'], ['validate', '--help'], ['validate', '-h']]) {
    const r = pakke(...args);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^usage: pakke validate \[paths…\] \[--lang en\|da\|nb\|nn\]/);
    assert.match(r.stdout, /--lang/);
  }
  const unknown = pakke('help', 'nope');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "nope"/);
});

test('--version prints the version in package.json', () => {
  for (const flag of ['--version', '-v']) {
    const r = pakke(flag);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), version);
  }
});

test('an unknown command exits 2 and says so', () => {
  const r = pakke('frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command "frobnicate"/);
});

function brokenContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pakke-cli-'));
  const good = JSON.parse(readFileSync(join(root, 'content/pathway/dk-breast-cancer/1.0.0.json'), 'utf8')) as Record<string, unknown>;
  const bad: Record<string, unknown> = { ...good, status: 'final', published: '2026-13-01', title: { da: (good.title as Record<string, string>).da } };
  (bad.sources as Record<string, unknown>[])[0] = { ...(bad.sources as Record<string, unknown>[])[0], year: '2020' };
  mkdirSync(join(dir, 'pathway/dk-breast-cancer'), { recursive: true });
  writeFileSync(join(dir, 'pathway/dk-breast-cancer/1.0.0.json'), JSON.stringify(bad, null, 2));
  writeFileSync(join(dir, 'broken.json'), '{\n  "a": 1,\n  "b": [1, 2,]\n}\n');
  return dir;
}

test('validate runs every stage and prints file:line:column  $.path  message naming what is allowed', () => {
  const dir = brokenContent();
  const r = spawnSync(tsx, [main, 'validate', dir], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 1);
  const out = r.stderr;
  assert.match(out, /^broken\.json:3:14  \$  Invalid JSON: Expected a value .*found "\]"$/m);
  const file = 'pathway/dk-breast-cancer/1.0.0.json';
  // Schema stage: allowed values, expected type, readable date.
  assert.match(out, new RegExp(`^${file}:\\d+:3  \\$\\.status  Expected one of "example", "draft", "approved"; found a text "final"$`, 'm'));
  assert.match(out, new RegExp(`^${file}:\\d+:7  \\$\\.sources\\[0\\]\\.year  Expected a number; found a text "2020"$`, 'm'));
  assert.match(out, new RegExp(`^${file}:\\d+:3  \\$\\.published  Expected a date as YYYY-MM-DD`, 'm'));
  // Translation stage ran although the schema failed.
  assert.match(out, new RegExp(`^${file}:\\d+:3  \\$\\.title  Missing "en" text`, 'm'));
  // The line is the field's own line in the file.
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const statusLine = Number(new RegExp(`^${file}:(\\d+):3  \\$\\.status`, 'm').exec(out)![1]);
  assert.match(lines[statusLine - 1]!, /^  "status": "final"/);
});

test('validate --lang da and nb speak Danish and Norwegian', () => {
  const dir = brokenContent();
  const da = spawnSync(tsx, [main, 'validate', dir, '--lang', 'da'], { cwd: dir, encoding: 'utf8' });
  assert.match(da.stderr, /\$\.status  Forventede en af "example", "draft", "approved"; fandt en tekst "final"/);
  assert.match(da.stdout, /2 fil\(er\) tjekket/);
  const nb = spawnSync(tsx, [main, 'validate', dir, '--lang', 'nb'], { cwd: dir, encoding: 'utf8' });
  assert.match(nb.stderr, /\$\.title  Teksten på "en" mangler/);
  const wrong = spawnSync(tsx, [main, 'validate', dir, '--lang', 'sv'], { cwd: dir, encoding: 'utf8' });
  assert.equal(wrong.status, 2);
});

test('output larger than a pipe buffer reaches a slow reader whole', () => {
  // A reader that waits before reading: the pipe fills at 64 KB and the rest must still arrive.
  const dir = mkdtempSync(join(tmpdir(), 'pakke-pipe-'));
  for (let i = 0; i < 1500; i++) writeFileSync(join(dir, `broken-${String(i).padStart(4, '0')}-${'x'.repeat(60)}.json`), '{"a": 1,,}');
  const direct = spawnSync(tsx, [main, 'validate', dir], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  const expected = Buffer.byteLength(direct.stderr);
  assert.ok(expected > 200_000, `the report is ${expected} bytes`);
  const piped = execFileSync('sh', ['-c', `"${tsx}" "${main}" validate . 2>&1 >/dev/null | (sleep 1; wc -c)`], { cwd: dir, encoding: 'utf8' });
  assert.equal(Number(piped.trim()), expected);
});

test('validate reads FHIR R4 Questionnaires: supported ones pass, refusals name linkId and feature at their line', () => {
  const fix = 'test/fixtures/fhir';
  const ok = pakke('validate', `${fix}/phq-9.json`, `${fix}/gad-7.json`, `${fix}/esas-r-export.json`, `${fix}/all-features.json`, `${fix}/phq-9-scored.json`);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /5 file\(s\) checked: 0 error\(s\)/);
  // A calculatedExpression that does not parse is an error naming the linkId.
  const dir = mkdtempSync(join(tmpdir(), 'pakke-calc-'));
  const scored = JSON.parse(readFileSync(join(root, fix, 'phq-9-scored.json'), 'utf8')) as { item: { linkId: string; extension?: { valueExpression?: { expression: string } }[] }[] };
  scored.item.find((i) => i.linkId === '/44261-6')!.extension![0]!.valueExpression!.expression = 'iif(%scores.count() = 0, {}, %scores.sum()';
  writeFileSync(join(dir, 'broken-total.json'), JSON.stringify(scored, null, 2));
  const broken = spawnSync(tsx, [main, 'validate', join(dir, 'broken-total.json')], { cwd: root, encoding: 'utf8' });
  assert.equal(broken.status, 1, broken.stdout);
  assert.match(broken.stderr, /Item "\/44261-6": the FHIRPath expression .* does not parse/);
  const bad = pakke('validate', `${fix}/unsupported.json`);
  assert.equal(bad.status, 1);
  const lines = readFileSync(join(root, fix, 'unsupported.json'), 'utf8').split('\n');
  for (const [linkId, feature] of [['weight', 'item type "quantity"'], ['score', 'calculatedExpression'], ['drug', 'not a contained ValueSet'], ['family', 'repeating groups']]) {
    const m = new RegExp(`^${fix}/unsupported\\.json:(\\d+):\\d+  \\$\\.item\\[\\d\\]\\S*  Item "${linkId}": .*${feature}`, 'm').exec(bad.stderr);
    assert.ok(m, `${linkId}: ${bad.stderr}`);
    assert.ok(lines.slice(0, Number(m[1])).join('\n').includes(`"${linkId}"`) || lines[Number(m[1]) - 1]!.includes('{'), `${linkId} line`);
  }
  assert.doesNotMatch(bad.stderr, /"temp"/, 'a decimal is read as a number question');
});

test('render pre-renders a FHIR R4 Questionnaire as the needs assessment, the Questionnaire embedded; an unsupported one exits 1 naming what', () => {
  const ok = pakke('render', 'test/fixtures/fhir/phq-9.json', '--lang', 'en');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^<pakke-needs-assessment lang="en" integrity="sha384-/);
  assert.match(ok.stdout, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(ok.stdout, /<fieldset class="item"/);
  assert.match(ok.stdout, /<script type="application\/json">\{"resourceType":"Questionnaire"/);
  const bad = pakke('render', 'test/fixtures/fhir/unsupported.json');
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /Item "weight": item type "quantity" is not supported/);
  assert.equal(bad.stdout, '');
});
