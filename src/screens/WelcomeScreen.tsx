import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { useFocusOnMount } from '../components/useFocusOnMount';

export function WelcomeScreen() {
  const { t } = useTranslation('wizard');
  const actor = WizardContext.useActorRef();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('welcome.title')}
      </h1>
      <p className="lead">{t('welcome.lead')}</p>
      <h2>{t('welcome.whatTitle')}</h2>
      <p>{t('welcome.what')}</p>
      <p>{t('welcome.privacy')}</p>
      <p>{t('welcome.duration')}</p>
      <button
        type="button"
        className="button-primary"
        onClick={() => {
          actor.send({ type: 'wizard.start' });
        }}
      >
        {t('welcome.start')}
      </button>
    </>
  );
}
