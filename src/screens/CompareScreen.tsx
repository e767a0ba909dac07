import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { BackLink } from '../components/BackLink';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { criteriaOf, criterionIds } from '../recommend/criteria';
import { useResults } from './useResults';

/** Two or three hosters side by side; one row per fact, short words that fit a phone. */
export function CompareScreen() {
  const { t } = useTranslation(['results', 'criteria', 'vocab']);
  const ids = WizardContext.useSelector((s) => s.context.compared);
  const { answers, hosters, recommendationOf } = useResults();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const columns = ids.flatMap((id) => {
    const hoster = hosters.get(id);
    const recommendation = recommendationOf(id);
    return hoster && recommendation && answers
      ? [{ hoster, recommendation, criteria: criteriaOf(recommendation, hoster, answers) }]
      : [];
  });
  const names = columns.map((c) => c.hoster.name).join(', ');
  return (
    <>
      <BackLink />
      <h1 tabIndex={-1} ref={heading}>
        {t('results:compare.title')}
      </h1>
      <table className="compare-table">
        <caption>{t('results:compare.caption', { names })}</caption>
        <thead>
          <tr>
            <td />
            {columns.map(({ hoster }) => (
              <th key={hoster.id} scope="col">
                {hoster.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('results:compare.tools')}</th>
            {columns.map(({ hoster, recommendation: r }) => (
              <td key={hoster.id}>
                {t('results:compare.toolsCount', {
                  count: r.covered.length,
                  total: r.covered.length + r.missing.length,
                })}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('results:card.signup')}</th>
            {columns.map(({ hoster, recommendation: r }) => (
              <td key={hoster.id}>{t(`vocab:signup.${r.signup}`)}</td>
            ))}
          </tr>
          {criterionIds.map((id, row) => (
            <tr key={id}>
              <th scope="row">{t(`criteria:items.${id}.name`)}</th>
              {columns.map(({ hoster, criteria }) => (
                <td key={hoster.id}>{t(`criteria:levels.${criteria[row]?.level ?? 'unknown'}`)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
