import { useTranslation } from 'react-i18next';
import { AboutCredits } from '../components/AboutCredits';
import { WizardContext } from './wizardContext';

/** Below every screen: the privacy promise, "start again" and the credits. */
export function SiteFooter() {
  const { t } = useTranslation('common');
  const actor = WizardContext.useActorRef();
  const step = WizardContext.useSelector((s) => s.value);
  // The welcome page says both already, in its own words.
  const onWelcome = step === 'welcome';
  return (
    <footer className="site-footer">
      {!onWelcome && <p>{t('footer.privacy')}</p>}
      {!onWelcome && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            actor.send({ type: 'wizard.restart' });
          }}
        >
          {t('restart')}
        </button>
      )}
      <AboutCredits />
    </footer>
  );
}
