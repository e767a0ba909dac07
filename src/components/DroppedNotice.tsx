import { useTranslation } from 'react-i18next';
import type { DroppedPart } from '../share/sharedState';

interface Props {
  from: 'link' | 'session';
  /** Each part once, in the order of `droppedPartIds` (as `droppedList` gives them). */
  dropped: readonly DroppedPart[];
}

/** Parts that mean nothing at all could be read back. */
const whole = new Set(['unreadable', 'version']);

/** "This link was damaged: we kept the rest. Left out: the budget." */
export function DroppedNotice({ from, dropped }: Props) {
  const { t } = useTranslation();
  if (dropped.length === 0) return null;
  // Kept answers that cannot be read at all: "the whole link" would make no sense here.
  if (from === 'session' && dropped.some((d) => whole.has(d.part))) {
    return (
      <div className="notice-box" role="status">
        <p>{t('dropped.sessionLost')}</p>
      </div>
    );
  }
  const parts = dropped.map(({ part }) => t(`dropped.parts.${part}`));
  return (
    <div className="notice-box" role="status">
      <p>{t(from === 'link' ? 'dropped.link' : 'dropped.session')}</p>
      <p>{t('dropped.list', { list: parts.join(', ') })}</p>
    </div>
  );
}
