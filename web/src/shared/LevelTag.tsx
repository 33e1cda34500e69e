// The four levels always as a coloured tag WITH its name (红色·高风险): colour alone says nothing to a
// colour-blind reader or on a black-and-white printout.
import { Tag } from 'antd';
import { levelLabel, type Level } from './codes';

const COLOURS: Record<Level, string> = { red: 'red', yellow: 'gold', blue: 'blue', green: 'green' };

export function LevelTag({ level, short }: { level: Level | null | undefined; short?: boolean }) {
  if (!level) return <Tag>非服务对象</Tag>;
  const label = levelLabel(level);
  return (
    <Tag color={COLOURS[level]} data-level={level} style={{ marginInlineEnd: 0 }}>
      {short ? label.split('·')[0] : label}
    </Tag>
  );
}
