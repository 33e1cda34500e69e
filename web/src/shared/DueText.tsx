// A due date with how far it is from today; overdue in red, so it is seen first.
import { chineseDate, dueText } from './format';

export function DueText({ due, overdue }: { due: string | null | undefined; overdue?: boolean }) {
  if (!due) return <span className="muted">未排期</span>;
  const late = overdue ?? dueText(due).startsWith('逾期');
  return (
    <span className="due">
      <span>{chineseDate(due)}</span>
      <span className={late ? 'due-hint late' : 'due-hint muted'}>{dueText(due)}</span>
    </span>
  );
}
