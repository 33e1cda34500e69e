// 基本信息: who the child is, where they live and go to school, and why they are served.
import { Descriptions, Tag } from 'antd';
import type { ChildFile } from '../../api/types';
import {
  EXIT_REASON_NAMES,
  factorName,
  GUARDIANSHIP_NAMES,
  HUKOU_NAMES,
  nameIn,
  RESPONSIBLE_SIDE_NAMES,
  SCHOOL_STAGE_NAMES,
} from '../../shared/codes';
import { chineseDate } from '../../shared/format';
import { PopulationTags } from '../../shared/PopulationTags';
import { RevealIdNumber } from './RevealIdNumber';

export function BasicTab({ child }: { child: ChildFile }) {
  const text = (v: string | number | null | undefined) =>
    v === null || v === undefined || v === '' ? '—' : v;
  const items = [
    { key: 'name', label: '姓名', children: child.name },
    {
      key: 'gender',
      label: '性别',
      children: child.gender === 'male' ? '男' : child.gender === 'female' ? '女' : '—',
    },
    {
      key: 'id',
      label: '身份证号码',
      children: <RevealIdNumber childId={child.id} field="idNumber" masked={child.idNumber} />,
      span: 'filled' as const,
    },
    { key: 'birth', label: '出生日期', children: `${chineseDate(child.birthDate)}（${child.age}周岁）` },
    { key: 'ethnicity', label: '民族', children: text(child.ethnicity) },
    { key: 'hukou', label: '户籍类型', children: text(nameIn(HUKOU_NAMES, child.hukouType)) },
    { key: 'side', label: '负责方', children: text(nameIn(RESPONSIBLE_SIDE_NAMES, child.responsibleSide)) },
    {
      key: 'village',
      label: '居住地',
      children: `${child.townshipName ?? ''}${child.villageName ?? child.villageCode}`,
    },
    { key: 'address', label: '住址', children: text(child.address) },
    { key: 'phone', label: '联系电话', children: text(child.phone) },
    {
      key: 'school',
      label: '就学',
      children:
        [child.schoolName, nameIn(SCHOOL_STAGE_NAMES, child.schoolStage), child.schoolGrade]
          .filter(Boolean)
          .join(' ') || '—',
    },
    { key: 'health', label: '健康状况', children: text(child.healthStatus) },
    {
      key: 'disability',
      label: '残疾情况',
      children: child.disabilityGrade
        ? `${child.disabilityCategory ?? ''}${child.disabilityGrade}级${child.disabilityCertificate ? `（证号 ${child.disabilityCertificate}）` : ''}`
        : '—',
    },
    {
      key: 'guardianship',
      label: '监护状况',
      children: text(nameIn(GUARDIANSHIP_NAMES, child.guardianship)),
    },
    {
      key: 'populations',
      label: '服务类别',
      span: 'filled' as const,
      children: (
        <PopulationTags
          leftBehind={child.leftBehind}
          difficultyTypes={child.difficultyTypes}
          target={child.target}
          conditions={child.conditions}
        />
      ),
    },
    {
      key: 'conditions',
      label: '登记情形',
      span: 'filled' as const,
      children: child.conditions.length ? (
        <span className="tags">
          {child.conditions.map((c) => (
            <Tag key={c}>{factorName(c)}</Tag>
          ))}
        </span>
      ) : (
        '无'
      ),
    },
    { key: 'registered', label: '登记日期', children: chineseDate(child.registeredOn) },
    {
      key: 'status',
      label: '登记状态',
      children:
        child.status === 'active'
          ? '在册'
          : `已退出（${nameIn(EXIT_REASON_NAMES, child.exitReason)}，${chineseDate(child.exitedOn)}）`,
    },
    { key: 'note', label: '备注', span: 'filled' as const, children: text(child.note) },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
