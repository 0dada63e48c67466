/**
 * Starting points for new bundles, one per kind: the smallest bundle that passes `pakke validate`
 * (no errors), with every text in every requested locale. Used by `pakke new` and by the studio's
 * "new bundle". Texts are instructions to the author, never content facts; the one source is a
 * placeholder to be replaced with the real citation before publishing.
 */
import type { Kind } from './envelope.js';

export const TEMPLATE_KINDS: readonly Kind[] = ['pathway', 'decision-aid', 'needs-assessment'];

/** Placeholder wording per language; other locales get the English wording to translate. */
const WORDS = {
  da: {
    title: 'Ny titel', publisher: 'Udgiver', disclaimer: 'Teksten erstatter ikke en samtale med din læge.', funding: 'Skriv, hvem der betaler.',
    policy: 'Skriv, hvornår teksten bliver læst igennem igen.', phase: 'Første fase', step: 'Første trin', stepText: 'Skriv, hvad der sker.',
    condition: 'Skriv kort om sygdommen.', decision: 'Hvad skal du vælge?', forWhom: 'Skriv, hvem valget er for.', optionA: 'Første valg', optionB: 'Intet at gøre nu',
    describe: 'Skriv, hvad valget betyder.', pro: 'Skriv en fordel.', con: 'Skriv en ulempe.', living: 'Skriv, hvordan det føles i hverdagen.',
    outcome: 'Første udfald', event: 'får udfaldet', notKnown: 'Vi ved det ikke endnu.', uncertainty: 'Skriv, hvor sikre tallene er.',
    value: 'Skriv, hvad der kan betyde noget for dig.', page: 'Første side', question: 'Skriv spørgsmålet.', yes: 'Ja', no: 'Nej',
  },
  nb: {
    title: 'Ny tittel', publisher: 'Utgiver', disclaimer: 'Teksten erstatter ikke en samtale med legen din.', funding: 'Skriv hvem som betaler.',
    policy: 'Skriv når teksten blir lest gjennom igjen.', phase: 'Første fase', step: 'Første steg', stepText: 'Skriv hva som skjer.',
    condition: 'Skriv kort om sykdommen.', decision: 'Hva skal du velge?', forWhom: 'Skriv hvem valget er for.', optionA: 'Første valg', optionB: 'Ikke gjøre noe nå',
    describe: 'Skriv hva valget betyr.', pro: 'Skriv en fordel.', con: 'Skriv en ulempe.', living: 'Skriv hvordan det kjennes i hverdagen.',
    outcome: 'Første utfall', event: 'får utfallet', notKnown: 'Vi vet det ikke ennå.', uncertainty: 'Skriv hvor sikre tallene er.',
    value: 'Skriv hva som kan bety noe for deg.', page: 'Første side', question: 'Skriv spørsmålet.', yes: 'Ja', no: 'Nei',
  },
  nn: {
    title: 'Ny tittel', publisher: 'Utgjevar', disclaimer: 'Teksten erstattar ikkje ein samtale med legen din.', funding: 'Skriv kven som betaler.',
    policy: 'Skriv når teksten blir lesen gjennom igjen.', phase: 'Første fase', step: 'Første steg', stepText: 'Skriv kva som skjer.',
    condition: 'Skriv kort om sjukdommen.', decision: 'Kva skal du velje?', forWhom: 'Skriv kven valet er for.', optionA: 'Første val', optionB: 'Ikkje gjere noko no',
    describe: 'Skriv kva valet tyder.', pro: 'Skriv ein fordel.', con: 'Skriv ein ulempe.', living: 'Skriv korleis det kjennest i kvardagen.',
    outcome: 'Første utfall', event: 'får utfallet', notKnown: 'Vi veit det ikkje enno.', uncertainty: 'Skriv kor sikre tala er.',
    value: 'Skriv kva som kan bety noko for deg.', page: 'Første side', question: 'Skriv spørsmålet.', yes: 'Ja', no: 'Nei',
  },
  en: {
    title: 'New title', publisher: 'Publisher', disclaimer: 'This text does not replace a talk with your doctor.', funding: 'Say who pays for this.',
    policy: 'Say when the text will be read through again.', phase: 'First phase', step: 'First step', stepText: 'Say what happens.',
    condition: 'Say in short what the illness is.', decision: 'What do you need to choose?', forWhom: 'Say who the choice is for.', optionA: 'First option', optionB: 'Do nothing for now',
    describe: 'Say what the option means.', pro: 'Name a good side.', con: 'Name a bad side.', living: 'Say what it is like in daily life.',
    outcome: 'First outcome', event: 'have the outcome', notKnown: 'We do not know yet.', uncertainty: 'Say how sure the numbers are.',
    value: 'Say what may matter to you.', page: 'First page', question: 'Write the question.', yes: 'Yes', no: 'No',
  },
} as const;
type Word = keyof (typeof WORDS)['en'];

export interface TemplateOptions {
  /** Locales of the bundle, default locale first (default `["da"]`). */
  locales?: readonly string[];
  /** ISO date of `published` (default today); `reviewDue` is a year later. */
  today?: string;
  /** Written as `$schema` (default: `../../schema/<kind>.schema.json`, right for `<content>/<kind>/<id>/<version>.json`). */
  schema?: string;
}

function addYear(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** A new bundle of `kind` with id `id`, version 1.0.0, status `draft`. */
export function bundleTemplate(kind: Kind, id: string, options: TemplateOptions = {}): Record<string, unknown> {
  const locales = [...(options.locales?.length ? options.locales : ['da'])];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const t = (w: Word) => Object.fromEntries(locales.map((l) => [l, (WORDS[l as keyof typeof WORDS] ?? WORDS.en)[w]]));
  const envelope = {
    $schema: options.schema ?? `../../schema/${kind}.schema.json`,
    format: 1,
    kind,
    id,
    version: '1.0.0',
    published: today,
    reviewDue: addYear(today),
    locales,
    defaultLocale: locales[0],
    status: 'draft',
    title: t('title'),
    publisher: { name: t('publisher') },
    authors: [{ name: 'Author' }],
    sources: [{ id: 'source-1', citation: 'Replace with the full citation of the evidence.' }],
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    disclaimer: t('disclaimer'),
    funding: t('funding'),
    updatePolicy: t('policy'),
  };
  switch (kind) {
    case 'pathway':
      return {
        ...envelope,
        phases: [{ id: 'phase-1', title: t('phase'), steps: [{ id: 'step-1', title: t('step'), description: t('stepText'), actors: ['hospital'], sources: ['source-1'] }] }],
      };
    case 'decision-aid': {
      const option = (oid: string, type: string, label: Word) => ({
        id: oid, label: t(label), type, description: t('describe'), practical: [], pros: [t('pro')], cons: [t('con')],
        livingWith: { physical: t('living'), psychological: t('living'), social: t('living') },
      });
      return {
        ...envelope,
        condition: t('condition'),
        decision: t('decision'),
        forWhom: t('forWhom'),
        options: [option('option-1', 'treatment', 'optionA'), option('option-2', 'watchful', 'optionB')],
        outcomes: [{
          id: 'outcome-1', label: t('outcome'), direction: 'benefit', event: t('event'), uncertainty: t('uncertainty'),
          numbers: ['option-1', 'option-2'].map((o) => ({ option: o, notKnown: t('notKnown'), sources: ['source-1'] })),
        }],
        comparison: [],
        values: [{ id: 'value-1', statement: t('value') }],
        readiness: [],
        questions: [],
      };
    }
    case 'needs-assessment':
      return {
        ...envelope,
        pages: [{ id: 'page-1', title: t('page'), items: [{ id: 'item-1', type: 'yes-no', text: t('question'), sources: ['source-1'] }] }],
        domains: [],
        services: [],
        flags: [],
      };
  }
}

/** Placeholder wording for an overlay's one contact block (other locales: the English wording). */
const OVERLAY_WORDS: Record<string, { title: string; publisher: string; contact: string; note: string; address: string }> = {
  da: { title: 'Lokale oplysninger', publisher: 'Hospital', contact: 'Kontakt', note: 'Skriv, hvem man kan kontakte, og hvornår.', address: 'Skriv adressen.' },
  nb: { title: 'Lokale opplysninger', publisher: 'Sykehus', contact: 'Kontakt', note: 'Skriv hvem man kan kontakte, og når.', address: 'Skriv adressen.' },
  nn: { title: 'Lokale opplysningar', publisher: 'Sjukehus', contact: 'Kontakt', note: 'Skriv kven ein kan kontakte, og når.', address: 'Skriv adressa.' },
  en: { title: 'Local information', publisher: 'Hospital', contact: 'Contact', note: 'Say whom to contact, and when.', address: 'Write the address.' },
};

/**
 * A new overlay (local facts on top of a national bundle) with id `id` for the bundle `baseId`,
 * versions `versions` (a range such as `^1.0`): one contact block to fill in, status `draft`.
 */
export function overlayTemplate(id: string, baseId: string, versions: string, options: TemplateOptions = {}): Record<string, unknown> {
  const locales = [...(options.locales?.length ? options.locales : ['da'])];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const t = (w: keyof (typeof OVERLAY_WORDS)['en']) => Object.fromEntries(locales.map((l) => [l, (OVERLAY_WORDS[l] ?? OVERLAY_WORDS.en!)[w]]));
  return {
    $schema: options.schema ?? '../../schema/overlay.schema.json',
    format: 1,
    kind: 'overlay',
    id,
    version: '1.0.0',
    base: { id: baseId, versions },
    published: today,
    reviewDue: addYear(today),
    locales,
    defaultLocale: locales[0],
    status: 'draft',
    title: t('title'),
    publisher: { name: t('publisher') },
    add: [{ contacts: [{ id: 'contact-1', title: t('contact'), address: t('address'), note: t('note') }] }],
  };
}
