// The saved screen of the visit that made a child red (issue 17.3): what happened (强制报告已开启, 需转介) and
// the next steps in place — record the police report, send the referral pre-filled from what was just recorded.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { MandatoryReport } from '../../api/departments';
import type { ChildFile, ContactRecordedFull } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { SendReferral } from '../departments/ChildReferralsTab';
import { MandatoryReportSteps } from '../departments/MandatoryReportParts';
import { referralDraft, type RecordedVisit } from './redNextSteps';

export function RedNextSteps({
  child,
  result,
  visit,
}: {
  child: ChildFile;
  result: ContactRecordedFull;
  visit: RecordedVisit;
}) {
  const me = useSignedIn();
  const client = useQueryClient();
  const reports = useQuery<{ items: MandatoryReport[] }, ApiError>({
    queryKey: ['child', child.id, 'mandatory-reports'],
    queryFn: () => api.get('/children/{id}/mandatory-reports', { params: { id: child.id } }),
    enabled: can(me, 'mandatory_report.read'),
  });
  const open = reports.data?.items.find((r) => r.status === 'open');
  const draft = referralDraft(child, visit);
  const refresh = () => void client.invalidateQueries({ queryKey: ['child', child.id] });
  return (
    <div className="red-next" data-testid="red-next-steps">
      <Alert
        type="error"
        showIcon
        title={result.mandatoryReportOpened ? '强制报告已开启 · 需转介' : '高风险（红色）· 需转介'}
        description={
          <>
            <div>
              {result.mandatoryReportOpened
                ? '发现疑似侵害等情形，已自动开启强制报告：请立即向公安机关报告并记录，同时报送相关部门。'
                : '请确认已向公安机关报告，并报送相关部门。'}
            </div>
            <div>
              在记录报警并登记帮扶干预之前，该儿童始终排在工作清单最前（立即处置）；之后至少每7天跟进走访一次，直至风险等级下降（童护对“立即”的理解）。
            </div>
          </>
        }
      />
      {open ? (
        <MandatoryReportSteps report={open} onDone={() => void reports.refetch().then(refresh)} />
      ) : (
        reports.data && <div className="muted">强制报告已记录向公安机关报告</div>
      )}
      {can(me, 'referral.send') && (
        <SendReferral child={child} onSent={refresh} initial={draft} label="发送转介" />
      )}
    </div>
  );
}
