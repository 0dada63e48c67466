import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import cem from '../custom-elements.json';
import { setLocale } from '../src/l10n/localization.js';

setCustomElementsManifest(cem);

const LOCALES: Record<string, { title: string; dir: 'ltr' | 'rtl' }> = {
  da: { title: 'Dansk', dir: 'ltr' },
  nb: { title: 'Norsk bokmål', dir: 'ltr' },
  nn: { title: 'Norsk nynorsk', dir: 'ltr' },
  en: { title: 'English', dir: 'ltr' },
  ar: { title: 'العربية (RTL)', dir: 'rtl' },
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Page language: UI strings, content language and direction',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LOCALES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'da' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string) ?? 'da';
      document.documentElement.lang = locale;
      document.documentElement.dir = LOCALES[locale]?.dir ?? 'ltr';
      void setLocale(locale);
      return story();
    },
  ],
  parameters: {
    controls: {
      matchers: { color: /(background|color)$/i },
      // Not for hosts to set: read-only state, methods, static and form-internals members the
      // manifest lists as properties (internal and protected members are left out of it).
      exclude: /^(kind|schema|loaded|status|appliedOverlay|pakkeVersion|formAssociated|form|validity|validationMessage|willValidate|answers|value|flags|questionnaireResponse|steps|view|reload|setAllOpen|goTo|next|back|summary|clearAnswers|checkValidity|reportValidity|form\w*Callback)$/,
    },
    a11y: { test: 'error' },
    layout: 'padded',
  },
};
export default preview;
