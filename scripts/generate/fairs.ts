/**
 * Fairs and market days, as Markdown posts: past, ongoing, upcoming, postponed and cancelled in
 * fixed shares around `--today`, each with a venue, an organiser, registration details and a
 * few paragraphs of report. About a third of the market days ("phiên chợ") are recurring (weekly
 * at the weekend or monthly on the n-th weekday, with Tết breaks), one-off fairs of several days
 * mostly announce daily hours, and every second postponed fair has new dates.
 */
import { daysBetween, formatDate } from '../../src/lib/dates.ts';
import { fairPhase, type FairStatus } from '../../src/lib/fairs.ts';
import { describeRecurrence, lastOccurrence, occurrences, patternMatches, WEEKDAY_NAMES, weekdayOf, type Recurrence, type Weekday } from '../../src/lib/recurrence.ts';
import type { Business } from './businesses.ts';
import { addDays, maxDate, minDate, randomDate, yearOf } from './calendar.ts';
import type { Context } from './context.ts';
import type { YamlMap } from './documents.ts';
import { familiesFor, GROUP_TABLE } from './families.ts';
import { jitter, type Place } from './geography.ts';
import { IdMaker } from './ids.ts';
import { groupBy } from './lists.ts';
import { quotas, type Rng } from './random.ts';
import { landline, listWords, mobile, street, STREETS } from './vocabulary.ts';

/** A generated fair: the frontmatter and paragraphs of `fairs/<id>.md`, and what the news draws on. */
export interface Fair {
  id: string;
  title: string;
  place: Place;
  /** First day (of the first session, for a market day; the planned one, for a postponed fair), `YYYY-MM-DD`. */
  start: string;
  /** As written: scheduled, postponed or cancelled. */
  status: string;
  /** Where it stands at noon on `today` (`fairPhase`): past, ongoing, upcoming, postponed or cancelled. */
  phase: string;
  frontmatter: YamlMap;
  body: string[];
}

type Phase = 'past' | 'ongoing' | 'upcoming' | 'postponed' | 'cancelled';
type MonthWeek = NonNullable<Recurrence['week']>;

/** First day of Tết Nguyên đán (Vietnam), for the market days' breaks. */
const TET: Record<number, string> = {
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

/** Session times of a market day; only the midday ones are on at noon. */
const MORNING = [['06:00', '11:00'], ['06:30', '11:30'], ['07:00', '11:00']] as const;
const MIDDAY = [['07:00', '13:00'], ['08:00', '16:00'], ['09:00', '15:00']] as const;
const EVENING = [['15:00', '21:00'], ['16:00', '22:00'], ['17:00', '22:00']] as const;

/** The first date on or after `from` that the rule's pattern falls on. */
function firstMatch(rule: Recurrence, from: string): string {
  let date = from;
  while (!patternMatches(date, rule)) date = addDays(date, 1);
  return date;
}

/** A monthly rule falling on `date`: its weekday, in its week of the month (the last one as -1 now and then). */
function monthlyOn(rng: Rng, date: string): Recurrence {
  const week = Math.ceil(Number(date.slice(8, 10)) / 7);
  const last = addDays(date, 7).slice(5, 7) !== date.slice(5, 7);
  return { every: 'month', days: [weekdayOf(date)], week: week === 5 || (last && rng.chance(0.5)) ? -1 : (week as MonthWeek) };
}

/** A rule for a market day: weekly at the weekend, or monthly on the n-th Saturday or Sunday. */
function marketRule(rng: Rng): Recurrence {
  if (rng.chance(0.6)) return { every: 'week', days: rng.weighted<Weekday[]>([['t7', 'cn'], ['cn']], [3, 2]) };
  const week = rng.pick<MonthWeek>([1, 1, 2, 3, 4, -1]);
  return { every: 'month', days: [rng.weighted<Weekday>(['cn', 't7'], [3, 2])], week };
}

/** `16:00` → "16 giờ", `06:30` → "6 giờ 30". */
function hourWords(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h)} giờ${m === '00' ? '' : ` ${m}`}`;
}

/** A sum of money as Vietnamese write it: 3.000.000. */
const money = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** `YYYY-MM-DD` + `HH:MM` → the ISO instant the schema reads. */
const instant = (date: string, time: string): string => `${date}T${time}:00+07:00`;

/**
 * 600 fairs at scale 1, planned as 55% past, 5% ongoing, 30% upcoming, 5% postponed and 5%
 * cancelled at noon on `today`. Every second postponed fair has new dates (later, in the future),
 * so it counts as upcoming. A recurring market day planned as ongoing has a session on at that
 * noon; one planned as upcoming may have met before and is between sessions; one planned as past
 * has its last session before `today`. Every fair's phase is checked with `fairPhase`.
 */
export function generateFairs(ctx: Context, businesses: readonly Business[]): Fair[] {
  const fairs: Fair[] = [];
  const { today, provinceTable } = ctx;
  const rng = ctx.rngFor('fairs');
  const ids = new IdMaker();
  const titles = new Map<string, number>();
  const nFairs = ctx.count(600);
  const phases = rng.shuffle(
    [...quotas(nFairs, [['past', 0.55], ['ongoing', 0.05], ['upcoming', 0.3], ['postponed', 0.05], ['cancelled', 0.05]] as const)].flatMap(([k, n]) =>
      Array.from({ length: n }, (): Phase => k),
    ),
  );
  const businessesByProvince = groupBy(businesses, (b) => b.place.province.code);
  const postponeNotes = [
    'Tạm hoãn do ảnh hưởng của mưa bão; thời gian tổ chức mới sẽ được thông báo sau.',
    'Tạm hoãn để tránh trùng lịch với các hoạt động lớn của địa phương; ban tổ chức sẽ thông báo lịch mới.',
    'Tạm hoãn theo đề nghị của địa phương do ngập lụt tại khu vực tổ chức.',
  ];
  const rescheduleNotes = [
    'Tạm hoãn do ảnh hưởng của mưa bão; ban tổ chức đã thông báo thời gian tổ chức mới.',
    'Tạm hoãn để tránh trùng lịch với các hoạt động lớn của địa phương; hội chợ dời sang thời gian mới.',
    'Tạm hoãn theo đề nghị của địa phương do ngập lụt tại khu vực tổ chức; lịch mới đã được công bố.',
  ];
  const cancelNotes = [
    'Hủy do không đủ số gian hàng đăng ký tham gia.',
    'Hủy theo thông báo của ban tổ chức do điều chỉnh kế hoạch xúc tiến thương mại trong năm.',
    'Hủy do địa điểm tổ chức không bảo đảm an toàn sau mưa lũ.',
  ];
  let postponedSeen = 0;
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
    const market = kind === 'phien-cho-hang-viet';
    // About a third of market days recur, most of them still running; a postponed market day would
    // need its whole rule moved, so postponed fairs are one-off.
    const recurring = market && rng.chance({ past: 0.2, ongoing: 0.7, upcoming: 0.6, postponed: 0, cancelled: 0.25 }[phase]);
    const status: FairStatus = phase === 'postponed' || phase === 'cancelled' ? phase : 'scheduled';
    const rescheduling = phase === 'postponed' && postponedSeen++ % 2 === 1;

    // When: a one-off span (start … end), or a rule with its first session.
    let startDay: string;
    let endDay: string;
    let startTime: string;
    let endTime: string;
    let repeat: Recurrence | undefined;
    let dailyHours: string | undefined;
    let rescheduled: { startDay: string; endDay: string } | undefined;
    if (recurring) {
      if (phase === 'ongoing') {
        const wd = weekdayOf(today);
        repeat =
          (wd === 't7' || wd === 'cn') && rng.chance(0.7)
            ? { every: 'week', days: wd === 'cn' && rng.chance(0.5) ? ['cn'] : ['t7', 'cn'] }
            : monthlyOn(rng, today);
      } else repeat = marketRule(rng);
      // The first session: long ago for a market that has ended; before `today` for one that meets
      // today; ahead or already running for an upcoming one (then between sessions).
      const from =
        phase === 'past'
          ? randomDate(rng, addDays(today, -900), addDays(today, -200))
          : phase === 'cancelled'
            ? randomDate(rng, addDays(today, -200), addDays(today, 120))
            : phase === 'upcoming' && rng.chance(0.5)
              ? randomDate(rng, addDays(today, 1), addDays(today, 200))
              : randomDate(rng, addDays(today, -540), addDays(today, -35));
      startDay = firstMatch(repeat, from);
      let until: string | undefined;
      if (phase === 'past') until = randomDate(rng, addDays(startDay, 60), addDays(today, -3));
      else if (rng.chance(0.8)) {
        const earliest = maxDate(addDays(startDay, 90), addDays(today, 30));
        const latest = addDays(today, 4 * 365);
        until = rng.chance(0.5) ? `${rng.int(yearOf(earliest), yearOf(latest))}-12-31` : randomDate(rng, earliest, latest);
      }
      if (until) repeat.until = until;
      // Tết breaks the organiser has announced (28 Tết to mùng 5): within the rule, at most two years ahead.
      if (rng.chance(0.6)) {
        const horizon = minDate(until ?? '9999-12-31', addDays(today, 730));
        const except = Object.values(TET)
          .filter((tet) => addDays(tet, 4) >= startDay && tet <= horizon)
          .flatMap((tet) => occurrences(startDay, repeat!, addDays(tet, -2), 8).filter((d) => d <= addDays(tet, 4) && d <= horizon));
        // An ongoing market meets today.
        repeat.except = except.filter((d) => phase !== 'ongoing' || d !== today);
      }
      const meetsToday = phase !== 'past' && occurrences(startDay, repeat, today, 1)[0] === today;
      [startTime, endTime] = rng.pick(phase === 'ongoing' ? MIDDAY : meetsToday ? [...MORNING, ...EVENING] : [...MORNING, ...MIDDAY, ...EVENING]);
      endDay = startDay;
    } else {
      const days = { 'phien-cho-hang-viet': rng.int(2, 3), 'hoi-cho-nong-thon': rng.int(3, 5), 'hoi-cho-thuong-mai': rng.int(5, 7), 'hoi-cho-khuyen-mai': rng.int(5, 10) }[kind];
      if (phase === 'past') startDay = randomDate(rng, addDays(today, -730), addDays(today, -days - 2));
      else if (phase === 'ongoing') {
        const len = Math.max(days, 3);
        startDay = addDays(today, -rng.int(1, len - 2));
      } else if (phase === 'upcoming') startDay = randomDate(rng, addDays(today, 2), addDays(today, 240));
      else if (phase === 'postponed') startDay = randomDate(rng, addDays(today, -30), addDays(today, 120));
      else startDay = randomDate(rng, addDays(today, -200), addDays(today, 120));
      const span = phase === 'ongoing' ? Math.max(days, daysBetween(startDay, today) + 2) : days;
      endDay = addDays(startDay, span - 1);
      startTime = rng.pick(['07:30', '08:00', '08:00', '15:00']);
      endTime = rng.pick(['21:00', '22:00', '21:30']);
      if (rng.chance(0.8)) dailyHours = `${rng.pick(['07:30', '08:00', '08:00'])}-${endTime}`;
      if (rescheduling) {
        const newStart = randomDate(rng, maxDate(addDays(endDay, 14), addDays(today, 14)), maxDate(addDays(endDay, 120), addDays(today, 120)));
        rescheduled = { startDay: newStart, endDay: addDays(newStart, span - 1) };
      }
    }
    const year = yearOf(startDay);
    const mountain = place.region === 'mien-nui-bac' || place.region === 'tay-nguyen';
    const ruleName = repeat
      ? repeat.every === 'week'
        ? repeat.days.length > 1
          ? 'cuối tuần'
          : 'Chủ nhật'
        : `${WEEKDAY_NAMES[repeat.days[0]!]} ${{ 1: 'đầu tháng', 2: 'tuần thứ hai', 3: 'tuần thứ ba', 4: 'tuần thứ tư', [-1]: 'cuối tháng' }[repeat.week!]}`
      : '';
    let title = {
      'phien-cho-hang-viet': repeat
        ? rng.pick([`Phiên chợ hàng Việt ${ruleName} ${place.label}`, `Phiên chợ hàng Việt ${ruleName} ${place.label}, ${info.label}`])
        : rng.pick([`Phiên chợ hàng Việt về ${place.label} năm ${year}`, `Phiên chợ hàng Việt ${place.label}, ${info.label} năm ${year}`]),
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
      market
        ? [`Sở Công Thương ${info.label}`, `Ủy ban nhân dân ${place.label}`, `Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” ${info.label}`]
        : [`Sở Công Thương ${info.label}`, `Trung tâm Khuyến công và Xúc tiến thương mại ${info.label}`, `Liên minh Hợp tác xã ${info.label}`],
    );
    const statusNote = phase === 'postponed' ? rng.pick(rescheduled ? rescheduleNotes : postponeNotes) : phase === 'cancelled' ? rng.pick(cancelNotes) : undefined;
    const local = businessesByProvince.get(info.province.code) ?? [];
    const taking = rng.chance(0.7) ? rng.sample(kind === 'hoi-cho-thuong-mai' ? [...local, ...rng.sample(businesses, 10)] : local, rng.int(1, 15)) : [];
    const uniqueTaking = [...new Map(taking.map((b) => [b.id, b])).values()];
    const stalls = { 'phien-cho-hang-viet': rng.int(30, 80), 'hoi-cho-nong-thon': rng.int(40, 120), 'hoi-cho-thuong-mai': rng.int(150, 400), 'hoi-cho-khuyen-mai': rng.int(80, 250) }[kind];
    const keptStart = rescheduled?.startDay ?? startDay;
    // A market day that has already met takes registrations as it goes: no deadline.
    const deadline = repeat && startDay <= today ? undefined : addDays(keptStart, -rng.int(7, 30));
    const contactPhone = rng.chance(0.5) ? landline(rng, info.province) : mobile(rng);
    const fee = rng.chance(0.7)
      ? {
          'phien-cho-hang-viet': rng.pick([
            'Miễn phí gian hàng',
            'Miễn phí gian hàng; đơn vị tham gia tự trang trí và bảo đảm vệ sinh gian hàng',
            `${money(rng.int(2, 8) * 100_000)} đồng/gian${repeat ? '/phiên' : ''}`,
          ]),
          'hoi-cho-nong-thon': `Miễn phí cho hợp tác xã và sản phẩm OCOP của địa phương; đơn vị khác ${money(rng.int(5, 15) * 100_000)} đồng/gian`,
          'hoi-cho-thuong-mai': `${money(rng.int(3, 8) * 1_000_000)} đồng/gian tiêu chuẩn 3 m × 3 m`,
          'hoi-cho-khuyen-mai': `${money(rng.int(2, 6) * 1_000_000)} đồng/gian 3 m × 3 m`,
        }[kind]
      : undefined;
    const provinceHost = info.province.slug.replace(/-/g, '');
    const registration =
      rng.chance(0.8) || phase === 'upcoming'
        ? {
            who:
              kind === 'hoi-cho-thuong-mai'
                ? 'Doanh nghiệp, hợp tác xã, hộ kinh doanh trong và ngoài tỉnh có sản phẩm sản xuất tại Việt Nam'
                : 'Doanh nghiệp, hợp tác xã, hộ kinh doanh có sản phẩm sản xuất trong nước, ưu tiên sản phẩm OCOP và sản phẩm của địa phương',
            how: rng.pick([
              `Gửi phiếu đăng ký gian hàng về ${organiser} qua thư điện tử hoặc nộp trực tiếp${deadline ? ' trước hạn đăng ký' : ''}`,
              'Đăng ký theo mẫu phiếu kèm theo thông báo; ban tổ chức xét duyệt và bố trí gian hàng theo thứ tự đăng ký',
              'Liên hệ ban tổ chức qua điện thoại để nhận phiếu đăng ký và hướng dẫn bố trí gian hàng',
            ]),
            form: rng.chance(0.35) ? `https://xttm.${provinceHost}.example.vn/dang-ky/${id}` : undefined,
            deadline,
            booths: stalls,
            fee,
            phone: contactPhone,
            email: rng.chance(0.6) ? `xttm.${provinceHost}@example.vn` : undefined,
          }
        : undefined;
    // The day the organiser last changed the notice: the postponement or cancellation, else now and then.
    const updated = status !== 'scheduled' || rng.chance(0.3) ? minDate(today, addDays(startDay, -rng.int(1, 20))) : undefined;
    // "thứ Bảy và Chủ nhật hằng tuần", as a sentence writes it.
    const when = repeat ? describeRecurrence(repeat).replace(/Thứ/g, 'thứ') : '';
    const summary = {
      'phien-cho-hang-viet': repeat
        ? `Phiên chợ họp ${when} với khoảng ${stalls} gian hàng hàng Việt, sản phẩm OCOP và đặc sản địa phương phục vụ người dân ${place.label}.`
        : `Khoảng ${stalls} gian hàng hàng Việt, sản phẩm OCOP và đặc sản địa phương phục vụ người dân ${place.label}.`,
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
      repeat: repeat && {
        every: repeat.every,
        days: [...repeat.days],
        week: repeat.week,
        until: repeat.until,
        except: repeat.except?.length ? [...repeat.except] : undefined,
      },
      dailyHours,
      venue: {
        name: venueName,
        address: { street: street(rng, place), commune: place.commune.code, province: info.province.code },
        geo: venueGeo,
      },
      organiser,
      status,
      statusNote,
      rescheduled: rescheduled && { start: `${rescheduled.startDay} ${startTime}`, end: `${rescheduled.endDay} ${endTime}` },
      registration,
      businesses: uniqueTaking.map((b) => b.id),
      summary,
      updated,
      sample: true,
    };

    const timing = {
      start: instant(startDay, startTime),
      end: instant(endDay, endTime),
      status,
      repeat,
      rescheduled: rescheduled && { start: instant(rescheduled.startDay, startTime), end: instant(rescheduled.endDay, endTime) },
    };
    const actual = fairPhase(timing, ctx.verifyAt);
    if (actual !== (rescheduled ? 'upcoming' : phase)) throw new Error(`fair ${id}: planned ${phase}, but fairPhase says ${actual}`);

    const productWords = rng.sample(familiesFor(GROUP_TABLE.pick(rng), place.region).map((f) => f.base.toLowerCase()), 3);
    const body: string[] = [];
    if (statusNote) body.push(`**Thông báo của ban tổ chức:** ${statusNote}`);
    const partners = organiser.startsWith('Ban Chỉ đạo')
      ? `${organiser} là đơn vị tổ chức, phối hợp với chính quyền ${place.label}.`
      : `${organiser} là đơn vị tổ chức, phối hợp với Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” ${info.label} và chính quyền ${place.label}.`;
    if (repeat) {
      const hours = `từ ${hourWords(startTime)} đến ${hourWords(endTime)}`;
      const last = repeat.until ? lastOccurrence(startDay, repeat) : undefined;
      const span =
        phase === 'past'
          ? `Phiên đầu tiên họp ngày ${formatDate(startDay)}, phiên cuối cùng ngày ${formatDate(last!)}; lịch họp chợ nay đã kết thúc.`
          : phase === 'cancelled'
            ? `Phiên chợ dự kiến họp từ ngày ${formatDate(startDay)}${repeat.until ? ` đến hết ngày ${formatDate(repeat.until)}` : ''}.`
            : `Phiên đầu tiên ${startDay <= today ? 'đã họp' : 'họp'} ngày ${formatDate(startDay)}; ${repeat.until ? `lịch họp chợ kéo dài đến hết ngày ${formatDate(repeat.until)}` : 'phiên chợ duy trì đến khi có thông báo mới'}.`;
      body.push(`${title} ${phase === 'cancelled' ? 'dự kiến họp' : phase === 'past' ? 'đã họp' : 'họp'} vào ${when}, ${hours}, tại ${venueName}, ${info.label}. ${span} ${partners}`);
      if (repeat.except?.length) body.push(`Phiên chợ nghỉ dịp Tết Nguyên đán vào ${repeat.except.length > 1 ? 'các ngày' : 'ngày'} ${listWords(repeat.except.map(formatDate))}.`);
    } else {
      const dates = `từ ngày ${formatDate(startDay)} đến ngày ${formatDate(endDay)}`;
      const verb = phase === 'past' ? 'đã diễn ra' : phase === 'ongoing' || phase === 'upcoming' ? 'diễn ra' : 'dự kiến diễn ra';
      const moved = rescheduled ? ` Thời gian tổ chức mới: từ ngày ${formatDate(rescheduled.startDay)} đến ngày ${formatDate(rescheduled.endDay)}.` : '';
      body.push(`${title} ${verb} ${dates} tại ${venueName}, ${info.label}.${moved} ${partners}`);
      if (dailyHours) body.push(`${market ? 'Phiên chợ' : 'Hội chợ'} mở cửa hằng ngày từ ${hourWords(dailyHours.slice(0, 5))} đến ${hourWords(endTime)}.`);
    }
    body.push(
      `${market ? 'Phiên chợ' : 'Hội chợ'} có khoảng ${stalls} gian hàng của doanh nghiệp, hợp tác xã và hộ kinh doanh, giới thiệu ${listWords(productWords)} cùng nhiều hàng tiêu dùng thiết yếu sản xuất trong nước. Nhiều sản phẩm đã được công nhận OCOP 3 sao, 4 sao.`,
    );
    if (rng.chance(0.7)) {
      body.push(
        `Trong thời gian diễn ra ${market ? 'phiên chợ' : 'hội chợ'}, các đơn vị tham gia thực hiện giảm giá từ 10% đến 30% cho nhiều mặt hàng và tặng quà cho hộ nghèo, gia đình chính sách tại địa phương. Ban tổ chức bố trí khu vực hướng dẫn người tiêu dùng nhận biết hàng thật, hàng giả.`,
      );
    }
    if (rng.chance(0.4)) {
      body.push(`Người dân có thể phản ánh hàng giả, hàng kém chất lượng qua Tổng đài tư vấn, hỗ trợ người tiêu dùng quốc gia 1800.6838 hoặc đường dây nóng của địa phương.`);
    }
    fairs.push({ id, title, place, start: startDay, status, phase: actual, frontmatter, body });
  }
  return fairs;
}
