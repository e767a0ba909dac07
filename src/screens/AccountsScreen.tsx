import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { ChoiceList } from '../components/ChoiceList';
import { QuestionPage } from '../components/QuestionPage';
import { Accounts } from '../wizard/answers';
import { useQuestion } from './useQuestion';

/** An association's size: the recommender asks hosters whether they can open that many accounts. */
export function AccountsScreen() {
  const { t } = useTranslation('wizard');
  const saved = WizardContext.useSelector((s) => s.context.answers.accounts);
  const [accounts, setAccounts] = useState<Accounts | undefined>(saved);
  const { progress, refused, submit } = useQuestion();
  const choices = Accounts.options.map((value) => ({
    value,
    label: t(`accounts.options.${value}`),
  }));
  return (
    <QuestionPage
      title={t('accounts.title')}
      hint={t('accounts.hint')}
      progress={progress}
      error={refused ? t('accounts.error') : null}
      fieldId="accounts-field"
      onContinue={() => submit({ type: 'answer.submit', step: 'accounts', value: accounts })}
    >
      <ChoiceList name="accounts" choices={choices} selected={accounts} onChange={setAccounts} />
    </QuestionPage>
  );
}
