import { useTranslation } from 'react-i18next';
import './nextSteps.css';
import type { Hoster } from '../content/schema';
import type { Recommendation } from '../recommend/types';
import type { Profile } from '../wizard/answers';
import { questionsFor } from './nextStepsOf';
import { SafeLink } from './SafeLink';

interface Props {
  hoster: Hoster;
  recommendation: Recommendation;
  profile: Profile;
  /** 3 inside a result card (under its h2), 2 on the detail page. */
  level: 2 | 3;
}

/** How to reach this hoster and what to ask them: only what the data says, the rest as questions. */
export function NextSteps({ hoster, recommendation, profile, level }: Props) {
  const { t } = useTranslation('nextSteps');
  const Title = level === 2 ? 'h2' : 'h3';
  const Part = level === 2 ? 'h3' : 'h4';
  const { inPerson, workshops, notes } = hoster.support;
  return (
    // On a result card, the region's name adds the card's title (hoster-…): three
    // regions called "What to do next" alone would be indistinguishable landmarks.
    <section className="next-steps" aria-labelledby={`next-${hoster.id} hoster-${hoster.id}`}>
      <Title id={`next-${hoster.id}`}>{t('title')}</Title>
      <Part>{t('contact.title')}</Part>
      <ul>
        <li>
          {hoster.website ? (
            <SafeLink href={hoster.website}>{t('contact.website', { name: hoster.name })}</SafeLink>
          ) : (
            <>
              {t('contact.noWebsite', { name: hoster.name })}{' '}
              <SafeLink href="https://www.chatons.org/">{t('contact.directory')}</SafeLink>
            </>
          )}
        </li>
        {inPerson === true && <li>{t('contact.inPerson')}</li>}
        {workshops === true && <li>{t('contact.workshops')}</li>}
        {notes && (
          <li>
            {t('contact.notes')} <span lang="fr">{notes}</span>
          </li>
        )}
      </ul>
      <Part>{t('ask.title')}</Part>
      <ul className="ask-list">
        {questionsFor(hoster, recommendation, profile).map((question) => (
          <li key={question}>{t(`ask.${question}`)}</li>
        ))}
      </ul>
    </section>
  );
}
