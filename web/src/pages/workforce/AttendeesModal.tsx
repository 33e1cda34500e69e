// 补登参加人员: people who attended a course already registered (a late sign-in sheet, a second session). Those
// already on it are listed and left out of the choice; adding enters the course in each one's training file.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Training } from '../../api/workforce';
import { chineseDate } from '../../shared/format';
import { TRAINING_QUERIES, usePeopleInPost } from './TrainingForm';

interface TrainingWithAttendees extends Omit<Training, 'attendees'> {
  attendees: { personId: string; name: string }[];
}

export function AttendeesModal({ training, onClose }: { training: Training | null; onClose: () => void }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const people = usePeopleInPost();
  const current = useQuery<TrainingWithAttendees, ApiError>({
    queryKey: ['training', training?.id],
    queryFn: () => api.get('/workforce/trainings/{id}', { params: { id: training!.id } }),
    enabled: training !== null,
  });
  const present = new Set((current.data?.attendees ?? []).map((a) => a.personId));
  const add = useMutation<{ added: number }, ApiError, void>({
    mutationFn: () =>
      api.post('/workforce/trainings/{id}/attendees', { params: { id: training!.id }, body: { personIds } }),
    onSuccess: (r) => {
      message.success(`已补登 ${r.added} 人`);
      setPersonIds([]);
      for (const key of [...TRAINING_QUERIES, 'training']) void client.invalidateQueries({ queryKey: [key] });
      onClose();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Modal
      open={training !== null}
      title={training ? `补登参加人员：${training.title}（${chineseDate(training.heldOn)}）` : ''}
      okText="补登"
      cancelText="取消"
      okButtonProps={{ disabled: personIds.length === 0 }}
      confirmLoading={add.isPending}
      onOk={() => add.mutate()}
      onCancel={() => {
        setPersonIds([]);
        onClose();
      }}
      destroyOnHidden
    >
      {current.error && <Alert type="error" showIcon title={current.error.message} />}
      <Typography.Paragraph type="secondary" className="training-attendees">
        已登记 {current.data?.attendees.length ?? '…'} 人
        {current.data?.attendees.length ? `：${current.data.attendees.map((a) => a.name).join('、')}` : ''}
      </Typography.Paragraph>
      <Select
        aria-label="补登人员"
        mode="multiple"
        style={{ width: '100%' }}
        loading={people.loading}
        showSearch={{ optionFilterProp: 'label' }}
        options={people.options.filter((o) => !present.has(o.value))}
        value={personIds}
        onChange={setPersonIds}
        placeholder="从台账中选择在岗人员"
      />
    </Modal>
  );
}
