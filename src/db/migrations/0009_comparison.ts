// Data comparison (数据比对, DOMAIN.md §6): department rosters matched against the register. A run records
// who compared which roster file (kind, name, hash) as of which date and what came out; each finding is a
// worklist item for the township, kept with the run and roster row it came from until someone verifies it.
import { sql, type Kysely } from 'kysely';

// Traditional forms of characters common in Chinese names, each with its one simplified form, so that
// 張偉 on a roster typed in traditional script matches 张伟 in the register. Only characters whose
// simplified form is unambiguous and which are not themselves in use as simplified characters in names
// (乾, 於, 徵, 藉, 瀋, 餘 … are left out): a wrong merge here would make two people one.
const TRADITIONAL_TO_SIMPLIFIED = [
  '張张', '陳陈', '劉刘', '黃黄', '趙赵', '吳吴', '楊杨', '鄭郑', '謝谢', '許许', '馮冯', '韓韩', '鄧邓', '蕭萧',
  '葉叶', '羅罗', '孫孙', '馬马', '盧卢', '蔣蒋', '賈贾', '閻阎', '鄒邹', '譚谭', '龍龙', '陸陆', '錢钱', '湯汤',
  '顧顾', '萬万', '聶聂', '嚴严', '蘇苏', '賴赖', '呂吕', '華华', '鄔邬', '紀纪', '閔闵', '單单', '歐欧', '關关',
  '東东', '齊齐', '簡简', '莊庄', '區区', '遲迟', '喬乔', '費费', '溫温', '鄺邝', '駱骆', '韋韦', '鳳凤', '寧宁',
  '衛卫', '陽阳', '龐庞', '龔龚', '魯鲁', '鍾钟', '鐘钟', '後后', '偉伟', '麗丽', '國国', '強强', '軍军', '傑杰',
  '濤涛', '鵬鹏', '輝辉', '紅红', '蘭兰', '雲云', '靜静', '豔艳', '艷艳', '曉晓', '亞亚', '寶宝', '貴贵', '發发',
  '慶庆', '義义', '誠诚', '銘铭', '鋒锋', '錦锦', '鴻鸿', '達达', '飛飞', '嬌娇', '楓枫', '樂乐', '歡欢', '瑩莹',
  '穎颖', '潔洁', '淵渊', '澤泽', '濱滨', '燁烨', '煒炜', '煥焕', '爾尔', '瓊琼', '璽玺', '綺绮', '綠绿', '緣缘',
  '維维', '翹翘', '聖圣', '聰聪', '興兴', '藝艺', '詩诗', '語语', '諾诺', '謙谦', '豐丰', '賢贤', '軒轩', '遠远',
  '鄉乡', '銀银', '鐵铁', '長长', '雙双', '靈灵', '韻韵', '順顺', '頌颂', '顏颜', '風风', '驍骁', '鳴鸣', '齡龄',
  '愛爱', '憶忆', '懷怀', '時时', '書书', '會会', '傳传', '倫伦', '儀仪', '億亿', '優优', '勝胜', '勵励', '勁劲',
  '協协', '園园', '圓圆', '堅坚', '壯壮', '夢梦', '奮奋', '嶺岭', '巖岩', '帥帅', '廣广', '彥彦', '揚扬', '曄晔',
  '暉晖', '棟栋', '榮荣', '樺桦', '橋桥', '權权', '漢汉', '潤润', '澗涧', '燈灯', '爍烁', '獻献', '瑋玮', '環环',
  '畢毕', '碩硕', '禮礼', '禎祯', '穩稳', '竇窦', '築筑', '簫箫', '紋纹', '純纯', '紹绍', '統统', '絲丝', '經经',
  '繼继', '總总', '習习', '聯联', '臨临', '蓮莲', '蔭荫', '薈荟', '藍蓝', '蘊蕴', '親亲', '記记', '誼谊', '譽誉',
  '讓让', '財财', '貞贞', '資资', '賓宾', '贇赟', '贊赞', '躍跃', '軻轲', '輕轻', '農农', '連连', '進进', '運运',
  '遙遥', '醫医', '鈞钧', '鋼钢', '錫锡', '鎮镇', '鏡镜', '閣阁', '闊阔', '際际', '隨随', '雋隽', '電电', '韜韬',
  '項项', '頡颉', '頤颐', '顯显', '馳驰', '駿骏', '騰腾', '驊骅', '鯤鲲', '鶴鹤', '麥麦', '黨党', '壽寿', '瑤瑶',
  '嫻娴', '嬋婵', '勳勋', '勛勋', '凱凯', '劍剑', '儷俪', '燦灿', '鈺钰', '銳锐', '鋭锐', '錚铮', '鑠铄', '閃闪',
  '蕓芸', '嵐岚', '崢峥', '嶸嵘', '綿绵', '緯纬', '練练', '縉缙', '繡绣', '續续', '纓缨', '羨羡', '聲声', '聽听',
  '肅肃', '與与', '舉举', '蒼苍', '薩萨', '蘆芦', '覺觉', '觀观', '訓训', '詠咏', '誌志', '謹谨', '護护', '讚赞',
  '貝贝', '賀贺', '賽赛', '輔辅', '遼辽', '鈴铃', '鉉铉', '銓铨', '錡锜', '鍇锴', '鎧铠', '鐸铎', '鑑鉴', '鑒鉴',
  '閎闳', '霽霁', '靄霭', '韞韫', '頎颀', '顥颢', '颯飒', '飄飘', '駒驹', '騏骐', '驕骄', '驥骥', '鬱郁', '鳶鸢',
  '鴿鸽', '鵑鹃', '鶯莺', '鷗鸥', '鷹鹰', '鸞鸾',
]; // prettier-ignore

export async function up(db: Kysely<unknown>): Promise<void> {
  const from = TRADITIONAL_TO_SIMPLIFIED.map((p) => [...p][0]).join('');
  const to = TRADITIONAL_TO_SIMPLIFIED.map((p) => [...p][1]).join('');
  // The key two spellings of one name share: compatibility forms folded (full-width letters, CJK
  // compatibility ideographs), traditional forms above made simplified, letters lower-cased, and spaces and
  // the separator dots of minority names (阿依·古丽, 阿依•古丽, 阿依古丽) dropped. Nothing else: a name that
  // differs in any other character is another name.
  // translate() walks its whole table for every character, so it runs only on names that hold one of its
  // characters (a character-class test is cheap); normalize() runs once. Keys are computed for hundreds of
  // thousands of rows in one comparison.
  await sql`
    create function comparison_name_key(name text) returns text
    language sql immutable strict parallel safe
    as $$
      select translate(
        lower(normalize(
          case when name ~ ${sql.lit(`[${from}]`)} then translate(name, ${sql.lit(from)}, ${sql.lit(to)}) else name end,
          NFKC)),
        E' \t\r\n·•‧・.', '')
    $$`.execute(db);
  // The table itself, so that code reading a roster of a million rows can key its names as it reads them,
  // exactly as the function does, without a second copy of the table to drift from this one.
  await sql`
    create function comparison_name_key_map(out from_chars text, out to_chars text)
    language sql immutable parallel safe
    as $$ select ${sql.lit(from)}::text, ${sql.lit(to)}::text $$`.execute(db);
  // Probable matching looks a roster row up by birth date and name key: an index scan per unmatched row.
  await sql`create index child_birth_name_key_idx on child (birth_date, comparison_name_key(name))`.execute(
    db,
  );

  await sql`
    create table comparison_run (
      id uuid primary key default gen_random_uuid(),
      roster_kind text not null,
      file_name text not null,
      file_hash text not null,
      file_bytes bigint not null,
      row_unit text not null check (row_unit in ('line', 'row')),
      region_code text collate "C" not null,
      as_of date not null,
      actor_id uuid references app_user (id),
      actor_name text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      rows integer not null default 0,
      matched integer not null default 0,
      probable integer not null default 0,
      ambiguous_rows integer not null default 0,
      findings integer not null default 0,
      new_findings integer not null default 0,
      ambiguous jsonb not null default '[]'
    )`.execute(db);
  await sql`create index comparison_run_started_idx on comparison_run (started_at)`.execute(db);

  await sql`
    create table comparison_finding (
      id uuid primary key default gen_random_uuid(),
      run_id uuid not null references comparison_run (id),
      last_run_id uuid not null references comparison_run (id),
      roster_kind text not null,
      finding text not null,
      match text not null check (match in ('exact', 'probable')),
      subject_key text not null,
      child_id uuid references child (id),
      id_number text,
      name text,
      birth_date date,
      row_number integer,
      roster_row jsonb,
      region_code text collate "C" not null,
      as_of date not null,
      status text not null default 'open' check (status in ('open', 'confirmed', 'dismissed')),
      created_at timestamptz not null default now(),
      verified_by uuid references app_user (id),
      verified_by_name text,
      verified_at timestamptz,
      note text,
      outcome jsonb,
      check ((status = 'open') = (verified_at is null))
    )`.execute(db);
  // One open finding per roster kind, finding and person: a re-run finds it again rather than twice.
  await sql`create unique index comparison_finding_open_key on comparison_finding (roster_kind, finding, subject_key) where status = 'open'`.execute(
    db,
  );
  await sql`create index comparison_finding_region_idx on comparison_finding (region_code, status)`.execute(
    db,
  );
  await sql`create index comparison_finding_child_idx on comparison_finding (child_id)`.execute(db);
  await sql`create index comparison_finding_last_run_idx on comparison_finding (last_run_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table comparison_finding`.execute(db);
  await sql`drop table comparison_run`.execute(db);
  await sql`drop index child_birth_name_key_idx`.execute(db);
  await sql`drop function comparison_name_key_map()`.execute(db);
  await sql`drop function comparison_name_key(text)`.execute(db);
}
