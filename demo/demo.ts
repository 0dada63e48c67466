/**
 * The demo portal for `npm start`: lists every example bundle from content/index.json and shows
 * each with its element, plus the error states, with a page-language switcher.
 */
import '../src/index.js';
import type { Catalogue } from '../src/cli/catalogue.js';

const TAGS: Record<string, string> = {
  pathway: 'pakke-pathway',
  'decision-aid': 'pakke-decision-aid',
  'needs-assessment': 'pakke-needs-assessment',
};

const KIND_TITLES: Record<string, string> = {
  pathway: 'Hospitalsside: pakkeforløb',
  'decision-aid': 'Konsultation: beslutningsstøtte',
  'needs-assessment': 'Behovsvurdering',
};

const ERROR_DEMOS: { label: string; tag: string; attrs: Record<string, string> }[] = [
  { label: 'Fejl: ikke fundet (404)', tag: 'pakke-pathway', attrs: { src: '/content/pathway/does-not-exist/1.0.0.json' } },
  { label: 'Fejl: forkert integritet', tag: 'pakke-pathway', attrs: { src: '', integrity: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' } },
  { label: 'Fejl: forkert indholdstype', tag: 'pakke-decision-aid', attrs: { src: '' } },
];

/** Three pages as a hospital or portal would build them. */
const PORTAL_PAGES: { id: string; title: string; intro: string; build: () => HTMLElement[] }[] = [
  {
    id: 'hospital',
    title: 'Sykehusside: Pakkeforløp for brystkreft',
    intro: 'En sykehusside med pakkeforløpet, der pasienten står nå, og datoer regnet fra henvisningen.',
    build: () => {
      const el = document.createElement('pakke-pathway');
      el.setAttribute('src', '/content/pathway/no-breast-cancer/1.0.0.json');
      el.setAttribute('lang', 'nb');
      el.setAttribute('start-date', new Date().toISOString().slice(0, 10));
      el.setAttribute('current-step', 'forste-oppmote');
      return [el];
    },
  },
  {
    id: 'consultation',
    title: 'Konsultation: Sammenføjning eller permanent stomi',
    intro: 'Lægen og patienten ser på beslutningsstøtten sammen. Skift mellem patientvisning og konsultationsvisning.',
    build: () => {
      const el = document.createElement('pakke-decision-aid');
      el.setAttribute('src', '/content/decision-aid/rectal-anastomosis-or-stoma/2.0.0.json');
      el.setAttribute('lang', 'da');
      el.setAttribute('mode', 'consultation');
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.textContent = 'Skift visning (konsultation / patient)';
      toggle.addEventListener('click', () => el.setAttribute('mode', el.getAttribute('mode') === 'consultation' ? 'patient' : 'consultation'));
      return [toggle, el];
    },
  },
  {
    id: 'needs',
    title: 'Før samtalen: Hva er viktig for deg?',
    intro: 'Kartleggingen fylles ut før samtalen i kommunen. Svarene sendes som FHIR QuestionnaireResponse når siden lytter etter pakke-submit.',
    build: () => {
      const el = document.createElement('pakke-needs-assessment');
      el.setAttribute('src', '/content/needs-assessment/pakkeforlop-hjem-behovskartlegging/1.0.0.json');
      el.setAttribute('lang', 'nb');
      const out = document.createElement('pre');
      out.className = 'snippet';
      out.textContent = 'pakke-submit: (ennå ikke sendt)';
      el.addEventListener('pakke-submit', (e) => {
        out.textContent = 'pakke-submit:\n' + JSON.stringify((e as CustomEvent).detail.questionnaireResponse, null, 2);
      });
      return [el, out];
    },
  },
];

const nav = document.getElementById('nav')!;
const main = document.getElementById('main')!;
const select = document.getElementById('locale') as HTMLSelectElement;

function setPageLanguage(locale: string) {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  localStorage.setItem('pakke-demo-locale', locale);
}

select.value = localStorage.getItem('pakke-demo-locale') ?? 'da';
setPageLanguage(select.value);
select.addEventListener('change', () => setPageLanguage(select.value));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

function titleOf(title: Record<string, string>): string {
  const lang = document.documentElement.lang;
  return title[lang] ?? title[lang === 'nn' ? 'nb' : 'nn'] ?? title.da ?? title.en ?? Object.values(title)[0] ?? '';
}

async function main_() {
  const catalogue = (await (await fetch('/content/index.json')).json()) as Catalogue;
  const firstPathway = catalogue.bundles.find((b) => b.kind === 'pathway');
  if (firstPathway) ERROR_DEMOS[1]!.attrs.src = `/content/${firstPathway.versions[0]!.path}`;
  // The wrong-kind example gives the decision aid a pathway bundle.
  if (firstPathway) ERROR_DEMOS[2]!.attrs.src = `/content/${firstPathway.versions[0]!.path}`;

  function renderNav() {
    nav.replaceChildren();
    nav.append(el('h2', 'Portalsider'));
    const pages = el('ul');
    for (const page of PORTAL_PAGES) {
      const li = el('li');
      const a = el('a', page.title);
      a.href = `#/page/${page.id}`;
      li.append(a);
      pages.append(li);
    }
    nav.append(pages);
    for (const kind of Object.keys(TAGS)) {
      nav.append(el('h2', KIND_TITLES[kind]));
      const ul = el('ul');
      for (const b of catalogue.bundles.filter((x) => x.kind === kind)) {
        const li = el('li');
        const a = el('a', titleOf(b.title));
        a.href = `#/${kind}/${b.id}`;
        li.append(a);
        ul.append(li);
      }
      nav.append(ul);
    }
    nav.append(el('h2', 'Fejltilstande'));
    const ul = el('ul');
    ERROR_DEMOS.forEach((d, i) => {
      const li = el('li');
      const a = el('a', d.label);
      a.href = `#/error/${i}`;
      li.append(a);
      ul.append(li);
    });
    nav.append(ul);
    for (const a of nav.querySelectorAll('a')) {
      if (a.getAttribute('href') === location.hash) a.setAttribute('aria-current', 'page');
    }
  }

  function show() {
    const [, kind, id] = location.hash.split('/');
    main.replaceChildren();
    if (kind === 'page' || !kind) {
      const page = PORTAL_PAGES.find((p) => p.id === id) ?? PORTAL_PAGES[0]!;
      const intro = el('p', page.intro);
      intro.className = 'context';
      main.append(el('h1', page.title), intro, ...page.build());
    } else if (kind === 'error') {
      const demo = ERROR_DEMOS[Number(id)];
      if (!demo) return;
      main.append(el('h1', demo.label));
      const widget = document.createElement(demo.tag);
      for (const [k, v] of Object.entries(demo.attrs)) widget.setAttribute(k, v);
      main.append(widget);
    } else {
      const entry = catalogue.bundles.find((b) => b.kind === kind && b.id === id) ?? firstPathway;
      if (!entry) return;
      const version = entry.versions[0]!;
      main.append(el('h1', titleOf(entry.title)));
      const p = el('p', `${KIND_TITLES[entry.kind]} · ${entry.id} ${version.version} · ${version.locales.join(', ')}`);
      p.className = 'context';
      main.append(p);
      const widget = document.createElement(TAGS[entry.kind]!);
      widget.setAttribute('src', `/content/${version.path}`);
      if (entry.kind === 'pathway') widget.setAttribute('start-date', new Date().toISOString().slice(0, 10));
      main.append(widget);
      const snippet = el('pre', `<script type="module" src="https://cdn.example/pakke-elements.js"></script>\n<${TAGS[entry.kind]} src="/content/${version.path}"></${TAGS[entry.kind]}>`);
      snippet.className = 'snippet';
      main.append(el('h2', 'Indlejring'), snippet);
    }
    renderNav();
  }

  window.addEventListener('hashchange', () => {
    show();
    main.focus();
  });
  select.addEventListener('change', renderNav);
  show();
}

void main_();
