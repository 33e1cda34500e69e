// The routing of findings to departments, case by case against 普宁 §四(二) (seeds/003, 四、(二) 强化排查监测).
import { describe, expect, it } from 'vitest';
import {
  REFERRAL_FINDINGS,
  routeFinding,
  suggestFindings,
  type ReferralFinding,
} from './referral-routing.ts';

describe('routeFinding (003 §四(二))', () => {
  it.each<[ReferralFinding, string[], string]>([
    ['suspected_target_child', ['civil_affairs'], '将疑似农村留守儿童和困境儿童信息报送县级民政部门'],
    ['suspected_dropout', ['education'], '疑似辍学儿童……报送县级教育部门'],
    ['education_aid_eligible', ['education'], '疑似应享教育资助政策儿童……报送县级教育部门'],
    ['school_psychological_disorder', ['education'], '学校在读疑似有心理障碍儿童信息报送县级教育部门'],
    ['not_insured', ['medical_insurance'], '疑似应纳未纳医保儿童信息报送县级医保部门'],
    [
      'disability_uncertified_or_no_rehab',
      ['disabled_persons_federation'],
      '疑似残疾未办证或未接受康复救助的儿童信息报送县级残联部门',
    ],
    ['serious_mental_illness', ['health'], '疑似患有严重心理疾病需诊疗儿童信息报送县级卫生健康部门'],
    [
      'unlawful_harm',
      ['police', 'procuratorate', 'court'],
      '不法侵害的困境儿童及时报送县级公安、检察、法院等相关部门',
    ],
    ['other', [], '（发现需要职能部门介入处置的儿童时，报送相关部门：由报送人选择）'],
  ])('%s → %j (003 §四(二): %s)', (finding, kinds) => {
    const route = routeFinding(finding);
    expect(route.kinds).toEqual(kinds);
    expect(route.source).toBe('003 §四(二)');
    expect(route.text.length).toBeGreaterThan(10);
  });

  it('covers every finding code, each with a Chinese name', () => {
    for (const finding of REFERRAL_FINDINGS) expect(routeFinding(finding).name).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('hands out copies, so a caller cannot change the table', () => {
    routeFinding('unlawful_harm').kinds.pop();
    expect(routeFinding('unlawful_harm').kinds).toHaveLength(3);
  });
});

describe('suggestFindings: a visit’s recorded conditions', () => {
  it.each<[string[], boolean, boolean, ReferralFinding[]]>([
    // 003 §四(二): 遭受或疑似遭受不法侵害 → 公安、检察、法院
    [['harm.suspected'], false, false, ['unlawful_harm']],
    // 003 §四(二): 疑似辍学 → 教育
    [['school.dropout_suspected'], false, false, ['suspected_dropout']],
    // 003 §四(二): 学校在读疑似有心理障碍 → 教育; 严重心理疾病需诊疗 → 卫健
    [['mental.serious_illness'], true, false, ['school_psychological_disorder', 'serious_mental_illness']],
    [['mental.serious_illness'], false, false, ['serious_mental_illness']],
    // 003 §四(二): 疑似残疾未办证 → 残联; with a certificate there is nothing to refer
    [['disability.severe'], false, false, ['disability_uncertified_or_no_rehab']],
    [['disability.severe'], false, true, []],
    [['assist.dibao', 'orphan'], true, false, []],
  ])('%j (in school %s, certificate %s) → %j', (conditions, inSchool, hasDisabilityCertificate, expected) => {
    expect(suggestFindings({ conditions, inSchool, hasDisabilityCertificate })).toEqual(expected);
  });
});
