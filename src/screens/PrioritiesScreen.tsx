import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { CheckList } from '../components/CheckList';
import { QuestionPage } from '../components/QuestionPage';
import type { PriorityId } from '../recommend/types';
import { useQuestion } from './useQuestion';

/** In the order the question lists them (meeting first: it is what a small hoster offers best). */
const shown: readonly PriorityId[] = ['meet', 'association', 'allInOne', 'france', 'longLived'];

/** "What matters to you": optional, so Continue with nothing ticked is an answer. */
export function PrioritiesScreen() {
  const { t } = useTranslation('wizard');
  const saved = WizardContext.useSelector((s) => s.context.answers.priorities);
  const [priorities, setPriorities] = useState<PriorityId[]>(saved ?? []);
  const { progress, refused, submit, context } = useQuestion();
  const choices = shown.map((value) => ({
    value,
    label: t(`priorities.options.${value}.label`),
    hint: t(`priorities.options.${value}.hint`),
  }));
  return (
    <QuestionPage
      title={t('priorities.title', { context })}
      hint={t('priorities.hint')}
      progress={progress}
      error={refused ? t('priorities.error') : null}
      fieldId="priorities-field"
      onContinue={() => submit({ type: 'answer.submit', step: 'priorities', value: priorities })}
    >
      <CheckList
        name="priorities"
        choices={choices}
        selected={priorities}
        onChange={setPriorities}
      />
    </QuestionPage>
  );
}
