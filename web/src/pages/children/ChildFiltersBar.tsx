// The filters above the children list: region down to village, level, population, difficulty type,
// overdue, red cases awaiting handling, age range, and a search by name or ID number.
import { Checkbox, Input, InputNumber, Select, Space } from 'antd';
import type { Me } from '../../api/types';
import {
  DIFFICULTY_TYPE_NAMES,
  DIFFICULTY_TYPES,
  LEVELS,
  POPULATION_NAMES,
  POPULATIONS,
} from '../../shared/codes';
import { LevelTag } from '../../shared/LevelTag';
import { RegionCascader } from '../../shared/RegionCascader';
import type { ChildFilters } from './filters';

export function ChildFiltersBar({
  me,
  filters,
  onChange,
}: {
  me: Me;
  filters: ChildFilters;
  onChange: (next: Partial<ChildFilters>) => void;
}) {
  const villageBound = me.role === 'director';
  return (
    <div className="filters">
      <Space wrap size={[12, 12]}>
        {!villageBound && (
          <RegionCascader
            root={me.regionCode}
            value={filters.region}
            onChange={(region) => onChange({ region })}
            style={{ width: 260 }}
            id="filter-region"
          />
        )}
        <Input.Search
          placeholder="姓名或身份证号码"
          allowClear
          defaultValue={filters.q}
          onSearch={(q) => onChange({ q })}
          style={{ width: 220 }}
          aria-label="搜索姓名或身份证号码"
        />
        <Select
          placeholder="服务类别"
          allowClear
          value={filters.population}
          onChange={(population) => onChange({ population })}
          options={POPULATIONS.map((p) => ({ value: p, label: POPULATION_NAMES[p] }))}
          style={{ width: 160 }}
          aria-label="服务类别"
        />
        <Select
          placeholder="困境类型"
          allowClear
          value={filters.difficultyType}
          onChange={(difficultyType) => onChange({ difficultyType })}
          options={DIFFICULTY_TYPES.map((t) => ({ value: t, label: DIFFICULTY_TYPE_NAMES[t] }))}
          style={{ width: 200 }}
          aria-label="困境类型"
        />
        <Select
          placeholder="走访是否逾期"
          allowClear
          value={filters.overdue}
          onChange={(overdue) => onChange({ overdue })}
          options={[
            { value: 'true', label: '已逾期' },
            { value: 'false', label: '未逾期' },
          ]}
          style={{ width: 140 }}
          aria-label="走访是否逾期"
        />
        <Select
          placeholder="处置状态"
          allowClear
          value={filters.awaitingHandling}
          onChange={(awaitingHandling) => onChange({ awaitingHandling })}
          options={[{ value: 'true', label: '红色待立即处置' }]}
          style={{ width: 160 }}
          aria-label="处置状态"
        />
        <Space.Compact>
          <InputNumber
            min={0}
            max={18}
            placeholder="最小年龄"
            value={filters.ageMin}
            onChange={(v) => onChange({ ageMin: v ?? undefined })}
            style={{ width: 100 }}
            aria-label="最小年龄"
          />
          <InputNumber
            min={0}
            max={18}
            placeholder="最大年龄"
            value={filters.ageMax}
            onChange={(v) => onChange({ ageMax: v ?? undefined })}
            style={{ width: 100 }}
            aria-label="最大年龄"
          />
        </Space.Compact>
      </Space>
      <div className="level-filter" role="group" aria-label="风险等级">
        <span className="filter-label">风险等级：</span>
        <Checkbox.Group
          value={filters.level}
          onChange={(level) => onChange({ level: level.map(String) })}
          options={LEVELS.map((l) => ({ value: l, label: <LevelTag level={l} /> }))}
        />
      </div>
    </div>
  );
}
