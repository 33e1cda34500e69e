// The columns of a children's spreadsheet (CSV or XLSX): one child a row, the nested facts of the API
// (parents, entrusted caregiver, an intervention) spread over flat columns. The same table drives the
// reader, the template workbook and its instructions, and docs/import-template.md.
import { idCheckCharacter } from '../../domain/id-number.ts';
import { aliasTable } from '../../shared/tabular/headers.ts';
import {
  CONDITION_TABLE,
  GENDER_TABLE,
  GUARDIANSHIP_TABLE,
  HUKOU_TABLE,
  INTERVENTION_KIND_TABLE,
  PARENT_STATUS_TABLE,
  RESPONSIBLE_SIDE_TABLE,
  SCHOOL_STAGE_TABLE,
  type CodeTable,
} from './code-names.ts';

// The template's example row: a well-formed child that nobody is, refused if left in the sheet.
const EXAMPLE_ID_17 = '44528120130402123';
export const EXAMPLE_ID_NUMBER = EXAMPLE_ID_17 + idCheckCharacter(EXAMPLE_ID_17);
export const EXAMPLE_NAME = '张三（示例，导入前请删除本行）';

export type ColumnKind =
  'text' | 'idNumber' | 'regionCode' | 'date' | 'code' | 'codeList' | 'boolean' | 'months' | 'grade';

export interface ImportColumn {
  /** The English header, and the field named in messages. */
  key: string;
  /** The Chinese header of the template. */
  header: string;
  /** Other headers people write for the same column. */
  aliases: readonly string[];
  /** Where the value goes: a child field, `father.*`, `mother.*`, `caregiver.*` or `intervention.*`. */
  target: string;
  kind: ColumnKind;
  table?: CodeTable;
  /** A file without this column is refused as a whole. */
  required?: boolean;
  group: string;
  help: string;
  example: string | number | null;
}

function column(
  key: string,
  header: string,
  target: string,
  kind: ColumnKind,
  rest: Partial<Omit<ImportColumn, 'key' | 'header' | 'target' | 'kind'>> & { group: string; help: string },
): ImportColumn {
  return { key, header, target, kind, aliases: [], example: null, ...rest };
}

const BASIC = '基本信息';
const SCHOOL = '就学与健康';
const CARE = '情形与监护';
const CAREGIVER = '委托照护';
const OTHER = '帮扶干预与备注';

function parentColumns(relation: 'father' | 'mother'): ImportColumn[] {
  const who = relation === 'father' ? '父亲' : '母亲';
  const group = `${who}情况`;
  const key = (field: string) => `${relation}${field[0]!.toUpperCase()}${field.slice(1)}`;
  const example = relation === 'father';
  return [
    column(key('statuses'), `${who}状况`, `${relation}.statuses`, 'codeList', {
      table: PARENT_STATUS_TABLE,
      aliases: [`${who}情况`, `${who}状态`],
      group,
      help: `${who}的状况，可填多项，用顿号分隔；填代码或中文名称（见“父母状况代码”）。空白表示无特殊状况`,
      example: example ? '外出务工' : '重病',
    }),
    column(key('migrantMonths'), `${who}外出务工月数`, `${relation}.migrantMonths`, 'months', {
      aliases: [`${who}连续外出务工月数`, `${who}外出月数`],
      group,
      help: '连续外出务工的月数（偶尔回家探亲、休假不中断），数字',
      example: example ? 8 : null,
    }),
    column(key('crossCounty'), `${who}是否跨县务工`, `${relation}.crossCounty`, 'boolean', {
      aliases: [`${who}跨县务工`, `${who}是否跨县`],
      group,
      help: '务工地是否在户籍所在县（市、区）以外：是/否',
      example: example ? '是' : null,
    }),
    column(key('coreUrbanBoth'), `${who}务工地与户籍地均在核心城区`, `${relation}.coreUrbanBoth`, 'boolean', {
      aliases: [`${who}务工地和户籍地均在核心城区`, `${who}是否均在核心城区`],
      group,
      help: '务工地与户籍地是否同在一个城市的核心城区（是则不算外出务工）：是/否',
      example: example ? '否' : null,
    }),
    column(key('name'), `${who}姓名`, `${relation}.name`, 'text', {
      group,
      help: `${who}姓名`,
      example: example ? '张大山' : '李秀兰',
    }),
    column(key('idNumber'), `${who}身份证号`, `${relation}.idNumber`, 'idNumber', {
      aliases: [`${who}身份证号码`, `${who}公民身份号码`],
      group,
      help: '18位公民身份号码（请设为文本格式）',
    }),
    column(key('phone'), `${who}电话`, `${relation}.phone`, 'text', {
      aliases: [`${who}联系电话`, `${who}手机`],
      group,
      help: `${who}联系电话`,
    }),
    column(key('workPlace'), `${who}务工地`, `${relation}.workPlace`, 'text', {
      aliases: [`${who}务工地点`, `${who}务工地址`],
      group,
      help: '务工所在地',
      example: example ? '广东省深圳市' : null,
    }),
  ];
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  column('externalId', '外部编号', 'externalId', 'text', {
    aliases: ['原系统编号', '档案编号', '编号'],
    group: BASIC,
    help: '原系统中的编号（可选）。无身份证号码的无户籍儿童必填，再次导入时按此编号找到同一名儿童',
    example: 'A-0001',
  }),
  column('name', '姓名', 'name', 'text', {
    aliases: ['儿童姓名'],
    required: true,
    group: BASIC,
    help: '儿童姓名（必填）',
    example: EXAMPLE_NAME,
  }),
  column('idNumber', '身份证号', 'idNumber', 'idNumber', {
    aliases: ['身份证号码', '公民身份号码', '公民身份证号码', '身份证', '证件号码', '儿童身份证号'],
    required: true,
    group: BASIC,
    help: '18位公民身份号码，校验位和出生日期都会核对；同一号码再次导入即更新该儿童档案。请把该列设为“文本”格式，否则 Excel 会丢失末几位',
    example: EXAMPLE_ID_NUMBER,
  }),
  column('gender', '性别', 'gender', 'code', {
    table: GENDER_TABLE,
    group: BASIC,
    help: '男/女；可不填，由身份证号码得出',
    example: '男',
  }),
  column('birthDate', '出生日期', 'birthDate', 'date', {
    group: BASIC,
    help: '如 2013-04-02；可不填，由身份证号码得出（无身份证号码时必填）',
    example: '2013-04-02',
  }),
  column('ethnicity', '民族', 'ethnicity', 'text', { group: BASIC, help: '如 汉族', example: '汉族' }),
  column('hukouType', '户籍类型', 'hukouType', 'code', {
    table: HUKOU_TABLE,
    aliases: ['户口类型', '户籍性质', '户口性质'],
    group: BASIC,
    help: '农村/城镇（或 rural/urban）',
    example: '农村',
  }),
  column('hukouRegionCode', '户籍地代码', 'hukouRegionCode', 'regionCode', {
    aliases: ['户籍地区划代码', '户籍所在地代码'],
    group: BASIC,
    help: '户籍所在村（社区）的12位统计用区划代码；与居住地不在同一县时，档案记为居住地负责',
  }),
  column('villageCode', '村（社区）代码', 'villageCode', 'regionCode', {
    aliases: [
      '村居代码',
      '村代码',
      '社区代码',
      '村（居）代码',
      '居住地村（社区）代码',
      '所在村（社区）代码',
      '村（社区）区划代码',
    ],
    required: true,
    group: BASIC,
    help: '儿童居住的村（社区）的12位统计用区划代码（必填），须在本系统辖区内',
    example: '445281102201',
  }),
  column('responsibleSide', '责任方', 'responsibleSide', 'code', {
    table: RESPONSIBLE_SIDE_TABLE,
    aliases: ['负责方'],
    group: BASIC,
    help: '居住地与户籍地不一致时由哪一方负责：居住地/户籍地',
  }),
  column('address', '家庭住址', 'address', 'text', {
    aliases: ['住址', '现住址', '居住地址', '家庭地址'],
    group: BASIC,
    help: '现居住地址',
    example: '赤岗镇五福屿村',
  }),
  column('phone', '联系电话', 'phone', 'text', {
    aliases: ['电话', '家庭电话'],
    group: BASIC,
    help: '家庭联系电话',
  }),
  column('registeredOn', '登记日期', 'registeredOn', 'date', {
    aliases: ['建档日期'],
    group: BASIC,
    help: '建档日期；不填为导入当天',
  }),
  column('schoolName', '学校', 'schoolName', 'text', {
    aliases: ['就读学校', '学校名称'],
    group: SCHOOL,
    help: '就读学校名称',
    example: '赤岗镇中心小学',
  }),
  column('schoolStage', '学段', 'schoolStage', 'code', {
    table: SCHOOL_STAGE_TABLE,
    aliases: ['就读阶段', '就学阶段', '就学情况'],
    group: SCHOOL,
    help: '未入学/学前/小学/初中/高中/中职/失学辍学',
    example: '小学',
  }),
  column('schoolGrade', '年级', 'schoolGrade', 'text', {
    aliases: ['班级'],
    group: SCHOOL,
    help: '如 六年级',
    example: '六年级',
  }),
  column('healthStatus', '健康状况', 'healthStatus', 'text', {
    aliases: ['身体状况'],
    group: SCHOOL,
    help: '如 健康',
    example: '健康',
  }),
  column('disabilityCategory', '残疾类别', 'disabilityCategory', 'text', {
    aliases: ['残疾类型'],
    group: SCHOOL,
    help: '视力、听力、言语、肢体、智力、精神、多重',
  }),
  column('disabilityGrade', '残疾等级', 'disabilityGrade', 'grade', {
    aliases: ['残疾级别'],
    group: SCHOOL,
    help: '1–4 或 一级–四级',
  }),
  column('disabilityCertificate', '残疾证号', 'disabilityCertificate', 'text', {
    aliases: ['残疾证号码', '残疾人证号'],
    group: SCHOOL,
    help: '残疾人证号码',
  }),
  column('guardianship', '监护状况', 'guardianship', 'code', {
    table: GUARDIANSHIP_TABLE,
    aliases: ['监护情况', '监护评估'],
    group: CARE,
    help: '较好/一般/较差（或 good/fair/poor）',
    example: '较好',
  }),
  column('conditions', '情形', 'conditions', 'codeList', {
    table: CONDITION_TABLE,
    aliases: ['困境情形', '风险情形', '儿童情形', '特殊情形'],
    group: CARE,
    help: '儿童的困境、风险和救助情形，可填多项，用顿号、逗号或分号分隔；填代码或中文名称（见“情形代码”）。空白表示无',
    example: '（疑似）辍学、低保',
  }),
  ...parentColumns('father'),
  ...parentColumns('mother'),
  column('caregiverName', '委托照护人', 'caregiver.name', 'text', {
    aliases: ['被委托照护人', '委托照护人姓名', '被委托人'],
    group: CAREGIVER,
    help: '父母外出时委托照护儿童的人的姓名',
    example: '张奶奶',
  }),
  column('caregiverRelation', '委托照护人关系', 'caregiver.relation', 'text', {
    aliases: ['与儿童关系', '委托照护人与儿童关系'],
    group: CAREGIVER,
    help: '委托照护人与儿童的关系，如 祖母',
    example: '祖母',
  }),
  column('caregiverIdNumber', '委托照护人身份证号', 'caregiver.idNumber', 'idNumber', {
    aliases: ['委托照护人身份证号码'],
    group: CAREGIVER,
    help: '18位公民身份号码（请设为文本格式）',
  }),
  column('caregiverPhone', '委托照护人电话', 'caregiver.phone', 'text', {
    aliases: ['委托照护人联系电话'],
    group: CAREGIVER,
    help: '委托照护人联系电话',
    example: '13800138000',
  }),
  column('caregiverAgreementSignedOn', '确认书签订日期', 'caregiver.agreementSignedOn', 'date', {
    aliases: ['agreementSignedOn', '委托监护责任确认书签订日期', '确认书签署日期'],
    group: CAREGIVER,
    help: '《委托监护责任确认书》签订日期',
    example: '2026-01-05',
  }),
  column('caregiverAssessment', '照护情况评估', 'caregiver.assessment', 'code', {
    table: GUARDIANSHIP_TABLE,
    aliases: ['委托照护评估', '委托照护人评估'],
    group: CAREGIVER,
    help: '对委托照护人照护情况的评估：较好/一般/较差',
    example: '较好',
  }),
  column('caregiverAssessedOn', '照护评估日期', 'caregiver.assessedOn', 'date', {
    aliases: ['委托照护评估日期'],
    group: CAREGIVER,
    help: '评估日期',
  }),
  column('interventionDate', '干预日期', 'intervention.date', 'date', {
    aliases: ['帮扶日期', '干预时间'],
    group: OTHER,
    help: '已采取的一项帮扶干预的日期（每行一项；同一日期、措施和说明再次导入不会重复记录）',
    example: '2026-05-01',
  }),
  column('interventionKind', '干预措施', 'intervention.kind', 'code', {
    table: INTERVENTION_KIND_TABLE,
    aliases: ['干预类型', '干预方式', '帮扶措施'],
    group: OTHER,
    help: '见“干预措施代码”，如 救助保障',
    example: '救助保障',
  }),
  column('interventionNote', '干预情况', 'intervention.note', 'text', {
    aliases: ['干预说明', '干预内容', '帮扶情况'],
    group: OTHER,
    help: '干预内容说明',
    example: '纳入低保',
  }),
  column('note', '备注', 'note', 'text', { aliases: ['说明'], group: OTHER, help: '其他需要说明的情况' }),
];

const PARENT_TARGET = /^(father|mother)\./;

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Header (normalised) → column key: the Chinese header, the aliases, the key, its snake_case and the target path. */
export const COLUMN_ALIASES = aliasTable(
  Object.fromEntries(
    IMPORT_COLUMNS.map((c) => [
      c.key,
      [
        c.header,
        ...c.aliases,
        snake(c.key),
        c.target,
        ...(PARENT_TARGET.test(c.target) ? [`parents.${c.target}`] : []),
      ],
    ]),
  ),
);

export const COLUMNS_BY_KEY: ReadonlyMap<string, ImportColumn> = new Map(
  IMPORT_COLUMNS.map((c) => [c.key, c]),
);
export const COLUMNS_BY_TARGET: ReadonlyMap<string, ImportColumn> = new Map(
  IMPORT_COLUMNS.map((c) => [c.target, c]),
);
