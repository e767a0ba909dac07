import { WizardContext } from '../app/wizardContext';
import { shareUrl } from '../share/linkCodec';

/** The link to these results, built by the share codec (answers in the fragment only). */
export function useShareLink(): string {
  const answers = WizardContext.useSelector((s) => s.context.answers);
  return shareUrl(window.location.href, { answers });
}
