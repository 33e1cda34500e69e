// A rule's source, "003 §三.2" = seeds/003 (the county's three-year action plan), part 三, item 2: shown
// beside every reason so that a decision can be checked against the document it comes from.
import { Tag, Tooltip } from 'antd';

const SEEDS: Record<string, string> = {
  '000': '南京市江宁区三年行动实施方案',
  '001': '四平市铁东区三年行动实施方案',
  '002': '上海市松江区三年行动实施方案',
  '003': '普宁市三年行动实施方案',
  '004': '株洲市三年行动实施方案',
};

export function Citation({ source }: { source: string }) {
  // A manual raise cites the person's own assessment, not a document.
  if (!/^\d{3} /.test(source)) return <Tag className="citation">{source}</Tag>;
  const seed = SEEDS[source.slice(0, 3)];
  const tag = (
    <Tag className="citation" variant="outlined">
      依据 {source}
    </Tag>
  );
  return seed ? <Tooltip title={`${seed} ${source.slice(4)}`}>{tag}</Tooltip> : tag;
}
