// The pickers behind DateInput and DateTimeInput (DateInput.tsx), in a chunk of their own: antd's DatePicker
// and dayjs weigh ~31 KB gzip, loaded after the page rather than before it (issue 17.7).
//
// The one date field of the app (issue 18.4/18.5). A native <input type="date"> shows the browser's locale
// ("mm/dd/yyyy" in an English Chromium); this one is antd's DatePicker in Chinese: it shows 2026年11月23日,
// says 请选择日期, and takes typed dates as 2026年11月23日, 2026-11-23, 2026/11/23 or 20261123.
//
// Value in and out is the plain China date 'YYYY-MM-DD', as forms and the API had it: dayjs parses and formats
// the date in the browser's own calendar without any zone conversion, so a browser in Los Angeles stores the
// day that was picked. "Today" (the footer link, the default upper bound) is China's day, not the browser's.
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from './dayjs';
import { useState } from 'react';
import { todayInChina } from './format';

const ISO = 'YYYY-MM-DD';
/** Shown first; the others are accepted when typed. */
export const DATE_INPUT_FORMATS = ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D', 'YYYYMMDD', 'YYYY.M.D'];

import type { DateInputProps, DateTimeInputProps } from './DateInput';

function toDayjs(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value, ISO, true);
  return d.isValid() ? d : null;
}

export function ChineseDatePicker({
  value,
  onChange,
  min,
  max,
  placeholder = '请选择日期',
  allowClear = true,
  style,
  ...rest
}: DateInputProps) {
  const today = todayInChina();
  const [open, setOpen] = useState(false);
  const outOfRange = (day: string) => Boolean((min && day < min) || (max && day > max));
  return (
    <DatePicker
      {...rest}
      value={toDayjs(value)}
      format={DATE_INPUT_FORMATS}
      placeholder={placeholder}
      allowClear={allowClear}
      style={{ width: 170, ...style }}
      // The picker's own 今天 is the browser's day; China's is offered below instead.
      showNow={false}
      open={open}
      onOpenChange={setOpen}
      disabledDate={(d) => outOfRange(d.format(ISO))}
      renderExtraFooter={() =>
        outOfRange(today) ? null : (
          <a
            className="date-input-today"
            role="button"
            onClick={() => {
              onChange?.(today);
              setOpen(false);
            }}
          >
            今天
          </a>
        )
      }
      onChange={(d) => onChange?.(d ? d.format(ISO) : undefined)}
    />
  );
}

const LOCAL_MINUTE = 'YYYY-MM-DDTHH:mm';
/** Shown first; the others are accepted when typed. */
export const DATE_TIME_INPUT_FORMATS = [
  'YYYY年M月D日 HH:mm',
  'YYYY-MM-DD HH:mm',
  'YYYY-MM-DDTHH:mm',
  'YYYY/M/D HH:mm',
];

/**
 * A date and time (发现时间, 报告时间), shown 2026年11月23日 08:30 in any browser — the native datetime-local
 * field shows "mm/dd/yyyy, --:-- --" in an English one. Value in and out is China's local time to the minute,
 * as the datetime-local field gave it (no zone conversion here; the page adds +08:00 when it sends it).
 */
export function ChineseDateTimePicker({
  value,
  onChange,
  placeholder = '请选择日期和时间',
  allowClear = true,
  style,
  ...rest
}: DateTimeInputProps) {
  const parsed = value ? dayjs(value, LOCAL_MINUTE, true) : null;
  return (
    <DatePicker
      {...rest}
      showTime={{ format: 'HH:mm' }}
      needConfirm={false}
      showNow={false}
      value={parsed?.isValid() ? parsed : null}
      format={DATE_TIME_INPUT_FORMATS}
      placeholder={placeholder}
      allowClear={allowClear}
      style={{ width: 210, ...style }}
      onChange={(d) => onChange?.(d ? d.format(LOCAL_MINUTE) : undefined)}
    />
  );
}
