// The level the edited facts would give, asked of the server (POST /children/assess-preview) as the form
// changes, so that the person sees the consequence before saving.
import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiAnswer, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Level } from '../../api/types';
import { levelRank } from '../../shared/codes';
import { LevelTag } from '../../shared/LevelTag';

type Preview = ApiAnswer<'/children/assess-preview', 'post'>;

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

export function LevelPreview({
  villageCode,
  facts,
  currentLevel,
  manualLevel,
}: {
  villageCode: string;
  facts: unknown;
  currentLevel: Level | null;
  manualLevel: Level | null;
}) {
  const key = useDebounced(JSON.stringify(facts), 300);
  const preview = useQuery<Preview, ApiError>({
    queryKey: ['assess-preview', villageCode, key],
    queryFn: () => api.post('/children/assess-preview', { body: { villageCode, facts: JSON.parse(key) } }),
    staleTime: Infinity,
  });
  if (preview.error)
    return <Alert type="warning" showIcon title={`无法预览评估：${preview.error.message}`} />;
  if (!preview.data)
    return (
      <Space>
        <Spin size="small" /> 正在评估…
      </Space>
    );
  const p = preview.data;
  // A manual raise stays in force when it is above what the facts give.
  const effective =
    p.level && manualLevel && levelRank(manualLevel) > levelRank(p.level) ? manualLevel : p.level;
  const changed = effective !== currentLevel;
  return (
    <div className="level-preview" data-testid="level-preview">
      <Space wrap>
        <Typography.Text strong>保存后等级：</Typography.Text>
        <LevelTag level={effective} />
        {changed ? (
          <Typography.Text type="warning">
            （当前 <LevelTag level={currentLevel} />
            ，保存后将改变）
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">（与当前相同）</Typography.Text>
        )}
        {preview.isFetching && <Spin size="small" />}
      </Space>
      {p.reasons.length > 0 && (
        <ul className="preview-reasons">
          {p.reasons.map((r) => (
            <li key={r.code}>
              {r.text}（{r.source}）
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
