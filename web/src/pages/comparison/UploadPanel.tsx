// Choose the roster kind and file, send it with a progress bar, then hand the run's result to the page.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Progress, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, apiUrl, withQuery } from '../../api/client';
import { todayInChina } from '../../shared/format';
import {
  ROSTER_KINDS,
  uploadRoster,
  type RosterKind,
  type RunResult,
  type UploadProgress,
} from '../../api/comparison';
import { DateInput } from '../../shared/DateInput';

export function UploadPanel({ onDone }: { onDone: (result: RunResult) => void }) {
  const [kind, setKind] = useState<RosterKind>('school_enrolment');
  const [asOf, setAsOf] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = progress !== null;

  async function start() {
    if (!file) return;
    setError(null);
    try {
      const result = await uploadRoster({ kind, asOf: asOf || undefined }, file, setProgress);
      setFile(null);
      onDone(result);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '比对失败，请稍后再试');
    } finally {
      setProgress(null);
    }
  }

  const columns = ROSTER_KINDS.find((k) => k.kind === kind)?.columns;
  return (
    <div className="comparison-upload" style={{ marginBottom: 16 }}>
      <Form layout="inline" style={{ rowGap: 12 }}>
        <Form.Item label="名册类型">
          <Select<RosterKind>
            aria-label="名册类型"
            style={{ width: 200 }}
            value={kind}
            disabled={running}
            onChange={setKind}
            options={ROSTER_KINDS.map((k) => ({ value: k.kind, label: k.title }))}
          />
        </Form.Item>
        <Form.Item label="比对基准日">
          <DateInput
            aria-label="比对基准日"
            value={asOf}
            disabled={running}
            onChange={(value) => setAsOf(value ?? '')}
            max={todayInChina()}
            placeholder="不填则为今天"
            style={{ width: 170 }}
          />
        </Form.Item>
        <Form.Item label="名册文件">
          <Upload
            accept=".xlsx,.csv,.ndjson"
            maxCount={1}
            disabled={running}
            fileList={file ? [{ uid: 'roster', name: file.name, status: 'done' }] : []}
            beforeUpload={(f) => {
              setFile(f);
              setError(null);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
        <Form.Item>
          <Button
            icon={<DownloadOutlined />}
            href={withQuery(apiUrl('/comparison/template.xlsx'), { kind })}
            download
          >
            下载名册模板
          </Button>
        </Form.Item>
        <Form.Item>
          <Button type="primary" disabled={!file} loading={running} onClick={() => void start()}>
            开始比对
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {`支持 Excel（.xlsx）、CSV 或 NDJSON 文件，首行为表头。所需列：${columns}。可先下载名册模板，按“填写说明”填写。`}
        {'比对基准日不填则为今天（按该日计算年龄）；比对结果进入所在乡镇的核实清单。'}
      </Typography.Paragraph>
      {progress && (
        <Space
          orientation="vertical"
          style={{ width: '100%', marginTop: 12 }}
          data-testid="comparison-progress"
        >
          <Progress
            percent={progress.percent}
            status="active"
            format={(p) => (progress.stage === 'matching' ? '比对中' : `${p}%`)}
          />
          <Typography.Text type="secondary">
            {progress.stage === 'matching'
              ? '名册已上传，正在与登记儿童逐条比对，请稍候…'
              : `正在上传 ${file?.name ?? ''}…`}
          </Typography.Text>
        </Space>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title="名册未能比对，未保存任何结果"
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{error}</span>}
          style={{ marginTop: 12 }}
        />
      )}
    </div>
  );
}
