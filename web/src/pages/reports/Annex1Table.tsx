// Annex 1 on screen as the paper form lays it out: 风险等级类型 | 服务对象类型 | 人数 | 备注, each level's rows
// with their "其中…" lines, the level's 人数小计 (the intervened subtotal in 备注), and 人数合计. The rows'
// words come from the server's own table, so the screen and the workbook never differ.
import { Fragment } from 'react';
import { ANNEX1_LEVEL_LABELS, ANNEX1_ROWS } from '../../../../src/modules/reports/annex1-rows.ts';
import type { Annex1 } from '../../api/reports';
import { LEVELS } from '../../shared/codes';
import { LevelTag } from '../../shared/LevelTag';

export function Annex1Table({ data }: { data: Annex1 }) {
  return (
    <table className="annex1" aria-label="附件1 摸排情况数据表">
      <thead>
        <tr>
          <th className="col-level">风险等级类型</th>
          <th>服务对象类型</th>
          <th className="col-count">人数</th>
          <th className="col-note">备注</th>
        </tr>
      </thead>
      <tbody>
        {LEVELS.map((level) => {
          const counts = data.levels[level];
          const rows = ANNEX1_ROWS[level];
          return (
            <Fragment key={level}>
              {rows.map((row, i) => {
                const c = counts.rows.find((r) => r.item === row.item);
                return (
                  <Fragment key={row.item}>
                    <tr data-level={level} data-item={row.item}>
                      {i === 0 && (
                        <th rowSpan={rows.length * 2 + 1} className="annex1-level" scope="rowgroup">
                          <span className="desktop-only">
                            <LevelTag level={level} />
                          </span>
                          <span className="phone-only">
                            <LevelTag level={level} short />
                          </span>
                          <div>{ANNEX1_LEVEL_LABELS[level]}</div>
                        </th>
                      )}
                      <td>
                        {row.item}. {row.label}
                      </td>
                      <td className="num">{c?.count ?? 0}</td>
                      <td />
                    </tr>
                    <tr className="annex1-sub">
                      <td>{row.intervenedLabel}</td>
                      <td className="num">{c?.intervened ?? 0}</td>
                      <td />
                    </tr>
                  </Fragment>
                );
              })}
              <tr className="annex1-subtotal" data-subtotal={level}>
                <td>
                  人数小计<span className="phone-only">（其中已干预 {counts.subtotalIntervened} 人）</span>
                </td>
                <td className="num">{counts.subtotal}</td>
                <td>其中已干预 {counts.subtotalIntervened} 人</td>
              </tr>
            </Fragment>
          );
        })}
        <tr className="annex1-total">
          <th colSpan={2}>人数合计</th>
          <td className="num" data-total>
            {data.total}
          </td>
          <td />
        </tr>
      </tbody>
    </table>
  );
}
