// One of the seven areas of a visit: 正常 by default, one tap for 需关注 or 存在问题, and then a note.
import { Input } from 'antd';
import type { Finding, FindingStatus } from '../../api/types';
import { ChoiceButtons } from '../../shared/ChoiceButtons';
import { FINDING_STATUS_NAMES } from '../../shared/contactNames';

const CHOICES = (['normal', 'attention', 'problem'] as const).map((value) => ({
  value,
  label: FINDING_STATUS_NAMES[value],
}));

export function FindingRow({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Finding;
  onChange: (next: Finding) => void;
}) {
  return (
    <div className={`finding finding-${value.status}`} role="group" aria-label={label}>
      <div className="finding-label">{label}</div>
      <ChoiceButtons<FindingStatus>
        options={CHOICES}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
      />
      {value.status !== 'normal' && (
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={`${label}：具体情况`}
          value={value.note ?? ''}
          maxLength={500}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
          aria-label={`${label}说明`}
        />
      )}
    </div>
  );
}
