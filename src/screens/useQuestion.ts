import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { questionCount, stepNumber, type AnswerSubmitEvent } from '../wizard/steps';

/**
 * What every question screen shares: the progress line, the wording
 * context, and a submit that asks the machine whether the answer is
 * acceptable before sending it, so the rule lives in the machine and the
 * view only shows the error.
 */
export function useQuestion() {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const current = WizardContext.useSelector((s) => stepNumber(s.value));
  const context = useWordingContext();
  const [refused, setRefused] = useState(false);
  const progress = current === null ? null : t('progress', { current, total: questionCount });
  const submit = (event: AnswerSubmitEvent): boolean => {
    const accepted = actor.getSnapshot().can(event);
    setRefused(!accepted);
    if (accepted) actor.send(event);
    return accepted;
  };
  return { progress, refused, submit, context };
}

/**
 * The i18next context of the questions' wording: 'helper' when the person
 * answers for someone they help, so questions say "la personne" instead of
 * "vous" (keys like `place.title_helper`); undefined otherwise.
 */
export function useWordingContext(): 'helper' | undefined {
  return WizardContext.useSelector((s) =>
    s.context.answers.profile === 'helper' ? 'helper' : undefined,
  );
}
