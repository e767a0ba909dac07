import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';

/** Licences and data credits (GeoNames CC-BY-4.0 requires attribution). */
export function AboutCredits() {
  const { t } = useTranslation('about');
  const { places } = useContent();
  return (
    <details className="about">
      <summary>{t('title')}</summary>
      <p>{t('what')}</p>
      <ul>
        <li>{t('codeLicence')}</li>
        <li>{t('dataLicence')}</li>
        <li>{t('geonames')}</li>
        <li>{t('insee')}</li>
        <li>{t('hosters')}</li>
      </ul>
      <p lang="fr" className="hint">
        {places.credit}
      </p>
    </details>
  );
}
