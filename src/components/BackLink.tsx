import { useTranslation } from 'react-i18next';
import { useGoBack } from '../app/navigation';

export function BackLink() {
  const { t } = useTranslation();
  const goBack = useGoBack();
  return (
    <button type="button" className="back-link" onClick={goBack}>
      {t('back')}
    </button>
  );
}
