// 导入台账: the file as the department keeps it (CSV/XLSX with Chinese headers, or NDJSON); every problem with
// its row and field, nothing imported unless the person asks to skip the bad rows.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { importLedger, type ImportResult } from '../../api/workforce';

export function ImportModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function start() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await importLedger(file, skipInvalid));
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '导入失败');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title="导入儿童主任台账"
      width={640}
      okText="导入"
      cancelText="关闭"
      okButtonProps={{ disabled: !file, loading: busy }}
      onOk={() => void start()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Excel（.xlsx）或 CSV
        文件，首行为表头：姓名、身份证号码、村（社区）代码或乡镇（街道）代码、岗位、联系电话、
        培训日期（多个日期以“、”分隔）、入职查询日期、查询结果、任职日期、离任日期、账号、备注。已在台账中的身份证号码将更新该人员。
      </Typography.Paragraph>
      <div className="ledger-import">
        <Upload
          accept=".xlsx,.csv,.ndjson"
          maxCount={1}
          fileList={file ? [{ uid: 'ledger', name: file.name, status: 'done' }] : []}
          beforeUpload={(f) => {
            setFile(f);
            setError(null);
            setResult(null);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
      </div>
      <Checkbox
        checked={skipInvalid}
        onChange={(e) => setSkipInvalid(e.target.checked)}
        style={{ marginTop: 12 }}
      >
        跳过有问题的行，导入其余各行
      </Checkbox>
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title="文件有问题，未导入任何记录"
          description={<div style={{ whiteSpace: 'pre-wrap' }}>{error}</div>}
        />
      )}
      {result && (
        <Alert
          type={result.rejected ? 'warning' : 'success'}
          showIcon
          style={{ marginTop: 12 }}
          title={`新增 ${result.imported} 人，更新 ${result.updated} 人，未导入 ${result.rejected} 行`}
          description={
            result.problems.length ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {result.problems.slice(0, 50).map((p, i) => (
                  <li key={i}>
                    第{p.line ?? p.row}行{p.field ? `，${p.field}` : ''}：{p.message}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}
