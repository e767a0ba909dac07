import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { RichText } from './RichText';

/**
 * Licences and data credits (GeoNames CC-BY-4.0 requires attribution).
 * Folded under every screen: its text is written the first time it is
 * opened, so that a slow phone starting the welcome page does not make
 * seven texts nobody reads yet (issue 7).
 */
export function AboutCredits() {
  const { t } = useTranslation('about');
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="about"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('title')}</summary>
      {opened && <CreditsText />}
    </details>
  );
}

function CreditsText() {
  const { t } = useTranslation('about');
  const { places } = useContent();
  return (
    <>
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
    </>
  );
}
