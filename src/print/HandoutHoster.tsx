import { useTranslation } from 'react-i18next';
import { FitBadge } from '../components/FitBadge';
import { formatDate } from '../components/formatDate';
import { questionsFor } from '../components/nextStepsOf';
import type { Hoster } from '../content/schema';
import { badgeOf, criteriaOf } from '../recommend/criteria';
import type { Recommendation } from '../recommend/types';
import type { CompleteAnswers } from '../wizard/answers';

interface Props {
  hoster: Hoster;
  recommendation: Recommendation;
  answers: CompleteAnswers;
}

/** An address as a person types it: "https://www.example.org/" → "example.org/". */
const written = (address: string): string => address.replace(/^https:\/\/(www\.)?/, '');

/** One hoster on paper: no links to click, so addresses are written out. */
export function HandoutHoster({ hoster, recommendation: r, answers }: Props) {
  const { t, i18n } = useTranslation([
    'print',
    'results',
    'vocab',
    'criteria',
    'nextSteps',
    'needs',
  ]);
  const where = [
    hoster.location.city,
    r.distanceKm === null ? null : t('results:card.distance', { km: r.distanceKm }),
    t(`vocab:structure.${hoster.structure ?? 'unknown'}`),
  ].filter((part): part is string => part !== null);
  return (
    <div className="handout-hoster">
      <h3>{hoster.name}</h3>
      <p>{where.join(' · ')}</p>
      <FitBadge badge={badgeOf(r)} />
      <p>{t(`vocab:signup.${r.signup}`)}</p>
      {r.covered.length > 0 && (
        <p>
          {t('print:tools', {
            list: r.covered
              .map(({ need, offers }) => {
                const address = offers.find((offer) => offer.url !== null)?.url;
                const tool = t(`needs:${need}`);
                return address ? t('print:toolAt', { tool, address: written(address) }) : tool;
              })
              .join(', '),
          })}
        </p>
      )}
      <p>
        {hoster.website
          ? t('print:website', { address: written(hoster.website) })
          : t('print:noWebsite')}
      </p>
      {hoster.support.inPerson === true && <p>{t('nextSteps:contact.inPerson')}</p>}
      <p className="handout-label">{t('print:criteria')}</p>
      <ul className="criteria-words">
        {criteriaOf(r, hoster, answers).map((c) => (
          <li key={c.id}>
            {t('criteria:line', {
              name: t(`criteria:items.${c.id}.name`),
              level: t(`criteria:levels.${c.level}`),
            })}
          </li>
        ))}
      </ul>
      <p className="handout-label">{t('print:ask')}</p>
      <ul className="ask-list">
        {questionsFor(hoster, r, answers.profile).map((q) => (
          <li key={q}>{t(`nextSteps:ask.${q}`)}</li>
        ))}
      </ul>
      <p className="checked">{t('print:checked', { date: formatDate(hoster.checked, i18n) })}</p>
    </div>
  );
}
