// 导入: a bureau user uploads a children's file (.xlsx, .csv or .ndjson, the template's columns), sees how
// each record was read and what would happen to it, the rows in error with the reason, then imports (all,
// or only the valid records) and sees the result. The file is checked first with dryRun=true, which writes
// nothing; a progress bar shows the upload of a large file and then the server's checking.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Progress,
  Result,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, apiUrl } from '../../api/client';
import type { ImportOutcome, ImportPreviewItem, ImportProblem } from '../../api/imports';
import type { Level } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { LevelTag } from '../../shared/LevelTag';
import { NoPermission } from '../../shared/NoPermission';
import { withFeedback } from '../../shared/withFeedback';
import { maskId } from '../child/auditValues';
import { downloadErrorRows, uploadImport, type UploadProgress } from './upload';

const TEMPLATE = apiUrl('/imports/children/template.xlsx');
const ACTION_TAGS: Record<ImportPreviewItem['action'], [string, string]> = {
  create: ['新增', 'green'],
  update: ['更新', 'blue'],
  reject: ['有误', 'red'],
};

type Stage =
  | { kind: 'choose' }
  | { kind: 'working'; what: 'check' | 'import'; progress: UploadProgress }
  | { kind: 'checked'; outcome: ImportOutcome }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'failed'; message: string; problems: ImportProblem[] };

const where = (p: { number: number; unit: 'line' | 'row' }) => `第${p.number}行`;

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  return (
    <Table<ImportProblem>
      aria-label="有误的记录"
      rowKey={(p, i) => `${p.number}-${p.field ?? ''}-${i}`}
      size="small"
      dataSource={problems}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: '位置', key: 'number', width: 100, render: (_, p) => where(p) },
        { title: '列', key: 'column', width: 180, render: (_, p) => p.column ?? p.field ?? '—' },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}

/** 下载有误的行: the rows in error of the chosen file, each with its reason, as a workbook to correct. */
function ErrorRowsButton({ file }: { file: File | null }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!file) return null;
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        downloadErrorRows(file)
          .then((name) => message.success(`已下载 ${name}`))
          .catch((e: unknown) => message.error(e instanceof ApiError ? e.message : '下载失败，请稍后再试'))
          .finally(() => setBusy(false));
      }}
    >
      下载有误的行（Excel）
    </Button>
  );
}

function PreviewTable({ items }: { items: ImportPreviewItem[] }) {
  const text = (v: unknown) => (typeof v === 'string' && v ? v : '—');
  return (
    <Table<ImportPreviewItem>
      aria-label="导入预览"
      rowKey="number"
      size="small"
      dataSource={items}
      pagination={false}
      scroll={{ x: 900 }}
      columns={[
        { title: '位置', key: 'number', width: 90, render: (_, p) => where(p) },
        {
          title: '处理',
          dataIndex: 'action',
          width: 80,
          render: (a: ImportPreviewItem['action']) => (
            <Tag color={ACTION_TAGS[a][1]}>{ACTION_TAGS[a][0]}</Tag>
          ),
        },
        { title: '姓名', key: 'name', render: (_, p) => text(p.child.name) },
        {
          title: '身份证号码',
          key: 'idNumber',
          render: (_, p) => (
            <span className="mono">
              {typeof p.child.idNumber === 'string' ? maskId(p.child.idNumber) : '—'}
            </span>
          ),
        },
        { title: '村（社区）', key: 'village', render: (_, p) => p.villageName ?? text(p.child.villageCode) },
        {
          title: '风险等级',
          dataIndex: 'level',
          render: (level: Level | null, p) => (p.action === 'reject' ? '—' : <LevelTag level={level} />),
        },
        {
          title: '留守儿童',
          dataIndex: 'leftBehind',
          width: 90,
          render: (v: boolean | null) => (v === null ? '—' : v ? '是' : '否'),
        },
      ]}
    />
  );
}

function WorkingBar({ what, progress }: { what: 'check' | 'import'; progress: UploadProgress }) {
  return (
    <div aria-label="导入进度" role="status">
      <Progress percent={Math.round(progress.sent * 100)} status="active" />
      <Typography.Text type="secondary">
        {progress.processing
          ? what === 'check'
            ? '文件已上传，正在逐条检查…'
            : '文件已上传，正在写入档案并评定等级…'
          : `正在上传文件…（${Math.round(progress.sent * 100)}%）`}
      </Typography.Text>
    </div>
  );
}

function ImportPage() {
  const me = useSignedIn();
  if (!can(me, 'child.import')) return <NoPermission what="儿童信息导入" />;
  return <ImportFlow />;
}

function ImportFlow() {
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });

  async function run(chosen: File, what: 'check' | 'import', skipInvalid = false) {
    setStage({ kind: 'working', what, progress: { sent: 0, processing: false } });
    try {
      const outcome = await uploadImport(chosen, { dryRun: what === 'check', skipInvalid }, (progress) =>
        setStage({ kind: 'working', what, progress }),
      );
      if (what === 'check') setStage({ kind: 'checked', outcome });
      else {
        setStage({ kind: 'done', outcome });
        await client.invalidateQueries({ queryKey: ['children'] });
        await client.invalidateQueries({ queryKey: ['worklist'] });
      }
    } catch (e) {
      const details = (e as { details?: { errors?: ImportProblem[] } }).details;
      setStage({
        kind: 'failed',
        message: e instanceof ApiError ? e.message : '导入失败，请稍后再试',
        problems: details?.errors ?? [],
      });
    }
  }

  function reset() {
    setFile(null);
    setStage({ kind: 'choose' });
  }

  // Past the last step once done, so that all three show as finished.
  const current =
    stage.kind === 'choose'
      ? 0
      : stage.kind === 'done'
        ? 3
        : stage.kind === 'working' && stage.what === 'import'
          ? 2
          : 1;

  return (
    <Card
      title="导入儿童信息"
      extra={
        <Button icon={<DownloadOutlined />} href={TEMPLATE} download>
          下载导入模板
        </Button>
      }
    >
      <Steps
        size="small"
        current={current}
        style={{ marginBottom: 24 }}
        items={[{ title: '选择文件' }, { title: '检查与预览' }, { title: '导入结果' }]}
      />

      {stage.kind === 'choose' && (
        <>
          <Upload.Dragger
            accept=".xlsx,.csv,.ndjson,.jsonl"
            multiple={false}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setFile(chosen);
              void run(chosen, 'check');
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或将文件拖到此处</p>
            <p className="ant-upload-hint">
              支持 Excel（.xlsx）、CSV（.csv）和
              NDJSON；请按导入模板填写，第一行为列名。上传后先逐条检查，确认后才写入。
            </p>
          </Upload.Dragger>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            同一身份证号码再次导入即更新该儿童档案；村（社区）代码须在本辖区内。导入后按规则自动评定风险等级。
          </Typography.Paragraph>
        </>
      )}

      {stage.kind === 'working' && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <div>
            {stage.what === 'check' ? '正在检查' : '正在导入'}：{file?.name}
          </div>
          <WorkingBar what={stage.what} progress={stage.progress} />
        </Space>
      )}

      {stage.kind === 'checked' && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type={stage.outcome.rejected ? 'warning' : 'success'}
            showIcon
            title={`${file?.name ?? ''}：共 ${stage.outcome.imported + stage.outcome.updated + stage.outcome.rejected} 条记录，可新增 ${stage.outcome.imported} 名、更新 ${stage.outcome.updated} 名，有误 ${stage.outcome.rejected} 条`}
            description={
              stage.outcome.rejected
                ? '有误的记录不会导入；可修改文件后重新上传，或跳过有误记录只导入无误的。'
                : '检查无误，尚未写入任何记录，请确认后导入。'
            }
          />
          {stage.outcome.ignoredColumns.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={`以下列不认识，不会导入：${stage.outcome.ignoredColumns.join('、')}`}
            />
          )}
          {stage.outcome.errors.length > 0 && (
            <div>
              <Typography.Title level={5}>有误的记录</Typography.Title>
              <ErrorRowsButton file={file} />
              <ProblemTable problems={stage.outcome.errors} />
            </div>
          )}
          <div>
            <Typography.Title level={5}>
              预览
              {stage.outcome.preview.length <
              stage.outcome.imported + stage.outcome.updated + stage.outcome.rejected
                ? `（前 ${stage.outcome.preview.length} 条）`
                : ''}
            </Typography.Title>
            <PreviewTable items={stage.outcome.preview} />
          </div>
          <Space wrap>
            {stage.outcome.imported + stage.outcome.updated > 0 && file && (
              <Button type="primary" onClick={() => void run(file, 'import', stage.outcome.rejected > 0)}>
                {stage.outcome.rejected
                  ? `跳过有误记录，导入 ${stage.outcome.imported + stage.outcome.updated} 条`
                  : `确认导入 ${stage.outcome.imported + stage.outcome.updated} 条`}
              </Button>
            )}
            <Button onClick={reset}>重新选择文件</Button>
          </Space>
        </Space>
      )}

      {stage.kind === 'done' && (
        <Result
          status="success"
          title="导入完成"
          subTitle={`新增 ${stage.outcome.imported} 名，更新 ${stage.outcome.updated} 名${stage.outcome.rejected ? `，跳过有误记录 ${stage.outcome.rejected} 条` : ''}。已按规则评定风险等级。`}
          extra={[
            <Link key="list" to="/children?sort=updated">
              <Button type="primary">查看儿童档案</Button>
            </Link>,
            <Button key="again" onClick={reset}>
              继续导入
            </Button>,
          ]}
        >
          {stage.outcome.errors.length > 0 && (
            <>
              <Typography.Title level={5}>未导入的有误记录</Typography.Title>
              <ProblemTable problems={stage.outcome.errors} />
            </>
          )}
        </Result>
      )}

      {stage.kind === 'failed' && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="error" showIcon title={stage.message} description="未导入任何记录。" />
          {stage.problems.length > 0 && (
            <>
              <ErrorRowsButton file={file} />
              <ProblemTable problems={stage.problems} />
            </>
          )}
          <Button onClick={reset}>重新选择文件</Button>
        </Space>
      )}
    </Card>
  );
}

export default withFeedback(ImportPage);
