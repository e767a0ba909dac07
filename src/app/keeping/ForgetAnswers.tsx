import { useTranslation } from 'react-i18next';
import { useVisit } from './visitContext';

/** "Forget my answers", on every screen: the tab, the device and the page forget them. */
export function ForgetAnswers() {
  const { t } = useTranslation();
  const { forget } = useVisit();
  return (
    <button type="button" className="link-button" onClick={forget}>
      {t('keep.forget')}
    </button>
  );
}
