import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { VisitMessages } from './keeping/VisitMessages';
import { useVisit } from './keeping/visitContext';
import { NextPerson } from './workshop/NextPerson';

/**
 * The band above every screen: the app's name, "Next person" in workshop
 * mode, the language switch, then the kept-answers offer or notice.
 * Memoised: a new step redraws the screen, not the band around it.
 */
export const SiteHeader = memo(function SiteHeader() {
  const { t } = useTranslation('common');
  const { workshop } = useVisit();
  return (
    <header className="site-header">
      <p className="app-name">{t('appName')}</p>
      <div className="header-actions">
        {workshop && <NextPerson />}
        <LanguageSwitch />
      </div>
      <VisitMessages />
    </header>
  );
});
