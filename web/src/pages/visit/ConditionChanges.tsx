// Situations found or resolved on a visit: they change the child's facts, and so the level, on saving.
// Red situations come first: they are what a visit must not miss.
import { Checkbox } from 'antd';
import { FOUR_COLOUR_FACTORS } from '../../../../src/policies/four-colour.ts';
import { CONDITION_NAMES, CONDITIONS, factorName } from '../../shared/codes';
import { LevelTag } from '../../shared/LevelTag';

const FACTOR_LEVEL = new Map(FOUR_COLOUR_FACTORS.map((f) => [f.code as string, f.level]));
const ORDER = ['red', 'yellow', 'blue'] as const;

export function ConditionChanges({
  current,
  added,
  cleared,
  onAdded,
  onCleared,
}: {
  current: string[];
  added: string[];
  cleared: string[];
  onAdded: (codes: string[]) => void;
  onCleared: (codes: string[]) => void;
}) {
  const candidates = CONDITIONS.filter((c) => !current.includes(c)).sort((a, b) => {
    const rank = (c: string) => {
      const level = FACTOR_LEVEL.get(c);
      return level ? ORDER.indexOf(level) : ORDER.length;
    };
    return rank(a) - rank(b);
  });
  return (
    <div className="condition-changes">
      <div className="section-title">新发现的情形</div>
      <Checkbox.Group value={added} onChange={(v) => onAdded(v.map(String))} className="stacked-checks">
        {candidates.map((c) => {
          const level = FACTOR_LEVEL.get(c);
          return (
            <Checkbox key={c} value={c}>
              {level && <LevelTag level={level} short />} {CONDITION_NAMES[c]}
            </Checkbox>
          );
        })}
      </Checkbox.Group>
      {current.length > 0 && (
        <>
          <div className="section-title">已经消除的情形</div>
          <Checkbox.Group
            value={cleared}
            onChange={(v) => onCleared(v.map(String))}
            className="stacked-checks"
          >
            {current.map((c) => (
              <Checkbox key={c} value={c}>
                {factorName(c)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </>
      )}
    </div>
  );
}
