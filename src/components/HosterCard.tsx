import { useTranslation } from 'react-i18next';
import type { Hoster } from '../content/schema';
import { badgeOf, criteriaOf } from '../recommend/criteria';
import type { Recommendation } from '../recommend/types';
import type { CompleteAnswers } from '../wizard/answers';
import { CardActions } from './CardActions';
import { CriteriaPanel } from './CriteriaPanel';
import { FitBadge } from './FitBadge';
import { MessageList } from './MessageList';
import { formatDate } from './formatDate';
import { SourceList } from './SourceList';
import { NextSteps } from './NextSteps';
import { ReportLink } from './ReportLink';

interface Props {
  hoster: Hoster;
  recommendation: Recommendation;
  answers: CompleteAnswers;
}

export function HosterCard({ hoster, recommendation: r, answers }: Props) {
  const { t, i18n } = useTranslation(['results', 'needs', 'vocab']);
  const headingId = `hoster-${hoster.id}`;
  const checked = formatDate(hoster.checked, i18n.language);
  const where = [
    hoster.location.city,
    r.distanceKm === null ? null : t('results:card.distance', { km: r.distanceKm }),
  ].filter((part): part is string => part !== null);

  return (
    <article className="hoster-card" aria-labelledby={headingId}>
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
          return (
            <li key={need}>
              {t(`needs:${need}`)} —{' '}
              {software.length > 0
                ? t('results:card.software', { software: software.join(', ') })
                : t('results:card.softwareUnknown')}
            </li>
          );
        })}
      </ul>
      {r.missing.length > 0 && (
        <p>
          {t('results:card.missing', { list: r.missing.map((n) => t(`needs:${n}`)).join(', ') })}
        </p>
      )}
      <h3>{t('results:card.criteria')}</h3>
      <CriteriaPanel criteria={criteriaOf(r, hoster, answers)} />
      <MessageList title={t('results:card.why')} messages={r.reasons} />
      <MessageList title={t('results:card.limits')} messages={r.limits} />
      <MessageList title={t('results:card.unknowns')} messages={r.unknowns} />
      <NextSteps hoster={hoster} recommendation={r} profile={answers.profile} level={3} />
      <p className="checked">{t('results:card.checked', { date: checked })}</p>
      <ReportLink hoster={hoster} />
      <CardActions hosterId={hoster.id} name={hoster.name} />
      <details>
        <summary>{t('results:card.sources')}</summary>
        <SourceList sources={hoster.sources} />
      </details>
    </article>
  );
}
