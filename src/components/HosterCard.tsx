import { useTranslation } from 'react-i18next';
import type { Hoster } from '../content/schema';
import { badgeOf } from '../recommend/criteria';
import type { Recommendation } from '../recommend/types';
import type { CompleteAnswers } from '../wizard/answers';
import { FitBadge } from './FitBadge';
import { HosterCardLower } from './HosterCardLower';
import { MessageList } from './MessageList';
import { SafeLink } from './SafeLink';
import { siteOf } from './siteOf';

interface Props {
  hoster: Hoster;
  recommendation: Recommendation;
  answers: CompleteAnswers;
  /** False for the first frame after the click: the lower part (graph, next steps, dates) follows. */
  complete: boolean;
}

/** One proposal: who they are, your tools there, why them and what to know first. */
export function HosterCard({ hoster, recommendation: r, answers, complete }: Props) {
  const { t } = useTranslation(['results', 'needs', 'vocab']);
  const headingId = `hoster-${hoster.id}`;
  const where = [
    hoster.location.city,
    r.distanceKm === null ? null : t('results:card.distance', { km: r.distanceKm }),
  ].filter((part): part is string => part !== null);

  return (
    // Busy while its lower part is still to come (assistive technologies and tests can wait).
    <article
      className="hoster-card"
      aria-labelledby={headingId}
      aria-busy={complete ? undefined : true}
    >
      <h2 id={headingId}>{hoster.name}</h2>
      <FitBadge badge={badgeOf(r)} />
      {/* Summaries are written in French; say so to screen readers in other languages. */}
      {hoster.summary && <p lang="fr">{hoster.summary}</p>}
      <dl className="facts">
        <dt>{t('results:card.where')}</dt>
        <dd>{where.length > 0 ? where.join(', ') : t('results:card.placeUnknown')}</dd>
        <dt>{t('results:card.structure')}</dt>
        <dd>{t(`vocab:structure.${hoster.structure ?? 'unknown'}`)}</dd>
        <dt>{t('results:card.signup')}</dt>
        <dd>{t(`vocab:signup.${r.signup}`)}</dd>
      </dl>
      <h3>{t('results:card.yourTools')}</h3>
      <ul>
        {r.covered.map(({ need, offers }) => {
          const software = [...new Set(offers.map((o) => o.software).filter((s) => s !== null))];
          const addresses = [...new Set(offers.map((o) => o.url).filter((u) => u !== null))];
          return (
            <li key={need}>
              {t(`needs:${need}`)} —{' '}
              {software.length > 0
                ? t('results:card.software', { software: software.join(', ') })
                : t('results:card.softwareUnknown')}
              {/* Where the record gives the service's own address, the tool is one tap away. */}
              {addresses.map((address) => (
                <p key={address} className="offer-link">
                  <SafeLink href={address}>
                    {t('results:card.open', { site: siteOf(address) })}
                  </SafeLink>
                </p>
              ))}
            </li>
          );
        })}
      </ul>
      {r.missing.length > 0 && (
        <p>
          {t('results:card.missing', { list: r.missing.map((n) => t(`needs:${n}`)).join(', ') })}
        </p>
      )}
      <MessageList title={t('results:card.why')} messages={r.reasons} />
      <MessageList title={t('results:card.limits')} messages={r.limits} />
      <MessageList title={t('results:card.unknowns')} messages={r.unknowns} />
      {complete && <HosterCardLower hoster={hoster} recommendation={r} answers={answers} />}
    </article>
  );
}
