/**
 * Descriptions and examples for authors' editors of the fields every bundle shares (the
 * envelope and the shared parts), of the needs-assessment body and of overlays. Keyed by field
 * path: property names joined by `.`, `[]` for an array's items (`sources[].id`), the same path
 * for every branch of a union (all question types share `pages[].items[].id`). Written into the
 * generated JSON Schema by `./json-schema.ts` only where a field has no description of its own
 * (the pathway's pointers in `kinds/pathway.docs.ts`, the decision aid's `.meta()`), and kept
 * out of the schema modules so that no element bundle carries the words. A test fails when a
 * property of a generated schema has no description or a path here names nothing.
 */
export interface FieldDoc {
  description: string;
  examples?: unknown[];
}

type Docs = Readonly<Record<string, FieldDoc | string>>;

const localized = (what: string, example: string): FieldDoc => ({
  description: `${what} One text per locale code, e.g. {"da": "…", "nb": "…"}.`,
  examples: [{ da: example }],
});

/** The envelope and shared parts: every kind and overlays. */
export const envelopeDocs: Docs = {
  $schema: { description: 'URL or path of this JSON Schema, so editors can check and explain the file. Ignored by the toolkit.', examples: ['../../schema/pathway.schema.json'] },
  format: { description: 'Major version of the bundle format. This toolkit reads format 1; a higher number is refused with a clear error.', examples: [1] },
  kind: 'What the bundle is: "pathway", "decision-aid", "needs-assessment" (or "overlay" for local facts). An element refuses a bundle of another kind.',
  id: { description: 'Stable id of the bundle: lowercase letters and digits, with "-", "_" or "." between them. Never change it once published.', examples: ['breast-cancer-dk'] },
  version: { description: 'Version of this bundle as a semantic version MAJOR.MINOR.PATCH. A published version never changes: a content change is a new version file.', examples: ['1.0.0', '1.2.0'] },
  published: { description: 'Date the version was published, as YYYY-MM-DD.', examples: ['2026-03-02'] },
  reviewDue: { description: 'Date by which the content must be reviewed again, as YYYY-MM-DD (at or after published).', examples: ['2027-03-02'] },
  locales: { description: 'Locale codes every text of the bundle is written in (at least one), e.g. "da", "nb", "nn", "en".', examples: [['da', 'en']] },
  defaultLocale: { description: 'The locale shown when the reader\'s language is not among locales; must be one of them.', examples: ['da'] },
  status: '"example": written to show the toolkit, awaiting clinical review; "draft": in review; "approved": clinically approved for patients.',
  title: localized('Title of the bundle as readers see it.', 'Kræft i brystet: dit forløb'),
  summary: localized('One or two sentences under the title.', 'Sådan foregår udredning og behandling.'),
  disclaimer: localized('Rich text shown with the content: what it is and is not (it does not replace advice from the reader\'s own doctor).', 'Teksten erstatter ikke en samtale med din læge.'),
  funding: localized('Who paid for the content; shown with it.', 'Udarbejdet uden ekstern finansiering.'),
  updatePolicy: localized('How and when the content is reviewed and updated.', 'Gennemgås hvert år.'),
  publisher: 'Who publishes the content.',
  'publisher.name': localized('Name of the publisher.', 'Region Hovedstaden'),
  'publisher.url': { description: 'Web page of the publisher (https:, mailto:, tel: or a relative URL).', examples: ['https://www.example.org/'] },
  authors: 'The people or groups who wrote the content.',
  'authors[].name': { description: 'Name of the author: a plain string, or a localized text for a group named in words.', examples: ['Anne Jensen'] },
  'authors[].role': localized('What the author did, e.g. clinical reviewer.', 'Overlæge, klinisk gennemgang'),
  sources: 'The sources that facts in the bundle cite by id (the validator reports unused and unknown ones).',
  'sources[].id': { description: 'Id of the source, cited from facts\' "sources" lists.', examples: ['sst-2024'] },
  'sources[].citation': { description: 'Full citation as it would appear in a reference list (not translated).', examples: ['Sundhedsstyrelsen. Pakkeforløb for brystkræft. 2024.'] },
  'sources[].label': { description: 'Short label shown next to the facts that use the source: a plain string for a proper name, or a localized text where the label is words.', examples: ['Sundhedsstyrelsen 2024'] },
  'sources[].url': { description: 'Where the source can be read (https:, mailto:, tel: or a relative URL).', examples: ['https://www.sst.dk/'] },
  'sources[].year': { description: 'Year of publication (1900–2100).', examples: [2024] },
  licence: 'Licence of the content.',
  'licence.name': { description: 'Name of the licence.', examples: ['CC BY 4.0'] },
  'licence.url': { description: 'Text of the licence (https: or a relative URL).', examples: ['https://creativecommons.org/licenses/by/4.0/'] },
  'licence.acknowledgement': localized('Acknowledgement text an instrument\'s licence requires to be shown with it.', 'Gengivet med tilladelse.'),
};

/** A condition on an earlier answer (items' enableWhen, flags' when). */
const condition = (at: string): Docs => ({
  [`${at}[].question`]: { description: 'Id of the question item whose answer is tested (an earlier item for enableWhen).', examples: ['pain'] },
  [`${at}[].operator`]: 'How the answer is compared: equals, not-equals, greater-than, less-than, at-least, at-most (ratings, numbers, dates), answered, unanswered (no value).',
  [`${at}[].value`]: { description: 'The value compared with: an option code (choice), a whole number (rating), a number (number), true/false (yes/no), a YYYY-MM-DD date (date) or a string (text). Not used by answered/unanswered.', examples: ['yes', 5, true] },
});

const link = (at: string): Docs => ({
  [`${at}.href`]: { description: 'Address of the page: https:, mailto:, tel: or a relative URL (nothing else is allowed).', examples: ['https://www.example.org/help'] },
  [`${at}.text`]: localized('Link text: says where the link goes.', 'Læs mere om genoptræning'),
  [`${at}.hreflang`]: { description: 'Language of the linked page, when it differs from the text\'s.', examples: ['en'] },
});

const item = 'pages[].items[]';
export const needsAssessmentDocs: Docs = {
  intro: localized('Rich text shown above the first page.', 'Svar på spørgsmålene, så vi kan hjælpe dig bedre.'),
  codeSystem: { description: 'Base URI for the answer codes (FHIR valueCoding.system): an https: or urn: URI. Each item\'s codes live at <codeSystem>/<item id> (or <codeSystem>:<item id> for a URN). Default urn:pakke:<bundle id>.', examples: ['urn:pakke:esas-r'] },
  variables: 'Named values every calculated item\'s expression may use as %name, evaluated in order (SDC variable on the Questionnaire).',
  'variables[].name': { description: 'The variable\'s name, used as %name (letters, digits and _, starting with a letter).', examples: ['scores'] },
  'variables[].expression': { description: 'A FHIRPath expression over the answers (%resource); its whole result is the value.', examples: ["%resource.item.item.answer.value.weight()"] },
  pages: 'The pages of the form, in order (at least one).',
  'pages[].id': { description: 'Unique id of the page (ids of pages and items must all differ).', examples: ['symptoms'] },
  'pages[].title': localized('Heading of the page.', 'Symptomer'),
  'pages[].intro': localized('Rich text under the page heading.', 'Hvordan har du det i dag?'),
  'pages[].items': 'The questions and texts of the page, in order (at least one).',
  [`${item}.id`]: { description: 'Unique id of the item; answers and conditions use it. Never change it once published.', examples: ['pain'] },
  [`${item}.type`]: 'Kind of item: single-choice, multiple-choice, rating (0–10 scale), yes-no, number, text, long-text, date, calculated (a value worked out from the other answers) or display (text only).',
  [`${item}.text`]: localized('The question (for display: the text, as rich text).', 'Hvor ondt har du?'),
  [`${item}.help`]: localized('Short help under the question.', 'Tænk på de sidste 24 timer.'),
  [`${item}.required`]: { description: 'The form cannot be sent until the item is answered (never for display).', examples: [true] },
  [`${item}.enableWhen`]: 'Show the item only when these conditions on earlier answers hold (all of them, or any with enableBehavior "any").',
  [`${item}.enableBehavior`]: '"all" (default): every condition must hold; "any": one is enough.',
  [`${item}.sources`]: { description: 'Ids of the sources of the item (entries of the bundle\'s sources).', examples: [['esas-r-2011']] },
  [`${item}.options`]: 'The choices (at least two).',
  [`${item}.options[].code`]: { description: 'Stable code stored in answers and in FHIR valueCoding.code. Never change it once published.', examples: ['often'] },
  [`${item}.options[].text`]: localized('The choice as the reader sees it.', 'Ofte'),
  [`${item}.min`]: { description: 'rating: lowest value of the scale (0–10, default 0). number: smallest answer allowed (no limit by default).', examples: [0] },
  [`${item}.max`]: { description: 'rating: highest value of the scale (1–10, default 10). number: largest answer allowed. Greater than min.', examples: [10] },
  [`${item}.decimals`]: { description: 'number: digits allowed after the decimal sign (0–6; default 0, whole numbers only).', examples: [1] },
  [`${item}.unit`]: localized('number: the unit shown after the field and kept as the FHIR unit.', 'kg'),
  [`${item}.anchors`]: 'Words at each end of the scale.',
  [`${item}.anchors.min`]: localized('Words at the low end, e.g. "No pain".', 'Ingen smerter'),
  [`${item}.anchors.max`]: localized('Words at the high end, e.g. "Worst possible pain".', 'Værst tænkelige smerter'),
  [`${item}.expression`]: { description: 'calculated: a FHIRPath expression over the answers as a QuestionnaireResponse (%resource) and the form as a Questionnaire (%questionnaire); its first value, a number, is the answer (SDC calculatedExpression). Checked by pakke validate.', examples: ["%resource.item.item.where(linkId in %symptoms).answer.value.sum()"] },
  [`${item}.variables`]: 'calculated: named values for its expression (%name), evaluated after the form\'s own variables, as SDC\'s variable extension.',
  [`${item}.variables[].name`]: { description: 'The variable\'s name, used as %name (letters, digits and _, starting with a letter).', examples: ['symptoms'] },
  [`${item}.variables[].expression`]: { description: 'A FHIRPath expression; its whole result (a collection) is the value.', examples: ["%resource.item.item.answer.value.weight()"] },
  [`${item}.hidden`]: { description: 'calculated: worked out and sent with the answers, but not shown (an intermediate value).', examples: [true] },
  [`${item}.maxLength`]: { description: 'Most characters the answer may have (text: up to 2000, long-text: up to 10000).', examples: [500] },
  ...condition(`${item}.enableWhen`),
  domains: 'Need areas that flags belong to, e.g. physical, psychological, social, practical.',
  'domains[].id': { description: 'Id of the need area, used by flags\' "domain".', examples: ['physical'] },
  'domains[].label': localized('Name of the need area.', 'Fysiske behov'),
  services: 'Kinds of help that flags point to, e.g. rehabilitation, a palliative team, a social worker.',
  'services[].id': { description: 'Id of the service, used by flags\' "services".', examples: ['rehabilitation'] },
  'services[].name': localized('Name of the service.', 'Kommunal genoptræning'),
  'services[].description': localized('What the service offers.', 'Hjælp til at komme i gang igen.'),
  'services[].link': 'A page about the service.',
  ...link('services[].link'),
  'services[].replaceable': { description: 'Overlays may replace this service\'s wording (name, description) with local wording.', examples: [true] },
  flags: 'Rules that mark a need when their conditions on the answers hold.',
  'flags[].id': { description: 'Unique id of the flag rule.', examples: ['tired-help'] },
  'flags[].label': localized('Plain-language description of the need.', 'Du vil gerne have hjælp til træthed'),
  'flags[].domain': { description: 'Id of the need area (an entry of domains).', examples: ['physical'] },
  'flags[].services': { description: 'Ids of the services the need points to (entries of services).', examples: [['rehabilitation']] },
  'flags[].when': 'The conditions (at least one): all of them, or any with behavior "any".',
  'flags[].behavior': '"all" (default): every condition must hold; "any": one is enough.',
  'flags[].sources': { description: 'Ids of the sources of the rule (entries of the bundle\'s sources).', examples: [['esas-r-2011']] },
  ...condition('flags[].when'),
};

export const overlayDocs: Docs = {
  kind: 'Always "overlay": local facts for a national bundle.',
  id: { description: 'Stable id of the overlay: lowercase letters and digits, with "-", "_" or "." between them.', examples: ['breast-cancer-dk-rigshospitalet'] },
  version: { description: 'Version of this overlay as a semantic version MAJOR.MINOR.PATCH.', examples: ['1.0.0'] },
  reviewDue: { description: 'Date by which the local facts (phone hours, names) must be checked again, as YYYY-MM-DD.', examples: ['2027-03-02'] },
  title: localized('What the overlay is, e.g. the hospital it is for.', 'Rigshospitalet: lokale oplysninger'),
  publisher: 'Who is responsible for the local facts.',
  base: 'The national bundle this overlay adapts.',
  'base.id': { description: 'Id of the national bundle this overlay adapts.', examples: ['breast-cancer-dk'] },
  'base.versions': { description: 'Semver range of base versions it was written for; outside it the overlay is not applied.', examples: ['^1.0', '>=1.0.0 <2.0.0'] },
  add: 'Local facts to add: to the bundle as a whole (no target) or to the object with that id.',
  'add[].target': { description: 'Id of the object (e.g. a step) the facts belong to; omitted: the bundle as a whole.', examples: ['first-visit'] },
  'add[].contacts': 'Local contacts (at least one when given).',
  'add[].contacts[].id': { description: 'Id of the contact.', examples: ['coordinator'] },
  'add[].contacts[].title': localized('Who this is.', 'Forløbskoordinator, Brystkirurgisk afdeling'),
  'add[].contacts[].phone': { description: 'Phone number as it should be read and dialled: digits and spaces, optionally starting with +.', examples: ['+45 12 34 56 78'] },
  'add[].contacts[].hours': localized('When the phone is answered, in words.', 'Mandag til fredag 8–15'),
  'add[].contacts[].email': { description: 'E-mail address.', examples: ['kontakt@example.org'] },
  'add[].contacts[].address': localized('Where to go.', 'Blegdamsvej 9, opgang 3'),
  'add[].contacts[].note': localized('Anything else a patient needs to know.', 'Ring, hvis du ikke har hørt fra os inden en uge.'),
  'add[].contacts[].link': 'A page with more about the contact.',
  ...link('add[].contacts[].link'),
  'add[].links': 'Local links (at least one when given).',
  ...link('add[].links[]'),
  replace: 'New local wording for fields the base marks as replaceable.',
  'replace[].target': { description: 'Id of the object whose wording is replaced; the base must mark it replaceable.', examples: ['rehabilitation'] },
  'replace[].field': 'Which field is replaced: title, description, name, help, heading or body.',
  'replace[].text': localized('The local wording.', 'Genoptræning i Københavns Kommune'),
};

/** Editors' messages for patterns, instead of the raw regular expression (VS Code's `patternErrorMessage`). */
export const PATTERN_MESSAGES: readonly [RegExp, string][] = [
  [/^\^\(0\|\[1-9\]/, 'Expected a semantic version such as "1.0.0" (MAJOR.MINOR.PATCH, optionally -prerelease)'],
  [/^\^\[a-z0-9\]\+/, 'Expected an id of lowercase letters and digits, with "-", "_" or "." between them'],
  [/^\^\[a-z\]\{2,3\}/, 'Expected a locale code such as "da", "nb" or "en-GB"'],
  [/02-29/, 'Expected a real date as YYYY-MM-DD, e.g. "2026-03-02"'],
  [/https:/, 'Expected an https: or urn: URI'],
  [/^\^\\\+\?\[0-9\]/, 'Expected a phone number of digits and spaces, optionally starting with +'],
  [/@/, 'Expected an e-mail address'],
  [/^\^\[A-Z\]\{2\}\$$/, 'Expected a two-letter country code in capitals, such as "DK" or "NO"'],
  [/^\^\[A-Za-z\]\[A-Za-z0-9_\]/, 'Expected a name of letters, digits and _, starting with a letter, such as "scores"'],
];
