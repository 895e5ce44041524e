// What a report section that reads the record itself (not only the analysis) gets from the report page.
import type { Analysis } from '../../utils/findings/index.ts';
import type { Lang } from '../../utils/i18n/lang.ts';
import type { PageRecord } from '../../utils/record/record.ts';
import type { ReportStrings } from './strings.ts';

export interface RecordSectionProps {
  record: PageRecord;
  analysis: Analysis;
  lang: Lang;
  s: ReportStrings;
}
