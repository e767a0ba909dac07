import { useTranslation } from 'react-i18next';
import { useWizardStart } from '../app/wizardContext';
import { RichText } from '../components/RichText';
import { useFocusOnMount } from '../components/useFocusOnMount';

export function WelcomeScreen() {
  const { t } = useTranslation(['wizard', 'common']);
  const { start, waiting, failed } = useWizardStart();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('welcome.title')}
      </h1>
      <RichText className="lead" text={t('welcome.lead')} />
      <h2>{t('welcome.whatTitle')}</h2>
      <RichText text={t('welcome.what')} />
      <p>{t('welcome.privacy')}</p>
      <p>{t('welcome.duration')}</p>
      <button
        type="button"
        className="button-primary"
        onClick={() => {
          start('wizard.start');
        }}
      >
        {t('welcome.start')}
      </button>
      {waiting && (
        <p role="status" className="hint">
          {t('common:loadingPage')}
        </p>
      )}
      {failed && !waiting && (
        <p role="alert" className="hint">
          {t('common:wizardFailed')}
        </p>
      )}
      <h2>{t('welcome.quickTitle')}</h2>
      <p>{t('welcome.quick')}</p>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          start('wizard.quick');
        }}
      >
        {t('welcome.quickStart')}
      </button>
    </>
  );
}
