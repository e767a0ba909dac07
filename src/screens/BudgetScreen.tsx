import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { ChoiceList } from '../components/ChoiceList';
import { QuestionPage } from '../components/QuestionPage';
import { Budget } from '../wizard/answers';
import { useQuestion } from './useQuestion';

export function BudgetScreen() {
  const { t } = useTranslation('wizard');
  const saved = WizardContext.useSelector((s) => s.context.answers.budget);
  const [budget, setBudget] = useState<Budget | undefined>(saved);
  const { progress, refused, submit, context } = useQuestion();
  const choices = Budget.options.map((value) => ({
    value,
    label: t(`budget.options.${value}.label`),
    hint: t(`budget.options.${value}.hint`),
  }));
  return (
    <QuestionPage
      title={t('budget.title', { context })}
      hint={t('budget.hint', { context })}
      progress={progress}
      error={refused ? t('budget.error') : null}
      fieldId="budget-field"
      onContinue={() => submit({ type: 'answer.submit', step: 'budget', value: budget })}
    >
      <ChoiceList name="budget" choices={choices} selected={budget} onChange={setBudget} />
    </QuestionPage>
  );
}
