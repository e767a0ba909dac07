import { useTranslation } from 'react-i18next';
import { MoveGuides } from '../components/MoveGuides';
import { RichText } from '../components/RichText';
import type { Hoster } from '../content/schema';
import type { Recommendation } from '../recommend/types';
import type { CompleteAnswers } from '../wizard/answers';
import { HandoutHoster } from './HandoutHoster';
import { QrCode } from './QrCode';
import { useShareLink } from './useShareLink';
import './print.css';

interface Props {
  recommendations: readonly Recommendation[];
  hosters: ReadonlyMap<string, Hoster>;
  answers: CompleteAnswers;
}

/**
 * The paper version of the results, shown by the print style sheet instead
 * of the page: a person leaves a workshop with it and opens the same results
 * on a phone through the QR code (issue 6). The results screen puts it in
 * the page only while printing (usePrinting); it stays hidden on screen.
 */
export function PrintHandout({ recommendations, hosters, answers }: Props) {
  const { t, i18n } = useTranslation('print');
  const link = useShareLink();
  const context = answers.profile === 'helper' ? 'helper' : undefined;
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  const title = t('title', { context });
  // Named by aria-label, not by its heading: a hidden heading gives no name.
  return (
    <section className="print-handout" hidden aria-label={title}>
      <div className="handout-head">
        <div>
          <h2>{title}</h2>
          <p>{t('date', { date: today })}</p>
          <RichText text={t('intro')} />
        </div>
        <div className="handout-qr-text">
          <p>{t('qrHint')}</p>
          <p>
            {t('link')} <span className="handout-link">{link}</span>
          </p>
        </div>
        <QrCode text={link} label={t('qrLabel')} />
      </div>
      <div className="handout-hosters">
        {recommendations.map((r) => {
          const hoster = hosters.get(r.hosterId);
          return hoster ? (
            <HandoutHoster key={r.hosterId} hoster={hoster} recommendation={r} answers={answers} />
          ) : null;
        })}
      </div>
      <MoveGuides needs={answers.needs} level={3} idPrefix="handout" />
    </section>
  );
}
