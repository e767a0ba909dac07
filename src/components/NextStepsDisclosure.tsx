import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hoster } from '../content/schema';
import type { Recommendation } from '../recommend/types';
import type { Profile } from '../wizard/answers';
import { NextSteps } from './NextSteps';

interface Props {
  hoster: Hoster;
  recommendation: Recommendation;
  profile: Profile;
}

/**
 * "What to do next with X", folded on a result card: three cards of contacts
 * and questions made the page long to read and slow to draw on an old phone.
 * The steps are only put in the page once opened; the detail page shows them open.
 */
export function NextStepsDisclosure({ hoster, recommendation, profile }: Props) {
  const { t } = useTranslation('nextSteps');
  const [open, setOpen] = useState(false);
  return (
    <details
      className="next-steps-disclosure"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{t('disclosure', { name: hoster.name })}</summary>
      {open && (
        <NextSteps hoster={hoster} recommendation={recommendation} profile={profile} level={3} />
      )}
    </details>
  );
}
