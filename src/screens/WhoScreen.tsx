import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardContext } from '../app/wizardContext';
import { ChoiceList } from '../components/ChoiceList';
import { QuestionPage } from '../components/QuestionPage';
import { Profile } from '../wizard/answers';
import { useQuestion } from './useQuestion';

export function WhoScreen() {
  const { t } = useTranslation('wizard');
  const saved = WizardContext.useSelector((s) => s.context.answers.profile);
  const [profile, setProfile] = useState<Profile | undefined>(saved);
  const { progress, refused, submit } = useQuestion();
  const choices = Profile.options.map((value) => ({
    value,
    label: t(`who.options.${value}.label`),
    hint: t(`who.options.${value}.hint`),
  }));
  return (
    <QuestionPage
      title={t('who.title')}
      hint={t('who.hint')}
      progress={progress}
      error={refused ? t('who.error') : null}
      fieldId="who-field"
      onContinue={() => submit({ type: 'answer.submit', step: 'who', value: profile })}
    >
      <ChoiceList name="who" choices={choices} selected={profile} onChange={setProfile} />
    </QuestionPage>
  );
}
