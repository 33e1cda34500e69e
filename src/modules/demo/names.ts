// Names as they are common in eastern Guangdong (潮汕): a few surnames carry most people, given names of
// one or two characters, older generations with older-sounding names.
import type { Random } from './random.ts';

/** Surnames with rough weights: 陈, 林 and 黄 alone name a large share of 普宁. */
const SURNAMES: Record<string, number> = {
  陈: 16, 林: 10, 黄: 8, 李: 6, 张: 5, 吴: 5, 郑: 5, 许: 4, 王: 3, 刘: 3, 蔡: 3, 杨: 3, 洪: 2, 方: 2,
  罗: 2, 谢: 2, 翁: 2, 詹: 2, 庄: 2, 赖: 1, 马: 1, 周: 1, 江: 1, 纪: 1, 苏: 1, 姚: 1, 卢: 1, 曾: 1,
  余: 1, 彭: 1, 徐: 1, 赵: 1, 朱: 1, 何: 1, 郭: 1, 高: 1, 梁: 1, 邱: 1, 钟: 1, 温: 1,
}; // prettier-ignore

const GIVEN = {
  boy: '浩宇子俊杰泽晨睿嘉明伟鑫彬鹏家豪博文涛锐锦煜铭宏佳志亮思航轩辰逸峰楷烁阳', // prettier-ignore
  girl: '欣怡雨佳思婷雅晓涵诗梓萱琪悦彤颖慧丽敏静妍琳玲可馨芷若琳雯璇瑶蕾嘉丹', // prettier-ignore
  man: '伟强军斌勇建国华明东俊辉鹏锋涛志海文平亮荣杰松林坤', // prettier-ignore
  woman: '丽芳娟敏燕霞玲秀英红梅琴惠洁静萍婷丹纯娜妹銮娇珠', // prettier-ignore
  elderMan: '顺德财福荣松金木水泉发旺贵炳坤庆锡添', // prettier-ignore
  elderWoman: '秀英兰凤珠娥桂花玉莲娇娣妹钗菊婵', // prettier-ignore
};

export type NameStyle = keyof typeof GIVEN;

export function surname(rng: Random): string {
  return rng.weighted(SURNAMES);
}

export function givenName(rng: Random, style: NameStyle): string {
  const chars = [...GIVEN[style]];
  const first = rng.pick(chars);
  if (rng.chance(style === 'boy' || style === 'girl' ? 0.15 : 0.3)) return first;
  let second = rng.pick(chars);
  while (second === first) second = rng.pick(chars);
  return first + second;
}

export function personName(rng: Random, style: NameStyle, family = surname(rng)): string {
  return family + givenName(rng, style);
}

/** "五福屿村委会" → "五福屿村", "赤岗居委会" → "赤岗社区": how people name the place. */
export function placeName(regionName: string): string {
  return regionName
    .replace(/村民?委员?会$/, '村')
    .replace(/居民?委员?会$/, '社区')
    .replace(/社区社区$/, '社区');
}
