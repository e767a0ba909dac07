import { createContext, useContext } from 'react';
import type { Answers } from '../../wizard/answers';
import type { RestoredSession } from '../../share/sessionStore';

/** A short message after the person acted on their answers (shown until the next step). */
export type VisitNotice = 'forgotten' | 'resumed';

/**
 * How this visit keeps answers, and the actions that change it. It outlives
 * each wizard (a new person, forgotten answers and a resume all start a new
 * one), so it sits above the wizard's provider, in Root.
 */
export interface Visit {
  /** Workshop mode: nothing stored on the device, larger text, "Next person". */
  workshop: boolean;
  setWorkshop: (on: boolean) => void;
  /** The person asked to resume later: the answers follow on this device. */
  keptOnDevice: boolean;
  /** Starts keeping the answers on the device; false when the device refused. */
  keepOnDevice: (answers: Answers) => boolean;
  /** Answers kept on the device by an earlier visit, offered on the welcome page. */
  offer: RestoredSession | null;
  acceptOffer: () => void;
  discardOffer: () => void;
  /** Forgets every answer (tab, device, page) and starts again: "Forget" and "Next person". */
  forget: () => void;
  notice: VisitNotice | null;
  clearNotice: () => void;
}

export const VisitContext = createContext<Visit | null>(null);

export function useVisit(): Visit {
  const visit = useContext(VisitContext);
  if (!visit) throw new Error('useVisit needs a VisitContext provider (see Root)');
  return visit;
}
