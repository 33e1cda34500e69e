// A generated password is shown once, here, and never again: the server keeps only its hash.
import { Alert, Typography } from 'antd';

export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <div>
      <Alert
        type="warning"
        showIcon
        title="密码只显示这一次"
        description="请立即抄下或复制，当面或通过安全渠道交给本人；本人首次登录后须先修改密码。关闭后无法再次查看，只能重新重置。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph>
        用户名：<Typography.Text strong>{username}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph>
        密码：
        <Typography.Text
          strong
          copyable={{ text: password, tooltips: ['复制', '已复制'] }}
          className="mono one-time-password"
        >
          {password}
        </Typography.Text>
      </Typography.Paragraph>
    </div>
  );
}
