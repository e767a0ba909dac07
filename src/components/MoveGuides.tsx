import { useTranslation } from 'react-i18next';
import './nextSteps.css';
import type { NeedId } from '../content/schema';
import { guidesFor } from './nextStepsOf';
import { RichText } from './RichText';
import { SafeLink } from './SafeLink';

interface Props {
  needs: readonly NeedId[];
  /** 2 on the results and detail pages, under their h1. */
  level?: 2 | 3;
  /** Keeps ids unique when the guides appear twice (page and printed handout). */
  idPrefix?: string;
}

/** Short guides to leave Gmail, Google Drive or WhatsApp, for the needs the person ticked. */
export function MoveGuides({ needs, level = 2, idPrefix = 'page' }: Props) {
  const { t } = useTranslation('nextSteps');
  const guides = guidesFor(needs);
  if (guides.length === 0) return null;
  const Title = level === 2 ? 'h2' : 'h3';
  const Guide = level === 2 ? 'h3' : 'h4';
  const titleId = `${idPrefix}-move-guides`;
  return (
    <section className="move-guides" aria-labelledby={titleId}>
      <Title id={titleId}>{t('guides.title')}</Title>
      <p>{t('guides.intro')}</p>
      {guides.map((guide) => (
        <div key={guide} className="move-guide">
          <Guide>{t(`guides.${guide}.title`)}</Guide>
          <ol>
            {Object.entries(t(`guides.${guide}.steps`, { returnObjects: true })).map(
              ([key, step]) => (
                <li key={key}>
                  <RichText text={step} />
                </li>
              ),
            )}
          </ol>
          {guide !== 'whatsapp' && (
            <p className="guide-link">
              <SafeLink href="https://takeout.google.com/">{t('guides.link')}</SafeLink>
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
