// The classifications of children in difficulty (困境儿童, DOMAIN.md §1). 普宁 (003 §二(二)) names six types;
// 江宁, 松江, 株洲 and the national baseline name none of their own and adopt 普宁's, saying so. 铁东
// (001 §二(二)) has three classes of its own. Type 6 of 普宁 ("other") holds only what a law, a higher
// policy document or a government makes a child in difficulty: the national three classes of
// 国发〔2016〕36号 (which 铁东 spells out), or `difficulty.other` with its basis recorded on the file.
// A risk factor alone (dropout, self-harm, insufficient guardianship, …) makes no type.
import type { DifficultyCriterion, DifficultyRule, PolicyProfile } from '../domain/policy.ts';

const DEAD_OR_MISSING = ['deceased', 'missing'] as const;
const DISABLED_OR_ILL = ['severe_disability', 'severe_illness'] as const;
const PRISON_OR_REHAB = ['imprisoned', 'drug_rehab'] as const;

const bothDisabledOrIll: DifficultyCriterion = {
  kind: 'bothParents',
  any: [...DISABLED_OR_ILL],
  text: '父母双方重残或重病',
};
const deadAndDisabledOrIll: DifficultyCriterion = {
  kind: 'oneAndOther',
  one: [...DEAD_OR_MISSING],
  other: [...DISABLED_OR_ILL],
  text: '父母一方死亡或失踪，另一方因重残或重病无力抚养',
};
const bothPrisonOrRehab: DifficultyCriterion = {
  kind: 'bothParents',
  any: [...PRISON_OR_REHAB],
  text: '父母双方服刑在押或强制隔离戒毒',
};
const deadAndPrisonOrRehab: DifficultyCriterion = {
  kind: 'oneAndOther',
  one: [...DEAD_OR_MISSING],
  other: [...PRISON_OR_REHAB],
  text: '父母一方死亡或失踪，另一方因服刑在押或强制隔离戒毒无法履行抚养义务和监护职责',
};

/** 普宁's six types, cited to its own paragraph; `adopted` for a profile whose seed defines none. */
export function puningTypes(adopted: boolean): PolicyProfile['inDifficulty'] {
  const source = '003 §二(二)';
  const a = adopted ? { adopted: true } : {};
  const types: DifficultyRule[] = [
    {
      type: 'orphan',
      text: '第1类 孤儿（含艾滋病病毒感染儿童）',
      source,
      ...a,
      when: [{ kind: 'condition', any: ['orphan', 'hiv'], text: '孤儿或艾滋病病毒感染儿童' }],
    },
    {
      type: 'de_facto_unsupported',
      text: '第2类 事实无人抚养儿童',
      source,
      ...a,
      when: [{ kind: 'condition', any: ['de_facto_unsupported'], text: '事实无人抚养儿童' }],
    },
    {
      type: 'poor_family',
      text: '第3类 困难家庭儿童：最低生活保障家庭、最低生活保障边缘家庭和支出型困难家庭中的儿童，以及特困人员中的儿童',
      source,
      ...a,
      when: [
        {
          kind: 'condition',
          any: ['assist.dibao', 'assist.dibao_marginal', 'assist.expenditure_hardship', 'assist.tekun'],
          text: '低保、低保边缘、支出型困难家庭或特困人员',
        },
      ],
    },
    {
      type: 'severe_disability',
      text: '第4类 重残儿童：一级、二级残疾和三级、四级精神、智力残疾的儿童',
      source,
      ...a,
      when: [
        { kind: 'condition', any: ['disability.severe'], text: '一级、二级残疾或三级、四级精神、智力残疾' },
      ],
    },
    {
      type: 'state_guardianship',
      text: '第5类 兜底监护儿童：依据未成年人保护法需民政部门长期监护和临时监护的儿童',
      source,
      ...a,
      when: [{ kind: 'condition', any: ['state_guardianship'], text: '民政部门长期或临时监护' }],
    },
    {
      type: 'other',
      text: '第6类 法律法规规章、上级政策文件及政府规定的其他类型：《国务院关于加强困境儿童保障工作的意见》（国发〔2016〕36号）所列困境儿童，或档案载明依据的其他类型',
      source,
      ...a,
      when: [
        { kind: 'condition', any: ['illness.severe'], text: '国发〔2016〕36号：因身患重病导致困难的儿童' },
        { ...bothDisabledOrIll, text: `国发〔2016〕36号：${bothDisabledOrIll.text}` },
        { ...deadAndDisabledOrIll, text: `国发〔2016〕36号：${deadAndDisabledOrIll.text}` },
        { ...bothPrisonOrRehab, text: `国发〔2016〕36号：${bothPrisonOrRehab.text}` },
        { ...deadAndPrisonOrRehab, text: `国发〔2016〕36号：${deadAndPrisonOrRehab.text}` },
        {
          kind: 'condition',
          any: ['harm.suspected', 'guardianship.absent', 'unsupervised.wandering_or_missing'],
          text: '国发〔2016〕36号：因家庭监护缺失或监护不当遭受虐待、遗弃、不法侵害或流浪乞讨的儿童',
        },
        { kind: 'condition', any: ['difficulty.other'], text: '政府文件规定的其他类型（依据载于档案）' },
      ],
    },
  ];
  return {
    underAge: 18,
    text: '困境儿童包括孤儿（含艾滋病病毒感染儿童）、事实无人抚养儿童、困难家庭儿童、重残儿童、兜底监护儿童及法律法规规章、上级政策文件和政府规定的其他类型',
    source,
    ...a,
    types,
  };
}

/** 铁东's three classes (001 §二(二)1–3), with its own codes. */
export const TIEDONG_TYPES: PolicyProfile['inDifficulty'] = {
  underAge: 18,
  text: '困境儿童包括家庭困境儿童、自身困境儿童和监护困境儿童',
  source: '001 §二(二)',
  types: [
    {
      type: 'family_difficulty',
      text: '家庭困境儿童：父母双方残疾或重病的儿童；父母一方死亡或失踪，另一方因残疾或重病无力抚养的儿童；因家庭贫困导致生活、就医、就学等困难的儿童（含低保和特困家庭儿童）',
      source: '001 §二(二)1',
      when: [
        bothDisabledOrIll,
        deadAndDisabledOrIll,
        {
          kind: 'condition',
          any: ['assist.dibao', 'assist.tekun', 'assist.dibao_marginal', 'assist.expenditure_hardship'],
          text: '因家庭贫困导致困难（低保、特困及其他困难家庭）',
        },
        // "其他家庭困境儿童": a type another government document sets, its basis on the file. 001 names an
        // "other" in each class; Tonghu files it here and says so (the basis on the file decides in review).
        {
          kind: 'condition',
          any: ['difficulty.other'],
          text: '其他家庭困境儿童（政府文件规定的其他类型，依据载于档案；童护归入本类）',
        },
      ],
    },
    {
      type: 'own_difficulty',
      text: '自身困境儿童：因自身残疾（需持有残联核发的二代残疾人证）或身患重病，导致治疗、康复、照料、护理和社会融入等困难的儿童，包括残疾儿童、重病儿童、艾滋病病毒感染儿童',
      source: '001 §二(二)2',
      when: [
        {
          kind: 'condition',
          any: ['disability.certified', 'disability.severe'],
          text: '持证残疾儿童（任一等级）',
        },
        { kind: 'condition', any: ['illness.severe'], text: '身患重病' },
        { kind: 'condition', any: ['hiv'], text: '艾滋病病毒感染儿童' },
      ],
    },
    {
      type: 'guardianship_difficulty',
      text: '监护困境儿童：失去父母、查找不到生父母的儿童；父母双方服刑在押或强制隔离戒毒的儿童；父母一方死亡或失踪，另一方服刑在押或强制隔离戒毒的儿童；因家庭监护缺失或监护不当遭受虐待、遗弃、意外伤害、不法侵害等导致人身安全受到威胁或侵害的儿童（含参照孤儿保障的对象、部分事实无人抚养儿童、流浪乞讨儿童）',
      source: '001 §二(二)3',
      when: [
        { kind: 'condition', any: ['orphan'], text: '失去父母、查找不到生父母的儿童' },
        { kind: 'condition', any: ['state_guardianship'], text: '参照孤儿保障的对象' },
        // Named in two classes (1 and 3): counted once, here.
        { kind: 'condition', any: ['de_facto_unsupported'], text: '事实无人抚养儿童' },
        bothPrisonOrRehab,
        deadAndPrisonOrRehab,
        {
          kind: 'condition',
          any: [
            'harm.suspected',
            'injury.accidental_suspected',
            'guardianship.absent',
            'unsupervised.wandering_or_missing',
          ],
          text: '因家庭监护缺失或监护不当遭受虐待、遗弃、意外伤害、不法侵害或流浪乞讨',
        },
      ],
    },
  ],
};
