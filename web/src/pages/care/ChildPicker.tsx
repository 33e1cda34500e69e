// Picks children from the register by name (the person's own region only, as the server answers): each shown
// with village and age, never an ID number.
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ChildListItem, Page } from '../../api/types';

export interface PickedChild {
  id: string;
  label: string;
}

export function ChildPicker({
  value,
  onChange,
  id,
}: {
  value?: PickedChild[];
  onChange?: (children: PickedChild[]) => void;
  id?: string;
}) {
  const [search, setSearch] = useState('');
  const found = useQuery<Page<ChildListItem>, ApiError>({
    queryKey: ['children', 'pick', search],
    queryFn: () =>
      api.get('/children', { query: { q: search.trim(), status: 'active', pageSize: 20, sort: 'name' } }),
    enabled: search.trim().length > 0,
  });
  const chosen = value ?? [];
  const options = [
    ...chosen.map((c) => ({ value: c.id, label: c.label })),
    ...(found.data?.items ?? [])
      .filter((c) => !chosen.some((p) => p.id === c.id))
      .map((c) => ({ value: c.id, label: `${c.name}（${c.villageName ?? ''}，${c.age}岁）` })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder="输入姓名查找儿童"
      value={chosen.map((c) => c.id)}
      options={options}
      loading={found.isFetching}
      notFoundContent={search ? '没有找到' : '请输入姓名'}
      onChange={(ids: string[]) =>
        onChange?.(
          ids.map(
            (cid) =>
              chosen.find((c) => c.id === cid) ?? {
                id: cid,
                label: options.find((o) => o.value === cid)?.label ?? cid,
              },
          ),
        )
      }
      style={{ width: '100%' }}
    />
  );
}
