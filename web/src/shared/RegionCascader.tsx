// Region picker fed by GET /regions/:code/children, starting at the person's own region and loading one
// level at a time (a county has ~20 townships and ~400 villages; nobody needs them all at once).
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { RegionNode } from '../api/types';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const option = (r: RegionNode): Option => ({ value: r.code, label: r.name, isLeaf: r.leaf });

async function loadChildren(code: string): Promise<Option[]> {
  const { items } = await api.get('/regions/{code}/children', { params: { code } });
  return items.map(option);
}

export function RegionCascader({
  root,
  value,
  onChange,
  placeholder = '全部辖区',
  style,
  id,
}: {
  root: string;
  /** The chosen region's code path below the root, outermost first. */
  value?: string[];
  onChange?: (path: string[]) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
}) {
  const [options, setOptions] = useState<Option[]>([]);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const top = await loadChildren(root);
      // Restore a chosen path (from the address bar) by loading each level down to it.
      let level = top;
      for (const code of value ?? []) {
        const node = level.find((o) => o.value === code);
        if (!node || node.isLeaf) break;
        node.children = await loadChildren(code);
        level = node.children;
      }
      if (alive) setOptions(top);
    })().catch(() => setOptions([]));
    return () => {
      alive = false;
    };
    // The path is restored once, when the picker first appears; later choices load level by level.
  }, [root]);

  async function loadData(selected: Option[]) {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    target.children = await loadChildren(target.value);
    setOptions((current) => [...current]);
  }

  return (
    <Cascader<Option>
      id={id}
      options={options}
      loadData={(selected) => void loadData(selected as Option[])}
      value={value?.length ? value : undefined}
      onChange={(path) => onChange?.((path ?? []).map(String))}
      changeOnSelect
      placeholder={placeholder}
      style={style}
      allowClear
    />
  );
}
