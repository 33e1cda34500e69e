// A row of mutually exclusive choices as large buttons (上门走访 / 电话联系 / 视频联系; 正常 / 需关注 / 存在问题),
// for the director's visit page on a phone. antd's Segmented drew the same, but brings antd's tooltip and its
// trigger (~14 KB gzip) to a page that must stay light on a village's 3G (issue 17.7); this is a radio group
// of buttons with the arrow keys, as a screen reader and a keyboard expect.
import { useRef, type KeyboardEvent } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function ChoiceButtons<T extends string>({
  options,
  value,
  onChange,
  'aria-label': ariaLabel,
}: {
  options: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  'aria-label'?: string;
}) {
  const row = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent, from: number) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (from + step + options.length) % options.length;
    onChange(options[next]!.value);
    row.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  return (
    <div className="choice-buttons" role="radiogroup" aria-label={ariaLabel} ref={row}>
      {options.map((option, i) => {
        const chosen = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={chosen}
            tabIndex={chosen ? 0 : -1}
            className={chosen ? 'choice chosen' : 'choice'}
            onClick={() => onChange(option.value)}
            onKeyDown={(event) => move(event, i)}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
