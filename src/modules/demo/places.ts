// Where migrant parents work, which schools children attend and where they live: the details that make a
// file look like a file.
import type { Random } from './random.ts';
import { placeName } from './names.ts';

/** Where parents from eastern Guangdong go to work: the Pearl River Delta first, then further afield. */
const WORK_PLACES: Record<string, number> = {
  广东省深圳市宝安区: 8, 广东省深圳市龙岗区: 7, 广东省广州市白云区: 6, 广东省东莞市: 7, 广东省佛山市南海区: 4,
  广东省惠州市: 3, 广东省中山市: 3, 广东省汕头市: 2, 广东省珠海市: 2, 上海市: 3, 浙江省杭州市: 2,
  浙江省义乌市: 2, 福建省厦门市: 2, 江苏省苏州市: 2, 北京市: 1, 海南省海口市: 1,
}; // prettier-ignore

export function workPlace(rng: Random): string {
  return rng.weighted(WORK_PLACES);
}

export interface SchoolPlace {
  countyName: string;
  townshipName: string;
  villageName: string;
}

export interface Schooling {
  stage: 'none' | 'preschool' | 'primary' | 'junior' | 'senior' | 'vocational' | 'out_of_school';
  name: string | null;
  grade: string | null;
}

const GRADES = ['一', '二', '三', '四', '五', '六'];

/** The school of a child of `age` (whole years on the demo date, school year begun in September). */
export function schooling(
  rng: Random,
  age: number,
  at: SchoolPlace,
  options: { dropout: boolean },
): Schooling {
  const village = placeName(at.villageName);
  if (options.dropout) return { stage: 'out_of_school', name: null, grade: null };
  if (age < 3) return { stage: 'none', name: null, grade: null };
  if (age < 6)
    return {
      stage: 'preschool',
      name: rng.chance(0.6) ? `${village}幼儿园` : `${at.townshipName}中心幼儿园`,
      grade: ['小班', '中班', '大班'][age - 3] as string,
    };
  if (age < 12)
    return {
      stage: 'primary',
      name: rng.chance(0.55) ? `${village}小学` : `${at.townshipName}中心小学`,
      grade: `${GRADES[age - 6]}年级`,
    };
  if (age < 15)
    return {
      stage: 'junior',
      name: rng.chance(0.7)
        ? `${at.townshipName}中学`
        : `${at.countyName}${rng.pick(['第一', '第二', '第三'])}中学`,
      grade: `初${GRADES[age - 12]}`,
    };
  if (rng.chance(0.08)) return { stage: 'out_of_school', name: null, grade: null };
  if (rng.chance(0.3))
    return {
      stage: 'vocational',
      name: `${at.countyName}职业技术学校`,
      grade: `${GRADES[Math.min(age, 17) - 15]}年级`,
    };
  return {
    stage: 'senior',
    name: `${at.countyName}${rng.pick(['第一', '第二', '华侨', '城东'])}中学`,
    grade: `高${GRADES[Math.min(age, 17) - 15]}`,
  };
}

export function address(rng: Random, townshipName: string, villageName: string): string {
  return `${townshipName}${placeName(villageName)}${rng.int(1, 18)}巷${rng.int(1, 60)}号`;
}
