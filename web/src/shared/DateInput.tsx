// The one date field of the app (issue 18.4/18.5), and its date-and-time sibling: antd's DatePicker in Chinese
// (DatePickers.tsx), which weighs ~31 KB gzip with dayjs — more than a village director's phone should fetch
// before her visit page shows (issue 17.7: 250 KB for the whole page). So the picker comes in a chunk of its
// own, asked for as soon as this module loads; until it is there (a moment online, nothing offline: the
// service worker holds it) the field shows its value in Chinese, read-only.
import { Input } from 'antd';
import { lazy, Suspense, type CSSProperties } from 'react';
import { chineseDate } from './format';

export interface DateInputProps {
  /** 'YYYY-MM-DD' or empty. */
  value?: string | null;
  /** 'YYYY-MM-DD', or undefined when cleared. */
  onChange?: (value: string | undefined) => void;
  /** Earliest and latest allowed days, 'YYYY-MM-DD'. */
  min?: string | null;
  max?: string | null;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  className?: string;
  size?: 'small' | 'middle' | 'large';
  title?: string;
  'data-testid'?: string;
}

export interface DateTimeInputProps extends Omit<DateInputProps, 'value' | 'onChange' | 'min' | 'max'> {
  /** China's local time to the minute, 'YYYY-MM-DDTHH:mm', or empty. */
  value?: string | null;
  onChange?: (value: string | undefined) => void;
}

const pickers = import('./DatePickers');
const LazyDate = lazy(() => pickers.then((m) => ({ default: m.ChineseDatePicker })));
const LazyDateTime = lazy(() => pickers.then((m) => ({ default: m.ChineseDateTimePicker })));

function Waiting({
  text,
  placeholder,
  style,
  width,
  id,
  ...rest
}: DateInputProps & { text: string; width: number }) {
  return (
    <Input
      id={id}
      aria-label={rest['aria-label']}
      readOnly
      value={text}
      placeholder={placeholder}
      disabled={rest.disabled}
      size={rest.size}
      style={{ width, ...style }}
    />
  );
}

export function DateInput(props: DateInputProps) {
  return (
    <Suspense
      fallback={
        <Waiting
          {...props}
          text={props.value ? chineseDate(props.value) : ''}
          placeholder={props.placeholder ?? '请选择日期'}
          width={170}
        />
      }
    >
      <LazyDate {...props} />
    </Suspense>
  );
}

export function DateTimeInput(props: DateTimeInputProps) {
  const [date, time] = (props.value ?? '').split('T');
  return (
    <Suspense
      fallback={
        <Waiting
          {...props}
          value={undefined}
          onChange={undefined}
          text={date ? `${chineseDate(date)} ${time ?? ''}`.trim() : ''}
          placeholder={props.placeholder ?? '请选择日期和时间'}
          width={210}
        />
      }
    >
      <LazyDateTime {...props} />
    </Suspense>
  );
}
