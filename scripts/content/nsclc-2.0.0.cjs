const fs = require('fs');
const src = 'content/decision-aid/metastatic-nsclc-first-line/1.0.0.json';
const b = JSON.parse(fs.readFileSync(src, 'utf8'));
const T = (da, en) => ({ da, en });
b.version = '2.0.0';
b.published = '2026-12-02';
b.reviewDue = '2027-12-02';
b.title = T('Første behandling af lungekræft med spredning', 'First treatment for lung cancer that has spread');
b.summary = T(
  'En hjælp til at tænke over den første behandling af lungekræft med spredning – både ikke-småcellet og småcellet – og om lindrende behandling ved siden af.',
  'A help to think about the first treatment for lung cancer that has spread – non-small-cell and small-cell – and about palliative care alongside it.',
);
b.publisher = { name: T('pakke-elements (eksempelindhold)', 'pakke-elements (example content)') };
b.authors = [{ name: T('pakke-elements’ eksempelredaktion', 'pakke-elements example content team'), role: b.authors[0].role }];
b.forWhom = T(
  'Voksne med lungekræft med spredning (ikke-småcellet, eller småcellet i udbredt stadie), som ikke har fået medicin mod kræften endnu.',
  'Adults with lung cancer that has spread (non-small-cell, or extensive-stage small-cell) who have not yet had cancer medicine for it.',
);
b.notFor = T(
  'Personer, hvis kræft kan opereres væk, og personer med småcellet lungekræft, der ikke har spredt sig (begrænset stadie): der er målet at helbrede.',
  'People whose cancer can be removed by an operation, and people with small-cell lung cancer that has not spread (limited stage): there the aim is a cure.',
);
b.condition = T(
  'Lungekræft findes i to hovedtyper: ikke-småcellet (den mest almindelige) og småcellet. Når kræften har spredt sig til andre dele af kroppen (metastaser), kan den som regel ikke fjernes. Behandling kan bremse kræften, lindre symptomer og give mere tid.',
  'Lung cancer comes in two main types: non-small-cell (the most common) and small-cell. When the cancer has spread to other parts of the body (metastases), it usually cannot be removed. Treatment can slow the cancer, ease symptoms and give more time.',
);
b.profilePrompt = T('Hvad viste vævsprøverne?', 'What did the tissue tests show?');
// Sources: primary publications only (no mirrors).
const byId = Object.fromEntries(b.sources.map((s) => [s.id, s]));
delete byId.s74.url;
delete byId.s75.url;
byId.s72.citation = 'Reck M et al. Five-year outcomes with pembrolizumab versus chemotherapy for metastatic non-small-cell lung cancer with PD-L1 tumor proportion score ≥ 50% (KEYNOTE-024). J Clin Oncol 2021;39:2339–49.';
b.sources.push(
  { id: 's89', citation: 'Paz-Ares L et al. Durvalumab plus platinum–etoposide versus platinum–etoposide in first-line treatment of extensive-stage small-cell lung cancer (CASPIAN). Lancet 2019.', label: 'CASPIAN (Paz-Ares 2019)', year: 2019 },
  { id: 's90', citation: 'Paz-Ares L et al. Durvalumab, with or without tremelimumab, plus platinum-etoposide in first-line treatment of extensive-stage small-cell lung cancer: 3-year overall survival update from CASPIAN. ESMO Open 2022;7(2):100408.', label: 'CASPIAN 3-year update (Paz-Ares 2022)', year: 2022 },
  { id: 's91', citation: 'Liu SV et al. Updated overall survival and PD-L1 subgroup analysis of patients with extensive-stage small-cell lung cancer treated with atezolizumab, carboplatin, and etoposide (IMpower133). J Clin Oncol 2021;39(6):619–30.', label: 'IMpower133 (Liu 2021)', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8078320', year: 2021 },
);
// New options for small-cell lung cancer.
const chemo = b.options.find((o) => o.id === 'chemotherapy');
chemo.label = T('Kemoterapi alene', 'Chemotherapy alone');
chemo.description = T(
  'Medicin i et drop, som dræber celler, der deler sig hurtigt. Ved ikke-småcellet lungekræft er det platin med et andet stof; ved småcellet lungekræft platin med etoposid.',
  'Medicine through a drip that kills cells that divide fast. For non-small-cell lung cancer it is platinum with another drug; for small-cell lung cancer, platinum with etoposide.',
);
chemo.cons = [
  T('I forsøgene levede færre efter nogle år end med immunterapi.', 'In the trials, fewer were alive years later than with immunotherapy.'),
  T('Bivirkninger som træthed, kvalme og infektioner i perioder.', 'Side effects such as tiredness, sickness and infections at times.'),
];
chemo.sources = ['s72', 's73', 's90'];
const base = (o) => JSON.parse(JSON.stringify(o));
const durva = base(b.options.find((o) => o.id === 'pembrolizumab-chemo'));
Object.assign(durva, {
  id: 'durvalumab-chemo',
  label: T('Immunterapi med kemoterapi ved småcellet lungekræft (durvalumab med platin og etoposid)', 'Immunotherapy with chemotherapy for small-cell lung cancer (durvalumab with platinum and etoposide)'),
  eligibility: T('Kun ved småcellet lungekræft i udbredt stadie.', 'Only for extensive-stage small-cell lung cancer.'),
  description: T(
    'Kemoterapi (platin og etoposid) sammen med immunterapi (durvalumab) i et drop. Bagefter fortsætter immunterapien alene.',
    'Chemotherapy (platinum and etoposide) together with immunotherapy (durvalumab) through a drip. Afterwards the immunotherapy goes on alone.',
  ),
  pros: [T('I forsøget levede flere efter 3 år end med kemoterapi alene.', 'In the trial, more people were alive after 3 years than with chemotherapy alone.')],
  cons: [T('Immunterapi kan give betændelse i organer, også efter at behandlingen er stoppet.', 'Immunotherapy can cause inflammation in organs, even after treatment has stopped.'), T('Hvor mange der fik alvorlige bivirkninger, står ikke her: tallene er ikke gennemgået.', 'How many had serious side effects is not given here: the numbers have not been checked.')],
  sources: ['s89', 's90'],
});
const atezo = base(durva);
Object.assign(atezo, {
  id: 'atezolizumab-chemo',
  label: T('Immunterapi med kemoterapi ved småcellet lungekræft (atezolizumab med carboplatin og etoposid)', 'Immunotherapy with chemotherapy for small-cell lung cancer (atezolizumab with carboplatin and etoposide)'),
  description: T(
    'Kemoterapi (carboplatin og etoposid) sammen med immunterapi (atezolizumab) i et drop. Bagefter fortsætter immunterapien alene.',
    'Chemotherapy (carboplatin and etoposide) together with immunotherapy (atezolizumab) through a drip. Afterwards the immunotherapy goes on alone.',
  ),
  pros: [T('I forsøget levede halvdelen længere end 12,3 måneder, mod 10,3 måneder med kemoterapi alene.', 'In the trial, half lived longer than 12.3 months, against 10.3 months with chemotherapy alone.')],
  sources: ['s91'],
});
const supIdx = b.options.findIndex((o) => o.id === 'supportive');
b.options.splice(supIdx, 0, durva, atezo);
// Comparison rows: answers for the new options where the row has a chemo-based answer.
for (const r of b.comparison) {
  const pc = r.answers.find((a) => a.option === 'pembrolizumab-chemo');
  if (pc) {
    r.answers.push({ ...base(pc), option: 'durvalumab-chemo', sources: undefined }, { ...base(pc), option: 'atezolizumab-chemo', sources: undefined });
    for (const a of r.answers) if (a.sources === undefined) delete a.sources;
  }
}
const val = b.values.find((v) => v.id === 'live-longer');
if (val) val.favours = [...val.favours, 'durvalumab-chemo', 'atezolizumab-chemo'];
// Outcomes in the comparator model: chemotherapy alone is the comparator; numbers by group only.
const named = (years, da, en) => ({ id: `${years}-years`, label: T(da, en) });
const y5 = named(5, '5 år efter behandlingens start', '5 years after the start of treatment');
const y3 = named(3, '3 år efter behandlingens start', '3 years after the start of treatment');
const notKnown = (option, da, en, sources) => ({ option, notKnown: T(da, en), ...(sources ? { sources } : {}) });
const byGroup = notKnown.bind(null);
b.outcomes = [
  {
    id: 'alive-years-later',
    label: T('I live flere år efter behandlingens start', 'Alive years after the start of treatment'),
    direction: 'benefit',
    event: T('er i live', 'are alive'),
    comparator: 'chemotherapy',
    eventIs: 'wanted',
    uncertainty: T(
      'Tallene kommer fra forsøg med udvalgte deltagere, som havde det godt nok til at være med. Det er gennemsnit, ikke en forudsigelse for dig.',
      'The numbers come from trials with selected participants who were well enough to take part. They are averages, not a prediction for you.',
    ),
    numbers: [
      notKnown('osimertinib', 'Forsøget gav medianen i stedet: halvdelen levede længere end 38,6 måneder (31,8 med de ældre tabletter).', 'The trial gave the median instead: half lived longer than 38.6 months (31.8 on the older tablets).', ['s74']),
      notKnown('older-egfr', 'Forsøget gav medianen i stedet: halvdelen levede længere end 31,8 måneder.', 'The trial gave the median instead: half lived longer than 31.8 months.', ['s74']),
      byGroup('pembrolizumab', 'Afhænger af gruppen.', 'Depends on the group.'),
      byGroup('pembrolizumab-chemo', 'Afhænger af gruppen.', 'Depends on the group.'),
      byGroup('durvalumab-chemo', 'Afhænger af gruppen.', 'Depends on the group.'),
      notKnown('atezolizumab-chemo', 'Forsøget gav medianen: halvdelen levede længere end 12,3 måneder, mod 10,3 måneder med kemoterapi alene. Efter 3 år er der kun tal for gruppen med immunterapi.', 'The trial gave the median: half lived longer than 12.3 months, against 10.3 months with chemotherapy alone. After 3 years there are numbers only for the immunotherapy group.', ['s91']),
      byGroup('chemotherapy', 'Afhænger af gruppen.', 'Depends on the group.'),
      notKnown('supportive', 'Der er ikke samlet tal for dette.', 'No numbers were collected for this.'),
    ],
  },
  {
    id: 'serious-side-effects',
    label: T('Alvorlige bivirkninger af behandlingen (grad 3 til 5)', 'Serious side effects of the treatment (grade 3 to 5)'),
    direction: 'harm',
    event: T('får alvorlige bivirkninger', 'get serious side effects'),
    comparator: 'chemotherapy',
    eventIs: 'unwanted',
    uncertainty: T(
      'Forsøgene talte bivirkninger på forskellige måder og over forskellig tid, så tallene for de to grupper kan ikke sammenlignes med hinanden.',
      'The trials counted side effects in different ways and over different times, so the numbers of the two groups cannot be compared with each other.',
    ),
    numbers: [
      notKnown('osimertinib', 'Ikke gennemgået for denne hjælp.', 'Not reviewed for this aid.'),
      notKnown('older-egfr', 'Ikke gennemgået for denne hjælp.', 'Not reviewed for this aid.'),
      byGroup('pembrolizumab', 'Afhænger af gruppen.', 'Depends on the group.'),
      byGroup('pembrolizumab-chemo', 'Afhænger af gruppen.', 'Depends on the group.'),
      notKnown('durvalumab-chemo', 'Ikke gennemgået for denne hjælp.', 'Not reviewed for this aid.'),
      notKnown('atezolizumab-chemo', 'Ikke gennemgået for denne hjælp.', 'Not reviewed for this aid.'),
      byGroup('chemotherapy', 'Afhænger af gruppen.', 'Depends on the group.'),
      { option: 'supportive', notApplicable: T('Der gives ingen medicin mod kræften.', 'No cancer medicine is given.') },
    ],
  },
];
const count = (outcome, option, n, timeframe, sources, note) => ({ outcome, option, count: n, denominator: 100, timeframe, sources, ...(note ? { note } : {}) });
const kn024First = { id: 'keynote-024-first-report', label: T('i forsøgets første rapport', 'in the first report of the trial') };
const kn189Five = { id: 'keynote-189-5-year-report', label: T('i forsøgets 5-årsrapport', 'in the 5-year report of the trial') };
const crossover = T(
  'Kemoterapi-gruppen fik ikke kun kemoterapi: 99 af 151 (66 ud af 100) fik senere immunterapi. Det gør forskellen mindre, end den ville være uden skiftet.',
  'The chemotherapy group did not get chemotherapy only: 99 of 151 (66 out of 100) later got immunotherapy. That makes the difference smaller than it would be without the switch.',
);
b.profiles = [
  { ...b.profiles.find((p) => p.id === 'egfr'), referenceGroup: T('personer med ikke-småcellet lungekræft med en EGFR-forandring', 'people with non-small-cell lung cancer with an EGFR change') },
  {
    ...b.profiles.find((p) => p.id === 'pdl1-high'),
    referenceGroup: T('personer med ikke-småcellet lungekræft, PD-L1 på 50 % eller mere og uden EGFR- eller ALK-forandring, i forsøget KEYNOTE-024', 'people with non-small-cell lung cancer, PD-L1 of 50% or more and no EGFR or ALK change, in the KEYNOTE-024 trial'),
    numbers: [
      count('alive-years-later', 'pembrolizumab', 31.9, y5, ['s72']),
      count('alive-years-later', 'chemotherapy', 16.3, y5, ['s72'], crossover),
      count('serious-side-effects', 'pembrolizumab', 26.6, kn024First, ['s72']),
      count('serious-side-effects', 'chemotherapy', 53.3, kn024First, ['s72']),
    ],
  },
  {
    ...b.profiles.find((p) => p.id === 'nonsquamous'),
    referenceGroup: T('personer med ikke-småcellet lungekræft af ikke-pladecellet type uden EGFR- eller ALK-forandring, uanset PD-L1, i forsøget KEYNOTE-189', 'people with non-small-cell lung cancer of the non-squamous type without an EGFR or ALK change, whatever the PD-L1, in the KEYNOTE-189 trial'),
    numbers: [
      count('alive-years-later', 'pembrolizumab-chemo', 19.4, y5, ['s73']),
      count('alive-years-later', 'chemotherapy', 11.3, y5, ['s73'], T('Nogle i kemoterapi-gruppen kunne senere skifte til immunterapi; hvor mange, er ikke gennemgået for denne hjælp.', 'Some in the chemotherapy group could later switch to immunotherapy; how many has not been reviewed for this aid.')),
      count('serious-side-effects', 'pembrolizumab-chemo', 72.8, kn189Five, ['s73']),
      count('serious-side-effects', 'chemotherapy', 67.3, kn189Five, ['s73']),
    ],
  },
  {
    id: 'small-cell',
    label: T('Småcellet lungekræft, der har spredt sig (udbredt stadie)', 'Small-cell lung cancer that has spread (extensive stage)'),
    description: T('Forsøget tog kun personer med, som klarede sig selv i hverdagen (WHO-funktionsniveau 0–1).', 'The trial took only people who managed daily life on their own (WHO performance status 0–1).'),
    referenceGroup: T('personer med småcellet lungekræft i udbredt stadie, som ikke havde fået behandling, i forsøget CASPIAN', 'people with untreated extensive-stage small-cell lung cancer in the CASPIAN trial'),
    options: ['durvalumab-chemo', 'atezolizumab-chemo', 'chemotherapy', 'supportive'],
    numbers: [
      count('alive-years-later', 'durvalumab-chemo', 17.6, y3, ['s90']),
      count('alive-years-later', 'chemotherapy', 5.8, y3, ['s90'], T('I dette forsøg måtte de, der fik kemoterapi alene, ikke skifte til immunterapi.', 'In this trial, people on chemotherapy alone were not allowed to switch to immunotherapy.')),
      { outcome: 'alive-years-later', option: 'chemotherapy', count: 5.8, denominator: 100, timeframe: y3, sources: ['s90', 's89'], note: T('I dette forsøg måtte de, der fik kemoterapi alene, ikke skifte til immunterapi.', 'In this trial, people on chemotherapy alone were not allowed to switch to immunotherapy.') },
    ].slice(0, 1).concat([{ outcome: 'alive-years-later', option: 'chemotherapy', count: 5.8, denominator: 100, timeframe: y3, sources: ['s90', 's89'], note: T('I dette forsøg måtte de, der fik kemoterapi alene, ikke skifte til immunterapi.', 'In this trial, people on chemotherapy alone were not allowed to switch to immunotherapy.') }]),
  },
];
b.profiles[0].numbers = [];
delete b.defaultProfile;
// Background: what is not known.
b.background.push({
  id: 'not-known',
  sources: ['s74', 's90'],
  heading: T('Det ved vi ikke', 'What we do not know'),
  body: T(
    '- Tal ud af 100 for tabletterne mod EGFR-forandringer: forsøget gav kun medianen.\n- Alvorlige bivirkninger ved behandling af småcellet lungekræft: tallene er ikke gennemgået for denne hjælp.\n- Tallene for de forskellige grupper kommer fra forskellige forsøg og kan ikke sammenlignes på tværs.',
    '- Numbers out of 100 for the tablets for EGFR changes: the trial gave only the median.\n- Serious side effects of treatment for small-cell lung cancer: the numbers have not been reviewed for this aid.\n- The numbers of the different groups come from different trials and cannot be compared across groups.',
  ),
});
fs.writeFileSync('content/decision-aid/metastatic-nsclc-first-line/2.0.0.json', JSON.stringify(b, null, 2) + '\n');
