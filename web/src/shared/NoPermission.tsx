// What a page shows to someone who reached it by its address without the permission its API needs (the menu
// does not offer it to them; the server would refuse them anyway).
import { Result } from 'antd';

export function NoPermission({ what }: { what: string }) {
  return (
    <Result
      status="403"
      title="无权使用此功能"
      subTitle={`当前账号的角色不能使用${what}。如需使用，请联系县民政局管理员。`}
    />
  );
}
