/**
 * Translation helper for the XLIFF files in `locales/` (written by `lit-localize extract`).
 *
 *   tsx scripts/l10n.ts todo [locale…]     prints untranslated messages as JSON ({id: source})
 *   tsx scripts/l10n.ts apply FILE.json    writes targets: {"nb": {"s12…": "tekst med {0}"}, …}
 *   tsx scripts/l10n.ts check              fails when a target is missing, copies the Danish
 *                                          source, or loses/gains a placeholder
 *
 * Placeholders appear as {0}, {1} … in both directions; `apply` turns them back into the
 * `<x id="N" equiv-text="…"/>` elements of the source.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'locales';
/** Messages that are legitimately the same in a target language as in Danish. */
const SAME_AS_SOURCE_OK: Record<string, readonly string[]> = {
  // Danish and Bokmål share these words exactly.
  nb: ['Kilde:', 'Kilder:', 'Kilder ({0})', 'Forfattere', 'Finansiering', 'Tekniske detaljer', 'Dato', 'Navn', 'Tallene for min gruppe', 'Kilder', '(sammenligning)', 'Dag', 'Måned', 'For eksempel 14 3 2026', 'Fra {0} til {1}', 'Om {0}:'],
  nn: ['Finansiering', 'Dato', 'Dag', 'Om {0}:'],
  en: ['Version'],
  ar: [],
};

interface Unit {
  id: string;
  source: string;
  target?: string;
  /** Start/end offsets of the whole trans-unit in the file. */
  start: number;
  end: number;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** XLIFF inline markup → plain text with {N} placeholders. */
function toPlain(xml: string): string {
  return decode(xml.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));
}

/** Plain text with {N} → XLIFF, using the source's <x> elements. */
function toXml(plain: string, sourceXml: string): string {
  const xs = new Map<string, string>();
  for (const m of sourceXml.matchAll(/<x id="(\d+)"[^>]*\/>/g)) xs.set(m[1]!, m[0]);
  return plain
    .split(/(\{\d+\})/)
    .map((part) => {
      const m = /^\{(\d+)\}$/.exec(part);
      if (m) {
        const x = xs.get(m[1]!);
        if (!x) throw new Error(`placeholder ${part} does not exist in the source "${toPlain(sourceXml)}"`);
        return x;
      }
      return encode(part);
    })
    .join('');
}

function units(xml: string): Unit[] {
  const out: Unit[] = [];
  const re = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>\s*)?<\/trans-unit>/g;
  for (const m of xml.matchAll(re)) {
    out.push({ id: m[1]!, source: m[2]!, target: m[3], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

function locales(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.xlf'))
    .map((f) => f.slice(0, -4))
    .sort();
}

function read(locale: string) {
  const path = join(DIR, `${locale}.xlf`);
  return { path, xml: readFileSync(path, 'utf8') };
}

function todo(wanted: string[]) {
  const result: Record<string, Record<string, string>> = {};
  for (const locale of wanted.length ? wanted : locales()) {
    const missing = units(read(locale).xml).filter((u) => u.target === undefined);
    if (missing.length) result[locale] = Object.fromEntries(missing.map((u) => [u.id, toPlain(u.source)]));
  }
  console.log(JSON.stringify(result, null, 2));
}

function apply(file: string) {
  const input = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
  for (const [locale, messages] of Object.entries(input)) {
    const { path, xml } = read(locale);
    let out = xml;
    let changed = 0;
    // Replace from the end so offsets stay valid.
    for (const u of units(xml).reverse()) {
      const text = messages[u.id];
      if (text === undefined) continue;
      const replacement = `<trans-unit id="${u.id}">\n  <source>${u.source}</source>\n  <target>${toXml(text, u.source)}</target>\n</trans-unit>`;
      out = out.slice(0, u.start) + replacement + out.slice(u.end);
      changed++;
    }
    const unknown = Object.keys(messages).filter((id) => !units(xml).some((u) => u.id === id));
    if (unknown.length) console.warn(`${locale}: ignored unknown ids ${unknown.join(', ')}`);
    writeFileSync(path, out);
    console.log(`${locale}: ${changed} message(s) written`);
  }
}

function placeholders(s: string): string {
  return [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');
}

function check(): number {
  let problems = 0;
  for (const locale of locales()) {
    const { path, xml } = read(locale);
    for (const u of units(xml)) {
      const source = toPlain(u.source);
      if (u.target === undefined) {
        console.error(`${path}: ${u.id}: no ${locale} translation of "${source}"`);
        problems++;
        continue;
      }
      const target = toPlain(u.target);
      if (placeholders(target) !== placeholders(source)) {
        console.error(`${path}: ${u.id}: placeholders differ: "${source}" → "${target}"`);
        problems++;
      }
      if (target === source && /\p{L}{3}/u.test(source) && !(SAME_AS_SOURCE_OK[locale] ?? []).includes(source)) {
        console.error(`${path}: ${u.id}: the ${locale} text is a copy of the Danish source "${source}"`);
        problems++;
      }
    }
  }
  if (problems) console.error(`${problems} translation problem(s)`);
  else console.log(`translations complete for ${locales().join(', ')}`);
  return problems ? 1 : 0;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'todo') todo(args);
else if (command === 'apply' && args[0]) apply(args[0]);
else if (command === 'check') process.exit(check());
else {
  console.error('usage: tsx scripts/l10n.ts todo [locale…] | apply FILE.json | check');
  process.exit(2);
}
