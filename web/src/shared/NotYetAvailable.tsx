// What a page shows while a module it relies on is not deployed on this server (its route answers
// "没有这个接口"), rather than an error that looks like a fault.
import { Alert } from 'antd';
import { ApiError } from '../api/client';

export function ApiProblem({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ApiError && error.routeMissing)
    return (
      <Alert
        type="info"
        showIcon
        title={`${what}功能尚未开通`}
        description="该功能的服务端接口尚未部署，请稍后再试。"
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      title={`无法载入${what}`}
      description={error instanceof Error ? error.message : String(error)}
    />
  );
}
