import { useTranslation } from 'react-i18next';
import { isLanguage } from '../app/i18n';

/** Switches language in place: the wizard and its answers are untouched. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchToLang');
  if (!isLanguage(target)) return null;
  return (
    <button
      type="button"
      className="button-secondary language-switch"
      lang={target}
      onClick={() => {
        void i18n.changeLanguage(target);
      }}
    >
      {t('language.switchTo')}
    </button>
  );
}
