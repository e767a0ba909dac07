import { useTranslation } from 'react-i18next';
import { RichText } from '../components/RichText';
import { ServiceIcon } from '../components/ServiceIcon';
import type { Need } from '../content/schema';

/** Once needs are ticked: what replaces each product, in plain words. */
export function ServicesSummary({ needs }: { needs: readonly Need[] }) {
  const { t } = useTranslation('needs');
  if (needs.length === 0) return null;
  return (
    <section className="services-summary" aria-labelledby="services-summary-title">
      <h2 id="services-summary-title">{t('screen.summaryTitle')}</h2>
      <RichText className="hint" text={t('screen.summaryIntro')} />
      <ul>
        {needs.map((need) => (
          <li key={need.id}>
            {need.icon && <ServiceIcon paths={need.icon} />}
            <div>
              <p className="services-summary-name">
                {t('screen.insteadOf', { name: t(need.id), list: need.replaces.join(', ') })}
              </p>
              <p>{t(`about.${need.id}`)}</p>
              {need.software && need.software.length > 0 && (
                <p>{t('screen.software', { list: need.software.join(', ') })}</p>
              )}
              {need.noAccount && <p>{t('screen.noAccount')}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
