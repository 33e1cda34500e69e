// How a background check (从业限制和入职查询) and this year's training show in the ledger's tables.
import { Tag } from 'antd';
import { chineseDate } from '../../shared/format';

export function BackgroundCheckTag({
  checkedOn,
  result,
}: {
  checkedOn: string | null;
  result: 'passed' | 'restricted' | null;
}) {
  if (!checkedOn) return <Tag color="red">未做入职查询</Tag>;
  if (result === 'restricted') return <Tag color="red">{chineseDate(checkedOn)} 存在从业限制</Tag>;
  return <Tag color="green">{chineseDate(checkedOn)} 通过</Tag>;
}

export function TrainedTag({ trained, last }: { trained: boolean; last: string | null }) {
  if (trained) return <Tag color="green">本年已培训（{chineseDate(last)}）</Tag>;
  return <Tag color="orange">{last ? `本年未培训（上次 ${chineseDate(last)}）` : '从未培训'}</Tag>;
}
