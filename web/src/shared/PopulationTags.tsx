// Which populations a child is served as, by their Chinese names.
import { Tag } from 'antd';
import { DIFFICULTY_TYPE_NAMES, nameIn, POPULATION_NAMES } from './codes';

export function PopulationTags({
  leftBehind,
  difficultyTypes,
  target,
  conditions,
}: {
  leftBehind: boolean;
  difficultyTypes: string[];
  target: boolean;
  conditions?: string[];
}) {
  const singleParent = conditions
    ? conditions.includes('single_parent_rural')
    : target && !leftBehind && !difficultyTypes.length;
  return (
    <span className="tags">
      {leftBehind && <Tag>{POPULATION_NAMES.left_behind}</Tag>}
      {difficultyTypes.map((t) => (
        <Tag key={t}>{nameIn(DIFFICULTY_TYPE_NAMES, t)}</Tag>
      ))}
      {singleParent && <Tag>{POPULATION_NAMES.single_parent_rural}</Tag>}
      {!target && <Tag>非服务对象</Tag>}
    </span>
  );
}
