import { useTranslation } from 'react-i18next';
import { parseRichText } from './richText';

interface Props {
  /** A translated text, possibly with marked words (see richText.ts). */
  text: string;
  className?: string;
  id?: string;
}

/**
 * A paragraph whose marked words are explained right below it, in plain
 * words (glossary namespace): jargon is never left unexplained.
 */
export function RichText({ text, className, id }: Props) {
  const { t } = useTranslation('glossary');
  const define = t as unknown as (key: string) => string;
  const pieces = parseRichText(text);
  const terms = [...new Set(pieces.flatMap((p) => ('term' in p ? [p.term] : [])))];
  return (
    <>
      <p className={className} id={id}>
        {pieces.map((piece, index) =>
          'term' in piece ? (
            <dfn key={index} className="term">
              {piece.text}
            </dfn>
          ) : (
            piece.text
          ),
        )}
      </p>
      {terms.length > 0 && (
        <dl className="glossary">
          {terms.map((term) => (
            <div key={term}>
              <dt>{define(`${term}.term`)}</dt>
              <dd>{define(`${term}.definition`)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
