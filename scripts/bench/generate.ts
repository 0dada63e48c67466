/**
 * The benchmark's content: one generated needs-assessment form in three shapes (a pakke bundle,
 * a SurveyJS JSON model, plain HTML), with the same questions in the same order.
 *
 * Mix: 75 % five-option single choice, 20 % 0–10 ratings, 5 % free text (a repeating block of 20:
 * ratings at 3, 8, 13, 18, text at 10, choice elsewhere); 1 in 8 items (index ≡ 4 mod 8) is shown
 * only when the item before it is answered. The last item is always an unconditional choice, so
 * "the last input in the DOM" exists on first render in all three.
 */
import { readFileSync } from 'node:fs';

export type BenchItem =
  | { id: string; type: 'choice'; text: string; options: { code: string; text: string }[]; after?: string }
  | { id: string; type: 'rating'; text: string; min: string; max: string; after?: string }
  | { id: string; type: 'text'; text: string; after?: string };

const TOPICS = ['træthed', 'smerter', 'søvn', 'appetit', 'kvalme', 'åndenød', 'bekymringer', 'tristhed', 'hukommelse', 'familie', 'arbejde', 'økonomi', 'transport', 'seksualitet', 'hverdagen', 'motion'];
const LEVELS = ['Slet ikke', 'Lidt', 'En del', 'Meget', 'Rigtig meget'];

export function benchItems(n: number): BenchItem[] {
  const items: BenchItem[] = [];
  for (let i = 0; i < n; i++) {
    const id = `q${i + 1}`;
    const topic = TOPICS[i % TOPICS.length]!;
    const after = i % 8 === 4 ? `q${i}` : undefined;
    const slot = i % 20;
    if (slot === 3 || slot === 8 || slot === 13 || slot === 18) {
      items.push({ id, type: 'rating', text: `${i + 1}. Hvor meget har ${topic} fyldt den seneste uge?`, min: 'Slet ikke', max: 'Det værst tænkelige', after });
    } else if (slot === 10) {
      items.push({ id, type: 'text', text: `${i + 1}. Er der andet om ${topic}, du vil fortælle os?`, after });
    } else {
      items.push({
        id,
        type: 'choice',
        text: `${i + 1}. Hvor meget har du været plaget af ${topic} den seneste uge?`,
        options: LEVELS.map((t, k) => ({ code: `c${k + 1}`, text: t })),
        after,
      });
    }
  }
  return items;
}

/** Keeps only the Danish text of every localized text in a value. */
function danishOnly(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(danishOnly);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.da === 'string' && Object.keys(o).every((k) => /^[a-z]{2}$/.test(k))) return { da: o.da };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, danishOnly(x)]));
  }
  return v;
}

/** A `needs-assessment` bundle (Danish only) with the envelope of an example bundle. */
export function pakkeBundle(items: BenchItem[]): Record<string, unknown> {
  const example = JSON.parse(readFileSync('content/needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json', 'utf8')) as Record<string, unknown>;
  const envelope = danishOnly(example) as Record<string, unknown>;
  delete envelope.$schema;
  delete envelope.intro;
  delete envelope.codeSystem;
  return {
    ...envelope,
    id: `bench-${items.length}`,
    version: '1.0.0',
    locales: ['da'],
    defaultLocale: 'da',
    title: { da: `Benchmark-skema med ${items.length} spørgsmål` },
    pages: [
      {
        id: 'page-1',
        title: { da: 'Spørgsmål' },
        items: items.map((it) => {
          const base = { id: it.id, text: { da: it.text }, ...(it.after ? { enableWhen: [{ question: it.after, operator: 'answered' }] } : {}) };
          if (it.type === 'choice') return { ...base, type: 'single-choice', options: it.options.map((o) => ({ code: o.code, text: { da: o.text } })) };
          if (it.type === 'rating') return { ...base, type: 'rating', min: 0, max: 10, anchors: { min: { da: it.min }, max: { da: it.max } } };
          return { ...base, type: 'text' };
        }),
      },
    ],
    domains: [],
    services: [],
    flags: [],
  };
}

/** A SurveyJS model: all questions on one page. */
export function surveyJson(items: BenchItem[]): Record<string, unknown> {
  return {
    locale: 'da',
    title: `Benchmark-skema med ${items.length} spørgsmål`,
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'page-1',
        title: 'Spørgsmål',
        elements: items.map((it) => {
          const base = { name: it.id, title: it.text, ...(it.after ? { visibleIf: `{${it.after}} notempty` } : {}) };
          if (it.type === 'choice') return { ...base, type: 'radiogroup', choices: it.options.map((o) => ({ value: o.code, text: o.text })) };
          if (it.type === 'rating') return { ...base, type: 'rating', rateMin: 0, rateMax: 10, minRateDescription: it.min, maxRateDescription: it.max };
          return { ...base, type: 'text' };
        }),
      },
    ],
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain HTML of the same questions: fieldsets of radios with labels, a text input; conditional items start `hidden`. */
export function staticHtml(items: BenchItem[]): string {
  const parts = items.map((it) => {
    const hidden = it.after ? ` hidden data-after="${it.after}"` : '';
    if (it.type === 'text') {
      return `<div class="item" id="q-${it.id}"${hidden}><label for="i-${it.id}">${esc(it.text)}</label><input type="text" id="i-${it.id}" name="${it.id}"></div>`;
    }
    const opts =
      it.type === 'choice'
        ? it.options.map((o) => `<div class="option"><input type="radio" id="i-${it.id}-${o.code}" name="${it.id}" value="${o.code}"><label for="i-${it.id}-${o.code}">${esc(o.text)}</label></div>`).join('')
        : `<p class="anchors"><span>0 = ${esc(it.min)}</span> <span>10 = ${esc(it.max)}</span></p>` +
          Array.from({ length: 11 }, (_, v) => `<div class="point"><input type="radio" id="i-${it.id}-${v}" name="${it.id}" value="${v}"><label for="i-${it.id}-${v}">${v}</label></div>`).join('');
    return `<fieldset class="item" id="q-${it.id}"${hidden}><legend>${esc(it.text)}</legend>${opts}</fieldset>`;
  });
  return `<form class="form"><h2>Spørgsmål</h2>${parts.join('\n')}<button type="submit">Se dine svar</button></form>`;
}
