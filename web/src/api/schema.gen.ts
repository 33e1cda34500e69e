// GENERATED FILE — do not edit. Made from the server's OpenAPI document by `npm run gen:api`
// (src/server/gen-api-types.ts, openapi-typescript). The web's typed client (web/src/api/client.ts) reads it;
// src/server/api-types.test.ts fails when it no longer matches the server.

export interface paths {
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 存活检查（进程在运行） */
    get: operations['getHealthLive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 就绪检查（数据库可用、结构为最新、未在停机） */
    get: operations['getHealthReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 健康检查 */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登录（失败过多时 429 并给出 Retry-After） */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登录 */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改本人密码（其他会话随之退出） */
    post: operations['postAuthPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前用户 */
    get: operations['getAuthMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/second-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人的两步验证状态 */
    get: operations['getAuthSecondFactor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/second-factor/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开始绑定两步验证：生成密钥和二维码（确认前不生效；再次调用换一个密钥） */
    post: operations['postAuthSecondFactorEnrolment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/second-factor/enrolment/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 以验证器上的6位数字确认绑定；返回10个一次性恢复码（仅此一次显示） */
    post: operations['postAuthSecondFactorEnrolmentConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/second-factor/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 停用本人的两步验证（须输入密码和验证码；错误计入登录失败次数） */
    post: operations['postAuthSecondFactorDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 账号列表：按姓名、用户名、电话搜索，按角色、乡镇、村、状态、是否从未登录筛选（不给页码时返回全部） */
    get: operations['getUsers'];
    put?: never;
    /** 新建账号（不给密码时生成一个，仅返回一次） */
    post: operations['postUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按当前筛选条件导出账号（XLSX；电话打码，不含密码；导出记录在案） */
    get: operations['getUsersExportXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改账号（角色、区划、姓名、电话、停用） */
    patch: operations['patchUsersById'];
    trace?: never;
  };
  '/api/v1/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置密码（不给密码时生成一个，仅返回一次） */
    post: operations['postUsersByIdResetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/second-factor/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置两步验证（本人手机丢失时；其登录随之退出，须重新绑定） */
    post: operations['postUsersByIdSecondFactorReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/lock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 锁定账号 */
    post: operations['postUsersByIdLock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 解锁账号（安全管理员） */
    post: operations['postUsersByIdUnlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童列表（按辖区、等级、人群、困境类型、逾期、年龄筛选；姓名或身份证号搜索；服务端分页） */
    get: operations['getChildren'];
    put?: never;
    /** 登记儿童（保存即评估） */
    post: operations['postChildren'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/assess-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 预览评估：编辑档案时，保存前显示新等级（不保存） */
    post: operations['postChildrenAssessPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童档案（一人一档）；身份证号码只显示地址码，完整号码用 POST …/reveal 逐项查看 */
    get: operations['getChildrenById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改档案（须带 version，乐观锁） */
    patch: operations['patchChildrenById'];
    trace?: never;
  };
  '/api/v1/children/{id}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 查看一名儿童（或其父母、照护人）的完整身份证号码：须写明理由，记录在案，每人每小时限次 */
    post: operations['postChildrenByIdReveal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 合并离线修改：逐字段比对修改前的值，他人未改的字段写入，双方都改的字段返回 409 供选择
     * @description baseVersion 为修改所依据的版本，changes 为修改的字段及新值，base 为这些字段修改前（手机上所见）的值。未被他人修改的字段即写入（即使其他字段冲突）；双方都修改的字段不写入，409 的 details.conflicts 列出每个冲突字段的中文名、我的值（mine）与当前值（theirs）。选择后以当前值为 base 再次提交。
     */
    post: operations['postChildrenByIdMerge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/level': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 人工调高风险等级（须写理由，不得低于评定等级）；level 为 null 时取消 */
    post: operations['postChildrenByIdLevel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 乡镇确认复杂个案的评估 */
    post: operations['postChildrenByIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/exit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退出登记（写明原因和日期，档案保留） */
    post: operations['postChildrenByIdExit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/support-transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记退出基本生活保障（6个月过渡期） */
    post: operations['postChildrenByIdSupportTransitions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 评估历史 */
    get: operations['getChildrenByIdAssessments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 变更记录（审计） */
    get: operations['getChildrenByIdAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 走访和联系记录（最新在前） */
    get: operations['getChildrenByIdContacts'];
    put?: never;
    /** 记录入户走访或电话、视频联系（七项发现；可新增或消除情形），同时重新评估并返回新的等级和下次到期日 */
    post: operations['postChildrenByIdContacts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/work-logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作日志（最新在前） */
    get: operations['getChildrenByIdWorkLogs'];
    put?: never;
    /** 记录工作日志 */
    post: operations['postChildrenByIdWorkLogs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/interventions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 帮扶干预记录（最新在前） */
    get: operations['getChildrenByIdInterventions'];
    put?: never;
    /** 记录帮扶干预（救助保障、安置、心理疏导、转介等） */
    post: operations['postChildrenByIdInterventions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作清单：辖区内关爱服务对象的走访、联系到期情况（逾期最久的在前，再按到期日） */
    get: operations['getWorklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/worklist/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作清单汇总：按下一级区划统计服务对象、各等级人数、逾期走访、逾期联系、7日内到期、从未走访 */
    get: operations['getWorklistSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments/kinds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 部门类别 */
    get: operations['getDepartmentsKinds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本县（或辖区内各县）的部门 */
    get: operations['getDepartments'];
    put?: never;
    /** 登记部门（县级区划、类别、名称） */
    post: operations['postDepartments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments/gaps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 报送所需但本县尚未登记的部门类别 */
    get: operations['getDepartmentsGaps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 部门 */
    get: operations['getDepartmentsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改部门（名称、联系人、电话、停用） */
    patch: operations['patchDepartmentsById'];
    trace?: never;
  };
  '/api/v1/departments/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 部门收件箱：报送给本部门的（逾期的在前，其次最新的）、本部门的会商任务、当前有效的名单通报
     * @description 访问令牌可调用，须具备权限范围：referrals.read（查看报送（本部门收件箱））
     */
    get: operations['getDepartmentsInbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 报送情形及其对应部门（003 §四(二)）
     * @description 访问令牌可调用，须具备权限范围：referrals.read（查看报送（本部门收件箱））
     */
    get: operations['getReferralsFindings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/route': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按发现的情形建议接收部门（部门类别及本县已登记的部门） */
    get: operations['getReferralsRoute'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童档案中的报送记录及每一步（部门只看到报送给本部门的）
     * @description 访问令牌可调用，须具备权限范围：referrals.read（查看报送（本部门收件箱））
     */
    get: operations['getChildrenByIdReferrals'];
    put?: never;
    /** 从儿童档案或走访发现报送相关部门（每个接收部门一条报送） */
    post: operations['postChildrenByIdReferrals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 报送列表（逾期的在前，其次最新的）
     * @description 访问令牌可调用，须具备权限范围：referrals.read（查看报送（本部门收件箱））
     */
    get: operations['getReferrals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 逾期未答复的报送（提醒），按部门汇总
     * @description 访问令牌可调用，须具备权限范围：referrals.read（查看报送（本部门收件箱））
     */
    get: operations['getReferralsOverdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 报送详情
     * @description 访问令牌可调用，须具备权限范围：referrals.read（查看报送（本部门收件箱））
     */
    get: operations['getReferralsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 接收（接收部门）
     * @description 访问令牌可调用，须具备权限范围：referrals.answer（接收、办理、答复、退回报送）
     */
    post: operations['postReferralsByIdReceive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 办理进展（接收部门）
     * @description 访问令牌可调用，须具备权限范围：referrals.answer（接收、办理、答复、退回报送）
     */
    post: operations['postReferralsByIdProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 答复（接收部门）
     * @description 访问令牌可调用，须具备权限范围：referrals.answer（接收、办理、答复、退回报送）
     */
    post: operations['postReferralsByIdAnswer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 退回（接收部门）
     * @description 访问令牌可调用，须具备权限范围：referrals.answer（接收、办理、答复、退回报送）
     */
    post: operations['postReferralsByIdReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办结（报送方） */
    post: operations['postReferralsByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新报送（报送方） */
    post: operations['postReferralsByIdResend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mandatory-reports/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 强制报告情形、报告方式、结案结果的代码和名称 */
    get: operations['getMandatoryReportsCodes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/mandatory-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童档案中的强制报告 */
    get: operations['getChildrenByIdMandatoryReports'];
    put?: never;
    /** 发现九类情形之一时开启强制报告（已报警的可同时记录报告情况） */
    post: operations['postChildrenByIdMandatoryReports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mandatory-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 辖区内的强制报告（status=open 为尚未向公安机关报告的），带报告时长和超时提醒 */
    get: operations['getMandatoryReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mandatory-reports/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 超过时限（默认 24 小时）仍未向公安机关报告的强制报告 */
    get: operations['getMandatoryReportsAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mandatory-reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 强制报告详情 */
    get: operations['getMandatoryReportsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mandatory-reports/{id}/police-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录向公安机关报告（报告人、时间、方式、接报单位、回执或案件编号） */
    post: operations['postMandatoryReportsByIdPoliceReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mandatory-reports/{id}/followups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记公安反馈（police_feedback）或跟进情况（follow_up） */
    post: operations['postMandatoryReportsByIdFollowups'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mandatory-reports/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结案（写明结果）；未报告的只能由乡镇以上以“录入错误”结案 */
    post: operations['postMandatoryReportsByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/conferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童档案中的个案会商 */
    get: operations['getChildrenByIdConferences'];
    put?: never;
    /** 组织个案会商（参会部门和人员、日期、会商决定、分派任务） */
    post: operations['postChildrenByIdConferences'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 辖区内的个案会商 */
    get: operations['getConferences'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conferences/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 个案会商详情 */
    get: operations['getConferencesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 记录会商决定（即已召开），或更正议题、日期、地点、参会者 */
    patch: operations['patchConferencesById'];
    trace?: never;
  };
  '/api/v1/conferences/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 分派任务（责任部门或责任人、期限） */
    post: operations['postConferencesByIdActions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conferences/{id}/actions/{actionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 更新任务状态（责任人：办理中、已完成；组织方另可取消、重新打开） */
    patch: operations['patchConferencesByIdActionsByActionId'];
    trace?: never;
  };
  '/api/v1/conferences/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 结束会商（任务均已完成或取消） */
    post: operations['postConferencesByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/actions/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的任务：分派给我（及我所答复的部门）的会商任务，逾期的在前 */
    get: operations['getActionsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/list-shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 名单通报记录（最新的在前） */
    get: operations['getListShares'];
    put?: never;
    /** 通报红、黄、蓝色儿童名单（默认按政策通报团委、妇联、残联；不含身份证号码） */
    post: operations['postListShares'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/list-shares/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各县下次名单通报的到期日（按政策的通报周期和接收部门） */
    get: operations['getListSharesDue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/list-shares/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本部门当前有效的名单通报（只读） */
    get: operations['getListSharesCurrent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/list-shares/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 名单通报内容（部门只能查看发给本部门且仍有效的） */
    get: operations['getListSharesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/list-shares/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回名单通报（接收部门即不可再查看） */
    post: operations['postListSharesByIdRevoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions/{code}/children': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下级区划（仅限本人辖区及通往辖区的上级路径） */
    get: operations['getRegionsByCodeChildren'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按当前筛选条件导出儿童名册（XLSX）；身份证号码默认只显示地址码；fullIdNumber=true 须有导出权限并写明用途（purpose），每页带导出人、时间、用途水印；导出及行数记录在案 */
    get: operations['getChildrenExportXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童主任信息台账（按辖区、角色、在岗情况、本年未培训、未做入职查询筛选） */
    get: operations['getWorkforceLedger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记儿童主任或儿童督导员（含首个任职、培训日期、入职查询） */
    post: operations['postWorkforcePeople'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入台账文件（请求体为文件本身；fileName 给出 .ndjson/.csv/.xlsx 文件名） */
    post: operations['postWorkforceImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员档案：任职、入职查询、培训档案、年度评价 */
    get: operations['getWorkforcePeopleById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改人员信息、入职查询结果、关联账号 */
    patch: operations['patchWorkforcePeopleById'];
    trace?: never;
  };
  '/api/v1/workforce/people/{id}/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可关联的系统账号（与此人某一任职的角色和区划相同；已关联他人的排在后面） */
    get: operations['getWorkforcePeopleByIdAccounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/people/{id}/posts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 新增任职（调任时原任职于前一日结束） */
    post: operations['postWorkforcePeopleByIdPosts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/posts/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 离任 */
    post: operations['postWorkforcePostsByIdEnd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/people/{id}/evaluations/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 年度工作评价（优秀、称职、基本称职、不称职） */
    put: operations['putWorkforcePeopleByIdEvaluationsByYear'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/people/{id}/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 在培训档案中记一次培训 */
    post: operations['postWorkforcePeopleByIdTrainings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童主任配备：每个有服务对象或儿童主任的村（社区）应配、实配、缺额、本年未培训 */
    get: operations['getWorkforceCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/workload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童主任工作量：每名在岗儿童主任该月走访、联系次数，本村逾期、从未走访人数（本月为今日，往月为月末）与最近登录（只含数字） */
    get: operations['getWorkforceWorkload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/workload.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童主任工作量（Excel） */
    get: operations['getWorkforceWorkloadXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 培训列表 */
    get: operations['getWorkforceTrainings'];
    put?: never;
    /** 登记培训（示范培训、全覆盖培训、技能大赛）及参加人员 */
    post: operations['postWorkforceTrainings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/trainings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 培训及参加人员 */
    get: operations['getWorkforceTrainingsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/trainings/{id}/attendees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 补登参加人员 */
    post: operations['postWorkforceTrainingsByIdAttendees'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workforce/training-coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度培训覆盖：每县在岗人员中本年参加过培训的人数（每年全覆盖） */
    get: operations['getWorkforceTrainingCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/spot-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 档案抽查列表（含已查、发现问题、已整改数） */
    get: operations['getSpotChecks'];
    put?: never;
    /** 抽取档案：按种子可重现的随机抽样（记录种子、总体数量与样本） */
    post: operations['postSpotChecks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/spot-checks/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 抽查频次与下次应查日期（按政策配置：每年或每半年） */
    get: operations['getSpotChecksSchedule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/spot-checks/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度抽查情况：抽查次数、检查档案数、发现与整改问题数 */
    get: operations['getSpotChecksReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/spot-checks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 抽查详情：抽中的档案、建议问题、检查结果与整改 */
    get: operations['getSpotChecksById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/spot-checks/{id}/items/{itemId}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录一份档案的检查结果：采纳的建议问题与补充问题 */
    post: operations['postSpotChecksByIdItemsByItemIdReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/spot-checks/findings/{id}/fix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 问题已整改（整改日期、说明） */
    post: operations['postSpotChecksFindingsByIdFix'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 督导一览：逾期任务、逾期未报送进展的责任单位、当前阶段、检查与档案抽查是否按时 */
    get: operations['getSupervisionOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 可用的任务清单（各地政策文件）；own 标出本辖区政策文件自己的清单 */
    get: operations['getSupervisionTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行动方案列表 */
    get: operations['getSupervisionPlans'];
    put?: never;
    /** 建立本辖区的三年行动方案（阶段按政策配置；可从任务清单开始：jiangning、tiedong、songjiang、puning、zhuzhou） */
    post: operations['postSupervisionPlans'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 行动方案：阶段、任务与举措、责任单位、进展报送、检查 */
    get: operations['getSupervisionPlansById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/plans/{id}/task-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 向已有方案载入任务清单（默认本地政策文件的清单）：补齐缺少的任务及其举措、责任单位与出处，可重复执行 */
    post: operations['postSupervisionPlansByIdTaskList'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/plans/{id}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 新增重点工作及其举措、责任单位 */
    post: operations['postSupervisionPlansByIdTasks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 任务完成、改期或备注进展 */
    patch: operations['patchSupervisionTasksById'];
    trace?: never;
  };
  '/api/v1/supervision/plans/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 责任单位报送年度工作进展 */
    post: operations['postSupervisionPlansByIdReports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervision/plans/{id}/inspections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录督促检查：日期、检查人、地点、方式、发现的问题与整改要求 */
    post: operations['postSupervisionPlansByIdInspections'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparison/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 比对记录（谁、何时、哪份名册、结果数） */
    get: operations['getComparisonRuns'];
    put?: never;
    /**
     * 上传部门名册（multipart，字段 file：.ndjson/.csv/.xlsx）与登记儿童比对，结果进入乡镇核实清单
     * @description 访问令牌可调用，须具备权限范围：roster.upload（上传比对名册）
     */
    post: operations['postComparisonRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparison/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 部门名册模板（Excel）：第一张表为上传时读取的表头，第二张表为填写说明
     * @description 访问令牌可调用，须具备权限范围：roster.upload（上传比对名册）
     */
    get: operations['getComparisonTemplateXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparison/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各类名册是否到期应比对：按本地政策的比对间隔（铁东每季度，001 §四.18；其余为系统默认，已标明），本期是否已比对、何时前应比对 */
    get: operations['getComparisonDue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparison/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一次比对的结果（含无法确定的行） */
    get: operations['getComparisonRunsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparison/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 比对结果核实清单（默认 status=open，本辖区） */
    get: operations['getComparisonFindings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparison/findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一条比对结果 */
    get: operations['getComparisonFindingsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparison/findings/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 核实属实并处理（死亡：退出登记；疑似辍学：加记情形并转介教育；应退未退：取消低保特困情形……） */
    post: operations['postComparisonFindingsByIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/comparison/findings/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 核实不属实，排除（须写明理由） */
    post: operations['postComparisonFindingsByIdDismiss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/annex1': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 附件1 摸排情况数据表：按风险等级、服务对象类型统计人数及已干预人数；breakdown=true 按下一级区划分列 */
    get: operations['getReportsAnnex1'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/annex1.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 附件1 摸排情况数据表（Excel，按纸质表样式） */
    get: operations['getReportsAnnex1Xlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/annex2': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 附件2 排查表（供打印）：表头与各行文字，与 Excel 相同，身份证号码隐去；每次查看均记录在案 */
    get: operations['getReportsAnnex2'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/annex2.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 附件2 排查表（Excel）：辖区内服务对象名单；fullIdNumber=true 导出完整身份证号码（须有导出权限并写明用途 purpose，每页带水印）；每次导出均记录在案 */
    get: operations['getReportsAnnex2Xlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/timeliness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 走访及时性：按村（儿童主任）、乡镇、县统计服务对象、逾期与7日内应走访（联系）、近三个月按时走访率、从未走访、未签委托照护协议 */
    get: operations['getReportsTimeliness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/timeliness.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 走访及时性（Excel） */
    get: operations['getReportsTimelinessXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/children': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入儿童（multipart 表单字段 file，或以文件内容为请求体并给出 fileName）：.ndjson、.csv、.xlsx；dryRun=true 只检查并预览，skipInvalid=true 只导入无误的记录 */
    post: operations['postImportsChildren'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/children/errors.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 有误的行（Excel）：与导入相同的上传；只检查、不写入，返回原文件中有误的各行，每行旁边写明原因；每次下载均记录在案 */
    post: operations['postImportsChildrenErrorsXlsx'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/children/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 儿童导入模板（Excel：列名、示例行、填写说明与代码表） */
    get: operations['getImportsChildrenTemplateXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/recent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 最近变更：辖区内儿童档案的最新变更记录（不含查看和导出），身份证号码已遮蔽 */
    get: operations['getAuditRecent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审计日志（审计管理员）：按人员、儿童档案、操作、日期和客户端地址筛选，查询本身记录在案 */
    get: operations['getAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/events.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按当前筛选条件导出审计日志（XLSX，最多5万条，导出记录在案） */
    get: operations['getAuditEventsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/care-activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 关爱活动列表（本辖区及上级举办、覆盖本辖区的活动） */
    get: operations['getCareActivities'];
    put?: never;
    /** 记录关爱活动：日期、类型、组织单位（部门或县、乡镇、村）、地点、覆盖的儿童或家庭（从登记名单中选择）及不记名参加人数 */
    post: operations['postCareActivities'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/care-activities/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 关爱活动覆盖情况：按村（社区）、乡镇和全辖区统计各项活动要求（附出处）在其周期内覆盖与未覆盖的人数、村数，及各类活动场次 */
    get: operations['getCareActivitiesCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/care-activities/coverage/children': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 某项活动要求未覆盖（reached=true 时为已覆盖）的服务对象名单（姓名、村、年龄），查阅记录在案 */
    get: operations['getCareActivitiesCoverageChildren'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/care-activities/coverage.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 关爱活动覆盖情况（Excel，含未覆盖名单）；每次导出均记录在案 */
    get: operations['getCareActivitiesCoverageXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/care-activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一次关爱活动及其覆盖的本辖区儿童（查阅记录在案） */
    get: operations['getCareActivitiesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/care-activities/{id}/reached': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 为关爱活动补充覆盖的儿童或家庭 */
    post: operations['postCareActivitiesByIdReached'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/care-activities/{id}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销误录的关爱活动（须写明理由；记录保留） */
    post: operations['postCareActivitiesByIdVoid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/care-activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 覆盖该儿童（或其家庭）的关爱活动 */
    get: operations['getChildrenByIdCareActivities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screening/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 排查轮次一览：政策要求（如江宁“一年两排”）、本期是否已开展、各轮进度与逾期未完成的轮次 */
    get: operations['getScreeningOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screening/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 开展一轮全面排查（仅政策规定排查轮次的县区，如江宁区）：名称、起止日期 */
    post: operations['postScreeningRounds'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screening/rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一轮排查按村（社区）的进度：应排查儿童、已见到（入户走访或排查记录）、未见到 */
    get: operations['getScreeningRoundsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screening/rounds/{id}/children': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本轮尚未见到（seen=true 时为已见到）的儿童名单；查阅记录在案 */
    get: operations['getScreeningRoundsByIdChildren'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/screening/rounds/{id}/seen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录儿童在本轮排查中已见到（入户走访已自动计入，无需重复记录） */
    post: operations['postScreeningRoundsByIdSeen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/restriction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 受限档案（敏感个案）：是否受限、联系人；原因和指定人员只对可查看详情者显示 */
    get: operations['getChildrenByIdRestriction'];
    /** 设为受限档案或修改设置（原因、指定个案工作人员）；记录在案 */
    put: operations['putChildrenByIdRestriction'];
    post?: never;
    /** 取消受限档案（须写明理由）；记录在案 */
    delete: operations['deleteChildrenByIdRestriction'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/privacy-officers/{countyCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 指定县级受限档案联系人（民政局账号） */
    put: operations['putPrivacyOfficersByCountyCode'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/assistance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已落实的保障记录 */
    get: operations['getChildrenByIdAssistance'];
    put?: never;
    /** 记录已落实的保障（低保、特困、基本生活保障、医保、医疗救助、康复救助等，含起止日期） */
    post: operations['postChildrenByIdAssistance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/assistance/{assistanceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 记录保障的结束日期 */
    patch: operations['patchChildrenByIdAssistanceByAssistanceId'];
    trace?: never;
  };
  '/api/v1/children/{id}/school-returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 复学复读记录 */
    get: operations['getChildrenByIdSchoolReturns'];
    put?: never;
    /** 记录复学或复读 */
    post: operations['postChildrenByIdSchoolReturns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/children/{id}/subject-access-export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 应监护人书面申请导出儿童完整档案（XLSX，《个人信息保护法》第四十五条）；导出记录在案 */
    post: operations['postChildrenByIdSubjectAccessExport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本县的接口客户端（部门系统的访问令牌；不含密钥） */
    get: operations['getApiClients'];
    put?: never;
    /** 为本县部门创建接口客户端；密钥只在此次应答中出现一次，系统只保存其摘要 */
    post: operations['postApiClients'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-clients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一个接口客户端 */
    get: operations['getApiClientsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-clients/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 吊销接口客户端：其令牌立即失效 */
    post: operations['postApiClientsByIdRevoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的通知（报送答复、报送逾期、强制报告反馈、儿童迁入迁出、评估确认），新的在前 */
    get: operations['getNotices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 未读通知数 */
    get: operations['getNoticesUnreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 将一条通知标为已读 */
    post: operations['postNoticesByIdRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 全部标为已读 */
    post: operations['postNoticesReadAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Assessment: {
      policy: string;
      asOf: string;
      target: boolean;
      /** @description 农村单亲家庭儿童，非服务对象但列入台账关注 */
      watch: boolean;
      leftBehind: boolean;
      difficultyTypes: (
        | 'orphan'
        | 'de_facto_unsupported'
        | 'poor_family'
        | 'severe_disability'
        | 'state_guardianship'
        | 'other'
        | 'family_difficulty'
        | 'own_difficulty'
        | 'guardianship_difficulty'
      )[];
      /** @enum {string|null} */
      level: 'red' | 'yellow' | 'blue' | 'green' | null;
      reasons: components['schemas']['AssessmentReason'][];
      schedule: components['schemas']['ContactSchedule'] | null;
      mandatoryReport: boolean;
      mandatoryReportSource?: string;
      explanation: components['schemas']['AssessmentExplanation'];
    };
    AssessmentExplanation: {
      target: components['schemas']['AssessmentExplanationItem'][];
      schedule: components['schemas']['AssessmentExplanationItem'][];
      mandatoryReport: components['schemas']['AssessmentExplanationItem'][];
    };
    AssessmentExplanationItem: {
      code: string;
      text: string;
      source: string;
      /** @enum {boolean} */
      adopted?: true;
    };
    AssessmentReason: {
      /** @description 因素代码 */
      code: string;
      /** @enum {string} */
      level: 'red' | 'yellow' | 'blue' | 'green';
      text: string;
      /** @description 政策文件出处，如 003 §三.1 */
      source: string;
      /**
       * @description 本地政策未规定，沿用其他文件的规则
       * @enum {boolean}
       */
      adopted?: true;
    };
    AssessmentRecord: {
      id: string;
      assessedAt: string;
      asOf: string;
      policy: string;
      /** @enum {string} */
      trigger:
        | 'create'
        | 'edit'
        | 'import'
        | 'contact'
        | 'manual'
        | 'confirm'
        | 'exit'
        | 'daily'
        | 'rules_revision'
        | 'handling';
      actorName: string | null;
      target: boolean;
      leftBehind: boolean;
      difficultyTypes: (
        | 'orphan'
        | 'de_facto_unsupported'
        | 'poor_family'
        | 'severe_disability'
        | 'state_guardianship'
        | 'other'
        | 'family_difficulty'
        | 'own_difficulty'
        | 'guardianship_difficulty'
      )[];
      /** @enum {string|null} */
      derivedLevel: 'red' | 'yellow' | 'blue' | 'green' | null;
      /** @enum {string|null} */
      manualLevel: 'red' | 'yellow' | 'blue' | 'green' | null;
      manualReason: string | null;
      /** @enum {string|null} */
      level: 'red' | 'yellow' | 'blue' | 'green' | null;
      reasons: components['schemas']['AssessmentReason'][];
      schedule: components['schemas']['ContactSchedule'] | null;
      explanation: components['schemas']['AssessmentExplanation'];
      mandatoryReport: boolean;
    };
    /** @description 按操作不同而不同的附加信息 */
    AuditDetail: {
      [key: string]: unknown;
    };
    Child: {
      id: string;
      name: string;
      /** @enum {string|null} */
      gender: 'male' | 'female' | null;
      idNumber: string | null;
      age: number;
      villageCode: string;
      villageName: string | null;
      townshipName: string | null;
      /** @enum {string} */
      status: 'active' | 'exited';
      target: boolean;
      /** @description 农村单亲家庭儿童：纳入台账关注、按绿色频次走访，不是目标儿童 */
      watch: boolean;
      leftBehind: boolean;
      difficultyTypes: (
        | 'orphan'
        | 'de_facto_unsupported'
        | 'poor_family'
        | 'severe_disability'
        | 'state_guardianship'
        | 'other'
        | 'family_difficulty'
        | 'own_difficulty'
        | 'guardianship_difficulty'
      )[];
      /** @enum {string|null} */
      level: 'red' | 'yellow' | 'blue' | 'green' | null;
      lastVisitOn: string | null;
      lastContactOn: string | null;
      nextVisitDue: string | null;
      nextContactDue: string | null;
      nextDue: string | null;
      overdue: boolean;
      version: number;
      restricted: boolean;
      birthDate: string;
      externalId: string | null;
      ethnicity: string | null;
      /** @enum {string|null} */
      hukouType: 'rural' | 'urban' | null;
      hukouRegionCode: string | null;
      /** @enum {string|null} */
      responsibleSide: 'residence' | 'registration' | null;
      address: string | null;
      phone: string | null;
      schoolName: string | null;
      /** @enum {string|null} */
      schoolStage:
        'none' | 'preschool' | 'primary' | 'junior' | 'senior' | 'vocational' | 'out_of_school' | null;
      schoolGrade: string | null;
      healthStatus: string | null;
      disabilityCategory: string | null;
      disabilityGrade: number | null;
      disabilityCertificate: string | null;
      /** @enum {string|null} */
      guardianship: 'good' | 'fair' | 'poor' | null;
      conditions: (
        | 'harm.suspected'
        | 'unsupervised.living_alone'
        | 'unsupervised.wandering_or_missing'
        | 'guardianship.absent'
        | 'self_harm'
        | 'guardianship.severely_insufficient'
        | 'school.dropout_suspected'
        | 'mental.serious_illness'
        | 'orphan'
        | 'hiv'
        | 'de_facto_unsupported'
        | 'guardianship.insufficient'
        | 'disability.severe'
        | 'mental.abnormal_behaviour'
        | 'illness.severe'
        | 'state_guardianship'
        | 'single_parent_rural'
        | 'no_hukou'
        | 'assist.dibao'
        | 'assist.dibao_marginal'
        | 'assist.expenditure_hardship'
        | 'assist.tekun'
        | 'disability.certified'
        | 'injury.accidental_suspected'
        | 'difficulty.other'
      )[];
      note: string | null;
      registeredOn: string;
      /** @enum {string|null} */
      exitReason:
        | 'turned_16'
        | 'turned_18'
        | 'parents_returned'
        | 'moved_away'
        | 'deceased'
        | 'no_longer_eligible'
        | 'duplicate'
        | 'other'
        | null;
      exitedOn: string | null;
      exitNote: string | null;
      policy: string;
      assessedOn: string;
      /** @enum {string|null} */
      derivedLevel: 'red' | 'yellow' | 'blue' | 'green' | null;
      /** @enum {string|null} */
      manualLevel: 'red' | 'yellow' | 'blue' | 'green' | null;
      manualReason: string | null;
      confirmedBy: string | null;
      confirmedAt: string | null;
      immediate: boolean;
      immediateSince: string | null;
      visitEvery: string | null;
      contactEvery: string | null;
      parents: {
        /** @enum {string} */
        relation: 'father' | 'mother';
        name: string | null;
        idNumber: string | null;
        phone: string | null;
        statuses: (
          | 'migrant'
          | 'deceased'
          | 'missing'
          | 'severe_disability'
          | 'severe_illness'
          | 'lost_contact'
          | 'deported'
          | 'imprisoned'
          | 'drug_rehab'
          | 'restricted_liberty'
          | 'substance_abuse'
          | 'guardianship_revoked'
        )[];
        migrantMonths: number | null;
        crossCounty: boolean | null;
        coreUrbanBoth: boolean | null;
        workPlace: string | null;
        note: string | null;
      }[];
      caregiver: {
        name: string;
        relation: string | null;
        idNumber: string | null;
        phone: string | null;
        agreementSignedOn: string | null;
        /** @enum {string|null} */
        assessment: 'good' | 'fair' | 'poor' | null;
        assessmentNote: string | null;
        assessedOn: string | null;
      } | null;
      assessment: {
        asOf: string;
        assessedAt: string;
        policy: string;
        /** @enum {string|null} */
        level: 'red' | 'yellow' | 'blue' | 'green' | null;
        /** @enum {string|null} */
        derivedLevel: 'red' | 'yellow' | 'blue' | 'green' | null;
        reasons: components['schemas']['AssessmentReason'][];
        schedule: components['schemas']['ContactSchedule'] | null;
        explanation: components['schemas']['AssessmentExplanation'];
        mandatoryReport: boolean;
      } | null;
      supportTransitions: components['schemas']['SupportTransition'][];
      mandatoryReports: {
        id: string;
        /** @enum {string} */
        source: 'auto' | 'manual';
        situation: string;
        factors: string[];
        /** @enum {string} */
        status: 'open' | 'reported' | 'closed';
        discoveredOn: string;
        openedAt: string;
      }[];
    };
    ChildListItem: {
      id: string;
      name: string;
      /** @enum {string|null} */
      gender: 'male' | 'female' | null;
      idNumber: string | null;
      age: number;
      villageCode: string;
      villageName: string | null;
      townshipName: string | null;
      /** @enum {string} */
      status: 'active' | 'exited';
      target: boolean;
      /** @description 农村单亲家庭儿童：纳入台账关注、按绿色频次走访，不是目标儿童 */
      watch: boolean;
      leftBehind: boolean;
      difficultyTypes: (
        | 'orphan'
        | 'de_facto_unsupported'
        | 'poor_family'
        | 'severe_disability'
        | 'state_guardianship'
        | 'other'
        | 'family_difficulty'
        | 'own_difficulty'
        | 'guardianship_difficulty'
      )[];
      /** @enum {string|null} */
      level: 'red' | 'yellow' | 'blue' | 'green' | null;
      lastVisitOn: string | null;
      lastContactOn: string | null;
      nextVisitDue: string | null;
      nextContactDue: string | null;
      nextDue: string | null;
      overdue: boolean;
      version: number;
      restricted: boolean;
    };
    ChildPage: {
      items: components['schemas']['ChildListItem'][];
      total: number;
      page: number;
      pageSize: number;
    };
    ContactSchedule: {
      immediate: boolean;
      /** @description 入户走访间隔，ISO 8601 时长，如 P1M */
      visitEvery: string | null;
      /** @description 联系间隔，ISO 8601 时长 */
      contactEvery: string | null;
    };
    /** @description 错误：所有接口出错时都返回这个结构 */
    Error: {
      error: {
        /** @description 错误代码：bad_input、unauthenticated、forbidden、password_change_required、not_found、conflict、locked、too_many_requests、payload_too_large、unsupported_media_type、service_unavailable、internal 等 */
        code: string;
        /** @description 给人看的中文说明 */
        message: string;
        /** @description 出错的字段（如 body.name、querystring.page、file） */
        field?: string;
        /** @description 上传文件中出错的行（文本文件） */
        line?: number;
        /** @description 上传文件中出错的行（电子表格） */
        row?: number;
        /** @description 参数或请求内容不符合要求时：逐项列出每处问题 */
        details?: {
          /** @description 出错的字段，如 name、parents.0.phone、page */
          field: string;
          /** @description 校验规则，如 too_small、invalid_type */
          code: string;
          /** @description 中文说明，含字段名 */
          message: string;
        }[];
      };
    };
    FieldChange: {
      field: string;
      old: unknown;
      new: unknown;
    };
    FindingOutcome: {
      /** @description 如 recorded、dismissed、exited */
      action: string;
    } & {
      [key: string]: unknown;
    };
    Referral: {
      id: string;
      childId: string;
      /** @enum {string} */
      status: 'sent' | 'received' | 'in_progress' | 'answered' | 'closed' | 'returned';
      statusName: string;
      /** @enum {string} */
      finding:
        | 'suspected_target_child'
        | 'suspected_dropout'
        | 'education_aid_eligible'
        | 'school_psychological_disorder'
        | 'not_insured'
        | 'disability_uncertified_or_no_rehab'
        | 'serious_mental_illness'
        | 'unlawful_harm'
        | 'other';
      findingName: string;
      department: {
        id: string;
        name: string;
        /** @enum {string} */
        kind:
          | 'education'
          | 'health'
          | 'medical_insurance'
          | 'disabled_persons_federation'
          | 'police'
          | 'court'
          | 'procuratorate'
          | 'justice'
          | 'human_resources'
          | 'youth_league'
          | 'womens_federation'
          | 'cyberspace'
          | 'emergency'
          | 'water'
          | 'civil_affairs'
          | 'other';
        kindName: string;
      };
      sentOn: string;
      dueOn: string;
      overdue: boolean;
      daysOverdue: number;
      sends: number;
      child: {
        name: string;
        gender: string | null;
        age: number;
        villageName: string | null;
      };
      detail: string;
      source: string;
      contactId: string | null;
      sentAt: string;
      sentByName: string;
      receivedOn: string | null;
      answeredOn: string | null;
      answer: string | null;
      actionsTaken: string | null;
      returnReason: string | null;
      closedOn: string | null;
      closeNote: string | null;
      childData: components['schemas']['ReferralChildData'];
      events: {
        id: number;
        occurredAt: string;
        actorName: string;
        action: string;
        fromStatus: string | null;
        toStatus: string;
        note: string | null;
      }[];
    };
    ReferralChildData: {
      name: string;
      /** @enum {string|null} */
      gender: 'male' | 'female' | null;
      age: number;
      villageCode: string;
      villageName: string | null;
      townshipName: string | null;
      /** @description 身份证号码；非承办方只显示地址码 */
      idNumber?: string | null;
      address?: string | null;
      schoolName?: string | null;
      schoolStage?: string | null;
      schoolGrade?: string | null;
      disabilityCategory?: string | null;
      disabilityGrade?: number | null;
      disabilityCertificate?: string | null;
      healthStatus?: string | null;
      /** @description 部门可联系的照护人或父母 */
      guardian?: {
        name: string | null;
        relation: string | null;
        phone: string | null;
      } | null;
      /** @description 发送方可联系的工作人员 */
      referrer?: {
        name: string;
        phone: string | null;
      };
    };
    ReferralPage: {
      items: components['schemas']['ReferralSummary'][];
      total: number;
      page: number;
      pageSize: number;
      asOf: string;
    };
    ReferralSummary: {
      id: string;
      childId: string;
      /** @enum {string} */
      status: 'sent' | 'received' | 'in_progress' | 'answered' | 'closed' | 'returned';
      statusName: string;
      /** @enum {string} */
      finding:
        | 'suspected_target_child'
        | 'suspected_dropout'
        | 'education_aid_eligible'
        | 'school_psychological_disorder'
        | 'not_insured'
        | 'disability_uncertified_or_no_rehab'
        | 'serious_mental_illness'
        | 'unlawful_harm'
        | 'other';
      findingName: string;
      department: {
        id: string;
        name: string;
        /** @enum {string} */
        kind:
          | 'education'
          | 'health'
          | 'medical_insurance'
          | 'disabled_persons_federation'
          | 'police'
          | 'court'
          | 'procuratorate'
          | 'justice'
          | 'human_resources'
          | 'youth_league'
          | 'womens_federation'
          | 'cyberspace'
          | 'emergency'
          | 'water'
          | 'civil_affairs'
          | 'other';
        kindName: string;
      };
      sentOn: string;
      dueOn: string;
      overdue: boolean;
      daysOverdue: number;
      sends: number;
      child: {
        name: string;
        gender: string | null;
        age: number;
        villageName: string | null;
      };
    };
    /** @description 部门名册中的一行（按名册自身的列，各类名册不同） */
    RosterRow: {
      [key: string]: unknown;
    };
    SupportTransition: {
      id: string;
      /** @enum {string} */
      supportKind: 'orphan' | 'de_facto_unsupported';
      exitedOn: string;
      endsOn: string;
      inTransition: boolean;
      note: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealthLive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getHealthReady: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready' | 'not_ready';
            /** @enum {string} */
            backend: 'pglite' | 'postgres';
            /** @enum {string} */
            database: 'ok' | 'unavailable' | 'busy' | 'error';
            /** @enum {string} */
            migrations: 'current' | 'pending' | 'unknown';
            draining: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready' | 'not_ready';
            /** @enum {string} */
            backend: 'pglite' | 'postgres';
            /** @enum {string} */
            database: 'ok' | 'unavailable' | 'busy' | 'error';
            /** @enum {string} */
            migrations: 'current' | 'pending' | 'unknown';
            draining: boolean;
          };
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
            /** @enum {string} */
            database: 'pglite' | 'postgres';
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          password: string;
          code?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                id: string;
                username: string;
                displayName: string;
                /** @enum {string} */
                role:
                  | 'director'
                  | 'supervisor'
                  | 'civil_affairs'
                  | 'admin'
                  | 'department'
                  | 'security_admin'
                  | 'audit_admin';
                roleName: string;
                regionCode: string;
                regionName: string | null;
                permissions: string[];
                mustChangePassword: boolean;
                secondFactorEnabled: boolean;
                mustEnrolSecondFactor: boolean;
                recoveryCodesLeft?: number;
              }
            | {
                /** @enum {boolean} */
                secondFactorRequired: true;
              };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 账号已停用或被锁定 */
      423: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postAuthPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getAuthMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role:
              | 'director'
              | 'supervisor'
              | 'civil_affairs'
              | 'admin'
              | 'department'
              | 'security_admin'
              | 'audit_admin';
            roleName: string;
            regionCode: string;
            regionName: string | null;
            permissions: string[];
            mustChangePassword: boolean;
            secondFactorEnabled: boolean;
            mustEnrolSecondFactor: boolean;
            recoveryCodesLeft?: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getAuthSecondFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            enabled: boolean;
            enabledAt: string | null;
            recoveryCodesLeft: number;
            required: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postAuthSecondFactorEnrolment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            secret: string;
            otpauthUri: string;
            qrDataUrl: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postAuthSecondFactorEnrolmentConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            recoveryCodes: string[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postAuthSecondFactorDisable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getUsers: {
    parameters: {
      query?: {
        q?: string;
        role?:
          | 'director'
          | 'supervisor'
          | 'civil_affairs'
          | 'admin'
          | 'department'
          | 'security_admin'
          | 'audit_admin';
        township?: string;
        village?: string;
        status?: 'enabled' | 'disabled';
        neverSignedIn?: 'true' | 'false';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              username: string;
              displayName: string;
              /** @enum {string} */
              role:
                | 'director'
                | 'supervisor'
                | 'civil_affairs'
                | 'admin'
                | 'department'
                | 'security_admin'
                | 'audit_admin';
              roleName: string;
              regionCode: string;
              regionName: string | null;
              phone: string | null;
              disabled: boolean;
              locked: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              createdAt: string;
              departmentId: string | null;
              townshipName: string | null;
              departmentName: string | null;
              secondFactorEnabled: boolean;
            }[];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          displayName: string;
          /** @enum {string} */
          role:
            | 'director'
            | 'supervisor'
            | 'civil_affairs'
            | 'admin'
            | 'department'
            | 'security_admin'
            | 'audit_admin';
          regionCode: string;
          phone?: string | null;
          password?: string;
          departmentId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              username: string;
              displayName: string;
              /** @enum {string} */
              role:
                | 'director'
                | 'supervisor'
                | 'civil_affairs'
                | 'admin'
                | 'department'
                | 'security_admin'
                | 'audit_admin';
              roleName: string;
              regionCode: string;
              regionName: string | null;
              phone: string | null;
              disabled: boolean;
              locked: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              createdAt: string;
              departmentId: string | null;
              townshipName: string | null;
              departmentName: string | null;
              secondFactorEnabled: boolean;
            };
            password: string | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getUsersExportXlsx: {
    parameters: {
      query?: {
        q?: string;
        role?:
          | 'director'
          | 'supervisor'
          | 'civil_affairs'
          | 'admin'
          | 'department'
          | 'security_admin'
          | 'audit_admin';
        township?: string;
        village?: string;
        status?: 'enabled' | 'disabled';
        neverSignedIn?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchUsersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          displayName?: string;
          /** @enum {string} */
          role?:
            | 'director'
            | 'supervisor'
            | 'civil_affairs'
            | 'admin'
            | 'department'
            | 'security_admin'
            | 'audit_admin';
          regionCode?: string;
          phone?: string | null;
          disabled?: boolean;
          departmentId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role:
              | 'director'
              | 'supervisor'
              | 'civil_affairs'
              | 'admin'
              | 'department'
              | 'security_admin'
              | 'audit_admin';
            roleName: string;
            regionCode: string;
            regionName: string | null;
            phone: string | null;
            disabled: boolean;
            locked: boolean;
            lockedUntil: string | null;
            lastLoginAt: string | null;
            createdAt: string;
            departmentId: string | null;
            townshipName: string | null;
            departmentName: string | null;
            secondFactorEnabled: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postUsersByIdResetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            password: string | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postUsersByIdSecondFactorReset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role:
              | 'director'
              | 'supervisor'
              | 'civil_affairs'
              | 'admin'
              | 'department'
              | 'security_admin'
              | 'audit_admin';
            roleName: string;
            regionCode: string;
            regionName: string | null;
            phone: string | null;
            disabled: boolean;
            locked: boolean;
            lockedUntil: string | null;
            lastLoginAt: string | null;
            createdAt: string;
            departmentId: string | null;
            townshipName: string | null;
            departmentName: string | null;
            secondFactorEnabled: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postUsersByIdLock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role:
              | 'director'
              | 'supervisor'
              | 'civil_affairs'
              | 'admin'
              | 'department'
              | 'security_admin'
              | 'audit_admin';
            roleName: string;
            regionCode: string;
            regionName: string | null;
            phone: string | null;
            disabled: boolean;
            locked: boolean;
            lockedUntil: string | null;
            lastLoginAt: string | null;
            createdAt: string;
            departmentId: string | null;
            townshipName: string | null;
            departmentName: string | null;
            secondFactorEnabled: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postUsersByIdUnlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role:
              | 'director'
              | 'supervisor'
              | 'civil_affairs'
              | 'admin'
              | 'department'
              | 'security_admin'
              | 'audit_admin';
            roleName: string;
            regionCode: string;
            regionName: string | null;
            phone: string | null;
            disabled: boolean;
            locked: boolean;
            lockedUntil: string | null;
            lastLoginAt: string | null;
            createdAt: string;
            departmentId: string | null;
            townshipName: string | null;
            departmentName: string | null;
            secondFactorEnabled: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildren: {
    parameters: {
      query?: {
        region?: string;
        /** @description 风险等级，可多个，用逗号分隔：red（红）、yellow（黄）、blue（蓝）、green（绿） */
        level?: string;
        population?: 'left_behind' | 'in_difficulty' | 'single_parent_rural';
        difficultyType?:
          | 'orphan'
          | 'de_facto_unsupported'
          | 'poor_family'
          | 'severe_disability'
          | 'state_guardianship'
          | 'other'
          | 'family_difficulty'
          | 'own_difficulty'
          | 'guardianship_difficulty';
        overdue?: 'true' | 'false';
        /** @description true：只列红色待立即处置（尚未报案并记录干预）的儿童，与工作台的计数一致 */
        awaitingHandling?: 'true' | 'false';
        target?: 'true' | 'false';
        worklist?: 'true' | 'false';
        ageMin?: number;
        ageMax?: number;
        q?: string;
        status?: 'active' | 'exited' | 'all';
        sort?: 'due' | 'name' | 'level' | 'updated';
        page?: number;
        pageSize?: number;
        fullIdNumber?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChildPage'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildren: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          externalId?: string | null;
          name: string;
          /** @enum {string|null} */
          gender?: 'male' | 'female' | null;
          idNumber?: string | null;
          birthDate?: string | null;
          ethnicity?: string | null;
          /** @enum {string|null} */
          hukouType?: 'rural' | 'urban' | null;
          hukouRegionCode?: string | null;
          villageCode: string;
          /** @enum {string|null} */
          responsibleSide?: 'residence' | 'registration' | null;
          address?: string | null;
          phone?: string | null;
          schoolName?: string | null;
          /** @enum {string|null} */
          schoolStage?:
            'none' | 'preschool' | 'primary' | 'junior' | 'senior' | 'vocational' | 'out_of_school' | null;
          schoolGrade?: string | null;
          healthStatus?: string | null;
          disabilityCategory?: string | null;
          disabilityGrade?: number | null;
          disabilityCertificate?: string | null;
          /** @enum {string|null} */
          guardianship?: 'good' | 'fair' | 'poor' | null;
          /** @default [] */
          conditions?: string[];
          /** @default [] */
          parents?: {
            /** @enum {string} */
            relation: 'father' | 'mother';
            name?: string | null;
            idNumber?: string | null;
            phone?: string | null;
            /** @default [] */
            statuses?: string[];
            migrantMonths?: number | null;
            crossCounty?: boolean | null;
            coreUrbanBoth?: boolean | null;
            workPlace?: string | null;
            note?: string | null;
          }[];
          caregiver?: {
            name: string;
            relation?: string | null;
            idNumber?: string | null;
            phone?: string | null;
            agreementSignedOn?: string | null;
            /** @enum {string|null} */
            assessment?: 'good' | 'fair' | 'poor' | null;
            assessmentNote?: string | null;
            assessedOn?: string | null;
          } | null;
          note?: string | null;
          registeredOn?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            /** @enum {string|null} */
            level: 'red' | 'yellow' | 'blue' | 'green' | null;
            id: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenAssessPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          villageCode: string;
          facts: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Assessment'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenById: {
    parameters: {
      query?: {
        reveal?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Child'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchChildrenById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          externalId?: string | null;
          name?: string;
          /** @enum {string|null} */
          gender?: 'male' | 'female' | null;
          idNumber?: string | null;
          birthDate?: string | null;
          ethnicity?: string | null;
          /** @enum {string|null} */
          hukouType?: 'rural' | 'urban' | null;
          hukouRegionCode?: string | null;
          villageCode?: string;
          /** @enum {string|null} */
          responsibleSide?: 'residence' | 'registration' | null;
          address?: string | null;
          phone?: string | null;
          schoolName?: string | null;
          /** @enum {string|null} */
          schoolStage?:
            'none' | 'preschool' | 'primary' | 'junior' | 'senior' | 'vocational' | 'out_of_school' | null;
          schoolGrade?: string | null;
          healthStatus?: string | null;
          disabilityCategory?: string | null;
          disabilityGrade?: number | null;
          disabilityCertificate?: string | null;
          /** @enum {string|null} */
          guardianship?: 'good' | 'fair' | 'poor' | null;
          conditions?: string[];
          parents?: {
            /** @enum {string} */
            relation: 'father' | 'mother';
            name?: string | null;
            idNumber?: string | null;
            phone?: string | null;
            /** @default [] */
            statuses?: string[];
            migrantMonths?: number | null;
            crossCounty?: boolean | null;
            coreUrbanBoth?: boolean | null;
            workPlace?: string | null;
            note?: string | null;
          }[];
          caregiver?: {
            name: string;
            relation?: string | null;
            idNumber?: string | null;
            phone?: string | null;
            agreementSignedOn?: string | null;
            /** @enum {string|null} */
            assessment?: 'good' | 'fair' | 'poor' | null;
            assessmentNote?: string | null;
            assessedOn?: string | null;
          } | null;
          note?: string | null;
          registeredOn?: string | null;
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            /** @enum {string|null} */
            level: 'red' | 'yellow' | 'blue' | 'green' | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdReveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          field: 'idNumber' | 'father.idNumber' | 'mother.idNumber' | 'caregiver.idNumber';
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            field: 'idNumber' | 'father.idNumber' | 'mother.idNumber' | 'caregiver.idNumber';
            value: string | null;
            remaining: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdMerge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          baseVersion: number;
          changes: {
            name?: string;
            ethnicity?: string | null;
            /** @enum {string|null} */
            hukouType?: 'rural' | 'urban' | null;
            hukouRegionCode?: string | null;
            /** @enum {string|null} */
            responsibleSide?: 'residence' | 'registration' | null;
            address?: string | null;
            phone?: string | null;
            schoolName?: string | null;
            /** @enum {string|null} */
            schoolStage?:
              'none' | 'preschool' | 'primary' | 'junior' | 'senior' | 'vocational' | 'out_of_school' | null;
            schoolGrade?: string | null;
            healthStatus?: string | null;
            disabilityCategory?: string | null;
            disabilityGrade?: number | null;
            disabilityCertificate?: string | null;
            /** @enum {string|null} */
            guardianship?: 'good' | 'fair' | 'poor' | null;
            conditions?: string[];
            parents?: {
              /** @enum {string} */
              relation: 'father' | 'mother';
              name?: string | null;
              idNumber?: string | null;
              phone?: string | null;
              /** @default [] */
              statuses?: string[];
              migrantMonths?: number | null;
              crossCounty?: boolean | null;
              coreUrbanBoth?: boolean | null;
              workPlace?: string | null;
              note?: string | null;
            }[];
            caregiver?: {
              name: string;
              relation?: string | null;
              idNumber?: string | null;
              phone?: string | null;
              agreementSignedOn?: string | null;
              /** @enum {string|null} */
              assessment?: 'good' | 'fair' | 'poor' | null;
              assessmentNote?: string | null;
              assessedOn?: string | null;
            } | null;
            note?: string | null;
          };
          base: {
            [key: string]: unknown;
          };
          resolved?: {
            [key: string]: 'mine' | 'theirs';
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            /** @enum {string|null} */
            level: 'red' | 'yellow' | 'blue' | 'green' | null;
            applied: string[];
            conflicts: {
              field: string;
              label: string;
              mine: unknown;
              theirs: unknown;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Default Response */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              field?: string;
              details?: {
                version: number;
                /** @enum {string|null} */
                level: 'red' | 'yellow' | 'blue' | 'green' | null;
                applied: string[];
                conflicts: {
                  field: string;
                  label: string;
                  mine: unknown;
                  theirs: unknown;
                }[];
              };
            };
          };
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdLevel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string|null} */
          level: 'red' | 'yellow' | 'blue' | 'green' | null;
          reason?: string | null;
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            /** @enum {string|null} */
            level: 'red' | 'yellow' | 'blue' | 'green' | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdExit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          reason:
            | 'turned_16'
            | 'turned_18'
            | 'parents_returned'
            | 'moved_away'
            | 'deceased'
            | 'no_longer_eligible'
            | 'duplicate'
            | 'other';
          exitedOn: string;
          note?: string | null;
          version: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdSupportTransitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          supportKind: 'orphan' | 'de_facto_unsupported';
          exitedOn: string;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportTransition'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AssessmentRecord'][];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdAudit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: number;
              occurredAt: string;
              actorName: string;
              action: string;
              entity: string;
              entityId: string | null;
              changes: components['schemas']['FieldChange'][] | null;
              detail: components['schemas']['AuditDetail'] | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              childId: string;
              /** @enum {string} */
              kind: 'visit' | 'phone' | 'video';
              occurredOn: string;
              workerName: string;
              recordedBy: string | null;
              findings: {
                livingConditions: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                guardianship: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                schooling: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                health: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                safety: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                needs: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                care: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
              };
              conditionsAdded: (
                | 'harm.suspected'
                | 'unsupervised.living_alone'
                | 'unsupervised.wandering_or_missing'
                | 'guardianship.absent'
                | 'self_harm'
                | 'guardianship.severely_insufficient'
                | 'school.dropout_suspected'
                | 'mental.serious_illness'
                | 'orphan'
                | 'hiv'
                | 'de_facto_unsupported'
                | 'guardianship.insufficient'
                | 'disability.severe'
                | 'mental.abnormal_behaviour'
                | 'illness.severe'
                | 'state_guardianship'
                | 'single_parent_rural'
                | 'no_hukou'
                | 'assist.dibao'
                | 'assist.dibao_marginal'
                | 'assist.expenditure_hardship'
                | 'assist.tekun'
                | 'disability.certified'
                | 'injury.accidental_suspected'
                | 'difficulty.other'
              )[];
              conditionsCleared: (
                | 'harm.suspected'
                | 'unsupervised.living_alone'
                | 'unsupervised.wandering_or_missing'
                | 'guardianship.absent'
                | 'self_harm'
                | 'guardianship.severely_insufficient'
                | 'school.dropout_suspected'
                | 'mental.serious_illness'
                | 'orphan'
                | 'hiv'
                | 'de_facto_unsupported'
                | 'guardianship.insufficient'
                | 'disability.severe'
                | 'mental.abnormal_behaviour'
                | 'illness.severe'
                | 'state_guardianship'
                | 'single_parent_rural'
                | 'no_hukou'
                | 'assist.dibao'
                | 'assist.dibao_marginal'
                | 'assist.expenditure_hardship'
                | 'assist.tekun'
                | 'disability.certified'
                | 'injury.accidental_suspected'
                | 'difficulty.other'
              )[];
              note: string | null;
              recordedAt: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'visit' | 'phone' | 'video';
          occurredOn: string;
          workerName?: string | null;
          /** @default {} */
          findings?: {
            livingConditions?: {
              /** @enum {string} */
              status: 'normal' | 'attention' | 'problem';
              note?: string | null;
            };
            guardianship?: {
              /** @enum {string} */
              status: 'normal' | 'attention' | 'problem';
              note?: string | null;
            };
            schooling?: {
              /** @enum {string} */
              status: 'normal' | 'attention' | 'problem';
              note?: string | null;
            };
            health?: {
              /** @enum {string} */
              status: 'normal' | 'attention' | 'problem';
              note?: string | null;
            };
            safety?: {
              /** @enum {string} */
              status: 'normal' | 'attention' | 'problem';
              note?: string | null;
            };
            needs?: {
              /** @enum {string} */
              status: 'normal' | 'attention' | 'problem';
              note?: string | null;
            };
            care?: {
              /** @enum {string} */
              status: 'normal' | 'attention' | 'problem';
              note?: string | null;
            };
          };
          /** @default [] */
          conditionsAdded?: string[];
          /** @default [] */
          conditionsCleared?: string[];
          note?: string | null;
          /** Format: uuid */
          clientId?: string | null;
          /** Format: date-time */
          recordedAt?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            contact: {
              id: string;
              childId: string;
              /** @enum {string} */
              kind: 'visit' | 'phone' | 'video';
              occurredOn: string;
              workerName: string;
              recordedBy: string | null;
              findings: {
                livingConditions: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                guardianship: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                schooling: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                health: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                safety: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                needs: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                care: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
              };
              conditionsAdded: (
                | 'harm.suspected'
                | 'unsupervised.living_alone'
                | 'unsupervised.wandering_or_missing'
                | 'guardianship.absent'
                | 'self_harm'
                | 'guardianship.severely_insufficient'
                | 'school.dropout_suspected'
                | 'mental.serious_illness'
                | 'orphan'
                | 'hiv'
                | 'de_facto_unsupported'
                | 'guardianship.insufficient'
                | 'disability.severe'
                | 'mental.abnormal_behaviour'
                | 'illness.severe'
                | 'state_guardianship'
                | 'single_parent_rural'
                | 'no_hukou'
                | 'assist.dibao'
                | 'assist.dibao_marginal'
                | 'assist.expenditure_hardship'
                | 'assist.tekun'
                | 'disability.certified'
                | 'injury.accidental_suspected'
                | 'difficulty.other'
              )[];
              conditionsCleared: (
                | 'harm.suspected'
                | 'unsupervised.living_alone'
                | 'unsupervised.wandering_or_missing'
                | 'guardianship.absent'
                | 'self_harm'
                | 'guardianship.severely_insufficient'
                | 'school.dropout_suspected'
                | 'mental.serious_illness'
                | 'orphan'
                | 'hiv'
                | 'de_facto_unsupported'
                | 'guardianship.insufficient'
                | 'disability.severe'
                | 'mental.abnormal_behaviour'
                | 'illness.severe'
                | 'state_guardianship'
                | 'single_parent_rural'
                | 'no_hukou'
                | 'assist.dibao'
                | 'assist.dibao_marginal'
                | 'assist.expenditure_hardship'
                | 'assist.tekun'
                | 'disability.certified'
                | 'injury.accidental_suspected'
                | 'difficulty.other'
              )[];
              note: string | null;
              recordedAt: string;
            };
            version: number;
            /** @enum {string|null} */
            previousLevel: 'red' | 'yellow' | 'blue' | 'green' | null;
            /** @enum {string|null} */
            level: 'red' | 'yellow' | 'blue' | 'green' | null;
            immediate: boolean;
            mandatoryReportOpened: boolean;
            replayed: boolean;
            lastVisitOn: string | null;
            lastContactOn: string | null;
            nextVisitDue: string | null;
            nextContactDue: string | null;
            nextDue: string | null;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            contact: {
              id: string;
              childId: string;
              /** @enum {string} */
              kind: 'visit' | 'phone' | 'video';
              occurredOn: string;
              workerName: string;
              recordedBy: string | null;
              findings: {
                livingConditions: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                guardianship: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                schooling: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                health: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                safety: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                needs: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
                care: {
                  /** @enum {string} */
                  status: 'normal' | 'attention' | 'problem';
                  note: string | null;
                } | null;
              };
              conditionsAdded: (
                | 'harm.suspected'
                | 'unsupervised.living_alone'
                | 'unsupervised.wandering_or_missing'
                | 'guardianship.absent'
                | 'self_harm'
                | 'guardianship.severely_insufficient'
                | 'school.dropout_suspected'
                | 'mental.serious_illness'
                | 'orphan'
                | 'hiv'
                | 'de_facto_unsupported'
                | 'guardianship.insufficient'
                | 'disability.severe'
                | 'mental.abnormal_behaviour'
                | 'illness.severe'
                | 'state_guardianship'
                | 'single_parent_rural'
                | 'no_hukou'
                | 'assist.dibao'
                | 'assist.dibao_marginal'
                | 'assist.expenditure_hardship'
                | 'assist.tekun'
                | 'disability.certified'
                | 'injury.accidental_suspected'
                | 'difficulty.other'
              )[];
              conditionsCleared: (
                | 'harm.suspected'
                | 'unsupervised.living_alone'
                | 'unsupervised.wandering_or_missing'
                | 'guardianship.absent'
                | 'self_harm'
                | 'guardianship.severely_insufficient'
                | 'school.dropout_suspected'
                | 'mental.serious_illness'
                | 'orphan'
                | 'hiv'
                | 'de_facto_unsupported'
                | 'guardianship.insufficient'
                | 'disability.severe'
                | 'mental.abnormal_behaviour'
                | 'illness.severe'
                | 'state_guardianship'
                | 'single_parent_rural'
                | 'no_hukou'
                | 'assist.dibao'
                | 'assist.dibao_marginal'
                | 'assist.expenditure_hardship'
                | 'assist.tekun'
                | 'disability.certified'
                | 'injury.accidental_suspected'
                | 'difficulty.other'
              )[];
              note: string | null;
              recordedAt: string;
            };
            version: number;
            /** @enum {string|null} */
            previousLevel: 'red' | 'yellow' | 'blue' | 'green' | null;
            /** @enum {string|null} */
            level: 'red' | 'yellow' | 'blue' | 'green' | null;
            immediate: boolean;
            mandatoryReportOpened: boolean;
            replayed: boolean;
            lastVisitOn: string | null;
            lastContactOn: string | null;
            nextVisitDue: string | null;
            nextContactDue: string | null;
            nextDue: string | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdWorkLogs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              childId: string;
              occurredOn: string;
              authorName: string;
              authorId: string | null;
              content: string;
              recordedAt: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdWorkLogs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          occurredOn: string;
          content: string;
          authorName?: string | null;
          /** Format: uuid */
          clientId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            occurredOn: string;
            authorName: string;
            authorId: string | null;
            content: string;
            recordedAt: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            occurredOn: string;
            authorName: string;
            authorId: string | null;
            content: string;
            recordedAt: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdInterventions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              childId: string;
              date: string;
              /** @enum {string} */
              kind:
                | 'assistance'
                | 'placement'
                | 'counselling'
                | 'referral'
                | 'medical'
                | 'education'
                | 'guardianship_support'
                | 'rehabilitation'
                | 'other';
              note: string | null;
              recordedBy: string | null;
              recordedByName: string | null;
              recordedAt: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdInterventions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          date: string;
          /** @enum {string} */
          kind:
            | 'assistance'
            | 'placement'
            | 'counselling'
            | 'referral'
            | 'medical'
            | 'education'
            | 'guardianship_support'
            | 'rehabilitation'
            | 'other';
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            date: string;
            /** @enum {string} */
            kind:
              | 'assistance'
              | 'placement'
              | 'counselling'
              | 'referral'
              | 'medical'
              | 'education'
              | 'guardianship_support'
              | 'rehabilitation'
              | 'other';
            note: string | null;
            recordedBy: string | null;
            recordedByName: string | null;
            recordedAt: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorklist: {
    parameters: {
      query?: {
        asOf?: string;
        region?: string;
        dueWithinDays?: number;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            region: string;
            total: number;
            overdue: number;
            page: number;
            pageSize: number;
            items: {
              childId: string;
              name: string;
              /** @enum {string|null} */
              gender: 'male' | 'female' | null;
              restricted: boolean;
              age: number;
              villageCode: string;
              villageName: string | null;
              townshipName: string | null;
              /** @enum {string|null} */
              level: 'red' | 'yellow' | 'blue' | 'green' | null;
              watch: boolean;
              immediate: boolean;
              /** @enum {string|null} */
              dueKind: 'immediate' | 'visit' | 'contact' | null;
              redFollowUp: boolean;
              nextDue: string | null;
              overdue: boolean;
              daysOverdue: number;
              nextVisitDue: string | null;
              visitDaysOverdue: number;
              nextContactDue: string | null;
              contactDaysOverdue: number;
              lastVisitOn: string | null;
              lastContactOn: string | null;
              neverVisited: boolean;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorklistSummary: {
    parameters: {
      query?: {
        asOf?: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            region: string;
            regionName: string | null;
            /** @enum {string|null} */
            level: 'province' | 'city' | 'county' | 'township' | 'village' | null;
            /** @enum {string} */
            rowLevel: 'province' | 'city' | 'county' | 'township' | 'village';
            rows: {
              targetChildren: number;
              levels: {
                red: number;
                yellow: number;
                blue: number;
                green: number;
              };
              overdue: number;
              overdueVisits: number;
              overdueContacts: number;
              dueWithin7Days: number;
              neverVisited: number;
              /** @description 红色待立即处置（尚未报案并记录干预）的儿童数 */
              awaitingHandling: number;
              regionCode: string;
              regionName: string | null;
            }[];
            total: {
              targetChildren: number;
              levels: {
                red: number;
                yellow: number;
                blue: number;
                green: number;
              };
              overdue: number;
              overdueVisits: number;
              overdueContacts: number;
              dueWithin7Days: number;
              neverVisited: number;
              /** @description 红色待立即处置（尚未报案并记录干预）的儿童数 */
              awaitingHandling: number;
            };
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDepartmentsKinds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              name: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDepartments: {
    parameters: {
      query?: {
        county?: string;
        kind?:
          | 'education'
          | 'health'
          | 'medical_insurance'
          | 'disabled_persons_federation'
          | 'police'
          | 'court'
          | 'procuratorate'
          | 'justice'
          | 'human_resources'
          | 'youth_league'
          | 'womens_federation'
          | 'cyberspace'
          | 'emergency'
          | 'water'
          | 'civil_affairs'
          | 'other';
        includeDisabled?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              countyCode: string;
              countyName: string | null;
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              kindName: string;
              name: string;
              contactPerson: string | null;
              phone: string | null;
              disabled: boolean;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postDepartments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          countyCode: string;
          /** @enum {string} */
          kind:
            | 'education'
            | 'health'
            | 'medical_insurance'
            | 'disabled_persons_federation'
            | 'police'
            | 'court'
            | 'procuratorate'
            | 'justice'
            | 'human_resources'
            | 'youth_league'
            | 'womens_federation'
            | 'cyberspace'
            | 'emergency'
            | 'water'
            | 'civil_affairs'
            | 'other';
          name: string;
          contactPerson?: string | null;
          phone?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            countyCode: string;
            countyName: string | null;
            /** @enum {string} */
            kind:
              | 'education'
              | 'health'
              | 'medical_insurance'
              | 'disabled_persons_federation'
              | 'police'
              | 'court'
              | 'procuratorate'
              | 'justice'
              | 'human_resources'
              | 'youth_league'
              | 'womens_federation'
              | 'cyberspace'
              | 'emergency'
              | 'water'
              | 'civil_affairs'
              | 'other';
            kindName: string;
            name: string;
            contactPerson: string | null;
            phone: string | null;
            disabled: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDepartmentsGaps: {
    parameters: {
      query?: {
        county?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              countyCode: string;
              countyName: string | null;
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              kindName: string;
              findings: string[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDepartmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            countyCode: string;
            countyName: string | null;
            /** @enum {string} */
            kind:
              | 'education'
              | 'health'
              | 'medical_insurance'
              | 'disabled_persons_federation'
              | 'police'
              | 'court'
              | 'procuratorate'
              | 'justice'
              | 'human_resources'
              | 'youth_league'
              | 'womens_federation'
              | 'cyberspace'
              | 'emergency'
              | 'water'
              | 'civil_affairs'
              | 'other';
            kindName: string;
            name: string;
            contactPerson: string | null;
            phone: string | null;
            disabled: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchDepartmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          contactPerson?: string | null;
          phone?: string | null;
          disabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            countyCode: string;
            countyName: string | null;
            /** @enum {string} */
            kind:
              | 'education'
              | 'health'
              | 'medical_insurance'
              | 'disabled_persons_federation'
              | 'police'
              | 'court'
              | 'procuratorate'
              | 'justice'
              | 'human_resources'
              | 'youth_league'
              | 'womens_federation'
              | 'cyberspace'
              | 'emergency'
              | 'water'
              | 'civil_affairs'
              | 'other';
            kindName: string;
            name: string;
            contactPerson: string | null;
            phone: string | null;
            disabled: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDepartmentsInbox: {
    parameters: {
      query?: {
        status?: 'sent' | 'received' | 'in_progress' | 'answered' | 'closed' | 'returned' | 'open' | 'all';
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            departments: {
              id: string;
              countyCode: string;
              countyName: string | null;
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              kindName: string;
              name: string;
              contactPerson: string | null;
              phone: string | null;
              disabled: boolean;
            }[];
            referrals: components['schemas']['ReferralSummary'][];
            actions: {
              id: string;
              conferenceId: string;
              childId: string;
              description: string;
              owner: {
                /** @enum {string} */
                type: 'department' | 'user';
                id: string;
                name: string;
                kindName: string | null;
              };
              dueOn: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'cancelled';
              statusName: string;
              overdue: boolean;
              daysOverdue: number;
              result: string | null;
              doneOn: string | null;
              conference: {
                topic: string;
                heldOn: string;
              };
              child: {
                name: string;
                gender: string | null;
                age: number;
                villageName: string | null;
              };
            }[];
            listShares: {
              id: string;
              countyCode: string;
              sharedOn: string;
              validUntil: string;
              childCount: number;
              levels: ('red' | 'yellow' | 'blue' | 'green')[];
            }[];
            counts: {
              referralsOpen: number;
              referralsOverdue: number;
              actionsOpen: number;
              actionsOverdue: number;
            };
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReferralsFindings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              finding:
                | 'suspected_target_child'
                | 'suspected_dropout'
                | 'education_aid_eligible'
                | 'school_psychological_disorder'
                | 'not_insured'
                | 'disability_uncertified_or_no_rehab'
                | 'serious_mental_illness'
                | 'unlawful_harm'
                | 'other';
              name: string;
              kinds: {
                /** @enum {string} */
                kind:
                  | 'education'
                  | 'health'
                  | 'medical_insurance'
                  | 'disabled_persons_federation'
                  | 'police'
                  | 'court'
                  | 'procuratorate'
                  | 'justice'
                  | 'human_resources'
                  | 'youth_league'
                  | 'womens_federation'
                  | 'cyberspace'
                  | 'emergency'
                  | 'water'
                  | 'civil_affairs'
                  | 'other';
                kindName: string;
              }[];
              text: string;
              source: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReferralsRoute: {
    parameters: {
      query: {
        finding:
          | 'suspected_target_child'
          | 'suspected_dropout'
          | 'education_aid_eligible'
          | 'school_psychological_disorder'
          | 'not_insured'
          | 'disability_uncertified_or_no_rehab'
          | 'serious_mental_illness'
          | 'unlawful_harm'
          | 'other';
        county?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            finding:
              | 'suspected_target_child'
              | 'suspected_dropout'
              | 'education_aid_eligible'
              | 'school_psychological_disorder'
              | 'not_insured'
              | 'disability_uncertified_or_no_rehab'
              | 'serious_mental_illness'
              | 'unlawful_harm'
              | 'other';
            name: string;
            kinds: {
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              kindName: string;
            }[];
            text: string;
            source: string;
            departments: {
              id: string;
              countyCode: string;
              countyName: string | null;
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              kindName: string;
              name: string;
              contactPerson: string | null;
              phone: string | null;
              disabled: boolean;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdReferrals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Referral'][];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdReferrals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          finding:
            | 'suspected_target_child'
            | 'suspected_dropout'
            | 'education_aid_eligible'
            | 'school_psychological_disorder'
            | 'not_insured'
            | 'disability_uncertified_or_no_rehab'
            | 'serious_mental_illness'
            | 'unlawful_harm'
            | 'other';
          detail: string;
          departmentIds?: string[] | null;
          dueOn?: string | null;
          /** Format: uuid */
          contactId?: string | null;
          contactName?: string | null;
          contactPhone?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Referral'][];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReferrals: {
    parameters: {
      query?: {
        status?: 'sent' | 'received' | 'in_progress' | 'answered' | 'closed' | 'returned' | 'open' | 'all';
        departmentId?: string;
        region?: string;
        overdue?: 'true' | 'false';
        asOf?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferralPage'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReferralsOverdue: {
    parameters: {
      query?: {
        asOf?: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            total: number;
            items: components['schemas']['ReferralSummary'][];
            byDepartment: {
              department: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'education'
                  | 'health'
                  | 'medical_insurance'
                  | 'disabled_persons_federation'
                  | 'police'
                  | 'court'
                  | 'procuratorate'
                  | 'justice'
                  | 'human_resources'
                  | 'youth_league'
                  | 'womens_federation'
                  | 'cyberspace'
                  | 'emergency'
                  | 'water'
                  | 'civil_affairs'
                  | 'other';
                kindName: string;
              };
              overdue: number;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReferralsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Referral'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postReferralsByIdReceive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Referral'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postReferralsByIdProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Referral'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postReferralsByIdAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          answer: string;
          actionsTaken?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Referral'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postReferralsByIdReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Referral'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postReferralsByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Referral'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postReferralsByIdResend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          detail?: string | null;
          dueOn?: string | null;
          /** Format: uuid */
          departmentId?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Referral'];
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMandatoryReportsCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            source: string;
            defaultAlertHours: number;
            situations: {
              code: string;
              name: string;
            }[];
            methods: {
              code: string;
              name: string;
            }[];
            outcomes: {
              code: string;
              name: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdMandatoryReports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              childId: string;
              child: {
                name: string;
                villageName: string | null;
                townshipName: string | null;
              };
              /** @enum {string} */
              source: 'auto' | 'manual';
              situation: string;
              situationName: string;
              factors: {
                code: string;
                name: string;
              }[];
              /** @enum {string} */
              status: 'open' | 'reported' | 'closed';
              statusName: string;
              discoveredOn: string;
              discoveredAt: string;
              openedAt: string;
              reportedAt: string | null;
              hoursToReport: number | null;
              hoursOpen: number | null;
              alert: boolean;
              reporterName: string | null;
              reportMethod: string | null;
              reportMethodName: string | null;
              policeUnit: string | null;
              receiptNumber: string | null;
              policeFeedback: {
                occurredOn: string;
                note: string;
              } | null;
              outcome: string | null;
              outcomeName: string | null;
              outcomeNote: string | null;
              closedAt: string | null;
              note: string | null;
              followups: {
                id: string;
                /** @enum {string} */
                kind: 'police_feedback' | 'follow_up';
                occurredOn: string;
                note: string;
                authorName: string;
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdMandatoryReports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          situation:
            | 'private_parts_injury'
            | 'sexual_harm_girl_under14_or_pregnancy'
            | 'sexual_harm_pregnancy_girl_14_plus'
            | 'multiple_injuries_malnutrition_unconscious'
            | 'self_harm_or_abnormal_death'
            | 'abandoned_or_unattended'
            | 'missing_or_trafficked'
            | 'organised_begging'
            | 'other_serious_harm';
          /** Format: date-time */
          discoveredAt: string;
          note?: string | null;
          policeReport?: {
            /** Format: date-time */
            reportedAt: string;
            reporterName?: string | null;
            /** @enum {string} */
            method: 'phone_110' | 'in_person' | 'written';
            policeUnit: string;
            receiptNumber?: string | null;
            /** Format: date-time */
            discoveredAt?: string | null;
            note?: string | null;
          } | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
              townshipName: string | null;
            };
            /** @enum {string} */
            source: 'auto' | 'manual';
            situation: string;
            situationName: string;
            factors: {
              code: string;
              name: string;
            }[];
            /** @enum {string} */
            status: 'open' | 'reported' | 'closed';
            statusName: string;
            discoveredOn: string;
            discoveredAt: string;
            openedAt: string;
            reportedAt: string | null;
            hoursToReport: number | null;
            hoursOpen: number | null;
            alert: boolean;
            reporterName: string | null;
            reportMethod: string | null;
            reportMethodName: string | null;
            policeUnit: string | null;
            receiptNumber: string | null;
            policeFeedback: {
              occurredOn: string;
              note: string;
            } | null;
            outcome: string | null;
            outcomeName: string | null;
            outcomeNote: string | null;
            closedAt: string | null;
            note: string | null;
            followups: {
              id: string;
              /** @enum {string} */
              kind: 'police_feedback' | 'follow_up';
              occurredOn: string;
              note: string;
              authorName: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMandatoryReports: {
    parameters: {
      query?: {
        status?: 'open' | 'reported' | 'closed' | 'all';
        asOf?: string;
        region?: string;
        thresholdHours?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            thresholdHours: number;
            total: number;
            items: {
              id: string;
              childId: string;
              child: {
                name: string;
                villageName: string | null;
                townshipName: string | null;
              };
              /** @enum {string} */
              source: 'auto' | 'manual';
              situation: string;
              situationName: string;
              factors: {
                code: string;
                name: string;
              }[];
              /** @enum {string} */
              status: 'open' | 'reported' | 'closed';
              statusName: string;
              discoveredOn: string;
              discoveredAt: string;
              openedAt: string;
              reportedAt: string | null;
              hoursToReport: number | null;
              hoursOpen: number | null;
              alert: boolean;
              reporterName: string | null;
              reportMethod: string | null;
              reportMethodName: string | null;
              policeUnit: string | null;
              receiptNumber: string | null;
              policeFeedback: {
                occurredOn: string;
                note: string;
              } | null;
              outcome: string | null;
              outcomeName: string | null;
              outcomeNote: string | null;
              closedAt: string | null;
              note: string | null;
              followups: {
                id: string;
                /** @enum {string} */
                kind: 'police_feedback' | 'follow_up';
                occurredOn: string;
                note: string;
                authorName: string;
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMandatoryReportsAlerts: {
    parameters: {
      query?: {
        asOf?: string;
        region?: string;
        thresholdHours?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            thresholdHours: number;
            total: number;
            items: {
              id: string;
              childId: string;
              child: {
                name: string;
                villageName: string | null;
                townshipName: string | null;
              };
              /** @enum {string} */
              source: 'auto' | 'manual';
              situation: string;
              situationName: string;
              factors: {
                code: string;
                name: string;
              }[];
              /** @enum {string} */
              status: 'open' | 'reported' | 'closed';
              statusName: string;
              discoveredOn: string;
              discoveredAt: string;
              openedAt: string;
              reportedAt: string | null;
              hoursToReport: number | null;
              hoursOpen: number | null;
              alert: boolean;
              reporterName: string | null;
              reportMethod: string | null;
              reportMethodName: string | null;
              policeUnit: string | null;
              receiptNumber: string | null;
              policeFeedback: {
                occurredOn: string;
                note: string;
              } | null;
              outcome: string | null;
              outcomeName: string | null;
              outcomeNote: string | null;
              closedAt: string | null;
              note: string | null;
              followups: {
                id: string;
                /** @enum {string} */
                kind: 'police_feedback' | 'follow_up';
                occurredOn: string;
                note: string;
                authorName: string;
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getMandatoryReportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
              townshipName: string | null;
            };
            /** @enum {string} */
            source: 'auto' | 'manual';
            situation: string;
            situationName: string;
            factors: {
              code: string;
              name: string;
            }[];
            /** @enum {string} */
            status: 'open' | 'reported' | 'closed';
            statusName: string;
            discoveredOn: string;
            discoveredAt: string;
            openedAt: string;
            reportedAt: string | null;
            hoursToReport: number | null;
            hoursOpen: number | null;
            alert: boolean;
            reporterName: string | null;
            reportMethod: string | null;
            reportMethodName: string | null;
            policeUnit: string | null;
            receiptNumber: string | null;
            policeFeedback: {
              occurredOn: string;
              note: string;
            } | null;
            outcome: string | null;
            outcomeName: string | null;
            outcomeNote: string | null;
            closedAt: string | null;
            note: string | null;
            followups: {
              id: string;
              /** @enum {string} */
              kind: 'police_feedback' | 'follow_up';
              occurredOn: string;
              note: string;
              authorName: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postMandatoryReportsByIdPoliceReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          reportedAt: string;
          reporterName?: string | null;
          /** @enum {string} */
          method: 'phone_110' | 'in_person' | 'written';
          policeUnit: string;
          receiptNumber?: string | null;
          /** Format: date-time */
          discoveredAt?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
              townshipName: string | null;
            };
            /** @enum {string} */
            source: 'auto' | 'manual';
            situation: string;
            situationName: string;
            factors: {
              code: string;
              name: string;
            }[];
            /** @enum {string} */
            status: 'open' | 'reported' | 'closed';
            statusName: string;
            discoveredOn: string;
            discoveredAt: string;
            openedAt: string;
            reportedAt: string | null;
            hoursToReport: number | null;
            hoursOpen: number | null;
            alert: boolean;
            reporterName: string | null;
            reportMethod: string | null;
            reportMethodName: string | null;
            policeUnit: string | null;
            receiptNumber: string | null;
            policeFeedback: {
              occurredOn: string;
              note: string;
            } | null;
            outcome: string | null;
            outcomeName: string | null;
            outcomeNote: string | null;
            closedAt: string | null;
            note: string | null;
            followups: {
              id: string;
              /** @enum {string} */
              kind: 'police_feedback' | 'follow_up';
              occurredOn: string;
              note: string;
              authorName: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postMandatoryReportsByIdFollowups: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'police_feedback' | 'follow_up';
          occurredOn: string;
          note: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
              townshipName: string | null;
            };
            /** @enum {string} */
            source: 'auto' | 'manual';
            situation: string;
            situationName: string;
            factors: {
              code: string;
              name: string;
            }[];
            /** @enum {string} */
            status: 'open' | 'reported' | 'closed';
            statusName: string;
            discoveredOn: string;
            discoveredAt: string;
            openedAt: string;
            reportedAt: string | null;
            hoursToReport: number | null;
            hoursOpen: number | null;
            alert: boolean;
            reporterName: string | null;
            reportMethod: string | null;
            reportMethodName: string | null;
            policeUnit: string | null;
            receiptNumber: string | null;
            policeFeedback: {
              occurredOn: string;
              note: string;
            } | null;
            outcome: string | null;
            outcomeName: string | null;
            outcomeNote: string | null;
            closedAt: string | null;
            note: string | null;
            followups: {
              id: string;
              /** @enum {string} */
              kind: 'police_feedback' | 'follow_up';
              occurredOn: string;
              note: string;
              authorName: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postMandatoryReportsByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome:
            | 'case_filed'
            | 'police_handled'
            | 'child_placed'
            | 'not_substantiated'
            | 'other'
            | 'recorded_in_error';
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
              townshipName: string | null;
            };
            /** @enum {string} */
            source: 'auto' | 'manual';
            situation: string;
            situationName: string;
            factors: {
              code: string;
              name: string;
            }[];
            /** @enum {string} */
            status: 'open' | 'reported' | 'closed';
            statusName: string;
            discoveredOn: string;
            discoveredAt: string;
            openedAt: string;
            reportedAt: string | null;
            hoursToReport: number | null;
            hoursOpen: number | null;
            alert: boolean;
            reporterName: string | null;
            reportMethod: string | null;
            reportMethodName: string | null;
            policeUnit: string | null;
            receiptNumber: string | null;
            policeFeedback: {
              occurredOn: string;
              note: string;
            } | null;
            outcome: string | null;
            outcomeName: string | null;
            outcomeNote: string | null;
            closedAt: string | null;
            note: string | null;
            followups: {
              id: string;
              /** @enum {string} */
              kind: 'police_feedback' | 'follow_up';
              occurredOn: string;
              note: string;
              authorName: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdConferences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              childId: string;
              child: {
                name: string;
                villageName: string | null;
              };
              topic: string;
              heldOn: string;
              location: string | null;
              /** @enum {string} */
              status: 'planned' | 'held' | 'closed';
              statusName: string;
              decisions: string | null;
              convenedByName: string;
              closedOn: string | null;
              participants: {
                departmentId: string | null;
                departmentName: string | null;
                kindName: string | null;
                name: string | null;
                unit: string | null;
              }[];
              actions: {
                id: string;
                conferenceId: string;
                childId: string;
                description: string;
                owner: {
                  /** @enum {string} */
                  type: 'department' | 'user';
                  id: string;
                  name: string;
                  kindName: string | null;
                };
                dueOn: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'cancelled';
                statusName: string;
                overdue: boolean;
                daysOverdue: number;
                result: string | null;
                doneOn: string | null;
                conference: {
                  topic: string;
                  heldOn: string;
                };
                child: {
                  name: string;
                  gender: string | null;
                  age: number;
                  villageName: string | null;
                };
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdConferences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          topic: string;
          heldOn: string;
          location?: string | null;
          participants: {
            /** Format: uuid */
            departmentId?: string | null;
            name?: string | null;
            unit?: string | null;
          }[];
          decisions?: string | null;
          actions?: {
            description: string;
            /** Format: uuid */
            ownerDepartmentId?: string | null;
            /** Format: uuid */
            ownerUserId?: string | null;
            dueOn: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
            };
            topic: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: 'planned' | 'held' | 'closed';
            statusName: string;
            decisions: string | null;
            convenedByName: string;
            closedOn: string | null;
            participants: {
              departmentId: string | null;
              departmentName: string | null;
              kindName: string | null;
              name: string | null;
              unit: string | null;
            }[];
            actions: {
              id: string;
              conferenceId: string;
              childId: string;
              description: string;
              owner: {
                /** @enum {string} */
                type: 'department' | 'user';
                id: string;
                name: string;
                kindName: string | null;
              };
              dueOn: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'cancelled';
              statusName: string;
              overdue: boolean;
              daysOverdue: number;
              result: string | null;
              doneOn: string | null;
              conference: {
                topic: string;
                heldOn: string;
              };
              child: {
                name: string;
                gender: string | null;
                age: number;
                villageName: string | null;
              };
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getConferences: {
    parameters: {
      query?: {
        status?: 'planned' | 'held' | 'closed';
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              childId: string;
              child: {
                name: string;
                villageName: string | null;
              };
              topic: string;
              heldOn: string;
              location: string | null;
              /** @enum {string} */
              status: 'planned' | 'held' | 'closed';
              statusName: string;
              decisions: string | null;
              convenedByName: string;
              closedOn: string | null;
              participants: {
                departmentId: string | null;
                departmentName: string | null;
                kindName: string | null;
                name: string | null;
                unit: string | null;
              }[];
              actions: {
                id: string;
                conferenceId: string;
                childId: string;
                description: string;
                owner: {
                  /** @enum {string} */
                  type: 'department' | 'user';
                  id: string;
                  name: string;
                  kindName: string | null;
                };
                dueOn: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'cancelled';
                statusName: string;
                overdue: boolean;
                daysOverdue: number;
                result: string | null;
                doneOn: string | null;
                conference: {
                  topic: string;
                  heldOn: string;
                };
                child: {
                  name: string;
                  gender: string | null;
                  age: number;
                  villageName: string | null;
                };
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getConferencesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
            };
            topic: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: 'planned' | 'held' | 'closed';
            statusName: string;
            decisions: string | null;
            convenedByName: string;
            closedOn: string | null;
            participants: {
              departmentId: string | null;
              departmentName: string | null;
              kindName: string | null;
              name: string | null;
              unit: string | null;
            }[];
            actions: {
              id: string;
              conferenceId: string;
              childId: string;
              description: string;
              owner: {
                /** @enum {string} */
                type: 'department' | 'user';
                id: string;
                name: string;
                kindName: string | null;
              };
              dueOn: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'cancelled';
              statusName: string;
              overdue: boolean;
              daysOverdue: number;
              result: string | null;
              doneOn: string | null;
              conference: {
                topic: string;
                heldOn: string;
              };
              child: {
                name: string;
                gender: string | null;
                age: number;
                villageName: string | null;
              };
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchConferencesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          topic?: string;
          heldOn?: string;
          location?: string | null;
          decisions?: string | null;
          participants?: {
            /** Format: uuid */
            departmentId?: string | null;
            name?: string | null;
            unit?: string | null;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
            };
            topic: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: 'planned' | 'held' | 'closed';
            statusName: string;
            decisions: string | null;
            convenedByName: string;
            closedOn: string | null;
            participants: {
              departmentId: string | null;
              departmentName: string | null;
              kindName: string | null;
              name: string | null;
              unit: string | null;
            }[];
            actions: {
              id: string;
              conferenceId: string;
              childId: string;
              description: string;
              owner: {
                /** @enum {string} */
                type: 'department' | 'user';
                id: string;
                name: string;
                kindName: string | null;
              };
              dueOn: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'cancelled';
              statusName: string;
              overdue: boolean;
              daysOverdue: number;
              result: string | null;
              doneOn: string | null;
              conference: {
                topic: string;
                heldOn: string;
              };
              child: {
                name: string;
                gender: string | null;
                age: number;
                villageName: string | null;
              };
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postConferencesByIdActions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          actions: {
            description: string;
            /** Format: uuid */
            ownerDepartmentId?: string | null;
            /** Format: uuid */
            ownerUserId?: string | null;
            dueOn: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
            };
            topic: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: 'planned' | 'held' | 'closed';
            statusName: string;
            decisions: string | null;
            convenedByName: string;
            closedOn: string | null;
            participants: {
              departmentId: string | null;
              departmentName: string | null;
              kindName: string | null;
              name: string | null;
              unit: string | null;
            }[];
            actions: {
              id: string;
              conferenceId: string;
              childId: string;
              description: string;
              owner: {
                /** @enum {string} */
                type: 'department' | 'user';
                id: string;
                name: string;
                kindName: string | null;
              };
              dueOn: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'cancelled';
              statusName: string;
              overdue: boolean;
              daysOverdue: number;
              result: string | null;
              doneOn: string | null;
              conference: {
                topic: string;
                heldOn: string;
              };
              child: {
                name: string;
                gender: string | null;
                age: number;
                villageName: string | null;
              };
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchConferencesByIdActionsByActionId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        actionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status: 'open' | 'in_progress' | 'done' | 'cancelled';
          result?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            conferenceId: string;
            childId: string;
            description: string;
            owner: {
              /** @enum {string} */
              type: 'department' | 'user';
              id: string;
              name: string;
              kindName: string | null;
            };
            dueOn: string;
            /** @enum {string} */
            status: 'open' | 'in_progress' | 'done' | 'cancelled';
            statusName: string;
            overdue: boolean;
            daysOverdue: number;
            result: string | null;
            doneOn: string | null;
            conference: {
              topic: string;
              heldOn: string;
            };
            child: {
              name: string;
              gender: string | null;
              age: number;
              villageName: string | null;
            };
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postConferencesByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            child: {
              name: string;
              villageName: string | null;
            };
            topic: string;
            heldOn: string;
            location: string | null;
            /** @enum {string} */
            status: 'planned' | 'held' | 'closed';
            statusName: string;
            decisions: string | null;
            convenedByName: string;
            closedOn: string | null;
            participants: {
              departmentId: string | null;
              departmentName: string | null;
              kindName: string | null;
              name: string | null;
              unit: string | null;
            }[];
            actions: {
              id: string;
              conferenceId: string;
              childId: string;
              description: string;
              owner: {
                /** @enum {string} */
                type: 'department' | 'user';
                id: string;
                name: string;
                kindName: string | null;
              };
              dueOn: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'cancelled';
              statusName: string;
              overdue: boolean;
              daysOverdue: number;
              result: string | null;
              doneOn: string | null;
              conference: {
                topic: string;
                heldOn: string;
              };
              child: {
                name: string;
                gender: string | null;
                age: number;
                villageName: string | null;
              };
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getActionsMine: {
    parameters: {
      query?: {
        status?: 'open' | 'all';
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            items: {
              id: string;
              conferenceId: string;
              childId: string;
              description: string;
              owner: {
                /** @enum {string} */
                type: 'department' | 'user';
                id: string;
                name: string;
                kindName: string | null;
              };
              dueOn: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'cancelled';
              statusName: string;
              overdue: boolean;
              daysOverdue: number;
              result: string | null;
              doneOn: string | null;
              conference: {
                topic: string;
                heldOn: string;
              };
              child: {
                name: string;
                gender: string | null;
                age: number;
                villageName: string | null;
              };
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getListShares: {
    parameters: {
      query?: {
        county?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              countyCode: string;
              policy: string;
              sharedOn: string;
              sharedAt: string;
              sharedByName: string;
              levels: ('red' | 'yellow' | 'blue' | 'green')[];
              fields: string[];
              validUntil: string;
              childCount: number;
              note: string | null;
              revoked: boolean;
              revokeReason: string | null;
              expired: boolean;
              recipients: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'education'
                  | 'health'
                  | 'medical_insurance'
                  | 'disabled_persons_federation'
                  | 'police'
                  | 'court'
                  | 'procuratorate'
                  | 'justice'
                  | 'human_resources'
                  | 'youth_league'
                  | 'womens_federation'
                  | 'cyberspace'
                  | 'emergency'
                  | 'water'
                  | 'civil_affairs'
                  | 'other';
                kindName: string;
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postListShares: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          countyCode: string;
          recipientIds?: string[] | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            countyCode: string;
            policy: string;
            sharedOn: string;
            sharedAt: string;
            sharedByName: string;
            levels: ('red' | 'yellow' | 'blue' | 'green')[];
            fields: string[];
            validUntil: string;
            childCount: number;
            note: string | null;
            revoked: boolean;
            revokeReason: string | null;
            expired: boolean;
            recipients: {
              id: string;
              name: string;
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              kindName: string;
            }[];
            missingRecipientKinds: string[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getListSharesDue: {
    parameters: {
      query?: {
        asOf?: string;
        region?: string;
        withinDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            withinDays: number;
            counties: {
              countyCode: string;
              countyName: string | null;
              policy: string;
              required: boolean;
              every: string;
              levels: ('red' | 'yellow' | 'blue' | 'green')[];
              text: string | null;
              source: string | null;
              nextDueOn: string | null;
              due: boolean;
              dueSoon: boolean;
              recipients: {
                /** @enum {string} */
                kind:
                  | 'education'
                  | 'health'
                  | 'medical_insurance'
                  | 'disabled_persons_federation'
                  | 'police'
                  | 'court'
                  | 'procuratorate'
                  | 'justice'
                  | 'human_resources'
                  | 'youth_league'
                  | 'womens_federation'
                  | 'cyberspace'
                  | 'emergency'
                  | 'water'
                  | 'civil_affairs'
                  | 'other';
                kindName: string;
                departmentId: string | null;
                departmentName: string | null;
                missing: boolean;
                lastSharedOn: string | null;
                nextDueOn: string | null;
                due: boolean;
                overdueDays: number;
                dueSoon: boolean;
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getListSharesCurrent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              countyCode: string;
              policy: string;
              sharedOn: string;
              sharedAt: string;
              sharedByName: string;
              levels: ('red' | 'yellow' | 'blue' | 'green')[];
              fields: string[];
              validUntil: string;
              childCount: number;
              note: string | null;
              revoked: boolean;
              revokeReason: string | null;
              expired: boolean;
              recipients: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'education'
                  | 'health'
                  | 'medical_insurance'
                  | 'disabled_persons_federation'
                  | 'police'
                  | 'court'
                  | 'procuratorate'
                  | 'justice'
                  | 'human_resources'
                  | 'youth_league'
                  | 'womens_federation'
                  | 'cyberspace'
                  | 'emergency'
                  | 'water'
                  | 'civil_affairs'
                  | 'other';
                kindName: string;
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getListSharesById: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            countyCode: string;
            policy: string;
            sharedOn: string;
            sharedAt: string;
            sharedByName: string;
            levels: ('red' | 'yellow' | 'blue' | 'green')[];
            fields: string[];
            validUntil: string;
            childCount: number;
            note: string | null;
            revoked: boolean;
            revokeReason: string | null;
            expired: boolean;
            recipients: {
              id: string;
              name: string;
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              kindName: string;
            }[];
            page: number;
            pageSize: number;
            items: {
              name: string;
              /** @enum {string|null} */
              gender: 'male' | 'female' | null;
              age: number;
              villageCode: string;
              villageName: string | null;
              /** @enum {string} */
              level: 'red' | 'yellow' | 'blue' | 'green';
              helpNeeded: string[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postListSharesByIdRevoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            countyCode: string;
            policy: string;
            sharedOn: string;
            sharedAt: string;
            sharedByName: string;
            levels: ('red' | 'yellow' | 'blue' | 'green')[];
            fields: string[];
            validUntil: string;
            childCount: number;
            note: string | null;
            revoked: boolean;
            revokeReason: string | null;
            expired: boolean;
            recipients: {
              id: string;
              name: string;
              /** @enum {string} */
              kind:
                | 'education'
                | 'health'
                | 'medical_insurance'
                | 'disabled_persons_federation'
                | 'police'
                | 'court'
                | 'procuratorate'
                | 'justice'
                | 'human_resources'
                | 'youth_league'
                | 'womens_federation'
                | 'cyberspace'
                | 'emergency'
                | 'water'
                | 'civil_affairs'
                | 'other';
              kindName: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getRegionsByCodeChildren: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: {
              code: string;
              name: string;
              /** @enum {string} */
              level: 'province' | 'city' | 'county' | 'township' | 'village';
              leaf: boolean;
            };
            items: {
              code: string;
              name: string;
              /** @enum {string} */
              level: 'province' | 'city' | 'county' | 'township' | 'village';
              leaf: boolean;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenExportXlsx: {
    parameters: {
      query?: {
        region?: string;
        /** @description 风险等级，可多个，用逗号分隔：red（红）、yellow（黄）、blue（蓝）、green（绿） */
        level?: string;
        population?: 'left_behind' | 'in_difficulty' | 'single_parent_rural';
        difficultyType?:
          | 'orphan'
          | 'de_facto_unsupported'
          | 'poor_family'
          | 'severe_disability'
          | 'state_guardianship'
          | 'other'
          | 'family_difficulty'
          | 'own_difficulty'
          | 'guardianship_difficulty';
        overdue?: 'true' | 'false';
        awaitingHandling?: 'true' | 'false';
        target?: 'true' | 'false';
        ageMin?: number;
        ageMax?: number;
        q?: string;
        status?: 'active' | 'exited' | 'all';
        sort?: 'due' | 'name' | 'level' | 'updated';
        fullIdNumber?: 'true' | 'false';
        purpose?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforceLedger: {
    parameters: {
      query?: {
        region?: string;
        role?: 'director' | 'supervisor';
        status?: 'active' | 'ended' | 'all';
        asOf?: string;
        q?: string;
        untrained?: 'true' | 'false';
        noBackgroundCheck?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        fullIdNumber?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 日期 YYYY-MM-DD */
            asOf: string;
            total: number;
            page: number;
            pageSize: number;
            items: {
              personId: string;
              postId: string;
              name: string;
              /** @description 身份证号码（默认只显示地址码，fullIdNumber=true 时完整） */
              idNumber: string;
              /** @enum {string|null} */
              gender: 'male' | 'female' | null;
              phone: string | null;
              /** @enum {string} */
              role: 'director' | 'supervisor';
              roleName: string;
              regionCode: string;
              regionName: string | null;
              parentRegionName: string | null;
              /** @description 日期 YYYY-MM-DD */
              startedOn: string | null;
              /** @description 日期 YYYY-MM-DD */
              endedOn: string | null;
              active: boolean;
              /** @description 日期 YYYY-MM-DD */
              backgroundCheckedOn: string | null;
              /** @enum {string|null} */
              backgroundCheckResult: 'passed' | 'restricted' | null;
              /** @description 日期 YYYY-MM-DD */
              lastTrainedOn: string | null;
              trainedThisYear: boolean;
              userId: string | null;
              username: string | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWorkforcePeople: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          idNumber: string;
          phone?: string | null;
          /**
           * @default director
           * @enum {string}
           */
          role?: 'director' | 'supervisor';
          regionCode: string;
          startedOn?: string | null;
          endedOn?: string | null;
          /** @default [] */
          trainedOn?: string[];
          backgroundCheckedOn?: string | null;
          /** @enum {string|null} */
          backgroundCheckResult?: 'passed' | 'restricted' | null;
          backgroundCheckNote?: string | null;
          username?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWorkforceImport: {
    parameters: {
      query: {
        fileName: string;
        skipInvalid?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
        'text/csv': string;
        'application/x-ndjson': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            imported: number;
            updated: number;
            rejected: number;
            problems: {
              file?: string;
              line?: number;
              row?: number;
              field?: string;
              message: string;
            }[];
            omittedProblems: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforcePeopleById: {
    parameters: {
      query?: {
        fullIdNumber?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            idNumber: string;
            /** @enum {string|null} */
            gender: 'male' | 'female' | null;
            phone: string | null;
            note: string | null;
            user: {
              id: string;
              username: string | null;
              displayName: string | null;
            } | null;
            backgroundCheck: {
              /** @description 日期 YYYY-MM-DD */
              checkedOn: string;
              /** @enum {string|null} */
              result: 'passed' | 'restricted' | null;
              resultName: string | null;
              note: string | null;
            } | null;
            posts: {
              id: string;
              /** @enum {string} */
              role: 'director' | 'supervisor';
              roleName: string;
              regionCode: string;
              regionName: string | null;
              /** @description 日期 YYYY-MM-DD */
              startedOn: string | null;
              /** @description 日期 YYYY-MM-DD */
              endedOn: string | null;
              active: boolean;
            }[];
            trainings: {
              id: string;
              /** @description 日期 YYYY-MM-DD */
              trainedOn: string;
              trainingId: string | null;
              title: string | null;
              /** @enum {string|null} */
              kind: 'demonstration' | 'full_coverage' | 'contest' | 'other' | null;
              kindName: string | null;
              /** @enum {string|null} */
              organiserLevel: 'county' | 'city' | 'province' | null;
              organiserLevelName: string | null;
              /** @enum {string} */
              source: 'course' | 'import' | 'manual';
              note: string | null;
            }[];
            trainingsByYear: {
              year: number;
              count: number;
            }[];
            evaluations: {
              year: number;
              /** @enum {string} */
              result: 'excellent' | 'competent' | 'basically_competent' | 'incompetent';
              resultName: string;
              note: string | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchWorkforcePeopleById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          phone?: string | null;
          backgroundCheckedOn?: string | null;
          /** @enum {string|null} */
          backgroundCheckResult?: 'passed' | 'restricted' | null;
          backgroundCheckNote?: string | null;
          /** Format: uuid */
          userId?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforcePeopleByIdAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              username: string;
              displayName: string;
              phone: string | null;
              /** @enum {string} */
              role: 'director' | 'supervisor';
              regionCode: string;
              linkedTo: {
                id: string;
                name: string;
              } | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWorkforcePeopleByIdPosts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'director' | 'supervisor';
          regionCode: string;
          startedOn?: string | null;
          endedOn?: string | null;
          /** @default true */
          endCurrent?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWorkforcePostsByIdEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          endedOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putWorkforcePeopleByIdEvaluationsByYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          result: 'excellent' | 'competent' | 'basically_competent' | 'incompetent';
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWorkforcePeopleByIdTrainings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          trainedOn: string;
          /** Format: uuid */
          trainingId?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforceCoverage: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            /** @description 日期 YYYY-MM-DD */
            asOf: string;
            villages: {
              villageCode: string;
              targetChildren: number;
              directors: number;
              required: number;
              shortfall: number;
              untrainedThisYear: number;
              villageName: string | null;
              townshipName: string | null;
            }[];
            totals: {
              villages: number;
              targetChildren: number;
              directors: number;
              required: number;
              shortfall: number;
              untrainedThisYear: number;
            };
            villagesWithoutDirector: {
              villageCode: string;
              villageName: string;
              targetChildren: number;
            }[];
            directorsWithoutBackgroundCheck: {
              personId: string;
              name: string;
              villageCode: string;
            }[];
            directorsWithRestriction: {
              personId: string;
              name: string;
              villageCode: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforceWorkload: {
    parameters: {
      query?: {
        region?: string;
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: {
              code: string;
              name: string;
            };
            month: string;
            from: string;
            to: string;
            asOf: string;
            /**
             * @description 服务对象、逾期、从未走访的口径：today 为今日工作清单；month_end 为该月末日按走访联系记录回溯
             * @enum {string}
             */
            figuresOn: 'today' | 'month_end';
            directors: {
              personId: string;
              name: string;
              villageCode: string;
              villageName: string | null;
              townshipName: string | null;
              hasAccount: boolean;
              lastSignInAt: string | null;
              visits: number | null;
              contacts: number | null;
              targetChildren: number;
              overdue: number;
              neverVisited: number;
            }[];
            totals: {
              directors: number;
              withoutAccount: number;
              visits: number;
              contacts: number;
              neverSignedIn: number;
            };
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforceWorkloadXlsx: {
    parameters: {
      query?: {
        region?: string;
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforceTrainings: {
    parameters: {
      query?: {
        region?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @description 日期 YYYY-MM-DD */
              heldOn: string;
              /** @enum {string} */
              organiserLevel: 'county' | 'city' | 'province';
              organiserLevelName: string;
              /** @enum {string} */
              kind: 'demonstration' | 'full_coverage' | 'contest' | 'other';
              kindName: string;
              title: string;
              regionCode: string;
              note: string | null;
              attendees: number;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWorkforceTrainings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          heldOn: string;
          /** @enum {string} */
          organiserLevel: 'county' | 'city' | 'province';
          /** @enum {string} */
          kind: 'demonstration' | 'full_coverage' | 'contest' | 'other';
          title: string;
          regionCode: string;
          note?: string | null;
          /**
           * @default {
           *       "personIds": [],
           *       "idNumbers": []
           *     }
           */
          attendees?: {
            /** @default [] */
            personIds?: string[];
            /** @default [] */
            idNumbers?: string[];
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            attendees: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforceTrainingsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description 日期 YYYY-MM-DD */
            heldOn: string;
            /** @enum {string} */
            organiserLevel: 'county' | 'city' | 'province';
            organiserLevelName: string;
            /** @enum {string} */
            kind: 'demonstration' | 'full_coverage' | 'contest' | 'other';
            kindName: string;
            title: string;
            regionCode: string;
            note: string | null;
            attendees: {
              personId: string;
              name: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postWorkforceTrainingsByIdAttendees: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          personIds?: string[];
          /** @default [] */
          idNumbers?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            added: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWorkforceTrainingCoverage: {
    parameters: {
      query?: {
        region?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            year: number;
            items: {
              countyCode: string;
              countyName: string | null;
              /** @enum {string} */
              role: 'director' | 'supervisor';
              roleName: string;
              total: number;
              trained: number;
              untrained: number;
              /** @description 已培训比例，0–1，保留三位小数 */
              rate: number | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSpotChecks: {
    parameters: {
      query?: {
        region?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              regionCode: string;
              /** @description 日期 YYYY-MM-DD */
              drawnOn: string;
              period: string;
              /** @description 抽查时所用的本地政策 */
              policy: string;
              /** @description 随机抽样的种子（可重现） */
              seed: string;
              population: number;
              populationDigest: string;
              sampleSize: number;
              drawnBy: string;
              note: string | null;
              checked: number;
              findings: number;
              fixed: number;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postSpotChecks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          regionCode: string;
          size?: number | null;
          percent?: number | null;
          seed?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            seed: string;
            population: number;
            sampleSize: number;
            childIds: string[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSpotChecksSchedule: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            /** @description 日期 YYYY-MM-DD */
            asOf: string;
            policy: string;
            rule: {
              /** @description ISO 8601 时长，如 P1Y、P6M */
              every: string;
              text: string;
              source: string;
            };
            every: string;
            period: {
              label: string;
              /** @description 日期 YYYY-MM-DD */
              start: string;
              /** @description 日期 YYYY-MM-DD */
              end: string;
            } | null;
            /** @description 日期 YYYY-MM-DD */
            lastCheckOn: string | null;
            doneThisPeriod: boolean;
            /** @description 日期 YYYY-MM-DD */
            nextDueBy: string;
            overdue: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSpotChecksReport: {
    parameters: {
      query: {
        region?: string;
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            year: number;
            checks: {
              id: string;
              regionCode: string;
              /** @description 日期 YYYY-MM-DD */
              drawnOn: string;
              period: string;
              /** @description 抽查时所用的本地政策 */
              policy: string;
              /** @description 随机抽样的种子（可重现） */
              seed: string;
              population: number;
              populationDigest: string;
              sampleSize: number;
              drawnBy: string;
              note: string | null;
              filesChecked: number;
            }[];
            checksDone: number;
            filesDrawn: number;
            filesChecked: number;
            filesWithProblems: number;
            problemsFound: number;
            problemsFixed: number;
            byKind: {
              code: string;
              name: string;
              found: number;
              fixed: number;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSpotChecksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            regionCode: string;
            /** @description 日期 YYYY-MM-DD */
            drawnOn: string;
            period: string;
            /** @description 抽查时所用的本地政策 */
            policy: string;
            /** @description 随机抽样的种子（可重现） */
            seed: string;
            population: number;
            populationDigest: string;
            sampleSize: number;
            drawnBy: string;
            note: string | null;
            items: {
              id: string;
              position: number;
              childId: string;
              childName: string;
              villageCode: string;
              villageName: string | null;
              /** @enum {string|null} */
              level: 'red' | 'yellow' | 'blue' | 'green' | null;
              /** @description 系统建议的问题（未检查的档案按当前档案给出，已检查的为检查时所见） */
              suggestions: {
                code: string;
                text: string;
              }[];
              /** @description 日期 YYYY-MM-DD */
              checkedOn: string | null;
              checkerName: string | null;
              note: string | null;
              findings: {
                id: string;
                code: string;
                text: string;
                /** @enum {string} */
                source: 'suggested' | 'manual';
                /** @description 日期 YYYY-MM-DD */
                foundOn: string;
                /** @description 日期 YYYY-MM-DD */
                fixedOn: string | null;
                fixedBy: string | null;
                fixNote: string | null;
              }[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postSpotChecksByIdItemsByItemIdReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          checkedOn?: string | null;
          /** @default [] */
          accept?: string[];
          /** @default [] */
          notes?: string[];
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            findings: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postSpotChecksFindingsByIdFix: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          fixedOn?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSupervisionOverview: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 日期 YYYY-MM-DD */
            asOf: string;
            plans: {
              id: string;
              regionCode: string;
              regionName: string | null;
              policy: string;
              title: string;
              phases: {
                /** @enum {string} */
                key: 'deployment' | 'screening' | 'advancement' | 'consolidation';
                name: string;
                /** @description 日期 YYYY-MM-DD */
                startsOn: string | null;
                /** @description 日期 YYYY-MM-DD */
                endsOn: string;
                source: string | null;
                /** @enum {string} */
                state: 'past' | 'current' | 'future';
              }[];
              currentPhase: {
                /** @enum {string} */
                key: 'deployment' | 'screening' | 'advancement' | 'consolidation';
                name: string;
                /** @description 日期 YYYY-MM-DD */
                endsOn: string;
              } | null;
              ended: boolean;
              tasks: {
                total: number;
                done: number;
                open: number;
                late: {
                  id: string;
                  taskNo: number;
                  title: string;
                  actionTitle: string;
                  /** @description 日期 YYYY-MM-DD */
                  dueOn: string;
                  /** @description 任务未定期限，按方案结束日计 */
                  dueFromPlan: boolean;
                  daysLate: number;
                  units: string[];
                }[];
              };
              reports: {
                rule: {
                  /** @description MM-DD */
                  due: string;
                  text: string;
                  source: string;
                } | null;
                lastDue: {
                  year: number;
                  /** @description 日期 YYYY-MM-DD */
                  deadline: string;
                  deadlineSource: string | null;
                  units: number;
                  submitted: number;
                  submittedLate: {
                    unitId: string;
                    name: string;
                    /** @description 日期 YYYY-MM-DD */
                    submittedOn: string | null;
                  }[];
                  late: {
                    unitId: string;
                    name: string;
                    /** @description 日期 YYYY-MM-DD */
                    submittedOn: string | null;
                  }[];
                  pending: {
                    unitId: string;
                    name: string;
                    /** @description 日期 YYYY-MM-DD */
                    submittedOn: string | null;
                  }[];
                } | null;
                current: {
                  year: number;
                  /** @description 日期 YYYY-MM-DD */
                  deadline: string;
                  deadlineSource: string | null;
                  units: number;
                  submitted: number;
                  submittedLate: {
                    unitId: string;
                    name: string;
                    /** @description 日期 YYYY-MM-DD */
                    submittedOn: string | null;
                  }[];
                  late: {
                    unitId: string;
                    name: string;
                    /** @description 日期 YYYY-MM-DD */
                    submittedOn: string | null;
                  }[];
                  pending: {
                    unitId: string;
                    name: string;
                    /** @description 日期 YYYY-MM-DD */
                    submittedOn: string | null;
                  }[];
                } | null;
              };
              inspections: {
                /** @description ISO 8601 时长 */
                every: string;
                source: string | null;
                last: {
                  /** @description 日期 YYYY-MM-DD */
                  inspectedOn: string;
                  inspector: string;
                  findings: string;
                } | null;
                doneThisPeriod: boolean;
                /** @description 日期 YYYY-MM-DD */
                nextDueBy: string;
                overdue: boolean;
              };
              spotChecks: {
                /** @description ISO 8601 时长 */
                every: string;
                source: string;
                /** @description 日期 YYYY-MM-DD */
                lastCheckOn: string | null;
                doneThisPeriod: boolean;
                /** @description 日期 YYYY-MM-DD */
                nextDueBy: string;
                overdue: boolean;
              };
            }[];
            late: {
              tasks: number;
              reports: number;
              inspections: number;
              spotChecks: number;
            };
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSupervisionTemplates: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              title: string;
              source: string;
              tasks: number;
              /** @description 本辖区政策文件自己的清单 */
              own: boolean;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSupervisionPlans: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              regionCode: string;
              regionName: string | null;
              policy: string;
              title: string;
              template: string | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postSupervisionPlans: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          regionCode: string;
          title?: string | null;
          template?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            tasks: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSupervisionPlansById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            regionCode: string;
            policy: string;
            title: string;
            template: string | null;
            phases: {
              /** @enum {string} */
              key: 'deployment' | 'screening' | 'advancement' | 'consolidation';
              name: string;
              /** @description 日期 YYYY-MM-DD */
              startsOn: string | null;
              /** @description 日期 YYYY-MM-DD */
              endsOn: string;
              text: string | null;
              source: string | null;
            }[];
            actions: {
              no: number;
              title: string;
              tasks: {
                id: string;
                no: number;
                title: string;
                source: string | null;
                /** @description 日期 YYYY-MM-DD */
                dueOn: string | null;
                /** @enum {string} */
                status: 'open' | 'done';
                /** @description 日期 YYYY-MM-DD */
                doneOn: string | null;
                note: string | null;
                measures: {
                  seq: number;
                  text: string;
                  units: string[];
                }[];
              }[];
            }[];
            units: {
              id: string;
              name: string;
            }[];
            reports: {
              id: string;
              unitId: string;
              unitName: string | null;
              year: number;
              /** @description 日期 YYYY-MM-DD */
              submittedOn: string;
              content: string;
              submittedBy: string;
            }[];
            inspections: {
              id: string;
              /** @description 日期 YYYY-MM-DD */
              inspectedOn: string;
              inspector: string;
              regionCode: string | null;
              method: string | null;
              findings: string;
              followUp: string | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postSupervisionPlansByIdTaskList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          template?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            template: string;
            added: number;
            matched: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postSupervisionPlansByIdTasks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          actionNo: number;
          actionTitle: string;
          taskNo?: number | null;
          title: string;
          dueOn?: string | null;
          /** @default [] */
          measures?: {
            text: string;
            units: string[];
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchSupervisionTasksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status?: 'open' | 'done';
          doneOn?: string | null;
          dueOn?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postSupervisionPlansByIdReports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          unitId?: string | null;
          unitName?: string | null;
          year: number;
          submittedOn?: string | null;
          content: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postSupervisionPlansByIdInspections: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          inspectedOn: string;
          inspector: string;
          regionCode?: string | null;
          method?: string | null;
          findings: string;
          followUp?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getComparisonRuns: {
    parameters: {
      query?: {
        kind?: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              rosterKind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
              rosterTitle: string;
              fileName: string;
              fileHash: string;
              fileBytes: number;
              region: string;
              asOf: string;
              actorName: string;
              startedAt: string;
              finishedAt: string | null;
              rows: number;
              matched: number;
              probable: number;
              ambiguousRows: number;
              findings: number;
              newFindings: number;
              ambiguous:
                | {
                    row: number;
                    candidates: number;
                    idNumber?: string | null;
                    name?: string;
                  }[]
                | null;
            }[];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postComparisonRuns: {
    parameters: {
      query: {
        kind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 要上传的文件（.ndjson、.csv 或 .xlsx）
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            roster: string;
            asOf: string;
            rows: number;
            matched: number;
            probable: number;
            findings: {
              /** @enum {string} */
              finding:
                | 'suspected_dropout'
                | 'deceased_still_registered'
                | 'not_registered'
                | 'should_exit'
                | 'grade_changed';
              idNumber: string | null;
              childId: string | null;
              /** @enum {string} */
              match: 'exact' | 'probable';
              row: number | null;
              name: string | null;
              regionCode: string;
            }[];
            ambiguous: {
              row: number;
              candidates: number;
              idNumber?: string | null;
              name?: string;
            }[];
            newFindings: number;
            region: string;
            runId: string;
            file: {
              name: string;
              sha256: string;
              bytes: number;
              /** @enum {string} */
              unit: 'line' | 'row';
            };
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getComparisonTemplateXlsx: {
    parameters: {
      query: {
        kind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求过于频繁，请稍后再试 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getComparisonDue: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            regionName: string | null;
            asOf: string;
            policy: {
              id: string;
              name: string;
            };
            interval: {
              /** @description ISO 8601 时长，如 P3M */
              every: string;
              /**
               * @description seed：本地文件规定；adopted：借用其他文件；default：本系统默认（本地文件未规定间隔）
               * @enum {string}
               */
              basis: 'seed' | 'adopted' | 'default';
              label: string;
              text: string | null;
              source: string | null;
            };
            kinds: {
              /** @enum {string} */
              kind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
              title: string;
              lastRunOn: string | null;
              doneThisPeriod: boolean;
              period: {
                label: string;
                start: string;
                end: string;
              } | null;
              /** @description 本期尚未比对 */
              due: boolean;
              nextDueBy: string;
              /** @description 上一期未比对且本期也未比对 */
              overdue: boolean;
            }[];
            due: number;
            overdue: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getComparisonRunsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            rosterKind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
            rosterTitle: string;
            fileName: string;
            fileHash: string;
            fileBytes: number;
            region: string;
            asOf: string;
            actorName: string;
            startedAt: string;
            finishedAt: string | null;
            rows: number;
            matched: number;
            probable: number;
            ambiguousRows: number;
            findings: number;
            newFindings: number;
            ambiguous:
              | {
                  row: number;
                  candidates: number;
                  idNumber?: string | null;
                  name?: string;
                }[]
              | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getComparisonFindings: {
    parameters: {
      query?: {
        status?: 'open' | 'confirmed' | 'dismissed' | 'all';
        kind?: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
        finding?: string;
        runId?: string;
        region?: string;
        page?: number;
        pageSize?: number;
        fullIdNumber?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              rosterKind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
              rosterTitle: string;
              /** @enum {string} */
              finding:
                | 'suspected_dropout'
                | 'deceased_still_registered'
                | 'not_registered'
                | 'should_exit'
                | 'grade_changed';
              findingName: string;
              /** @enum {string} */
              match: 'exact' | 'probable';
              /** @enum {string} */
              status: 'open' | 'confirmed' | 'dismissed';
              childId: string | null;
              childName: string | null;
              /** @enum {string|null} */
              childStatus: 'active' | 'exited' | null;
              name: string | null;
              idNumber: string | null;
              birthDate: string | null;
              regionCode: string;
              villageName: string | null;
              townshipName: string | null;
              row: number | null;
              /** @enum {string} */
              rowUnit: 'line' | 'row';
              rosterRow: components['schemas']['RosterRow'] | null;
              fileName: string;
              runId: string;
              lastRunId: string;
              asOf: string;
              createdAt: string;
              verifiedByName: string | null;
              verifiedAt: string | null;
              note: string | null;
              outcome: components['schemas']['FindingOutcome'] | null;
            }[];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getComparisonFindingsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            rosterKind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
            rosterTitle: string;
            /** @enum {string} */
            finding:
              | 'suspected_dropout'
              | 'deceased_still_registered'
              | 'not_registered'
              | 'should_exit'
              | 'grade_changed';
            findingName: string;
            /** @enum {string} */
            match: 'exact' | 'probable';
            /** @enum {string} */
            status: 'open' | 'confirmed' | 'dismissed';
            childId: string | null;
            childName: string | null;
            /** @enum {string|null} */
            childStatus: 'active' | 'exited' | null;
            name: string | null;
            idNumber: string | null;
            birthDate: string | null;
            regionCode: string;
            villageName: string | null;
            townshipName: string | null;
            row: number | null;
            /** @enum {string} */
            rowUnit: 'line' | 'row';
            rosterRow: components['schemas']['RosterRow'] | null;
            fileName: string;
            runId: string;
            lastRunId: string;
            asOf: string;
            createdAt: string;
            verifiedByName: string | null;
            verifiedAt: string | null;
            note: string | null;
            outcome: components['schemas']['FindingOutcome'] | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postComparisonFindingsByIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string | null;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            rosterKind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
            rosterTitle: string;
            /** @enum {string} */
            finding:
              | 'suspected_dropout'
              | 'deceased_still_registered'
              | 'not_registered'
              | 'should_exit'
              | 'grade_changed';
            findingName: string;
            /** @enum {string} */
            match: 'exact' | 'probable';
            /** @enum {string} */
            status: 'open' | 'confirmed' | 'dismissed';
            childId: string | null;
            childName: string | null;
            /** @enum {string|null} */
            childStatus: 'active' | 'exited' | null;
            name: string | null;
            idNumber: string | null;
            birthDate: string | null;
            regionCode: string;
            villageName: string | null;
            townshipName: string | null;
            row: number | null;
            /** @enum {string} */
            rowUnit: 'line' | 'row';
            rosterRow: components['schemas']['RosterRow'] | null;
            fileName: string;
            runId: string;
            lastRunId: string;
            asOf: string;
            createdAt: string;
            verifiedByName: string | null;
            verifiedAt: string | null;
            note: string | null;
            outcome: components['schemas']['FindingOutcome'] | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postComparisonFindingsByIdDismiss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string | null;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            rosterKind: 'school_enrolment' | 'deaths' | 'dibao_roll' | 'disability_certificates';
            rosterTitle: string;
            /** @enum {string} */
            finding:
              | 'suspected_dropout'
              | 'deceased_still_registered'
              | 'not_registered'
              | 'should_exit'
              | 'grade_changed';
            findingName: string;
            /** @enum {string} */
            match: 'exact' | 'probable';
            /** @enum {string} */
            status: 'open' | 'confirmed' | 'dismissed';
            childId: string | null;
            childName: string | null;
            /** @enum {string|null} */
            childStatus: 'active' | 'exited' | null;
            name: string | null;
            idNumber: string | null;
            birthDate: string | null;
            regionCode: string;
            villageName: string | null;
            townshipName: string | null;
            row: number | null;
            /** @enum {string} */
            rowUnit: 'line' | 'row';
            rosterRow: components['schemas']['RosterRow'] | null;
            fileName: string;
            runId: string;
            lastRunId: string;
            asOf: string;
            createdAt: string;
            verifiedByName: string | null;
            verifiedAt: string | null;
            note: string | null;
            outcome: components['schemas']['FindingOutcome'] | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReportsAnnex1: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
        breakdown?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            asOf: string;
            levels: {
              red: {
                rows: {
                  item: number;
                  count: number;
                  intervened: number;
                }[];
                subtotal: number;
                subtotalIntervened: number;
              };
              yellow: {
                rows: {
                  item: number;
                  count: number;
                  intervened: number;
                }[];
                subtotal: number;
                subtotalIntervened: number;
              };
              blue: {
                rows: {
                  item: number;
                  count: number;
                  intervened: number;
                }[];
                subtotal: number;
                subtotalIntervened: number;
              };
              green: {
                rows: {
                  item: number;
                  count: number;
                  intervened: number;
                }[];
                subtotal: number;
                subtotalIntervened: number;
              };
            };
            total: number;
            parts?: {
              region: string;
              name: string;
              levels: {
                red: {
                  rows: {
                    item: number;
                    count: number;
                    intervened: number;
                  }[];
                  subtotal: number;
                  subtotalIntervened: number;
                };
                yellow: {
                  rows: {
                    item: number;
                    count: number;
                    intervened: number;
                  }[];
                  subtotal: number;
                  subtotalIntervened: number;
                };
                blue: {
                  rows: {
                    item: number;
                    count: number;
                    intervened: number;
                  }[];
                  subtotal: number;
                  subtotalIntervened: number;
                };
                green: {
                  rows: {
                    item: number;
                    count: number;
                    intervened: number;
                  }[];
                  subtotal: number;
                  subtotalIntervened: number;
                };
              };
              total: number;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReportsAnnex1Xlsx: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
        breakdown?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReportsAnnex2: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            regionName: string;
            asOf: string;
            count: number;
            headers: string[];
            rows: {
              /** @enum {string} */
              level: 'red' | 'yellow' | 'blue' | 'green';
              cells: string[];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReportsAnnex2Xlsx: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
        fullIdNumber?: 'true' | 'false';
        purpose?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReportsTimeliness: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            regionName: string;
            asOf: string;
            quarterStart: string;
            dueSoonDays: number;
            total: {
              code: string;
              name: string;
              villages: number;
              villagesWithoutDirector: number;
              targetChildren: number;
              byLevel: {
                red: number;
                yellow: number;
                blue: number;
                green: number;
              };
              visitsOverdue: number;
              visitsDueSoon: number;
              contactsOverdue: number;
              contactsDueSoon: number;
              visitsFellDueLastQuarter: number;
              visitsOnTimeLastQuarter: number;
              onTimeShare: number | null;
              neverVisited: number;
              leftBehind: number;
              leftBehindWithoutAgreement: number;
            };
            cities?: {
              code: string;
              name: string;
              villages: number;
              villagesWithoutDirector: number;
              targetChildren: number;
              byLevel: {
                red: number;
                yellow: number;
                blue: number;
                green: number;
              };
              visitsOverdue: number;
              visitsDueSoon: number;
              contactsOverdue: number;
              contactsDueSoon: number;
              visitsFellDueLastQuarter: number;
              visitsOnTimeLastQuarter: number;
              onTimeShare: number | null;
              neverVisited: number;
              leftBehind: number;
              leftBehindWithoutAgreement: number;
            }[];
            counties?: {
              code: string;
              name: string;
              villages: number;
              villagesWithoutDirector: number;
              targetChildren: number;
              byLevel: {
                red: number;
                yellow: number;
                blue: number;
                green: number;
              };
              visitsOverdue: number;
              visitsDueSoon: number;
              contactsOverdue: number;
              contactsDueSoon: number;
              visitsFellDueLastQuarter: number;
              visitsOnTimeLastQuarter: number;
              onTimeShare: number | null;
              neverVisited: number;
              leftBehind: number;
              leftBehindWithoutAgreement: number;
            }[];
            townships?: {
              code: string;
              name: string;
              villages: number;
              villagesWithoutDirector: number;
              targetChildren: number;
              byLevel: {
                red: number;
                yellow: number;
                blue: number;
                green: number;
              };
              visitsOverdue: number;
              visitsDueSoon: number;
              contactsOverdue: number;
              contactsDueSoon: number;
              visitsFellDueLastQuarter: number;
              visitsOnTimeLastQuarter: number;
              onTimeShare: number | null;
              neverVisited: number;
              leftBehind: number;
              leftBehindWithoutAgreement: number;
            }[];
            villages: {
              code: string;
              name: string;
              townshipCode: string;
              directors: {
                name: string;
                username: string;
              }[];
              hasDirector: boolean;
              targetChildren: number;
              byLevel: {
                red: number;
                yellow: number;
                blue: number;
                green: number;
              };
              visitsOverdue: number;
              visitsDueSoon: number;
              contactsOverdue: number;
              contactsDueSoon: number;
              visitsFellDueLastQuarter: number;
              visitsOnTimeLastQuarter: number;
              onTimeShare: number | null;
              neverVisited: number;
              leftBehind: number;
              leftBehindWithoutAgreement: number;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReportsTimelinessXlsx: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postImportsChildren: {
    parameters: {
      query?: {
        fileName?: string;
        dryRun?: 'true' | 'false';
        skipInvalid?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 要上传的文件（.ndjson、.csv 或 .xlsx）
           */
          file: string;
        };
        'application/octet-stream': string;
        'text/csv': string;
        'application/x-ndjson': string;
        'application/jsonl': string;
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            runId: string | null;
            dryRun: boolean;
            committed: boolean;
            imported: number;
            updated: number;
            rejected: number;
            /** @description 问题（至多前 1000 处） */
            errors: {
              /** @description 行号（NDJSON、CSV 含列名行）或 Excel 行号 */
              number: number;
              /** @enum {string} */
              unit: 'line' | 'row';
              field?: string;
              /** @description 文件中该列的列名（与字段名不同时） */
              column?: string;
              message: string;
            }[];
            /** @description 超出所列的问题数 */
            omittedErrors: number;
            preview: {
              number: number;
              /** @enum {string} */
              unit: 'line' | 'row';
              /** @enum {string} */
              action: 'create' | 'update' | 'reject';
              child: {
                [key: string]: unknown;
              };
              villageName: string | null;
              /** @enum {string|null} */
              level: 'red' | 'yellow' | 'blue' | 'green' | null;
              target: boolean | null;
              leftBehind: boolean | null;
            }[];
            ignoredColumns: string[];
          };
        };
      };
      /** @description Default Response */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            error: {
              code: string;
              message: string;
              field?: string;
              /** @description 导入被拒绝时：有误的记录数和每处问题；参数无效时：逐项列出的校验问题 */
              details?:
                | {
                    rejected: number;
                    /** @description 问题（至多前 1000 处） */
                    errors: {
                      /** @description 行号（NDJSON、CSV 含列名行）或 Excel 行号 */
                      number: number;
                      /** @enum {string} */
                      unit: 'line' | 'row';
                      field?: string;
                      /** @description 文件中该列的列名（与字段名不同时） */
                      column?: string;
                      message: string;
                    }[];
                    /** @description 超出所列的问题数 */
                    omittedErrors: number;
                  }
                | {
                    /** @description 出错的字段，如 name、parents.0.phone、page */
                    field: string;
                    /** @description 校验规则，如 too_small、invalid_type */
                    code: string;
                    /** @description 中文说明，含字段名 */
                    message: string;
                  }[];
            };
          };
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postImportsChildrenErrorsXlsx: {
    parameters: {
      query?: {
        fileName?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 要上传的文件（.ndjson、.csv 或 .xlsx）
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getImportsChildrenTemplateXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getAuditRecent: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: number;
              occurredAt: string;
              actorName: string;
              action: string;
              entity: string;
              childId: string;
              childName: string;
              villageName: string | null;
              changes: components['schemas']['FieldChange'][];
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getAuditEvents: {
    parameters: {
      query?: {
        actor?: string;
        childId?: string;
        action?: string;
        from?: string;
        to?: string;
        address?: string;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            total: number;
            page: number;
            pageSize: number;
            items: {
              id: number;
              seq: number;
              occurredAt: string;
              actorId: string | null;
              actorName: string;
              username: string | null;
              action: string;
              entity: string;
              entityId: string | null;
              childId: string | null;
              regionCode: string | null;
              clientAddress: string | null;
              userAgent: string | null;
              sessionHash: string | null;
              requestId: string | null;
              /** @description 改动了哪些字段（不含其值：值属于儿童档案，见档案自身的变更记录） */
              changes:
                | {
                    field: string;
                  }[]
                | null;
              detail: components['schemas']['AuditDetail'] | null;
              hash: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getAuditEventsXlsx: {
    parameters: {
      query?: {
        actor?: string;
        childId?: string;
        action?: string;
        from?: string;
        to?: string;
        address?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCareActivities: {
    parameters: {
      query?: {
        region?: string;
        kind?: 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
        from?: string;
        to?: string;
        includeVoided?: 'true' | 'false';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            total: number;
            page: number;
            pageSize: number;
            items: {
              id: string;
              /** @enum {string} */
              kind: 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
              kindName: string;
              title: string;
              /** @description 日期 YYYY-MM-DD */
              heldOn: string;
              /** @description 日期 YYYY-MM-DD */
              endsOn: string | null;
              place: string;
              regionCode: string;
              regionName: string | null;
              /** @enum {string} */
              organiserKind: 'department' | 'county' | 'township' | 'village';
              organiserName: string;
              anonymousCount: number;
              /** @description 本辖区内覆盖的儿童本人人数 */
              childrenReached: number;
              /** @description 本辖区内覆盖的儿童家庭数 */
              familiesReached: number;
              recordedBy: string;
              voided: boolean;
              voidReason: string | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postCareActivities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          /** @enum {string} */
          kind: 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
          heldOn: string;
          endsOn?: string | null;
          place: string;
          regionCode: string;
          organiser: {
            /** @enum {string} */
            kind: 'department' | 'county' | 'township' | 'village';
            /** Format: uuid */
            departmentId?: string | null;
          };
          /** @default [] */
          reached?: {
            /** Format: uuid */
            childId: string;
            /** @enum {string|null} */
            as?: 'child' | 'family' | null;
          }[];
          /** @default 0 */
          anonymousCount?: number;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCareActivitiesCoverage: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            regionName: string;
            /** @description 日期 YYYY-MM-DD */
            asOf: string;
            year: number;
            policy: {
              id: string;
              name: string;
            };
            rules: {
              id: string;
              /** @enum {string} */
              kind: 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
              kindName: string;
              /** @enum {string} */
              reach: 'target_family' | 'target_child' | 'village' | 'township';
              reachName: string;
              /** @description 周期，ISO 8601 时长；null 为文件未规定频次 */
              every: string | null;
              rateName: string | null;
              text: string;
              source: string;
              adopted: boolean;
              period: {
                label: string;
                /** @description 日期 YYYY-MM-DD */
                start: string;
                /** @description 日期 YYYY-MM-DD */
                end: string;
                /** @description 日期 YYYY-MM-DD */
                until: string;
              };
            }[];
            total: {
              code: string;
              name: string;
              villages: number;
              targetChildren: number;
              activities: {
                family_education: number;
                psychological: number;
                safety: number;
                legal: number;
                holiday: number;
                other: number;
              };
              /** @description 按活动要求编号 */
              rules: {
                [key: string]: {
                  of: number;
                  reached: number;
                  missing: number;
                };
              };
            };
            townships: {
              code: string;
              name: string;
              villages: number;
              targetChildren: number;
              activities: {
                family_education: number;
                psychological: number;
                safety: number;
                legal: number;
                holiday: number;
                other: number;
              };
              /** @description 按活动要求编号 */
              rules: {
                [key: string]: {
                  of: number;
                  reached: number;
                  missing: number;
                };
              };
            }[];
            villages: {
              code: string;
              name: string;
              townshipCode: string;
              townshipName: string | null;
              targetChildren: number;
              activities: {
                family_education: number;
                psychological: number;
                safety: number;
                legal: number;
                holiday: number;
                other: number;
              };
              childrenReached: {
                family_education: number;
                psychological: number;
                safety: number;
                legal: number;
                holiday: number;
                other: number;
              };
              familiesReached: {
                family_education: number;
                psychological: number;
                safety: number;
                legal: number;
                holiday: number;
                other: number;
              };
              /** @description 按活动要求编号 */
              rules: {
                [key: string]: {
                  of: number;
                  reached: number;
                  missing: number;
                };
              };
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCareActivitiesCoverageChildren: {
    parameters: {
      query: {
        region?: string;
        asOf?: string;
        rule: string;
        reached?: 'true' | 'false';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            /** @description 日期 YYYY-MM-DD */
            asOf: string;
            rule: {
              id: string;
              /** @enum {string} */
              kind: 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
              kindName: string;
              /** @enum {string} */
              reach: 'target_family' | 'target_child' | 'village' | 'township';
              reachName: string;
              /** @description 周期，ISO 8601 时长；null 为文件未规定频次 */
              every: string | null;
              rateName: string | null;
              text: string;
              source: string;
              adopted: boolean;
              period: {
                label: string;
                /** @description 日期 YYYY-MM-DD */
                start: string;
                /** @description 日期 YYYY-MM-DD */
                end: string;
                /** @description 日期 YYYY-MM-DD */
                until: string;
              };
            };
            reached: boolean;
            total: number;
            page: number;
            pageSize: number;
            items: {
              childId: string;
              name: string;
              age: number;
              /** @enum {string} */
              level: 'red' | 'yellow' | 'blue' | 'green';
              villageCode: string;
              villageName: string | null;
              townshipName: string | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCareActivitiesCoverageXlsx: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCareActivitiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
            kindName: string;
            title: string;
            /** @description 日期 YYYY-MM-DD */
            heldOn: string;
            /** @description 日期 YYYY-MM-DD */
            endsOn: string | null;
            place: string;
            regionCode: string;
            regionName: string | null;
            /** @enum {string} */
            organiserKind: 'department' | 'county' | 'township' | 'village';
            organiserName: string;
            anonymousCount: number;
            /** @description 本辖区内覆盖的儿童本人人数 */
            childrenReached: number;
            /** @description 本辖区内覆盖的儿童家庭数 */
            familiesReached: number;
            recordedBy: string;
            voided: boolean;
            voidReason: string | null;
            note: string | null;
            /** @description 当前用户可维护这次活动（活动在其辖区内） */
            keeper: boolean;
            reached: {
              childId: string;
              name: string;
              age: number;
              villageCode: string;
              villageName: string | null;
              /** @enum {string} */
              as: 'child' | 'family';
              asName: string;
            }[];
            /** @description 覆盖的本辖区以外的儿童数（不列姓名） */
            reachedElsewhere: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postCareActivitiesByIdReached: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reached: {
            /** Format: uuid */
            childId: string;
            /** @enum {string|null} */
            as?: 'child' | 'family' | null;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            added: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postCareActivitiesByIdVoid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ok: true;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdCareActivities: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              kind: 'family_education' | 'psychological' | 'safety' | 'legal' | 'holiday' | 'other';
              kindName: string;
              title: string;
              /** @description 日期 YYYY-MM-DD */
              heldOn: string;
              place: string;
              organiserName: string;
              /** @enum {string} */
              as: 'child' | 'family';
              asName: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getScreeningOverview: {
    parameters: {
      query?: {
        region?: string;
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            region: string;
            regionName: string;
            /** @description 日期 YYYY-MM-DD */
            asOf: string;
            /** @description 本地政策规定了排查轮次 */
            applies: boolean;
            rule: {
              every: string;
              text: string;
              source: string;
            } | null;
            schedule: {
              period: {
                label: string;
                /** @description 日期 YYYY-MM-DD */
                start: string;
                /** @description 日期 YYYY-MM-DD */
                end: string;
              } | null;
              /** @description 日期 YYYY-MM-DD */
              lastRoundStartedOn: string | null;
              startedThisPeriod: boolean;
              /** @description 日期 YYYY-MM-DD */
              nextDueBy: string;
              overdue: boolean;
            } | null;
            rounds: {
              id: string;
              name: string;
              regionCode: string;
              /** @description 日期 YYYY-MM-DD */
              startsOn: string;
              /** @description 日期 YYYY-MM-DD */
              endsOn: string;
              /**
               * @description upcoming：未开始；open：进行中；complete：已全部见到；overdue：已过期仍有未见到的儿童
               * @enum {string}
               */
              state: 'upcoming' | 'open' | 'complete' | 'overdue';
              children: number;
              seen: number;
              unseen: number;
              villagesIncomplete: number;
              /** @description 涉及的村（社区）数 */
              villages: number;
            }[];
            overdueRounds: {
              id: string;
              name: string;
              regionCode: string;
              /** @description 日期 YYYY-MM-DD */
              startsOn: string;
              /** @description 日期 YYYY-MM-DD */
              endsOn: string;
              /**
               * @description upcoming：未开始；open：进行中；complete：已全部见到；overdue：已过期仍有未见到的儿童
               * @enum {string}
               */
              state: 'upcoming' | 'open' | 'complete' | 'overdue';
              children: number;
              seen: number;
              unseen: number;
              villagesIncomplete: number;
              /** @description 涉及的村（社区）数 */
              villages: number;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postScreeningRounds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          regionCode: string;
          name?: string | null;
          startsOn: string;
          endsOn: string;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getScreeningRoundsById: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            regionCode: string;
            /** @description 日期 YYYY-MM-DD */
            startsOn: string;
            /** @description 日期 YYYY-MM-DD */
            endsOn: string;
            /**
             * @description upcoming：未开始；open：进行中；complete：已全部见到；overdue：已过期仍有未见到的儿童
             * @enum {string}
             */
            state: 'upcoming' | 'open' | 'complete' | 'overdue';
            children: number;
            seen: number;
            unseen: number;
            villagesIncomplete: number;
            villages: {
              villageCode: string;
              villageName: string | null;
              townshipName: string | null;
              children: number;
              seen: number;
              unseen: number;
            }[];
            /** @description 日期 YYYY-MM-DD */
            asOf: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getScreeningRoundsByIdChildren: {
    parameters: {
      query?: {
        village?: string;
        seen?: 'true' | 'false';
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            round: {
              id: string;
              name: string;
              /** @description 日期 YYYY-MM-DD */
              startsOn: string;
              /** @description 日期 YYYY-MM-DD */
              endsOn: string;
            };
            seen: boolean;
            items: {
              childId: string;
              name: string;
              age: number;
              villageCode: string;
              villageName: string | null;
              /** @description 日期 YYYY-MM-DD */
              lastVisitOn: string | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postScreeningRoundsByIdSeen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          childId: string;
          seenOn: string;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdRestriction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            restricted: boolean;
            canSeeDetails: boolean;
            /** @description 县级受限档案联系人；未指定时为 null */
            contact: {
              name: string;
              phone: string | null;
              role: string;
            } | null;
            /** @description 不能查看详情时给出的说明 */
            message?: string;
            details: {
              /** @enum {string} */
              reason: 'sexual_abuse' | 'whereabouts_hidden' | 'other';
              reasonName: string;
              note: string | null;
              setAt: string;
              members: {
                id: string;
                name: string;
                /** @enum {string} */
                role:
                  | 'director'
                  | 'supervisor'
                  | 'civil_affairs'
                  | 'admin'
                  | 'department'
                  | 'security_admin'
                  | 'audit_admin';
              }[];
            } | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putChildrenByIdRestriction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          reason: 'sexual_abuse' | 'whereabouts_hidden' | 'other';
          note?: string | null;
          memberIds: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 设置后为 true */
            restricted: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteChildrenByIdRestriction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description 取消后为 false */
            restricted: boolean;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putPrivacyOfficersByCountyCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        countyCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          userId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            countyCode: string;
            userId: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdAssistance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              kind:
                | 'dibao'
                | 'dibao_marginal'
                | 'tekun'
                | 'basic_living'
                | 'temporary'
                | 'medical_insurance'
                | 'medical_assistance'
                | 'rehabilitation'
                | 'education_aid'
                | 'other';
              kindName: string;
              startsOn: string;
              endsOn: string | null;
              note: string | null;
              recordedBy: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdAssistance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind:
            | 'dibao'
            | 'dibao_marginal'
            | 'tekun'
            | 'basic_living'
            | 'temporary'
            | 'medical_insurance'
            | 'medical_assistance'
            | 'rehabilitation'
            | 'education_aid'
            | 'other';
          startsOn: string;
          endsOn?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind:
              | 'dibao'
              | 'dibao_marginal'
              | 'tekun'
              | 'basic_living'
              | 'temporary'
              | 'medical_insurance'
              | 'medical_assistance'
              | 'rehabilitation'
              | 'education_aid'
              | 'other';
            kindName: string;
            startsOn: string;
            endsOn: string | null;
            note: string | null;
            recordedBy: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  patchChildrenByIdAssistanceByAssistanceId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        assistanceId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          endsOn: string;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind:
              | 'dibao'
              | 'dibao_marginal'
              | 'tekun'
              | 'basic_living'
              | 'temporary'
              | 'medical_insurance'
              | 'medical_assistance'
              | 'rehabilitation'
              | 'education_aid'
              | 'other';
            kindName: string;
            startsOn: string;
            endsOn: string | null;
            note: string | null;
            recordedBy: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getChildrenByIdSchoolReturns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              kind: 'resumed' | 'repeated';
              kindName: string;
              returnedOn: string;
              schoolName: string | null;
              note: string | null;
              recordedBy: string;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdSchoolReturns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'resumed' | 'repeated';
          returnedOn: string;
          schoolName?: string | null;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'resumed' | 'repeated';
            kindName: string;
            returnedOn: string;
            schoolName: string | null;
            note: string | null;
            recordedBy: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postChildrenByIdSubjectAccessExport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          relation: 'father' | 'mother' | 'guardian' | 'self';
          requestRef: string;
        };
      };
    };
    responses: {
      /** @description Excel 工作簿（.xlsx），以附件下载 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiClients: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              department: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              scopes: ('roster.upload' | 'referrals.read' | 'referrals.answer')[];
              expiresOn: string;
              /** @description 密钥的前几位，仅供辨认 */
              secretHint: string;
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
              revokedByName: string | null;
            }[];
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiClients: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: uuid */
          departmentId: string;
          scopes: ('roster.upload' | 'referrals.read' | 'referrals.answer')[];
          expiresOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            client: {
              /** Format: uuid */
              id: string;
              name: string;
              department: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              scopes: ('roster.upload' | 'referrals.read' | 'referrals.answer')[];
              expiresOn: string;
              /** @description 密钥的前几位，仅供辨认 */
              secretHint: string;
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              /** Format: date-time */
              createdAt: string;
              createdByName: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
              revokedByName: string | null;
            };
            /** @description 访问令牌（thk_ 开头），请立即妥善保存，之后无法再次查看 */
            secret: string;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 请求内容或上传的文件过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 不支持的请求内容类型 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getApiClientsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            department: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            scopes: ('roster.upload' | 'referrals.read' | 'referrals.answer')[];
            expiresOn: string;
            /** @description 密钥的前几位，仅供辨认 */
            secretHint: string;
            /** @enum {string} */
            status: 'active' | 'expired' | 'revoked';
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            revokedByName: string | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postApiClientsByIdRevoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            department: {
              /** Format: uuid */
              id: string;
              name: string;
            };
            scopes: ('roster.upload' | 'referrals.read' | 'referrals.answer')[];
            expiresOn: string;
            /** @description 密钥的前几位，仅供辨认 */
            secretHint: string;
            /** @enum {string} */
            status: 'active' | 'expired' | 'revoked';
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            revokedByName: string | null;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getNotices: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        unread?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              kind:
                | 'referral_answered'
                | 'referral_overdue'
                | 'report_feedback'
                | 'child_moved_in'
                | 'child_moved_out'
                | 'assessment_confirmed';
              entity: string;
              entityId: string;
              message: string;
              createdAt: string;
              read: boolean;
              childId: string | null;
              childName: string | null;
            }[];
            total: number;
            unread: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getNoticesUnreadCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unread: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postNoticesByIdRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            unread: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 记录不存在或不在您的辖区内 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  postNoticesReadAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unread: number;
          };
        };
      };
      /** @description 请求无效：参数或请求内容不符合要求（含不接受请求内容的接口收到了请求内容） */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 未登录、会话已过期或访问令牌无效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 无权进行此操作（角色、辖区或令牌权限范围不允许），或须先修改初始密码 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description 与当前状态冲突（如重复提交、记录已被他人修改或状态不允许此操作） */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
