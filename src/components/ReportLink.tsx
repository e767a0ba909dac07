import { useTranslation } from 'react-i18next';
import './nextSteps.css';
import type { Hoster } from '../content/schema';
import { formatDate } from './formatDate';
import { configuredReportAddress, isMailAddress, reportHref } from './reportHref';
import { SafeLink } from './SafeLink';

interface Props {
  hoster: Hoster;
  /** For tests and for sites that pass their own address; defaults to the build's. */
  address?: unknown;
}

/** "Report wrong information about X": a message already written, naming the hoster and its date. */
export function ReportLink({ hoster, address = configuredReportAddress }: Props) {
  const { t, i18n } = useTranslation(['nextSteps', 'results']);
  const params = { name: hoster.name, date: formatDate(hoster.checked, i18n) };
  const href = reportHref({
    address,
    subject: t('report.subject', params),
    body: t('report.body', params),
  });
  const hintId = `report-hint-${hoster.id}`;
  return (
    <p className="report-link">
      <SafeLink href={href} allowMail describedBy={hintId}>
        {t('report.link', params)}
      </SafeLink>{' '}
      <span className="hint" id={hintId}>
        {isMailAddress(address) ? t('report.mailHint') : t('report.forumHint')}
      </span>
    </p>
  );
}
