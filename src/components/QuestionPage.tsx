import type { ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from './BackLink';
import { ErrorSummary } from './ErrorSummary';
import { RichText } from './RichText';
import { useFocusOnMount } from './useFocusOnMount';

interface Props {
  /** The question itself: it is the page's h1 and the fieldset's legend. */
  title: string;
  hint: string;
  /** "Question 2 of 4", or null outside the numbered questions. */
  progress: string | null;
  error: string | null;
  /** id of the first field, for the error summary link. */
  fieldId: string;
  onContinue: () => void;
  continueLabel?: string;
  children: ReactNode;
}

/** The one question-page anatomy (GOV.UK / DSFR) every step uses. */
export function QuestionPage(props: Props) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onContinue();
  };
  return (
    <>
      <BackLink />
      {props.error && <ErrorSummary message={props.error} fieldId={props.fieldId} />}
      <form onSubmit={submit} noValidate>
        <fieldset aria-describedby="question-hint" aria-invalid={props.error ? true : undefined}>
          <legend>
            {props.progress && <span className="progress">{props.progress}</span>}
            <h1 tabIndex={-1} ref={heading}>
              {props.title}
            </h1>
          </legend>
          <RichText id="question-hint" className="hint" text={props.hint} />
          {props.error && (
            <p className="error-message" id="question-error">
              {props.error}
            </p>
          )}
          {props.children}
        </fieldset>
        <button type="submit" className="button-primary">
          {props.continueLabel ?? t('continue')}
        </button>
      </form>
    </>
  );
}
