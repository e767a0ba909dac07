import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutCredits } from '../components/AboutCredits';
import { ForgetAnswers } from './keeping/ForgetAnswers';
import { ResumeLater } from './keeping/ResumeLater';
import { useVisit } from './keeping/visitContext';
import { useWizardActor } from './wizardContext';
import { WorkshopSwitch } from './workshop/WorkshopSwitch';
import './keeping/keeping.css';

/**
 * Below every screen: the privacy promise, what to do with the answers
 * (resume later, forget, start again), the workshop switch on the welcome
 * page, and the credits. In workshop mode, "Next person" (in the header)
 * replaces resume, forget and start again.
 * `onWelcome`: the welcome page is on show (it says the privacy promise and
 * offers resuming in its own words). Memoised: it redraws when the visit
 * changes or the welcome page comes or goes, not with every screen.
 */
export const SiteFooter = memo(function SiteFooter({ onWelcome }: { onWelcome: boolean }) {
  const { t } = useTranslation(['common', 'workshop']);
  const { workshop } = useVisit();
  const actor = useWizardActor();
  return (
    <footer className="site-footer">
      {onWelcome && <WorkshopSwitch />}
      {!onWelcome && <p>{workshop ? t('workshop:on') : t('footer.privacy')}</p>}
      {!onWelcome && !workshop && <ResumeLater />}
      {!workshop && (
        <div className="footer-actions">
          <ForgetAnswers />
          {!onWelcome && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                actor?.send({ type: 'wizard.restart' });
              }}
            >
              {t('restart')}
            </button>
          )}
        </div>
      )}
      <AboutCredits />
    </footer>
  );
});
