import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { RichText } from './RichText';

/**
 * Licences and data credits (GeoNames CC-BY-4.0 requires attribution).
 * Written in full even while folded: the welcome page is in index.html,
 * and someone who opens the credits before the scripts arrive must find
 * their text.
 */
export function AboutCredits() {
  const { t } = useTranslation('about');
  const { places } = useContent();
  return (
    <details className="about">
      <summary>{t('title')}</summary>
      <RichText text={t('what')} />
      <ul>
        <li>{t('codeLicence')}</li>
        <li>{t('dataLicence')}</li>
        <li>{t('geonames')}</li>
        <li>{t('insee')}</li>
        <li>
          <RichText text={t('hosters')} />
        </li>
      </ul>
      <p lang="fr" className="hint">
        {places.credit}
      </p>
    </details>
  );
}
