import 'i18next';
import type charter from '../../content/locales/fr/charter.json';
import type nextSteps from '../../content/locales/fr/nextSteps.json';
import type print from '../../content/locales/fr/print.json';
import type workshop from '../../content/locales/fr/workshop.json';
import type offline from '../../content/locales/fr/offline.json';
import type about from '../../content/locales/fr/about.json';
import type common from '../../content/locales/fr/common.json';
import type criteria from '../../content/locales/fr/criteria.json';
import type glossary from '../../content/locales/fr/glossary.json';
import type needs from '../../content/locales/fr/needs.json';
import type reasons from '../../content/locales/fr/reasons.json';
import type results from '../../content/locales/fr/results.json';
import type vocab from '../../content/locales/fr/vocab.json';
import type wizard from '../../content/locales/fr/wizard.json';

// Types come from the French source files, so a wrong key is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      wizard: typeof wizard;
      needs: typeof needs;
      vocab: typeof vocab;
      results: typeof results;
      reasons: typeof reasons;
      about: typeof about;
      glossary: typeof glossary;
      criteria: typeof criteria;
      offline: typeof offline;
      workshop: typeof workshop;
      print: typeof print;
      nextSteps: typeof nextSteps;
      charter: typeof charter;
    };
  }
}
