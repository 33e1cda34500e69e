// Above every page: 离线 with when the data shown was saved, and the outbox — each record 待同步 (or the
// server's refusal), with 立即同步. It sends the outbox when the app starts and when the network returns.
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import './offline.css';
import { discard, onOutboxChange, outboxItems, syncOutbox, type OutboxItem } from './outbox';
import { timeText, useSyncStatus, savedAtText } from './status';

// Only a phone with a conflict to show loads the choice (and the code tables it names values with).
const ConflictChoices = lazy(() => import('./ConflictChoices'));

export function OfflineBar() {
  const client = useQueryClient();
  const status = useSyncStatus();
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const load = () => void outboxItems().then(setItems);
    const unsubscribe = onOutboxChange(() => {
      load();
      void client.invalidateQueries();
    });
    const online = () => void syncOutbox();
    window.addEventListener('online', online);
    load();
    void syncOutbox();
    return () => {
      unsubscribe();
      window.removeEventListener('online', online);
    };
  }, [client]);

  async function syncNow() {
    setBusy(true);
    try {
      await syncOutbox();
    } finally {
      setBusy(false);
    }
  }

  if (!status.offline && !items.length) return null;
  return (
    <section className="offline-bar" aria-label="离线与同步">
      {status.offline && (
        <div className="offline-state" role="status">
          离线使用中{status.savedAt ? ` · ${savedAtText(status.savedAt)}` : ''}
        </div>
      )}
      {items.length > 0 && (
        <>
          <div className="outbox-head">
            <span>{items.length} 条记录待同步</span>
            <Button size="large" loading={busy} onClick={() => void syncNow()}>
              立即同步
            </Button>
          </div>
          <ul className="outbox" aria-label="待同步记录">
            {items.map((item) => (
              <li key={item.clientId}>
                <span>
                  {item.childName} · {item.label} · {timeText(new Date(item.recordedAt))}
                </span>
                {item.conflicts?.length ? (
                  <Suspense fallback={<span className="outbox-error">有修改冲突</span>}>
                    <ConflictChoices item={item} />
                  </Suspense>
                ) : item.error ? (
                  <span className="outbox-error">
                    未能同步：{item.error}
                    <Button type="link" onClick={() => void discard(item.clientId)}>
                      删除
                    </Button>
                  </span>
                ) : (
                  <span className="outbox-pending">待同步</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
