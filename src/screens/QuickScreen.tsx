import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from '../app/contentContext';
import { WizardContext } from '../app/wizardContext';
import { CheckList } from '../components/CheckList';
import { QuestionPage } from '../components/QuestionPage';
import { QuickNeed } from '../wizard/answers';
import { useQuestion } from './useQuestion';

const isQuickNeed = (need: string): need is QuickNeed => QuickNeed.safeParse(need).success;

/** The quick path: tools to use today without an account, straight to the results. */
export function QuickScreen() {
  const { t } = useTranslation('wizard');
  const { needs } = useContent();
  const saved = WizardContext.useSelector((s) => s.context.answers.needs);
  const [tools, setTools] = useState<QuickNeed[]>(saved?.filter(isQuickNeed) ?? []);
  const { refused, submit } = useQuestion();
  const replaces = new Map(needs.map((need) => [need.id, need.replaces]));
  const choices = QuickNeed.options.map((value) => {
    const products = replaces.get(value) ?? [];
    return {
      value,
      label: t(`quick.options.${value}`),
      hint: products.length > 0 ? t('services.replaces', { list: products.join(', ') }) : undefined,
    };
  });
  return (
    <QuestionPage
      title={t('quick.title')}
      hint={t('quick.hint')}
      progress={null}
      error={refused ? t('quick.error') : null}
      fieldId="quick-field"
      continueLabel={t('quick.continue')}
      onContinue={() =>
        // Nothing ticked is sent as "no answer", which the machine refuses.
        submit({ type: 'answer.submit', step: 'quick', value: tools.length ? tools : undefined })
      }
    >
      <CheckList name="quick" choices={choices} selected={tools} onChange={setTools} />
    </QuestionPage>
  );
}
