import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { RichText } from '../components/RichText';
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
      <RichText className="lead" text={t('welcome.lead')} />
      <h2>{t('welcome.whatTitle')}</h2>
      <RichText text={t('welcome.what')} />
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
      <h2>{t('welcome.quickTitle')}</h2>
      <p>{t('welcome.quick')}</p>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          actor.send({ type: 'wizard.quick' });
        }}
      >
        {t('welcome.quickStart')}
      </button>
    </>
  );
}
