// dayjs in Chinese (month and weekday names, the week starting on Monday), for the pages and pickers that use
// it. Not in the app's entry: the pages a village director opens first have no use for it (issue 17.7), so it
// comes with the first page or picker that does.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

export default dayjs;
export type { Dayjs } from 'dayjs';
