/**
 * Fairs and market days, as Markdown posts: past, ongoing, upcoming, postponed and cancelled in
 * fixed shares around `--today`, each with a venue, an organiser, registration details and a
 * few paragraphs of report.
 */
import { daysBetween, formatDate } from '../../src/lib/dates.ts';
import type { Business } from './businesses.ts';
import { addDays, randomDate, yearOf } from './calendar.ts';
import type { Context } from './context.ts';
import type { YamlMap } from './documents.ts';
import { familiesFor, GROUP_TABLE } from './families.ts';
import { jitter, type Place } from './geography.ts';
import { IdMaker } from './ids.ts';
import { groupBy } from './lists.ts';
import { quotas } from './random.ts';
import { landline, listWords, mobile, street, STREETS } from './vocabulary.ts';

/** A generated fair: the frontmatter and paragraphs of `fairs/<id>.md`, and what the news draws on. */
export interface Fair {
  id: string;
  title: string;
  place: Place;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** As written: scheduled, postponed or cancelled. */
  status: string;
  /** Where it stands on `today`: past, ongoing, upcoming, postponed or cancelled. */
  phase: string;
  frontmatter: YamlMap;
  body: string[];
}

/** 600 fairs at scale 1: 55% past, 5% ongoing, 30% upcoming, 5% postponed, 5% cancelled. */
export function generateFairs(ctx: Context, businesses: readonly Business[]): Fair[] {
  const fairs: Fair[] = [];
  const { today, provinceTable } = ctx;
  const rng = ctx.rngFor('fairs');
  const ids = new IdMaker();
  const titles = new Map<string, number>();
  const nFairs = ctx.count(600);
  const phases = rng.shuffle(
    [...quotas(nFairs, [['past', 0.55], ['ongoing', 0.05], ['upcoming', 0.3], ['postponed', 0.05], ['cancelled', 0.05]] as const)].flatMap(([k, n]) =>
      Array.from({ length: n }, () => k),
    ),
  );
  const businessesByProvince = groupBy(businesses, (b) => b.place.province.code);
  const postponeNotes = [
    'Tạm hoãn do ảnh hưởng của mưa bão; thời gian tổ chức mới sẽ được thông báo sau.',
    'Tạm hoãn để tránh trùng lịch với các hoạt động lớn của địa phương; ban tổ chức sẽ thông báo lịch mới.',
    'Tạm hoãn theo đề nghị của địa phương do ngập lụt tại khu vực tổ chức.',
  ];
  const cancelNotes = [
    'Hủy do không đủ số gian hàng đăng ký tham gia.',
    'Hủy theo thông báo của ban tổ chức do điều chỉnh kế hoạch xúc tiến thương mại trong năm.',
    'Hủy do địa điểm tổ chức không bảo đảm an toàn sau mưa lũ.',
  ];
  for (let i = 0; i < nFairs; i++) {
    const phase = phases[i]!;
    const kind = rng.weighted(['phien-cho-hang-viet', 'hoi-cho-nong-thon', 'hoi-cho-thuong-mai', 'hoi-cho-khuyen-mai'] as const, [45, 25, 18, 12]);
    const info = provinceTable.pick(rng);
    const rural = info.places.filter((p) => !p.isUrban && p.weight > 0);
    const urban = info.places.filter((p) => p.isUrban);
    const place =
      (kind === 'phien-cho-hang-viet' || kind === 'hoi-cho-nong-thon') && rural.length
        ? rng.pick(rural)
        : urban.length && rng.chance(0.8)
          ? rng.pick(urban)
          : info.table.pick(rng);
    const days = { 'phien-cho-hang-viet': rng.int(2, 3), 'hoi-cho-nong-thon': rng.int(3, 5), 'hoi-cho-thuong-mai': rng.int(5, 7), 'hoi-cho-khuyen-mai': rng.int(5, 10) }[kind];
    let startDay: string;
    if (phase === 'past') startDay = randomDate(rng, addDays(today, -730), addDays(today, -days - 2));
    else if (phase === 'ongoing') {
      const len = Math.max(days, 3);
      startDay = addDays(today, -rng.int(1, len - 2));
    } else if (phase === 'upcoming') startDay = randomDate(rng, addDays(today, 2), addDays(today, 240));
    else if (phase === 'postponed') startDay = randomDate(rng, addDays(today, -30), addDays(today, 120));
    else startDay = randomDate(rng, addDays(today, -200), addDays(today, 120));
    const span = phase === 'ongoing' ? Math.max(days, daysBetween(startDay, today) + 2) : days;
    const endDay = addDays(startDay, span - 1);
    const year = yearOf(startDay);
    const mountain = place.region === 'mien-nui-bac' || place.region === 'tay-nguyen';
    let title = {
      'phien-cho-hang-viet': rng.pick([`Phiên chợ hàng Việt về ${place.label} năm ${year}`, `Phiên chợ hàng Việt ${place.label}, ${info.label} năm ${year}`]),
      'hoi-cho-nong-thon': `Hội chợ hàng Việt về ${mountain ? 'miền núi' : 'nông thôn'} ${place.label}, ${info.label} năm ${year}`,
      'hoi-cho-thuong-mai': rng.pick([`Hội chợ Thương mại ${info.province.shortName} ${year}`, `Hội chợ OCOP và hàng Việt ${info.province.shortName} ${year}`, `Hội chợ Công Thương ${info.province.shortName} ${year}`]),
      'hoi-cho-khuyen-mai': rng.pick([`Hội chợ khuyến mại hàng Việt Nam ${info.province.shortName} ${year}`, `Tuần hàng Việt – Khuyến mại ${place.label} ${year}`]),
    }[kind];
    const seen = titles.get(title) ?? 0;
    titles.set(title, seen + 1);
    if (seen) title = `${title} (đợt ${seen + 1})`;
    const id = ids.make(title, 80);
    const venueName = {
      'phien-cho-hang-viet': rng.pick([`Sân vận động ${place.label}`, `Nhà văn hóa ${place.label}`, `Chợ ${place.short}`, `Trung tâm Văn hóa – Thể thao ${place.label}`]),
      'hoi-cho-nong-thon': rng.pick([`Quảng trường ${place.label}`, `Khuôn viên Ủy ban nhân dân ${place.label}`, `Sân vận động ${place.label}`]),
      'hoi-cho-thuong-mai': rng.pick([`Trung tâm Hội chợ Triển lãm ${info.province.shortName}`, `Quảng trường trung tâm ${place.label}`, `Nhà thi đấu đa năng ${info.province.shortName}`]),
      'hoi-cho-khuyen-mai': rng.pick([`Công viên ${rng.pick(STREETS)}`, `Khu thương mại ${place.short}`, `Quảng trường ${place.label}`]),
    }[kind];
    const organiser = rng.pick(
      kind === 'phien-cho-hang-viet'
        ? [`Sở Công Thương ${info.label}`, `Ủy ban nhân dân ${place.label}`, `Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” ${info.label}`]
        : [`Sở Công Thương ${info.label}`, `Trung tâm Khuyến công và Xúc tiến thương mại ${info.label}`, `Liên minh Hợp tác xã ${info.label}`],
    );
    const status = phase === 'postponed' || phase === 'cancelled' ? phase : 'scheduled';
    const statusNote = phase === 'postponed' ? rng.pick(postponeNotes) : phase === 'cancelled' ? rng.pick(cancelNotes) : undefined;
    const local = businessesByProvince.get(info.province.code) ?? [];
    const taking = rng.chance(0.7) ? rng.sample(kind === 'hoi-cho-thuong-mai' ? [...local, ...rng.sample(businesses, 10)] : local, rng.int(1, 15)) : [];
    const uniqueTaking = [...new Map(taking.map((b) => [b.id, b])).values()];
    const stalls = { 'phien-cho-hang-viet': rng.int(30, 80), 'hoi-cho-nong-thon': rng.int(40, 120), 'hoi-cho-thuong-mai': rng.int(150, 400), 'hoi-cho-khuyen-mai': rng.int(80, 250) }[kind];
    const startTime = rng.pick(['07:30', '08:00', '08:00', '15:00']);
    const endTime = rng.pick(['21:00', '22:00', '21:30']);
    const deadline = addDays(startDay, -rng.int(7, 30));
    const contactPhone = rng.chance(0.5) ? landline(rng, info.province) : mobile(rng);
    const registration =
      rng.chance(0.8) || phase === 'upcoming'
        ? {
            who:
              kind === 'hoi-cho-thuong-mai'
                ? 'Doanh nghiệp, hợp tác xã, hộ kinh doanh trong và ngoài tỉnh có sản phẩm sản xuất tại Việt Nam'
                : 'Doanh nghiệp, hợp tác xã, hộ kinh doanh có sản phẩm sản xuất trong nước, ưu tiên sản phẩm OCOP và sản phẩm của địa phương',
            how: rng.pick([
              `Gửi phiếu đăng ký gian hàng về ${organiser} qua thư điện tử hoặc nộp trực tiếp trước hạn đăng ký`,
              'Đăng ký theo mẫu phiếu kèm theo thông báo; ban tổ chức xét duyệt và bố trí gian hàng theo thứ tự đăng ký',
              'Liên hệ ban tổ chức qua điện thoại để nhận phiếu đăng ký và hướng dẫn bố trí gian hàng',
            ]),
            deadline,
            phone: contactPhone,
            email: rng.chance(0.6) ? `xttm.${info.province.slug.replace(/-/g, '')}@example.vn` : undefined,
          }
        : undefined;
    const summary = {
      'phien-cho-hang-viet': `Khoảng ${stalls} gian hàng hàng Việt, sản phẩm OCOP và đặc sản địa phương phục vụ người dân ${place.label}.`,
      'hoi-cho-nong-thon': `Đưa hàng Việt chất lượng, giá hợp lý về ${mountain ? 'vùng miền núi' : 'vùng nông thôn'} với khoảng ${stalls} gian hàng.`,
      'hoi-cho-thuong-mai': `Khoảng ${stalls} gian hàng của doanh nghiệp, hợp tác xã trong và ngoài tỉnh, kết hợp kết nối giao thương.`,
      'hoi-cho-khuyen-mai': `Chương trình khuyến mại hàng Việt với khoảng ${stalls} gian hàng, giảm giá từ 10% đến 50%.`,
    }[kind];
    const venueGeo = jitter(rng, place.lat, place.lng, 0.01);
    const frontmatter: YamlMap = {
      title,
      kind,
      start: `${startDay} ${startTime}`,
      end: `${endDay} ${endTime}`,
      venue: {
        name: venueName,
        address: { street: street(rng, place), commune: place.commune.code, province: info.province.code },
        geo: venueGeo,
      },
      organiser,
      status,
      statusNote,
      registration,
      businesses: uniqueTaking.map((b) => b.id),
      summary,
      sample: true,
    };
    const productWords = rng.sample(familiesFor(GROUP_TABLE.pick(rng), place.region).map((f) => f.base.toLowerCase()), 3);
    const body: string[] = [];
    if (statusNote) body.push(`**Thông báo của ban tổ chức:** ${statusNote}`);
    body.push(
      `${title} ${phase === 'past' ? 'đã diễn ra' : 'diễn ra'} từ ngày ${formatDate(startDay)} đến ngày ${formatDate(endDay)} tại ${venueName}, ${info.label}. ${organiser} là đơn vị tổ chức, phối hợp với Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” ${info.label} và chính quyền ${place.label}.`,
    );
    body.push(
      `${kind === 'phien-cho-hang-viet' ? 'Phiên chợ' : 'Hội chợ'} có khoảng ${stalls} gian hàng của doanh nghiệp, hợp tác xã và hộ kinh doanh, giới thiệu ${listWords(productWords)} cùng nhiều hàng tiêu dùng thiết yếu sản xuất trong nước. Nhiều sản phẩm đã được công nhận OCOP 3 sao, 4 sao.`,
    );
    if (rng.chance(0.7)) {
      body.push(
        `Trong thời gian diễn ra ${kind === 'phien-cho-hang-viet' ? 'phiên chợ' : 'hội chợ'}, các đơn vị tham gia thực hiện giảm giá từ 10% đến 30% cho nhiều mặt hàng và tặng quà cho hộ nghèo, gia đình chính sách tại địa phương. Ban tổ chức bố trí khu vực hướng dẫn người tiêu dùng nhận biết hàng thật, hàng giả.`,
      );
    }
    if (rng.chance(0.4)) {
      body.push(`Người dân có thể phản ánh hàng giả, hàng kém chất lượng qua Tổng đài tư vấn, hỗ trợ người tiêu dùng quốc gia 1800.6838 hoặc đường dây nóng của địa phương.`);
    }
    fairs.push({ id, title, place, start: startDay, status, phase, frontmatter, body });
  }
  return fairs;
}
