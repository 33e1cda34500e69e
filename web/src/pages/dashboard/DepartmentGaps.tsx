// 工作台 for the county bureau: the department kinds referrals need that the county has not registered, so
// that the gap is closed before a director's referral meets it.
import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { DepartmentGap } from '../../api/departments';
import { GapAlert } from '../department-admin/GapAlert';

export function DepartmentGaps() {
  const gaps = useQuery<{ items: DepartmentGap[] }, ApiError>({
    queryKey: ['departments', 'gaps'],
    queryFn: () => api.get('/departments/gaps'),
  });
  if (!gaps.data?.items.length) return null;
  return (
    <Card id="department-gaps" title="部门登记缺口" extra={<Link to="/departments">去登记部门</Link>}>
      <GapAlert gaps={gaps.data.items} />
    </Card>
  );
}
