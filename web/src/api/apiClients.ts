// The shapes of /api/v1/api-clients (tokens for departments' systems); see GET /api/openapi.json. Types only.

export type ApiScope = 'roster.upload' | 'referrals.read' | 'referrals.answer';

export const API_SCOPE_NAMES: Record<ApiScope, string> = {
  'roster.upload': '上传比对名册',
  'referrals.read': '查看报送（本部门收件箱）',
  'referrals.answer': '接收、办理、答复、退回报送（须同时查看报送）',
};

export interface ApiClient {
  id: string;
  name: string;
  department: { id: string; name: string };
  scopes: ApiScope[];
  expiresOn: string;
  secretHint: string;
  status: 'active' | 'expired' | 'revoked';
  createdAt: string;
  createdByName: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedByName: string | null;
}

export interface CreatedApiClient {
  client: ApiClient;
  secret: string;
}
