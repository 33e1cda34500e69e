import { Spin } from 'antd';

export function PageLoading() {
  return (
    <div style={{ padding: '20vh 0', textAlign: 'center' }}>
      <Spin />
    </div>
  );
}
