import { useTranslation } from 'react-i18next';
import type { Hoster } from '../content/schema';
import type { Combination } from '../recommend/types';

interface Props {
  combination: Combination;
  hosters: ReadonlyMap<string, Hoster>;
}

/** "E-mail: at A. Video calls: at B." — when no single hoster covers every need. */
export function CombinationSection({ combination, hosters }: Props) {
  const { t } = useTranslation(['results', 'needs']);
  const needList = (needs: readonly string[]) =>
    needs.map((need) => t(`needs:${need}` as 'needs:email')).join(', ');
  return (
    <section className="combination" aria-labelledby="combination-title">
      <h2 id="combination-title">{t('results:combination.title')}</h2>
      <ul>
        {combination.parts.map((part) => {
          const name = hosters.get(part.hosterId)?.name ?? part.hosterId;
          const needs = needList(part.needs);
          return (
            <li key={part.hosterId}>
              {part.distanceKm === null
                ? t('results:combination.part', { needs, name })
                : t('results:combination.partDistance', { needs, name, km: part.distanceKm })}
            </li>
          );
        })}
      </ul>
      {combination.missing.length > 0 && (
        <p>{t('results:combination.missing', { list: needList(combination.missing) })}</p>
      )}
    </section>
  );
}
