import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** The band above every screen: the app's name and the language switch. */
export function SiteHeader() {
  const { t } = useTranslation('common');
  return (
    <header className="site-header">
      <p className="app-name">{t('appName')}</p>
      <LanguageSwitch />
    </header>
  );
}
