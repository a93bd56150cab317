/**
 * Honours: three award programmes and one list per programme and year. Winners recur from year to
 * year, and a product is always honoured together with the business that makes it.
 */
import type { Business } from './businesses.ts';
import type { Context } from './context.ts';
import type { YamlMap } from './documents.ts';
import { range } from './lists.ts';
import type { Product } from './products.ts';
import { quotas, type Rng } from './random.ts';

/** The programmes, with the years they were held up to `todayYear` and how their decisions are numbered. */
const programsFor = (todayYear: number) => [
  {
    id: 'hang-viet-nam-chat-luong-cao',
    record: {
      name: 'Hàng Việt Nam chất lượng cao',
      organiser: 'Hội Doanh nghiệp Hàng Việt Nam chất lượng cao',
      cadence: 'hang-nam',
      scope: 'doanh-nghiep',
      description:
        'Chương trình bình chọn hằng năm do người tiêu dùng bình chọn, trao chứng nhận cho doanh nghiệp có sản phẩm được ưa thích. Danh sách trong bộ dữ liệu này là dữ liệu minh họa, không phải danh sách thật.',
      sample: true,
    },
    share: 0.5,
    years: range(todayYear - 7, todayYear),
    decision: (y: number, rng: Rng) => ({ number: `${rng.int(10, 99)}/QĐ-HDNHVNCLC`, date: `${y}-0${rng.int(1, 3)}-${String(rng.int(5, 28)).padStart(2, '0')}` }),
  },
  {
    id: 'nguoi-tieu-dung-tin-cay',
    record: {
      name: 'Hàng hóa, dịch vụ người tiêu dùng tin cậy',
      organiser: 'Hội Bảo vệ người tiêu dùng Việt Nam',
      cadence: 'hang-nam',
      scope: 'doanh-nghiep-va-san-pham',
      description:
        'Chương trình ghi nhận hàng hóa, dịch vụ và doanh nghiệp được người tiêu dùng tin cậy. Danh sách trong bộ dữ liệu này là dữ liệu minh họa, không phải danh sách thật.',
      sample: true,
    },
    share: 0.33,
    years: range(todayYear - 6, todayYear),
    decision: (y: number, rng: Rng) => ({ number: `${rng.int(10, 199)}/QĐ-BVNTD`, date: `${y}-0${rng.int(3, 6)}-${String(rng.int(1, 28)).padStart(2, '0')}` }),
  },
  {
    id: 'tieu-bieu-cuoc-van-dong',
    record: {
      name: 'Tôn vinh doanh nghiệp, sản phẩm tiêu biểu thực hiện Cuộc vận động',
      organiser: 'Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” (bản trình diễn)',
      cadence: 'hai-nam',
      scope: 'doanh-nghiep-va-san-pham',
      description:
        'Biểu dương, khen thưởng tập thể, doanh nghiệp và sản phẩm tiêu biểu trong thực hiện Cuộc vận động, theo yêu cầu của các kế hoạch. Danh sách là dữ liệu minh họa.',
      sample: true,
    },
    share: 0.17,
    years: [todayYear - 5, todayYear - 3, todayYear - 1],
    decision: (y: number, rng: Rng) => ({ number: `${rng.int(10, 99)}/QĐ-BCĐCVĐ`, date: `${y}-12-${String(rng.int(1, 20)).padStart(2, '0')}` }),
  },
];

/** One programme: its id and the record written to `honor-programs/<id>.yaml`. */
export type HonourProgram = ReturnType<typeof programsFor>[number];

/** The programmes and their yearly lists (`honors/<file>`), with the number of entries in all. */
export interface Honours {
  programs: HonourProgram[];
  lists: { file: string; doc: YamlMap }[];
  count: number;
}

/** 6,000 honours at scale 1, shared between the programmes and then between the years each was held. */
export function generateHonours(ctx: Context, businesses: readonly Business[], products: readonly Product[]): Honours {
  const programs = programsFor(ctx.todayYear);
  const honourFiles: { file: string; doc: YamlMap }[] = [];
  let nHonours = 0;
  const total = ctx.count(6000);
  const programQuota = quotas(
    total,
    programs.map((p) => [p.id, p.share] as const),
  );
  const eligibleFirms = businesses.filter((b) => b.kind === 'doanh-nghiep');
  for (const program of programs) {
    const rng = ctx.rngFor(`honours:${program.id}`);
    const years = program.years.filter((y) => y >= 1990);
    const decisions = new Map(years.map((y) => [y, program.decision(y, rng)]));
    const validYears = years.filter((y) => decisions.get(y)!.date <= ctx.today);
    const perYear = quotas(
      programQuota.get(program.id)!,
      validYears.map((y) => [String(y), 1] as const),
    );
    // Winners recur from year to year: each year draws from a fixed, shuffled pool.
    const poolBase = program.id === 'hang-viet-nam-chat-luong-cao' && eligibleFirms.length ? eligibleFirms : businesses;
    const pool = rng.shuffle([...poolBase]);
    const productPool = rng.shuffle(products.filter((p) => p.status !== 'none'));
    for (const year of validYears) {
      const n = perYear.get(String(year)) ?? 0;
      if (!n) continue;
      const decision = decisions.get(year)!;
      const entries: YamlMap[] = [];
      const withProduct = program.id === 'hang-viet-nam-chat-luong-cao' ? 0 : Math.round(n * (program.id === 'nguoi-tieu-dung-tin-cay' ? 0.7 : 0.4));
      const chosenProducts = rng.sample(productPool.slice(0, Math.max(withProduct * 2, 1)), withProduct);
      const firmsNeeded = n - chosenProducts.length;
      const firms = rng.sample(pool.slice(0, Math.max(Math.ceil(firmsNeeded * 1.6), 1)), firmsNeeded);
      for (const p of chosenProducts) {
        entries.push({
          business: p.business.id,
          product: p.id,
          title: program.id === 'tieu-bieu-cuoc-van-dong' ? 'Sản phẩm tiêu biểu' : undefined,
        });
      }
      for (const b of firms) {
        entries.push({
          business: b.id,
          title:
            program.id === 'tieu-bieu-cuoc-van-dong'
              ? b.kind === 'hop-tac-xa'
                ? 'Hợp tác xã tiêu biểu'
                : b.kind === 'doanh-nghiep'
                  ? 'Doanh nghiệp tiêu biểu'
                  : 'Cơ sở sản xuất tiêu biểu'
              : undefined,
        });
      }
      const file = `${program.id}-${year}.yaml`;
      honourFiles.push({
        file,
        doc: {
          program: program.id,
          year,
          decisionNumber: decision.number,
          decisionDate: decision.date,
          sample: true,
          entries: entries.map((e, i) => ({ id: `${program.id}-${year}-${String(i + 1).padStart(4, '0')}`, ...e })),
        },
      });
      nHonours += entries.length;
    }
  }
  return { programs, lists: honourFiles, count: nHonours };
}
