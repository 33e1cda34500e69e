// The shapes of /api/v1/api-clients (tokens for departments' systems): the server's own, from the
// generated schema.
import type { ApiAnswer } from './client';

export type ApiClient = ApiAnswer<'/api-clients'>['items'][number];
export type ApiScope = ApiClient['scopes'][number];

export const API_SCOPE_NAMES: Record<ApiScope, string> = {
  'roster.upload': '上传比对名册',
  'referrals.read': '查看报送（本部门收件箱）',
  'referrals.answer': '接收、办理、答复、退回报送（须同时查看报送）',
};

export type CreatedApiClient = ApiAnswer<'/api-clients', 'post'>;
