/**
 * News posts, as Markdown: fair openings, OCOP recognitions, new sales points, committee meetings,
 * honours, consumer warnings and training, over the three years before `--today`, each with a
 * cover from a pool of drawn landscapes.
 */
import { formatDate } from '../../src/lib/dates.ts';
import { addDays, maxDate, minDate, randomDate, yearOf } from './calendar.ts';
import type { Context } from './context.ts';
import type { YamlMap } from './documents.ts';
import { coverSvg, PALETTES } from './drawings.ts';
import type { Fair } from './fairs.ts';
import { FAMILIES } from './families.ts';
import { IdMaker } from './ids.ts';
import type { ImageJob } from './images.ts';
import type { Point } from './points.ts';
import { cap, listWords } from './vocabulary.ts';

/** One post: its id (the file name) and what goes into the file. */
export interface NewsDoc {
  id: string;
  frontmatter: YamlMap;
  body: string[];
}

/** The posts and the covers to encode for them (paths relative to the output folder). */
export interface News {
  docs: NewsDoc[];
  coverJobs: ImageJob[];
}

/** 1,000 posts at scale 1 and 300 covers; each held fair and each new point is reported at most once. */
export function generateNews(ctx: Context, fairs: readonly Fair[], points: readonly Point[]): News {
  const docs: NewsDoc[] = [];
  const coverJobs: ImageJob[] = [];
  const { today, todayYear, provinceTable } = ctx;
  const rng = ctx.rngFor('news');
  const ids = new IdMaker();
  const nNews = ctx.count(1000);
  const coverPool = Math.max(1, Math.round(300 * ctx.scale));
  const covers: { file: string; alt: string }[] = [];
  for (let i = 1; i <= coverPool; i++) {
    const irng = ctx.rngFor(`image:cover:${i}`);
    const { svg, alt } = coverSvg(irng, irng.pick(PALETTES));
    const file = `n-${String(i).padStart(4, '0')}.jpg`;
    coverJobs.push({ file: `news/images/${file}`, svg });
    covers.push({ file, alt });
  }
  // Each held fair and each new point is reported at most once.
  const fairQueue = rng.shuffle(fairs.filter((f) => f.phase === 'past' || f.phase === 'ongoing'));
  const pointQueue = rng.shuffle(points.filter((p) => p.yearOpened >= todayYear - 2));
  const authors = ['Văn phòng Ban Chỉ đạo', 'Ban Tuyên giáo và Dân vận', 'Sở Công Thương', 'Phóng viên Hàng Việt', 'Cộng tác viên'];
  const from = addDays(today, -3 * 365);
  const usedTitles = new Set<string>();
  for (let i = 0; i < nNews; i++) {
    let title = '';
    let date = '';
    let summary = '';
    let tags: string[] = [];
    let body: string[] = [];
    for (let attempt = 0; attempt < 8 && (!title || usedTitles.has(title)); attempt++) {
      const type = rng.weighted(['fair', 'ocop', 'point', 'meeting', 'honour', 'consumer', 'training'] as const, [28, 18, 12, 14, 10, 10, 8]);
      const info = provinceTable.pick(rng);
      const Prov = cap(info.label);
      title = '';
      date = randomDate(rng, from, today);
      summary = '';
      tags = [];
      body = [];
      switch (type) {
        case 'fair': {
          const fair = fairQueue.pop();
          if (fair) {
            date = fair.start > today ? today : fair.start;
            title = `Khai mạc ${fair.title}`;
            summary = `${fair.title} khai mạc tại ${fair.place.label}, thu hút đông đảo người dân đến tham quan, mua sắm.`;
            body.push(
              `Ngày ${formatDate(date)}, ${fair.title} đã khai mạc tại ${fair.place.label}, ${fair.place.province.name}. Đây là hoạt động thiết thực hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.`,
              `Phát biểu tại lễ khai mạc, đại diện ban tổ chức cho biết phiên chợ nhằm đưa hàng Việt chất lượng, giá cả hợp lý đến gần hơn với người dân, đồng thời giúp doanh nghiệp, hợp tác xã địa phương quảng bá sản phẩm OCOP.`,
            );
          } else {
            title = `Tổ chức phiên chợ hàng Việt tại ${info.label}`;
            summary = `${Prov} tổ chức phiên chợ hàng Việt phục vụ người dân.`;
            body.push(`${Prov} tổ chức phiên chợ hàng Việt với sự tham gia của doanh nghiệp, hợp tác xã địa phương.`);
          }
          tags = ['Phiên chợ hàng Việt', 'Hội chợ'];
          break;
        }
        case 'ocop': {
          const n = rng.int(8, 60);
          const four = rng.int(1, Math.max(1, Math.floor(n / 3)));
          title = `${Prov} công nhận thêm ${n} sản phẩm OCOP`;
          summary = `Ủy ban nhân dân ${info.label} vừa công nhận ${n} sản phẩm đạt chuẩn OCOP, trong đó có ${four} sản phẩm 4 sao.`;
          const fams = rng.sample(FAMILIES.filter((f) => f.group !== 'du-lich-cong-dong'), 3).map((f) => f.base.toLowerCase());
          body.push(
            `Ủy ban nhân dân ${info.label} vừa ban hành quyết định công nhận ${n} sản phẩm đạt chuẩn OCOP đợt ${rng.int(1, 3)} năm ${yearOf(date)}, gồm ${n - four} sản phẩm 3 sao và ${four} sản phẩm 4 sao. Các sản phẩm tiêu biểu gồm ${listWords(fams)}.`,
            `Giấy chứng nhận OCOP có giá trị 36 tháng kể từ ngày quyết định. Hội đồng đánh giá, phân hạng cấp tỉnh đề nghị các chủ thể tiếp tục duy trì chất lượng, hoàn thiện bao bì, nhãn mác và truy xuất nguồn gốc.`,
          );
          if (rng.chance(0.5)) body.push(`Đến nay, toàn tỉnh có hơn ${rng.int(150, 900)} sản phẩm OCOP còn hiệu lực; nhiều sản phẩm đã có mặt tại các điểm bán hàng Việt và sàn thương mại điện tử.`);
          tags = ['OCOP'];
          break;
        }
        case 'point': {
          const point = pointQueue.pop() ?? rng.pick(points);
          const earliest = `${point.yearOpened}-01-01`;
          date = randomDate(rng, maxDate(earliest, from), minDate(`${point.yearOpened}-12-31`, today));
          title = `Ra mắt ${point.name}`;
          summary = `${point.name} tại ${point.place.label} chính thức đi vào hoạt động, trưng bày các sản phẩm OCOP và hàng Việt chất lượng.`;
          body.push(
            `${point.name} tại ${point.place.label}, ${point.place.province.name} vừa chính thức đi vào hoạt động. Điểm bán trưng bày hàng trăm mặt hàng sản xuất trong nước, trong đó có nhiều sản phẩm OCOP của địa phương.`,
            `Việc xây dựng điểm bán hàng Việt nằm trong kế hoạch thực hiện Cuộc vận động, nhằm tạo kênh phân phối ổn định cho doanh nghiệp, hợp tác xã và giúp người tiêu dùng dễ dàng tiếp cận hàng Việt có nguồn gốc rõ ràng.`,
          );
          tags = ['Điểm bán hàng Việt'];
          break;
        }
        case 'meeting': {
          const y = yearOf(date);
          const half = date.slice(5, 7) < '07';
          title = half ? `${Prov} tổng kết Cuộc vận động năm ${y - 1}` : `${Prov} sơ kết 6 tháng đầu năm ${y} thực hiện Cuộc vận động`;
          summary = `Ban Chỉ đạo Cuộc vận động ${info.label} đánh giá kết quả thực hiện và triển khai nhiệm vụ thời gian tới.`;
          body.push(
            `Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” ${info.label} tổ chức hội nghị ${half ? `tổng kết năm ${y - 1}` : `sơ kết 6 tháng đầu năm ${y}`}. Các thành viên Ban Chỉ đạo đã đánh giá kết quả tuyên truyền, phát triển điểm bán hàng Việt và tổ chức phiên chợ về nông thôn.`,
            `Trong kỳ, toàn tỉnh tổ chức ${rng.int(3, 25)} phiên chợ hàng Việt, phát triển thêm ${rng.int(2, 40)} điểm bán hàng Việt và hỗ trợ ${rng.int(10, 120)} chủ thể tham gia chương trình OCOP.`,
          );
          if (rng.chance(0.6)) body.push(`Hội nghị thống nhất nhiệm vụ trọng tâm: đẩy mạnh tuyên truyền trên nền tảng số, kiểm tra chất lượng hàng hóa tại các điểm bán và kịp thời biểu dương các tập thể, cá nhân tiêu biểu.`);
          tags = ['Hội nghị', 'Ban Chỉ đạo'];
          break;
        }
        case 'honour': {
          const y = yearOf(date);
          title = `${rng.int(5, 40)} doanh nghiệp ${info.province.shortName} đạt danh hiệu Hàng Việt Nam chất lượng cao năm ${y}`;
          summary = `Nhiều doanh nghiệp ${info.label} được người tiêu dùng bình chọn Hàng Việt Nam chất lượng cao năm ${y}.`;
          body.push(
            `Kết quả bình chọn Hàng Việt Nam chất lượng cao năm ${y} cho thấy nhiều doanh nghiệp của ${info.label} tiếp tục được người tiêu dùng tin tưởng. Các doanh nghiệp chủ yếu hoạt động trong lĩnh vực thực phẩm chế biến, đồ uống và hàng tiêu dùng.`,
            `Ban Chỉ đạo Cuộc vận động ${info.label} đề nghị các doanh nghiệp tiếp tục đổi mới công nghệ, nâng cao chất lượng sản phẩm và tham gia các phiên chợ đưa hàng Việt về nông thôn.`,
          );
          tags = ['Tôn vinh', 'Hàng Việt Nam chất lượng cao'];
          break;
        }
        case 'consumer': {
          title = rng.pick([
            `Cảnh báo hàng giả, hàng kém chất lượng dịp cuối năm tại ${info.label}`,
            `Người tiêu dùng ${info.province.shortName} ưu tiên chọn hàng Việt dịp Tết`,
            `Hướng dẫn người tiêu dùng ${info.province.shortName} phản ánh hàng giả, hàng nhái`,
          ]);
          summary = `Người tiêu dùng nên chọn mua hàng có nguồn gốc rõ ràng và phản ánh hàng giả qua đường dây nóng.`;
          body.push(
            `Dịp cao điểm mua sắm, lực lượng quản lý thị trường ${info.label} tăng cường kiểm tra, phát hiện nhiều trường hợp kinh doanh hàng không rõ nguồn gốc, hàng giả nhãn hiệu.`,
            `Người tiêu dùng được khuyến cáo kiểm tra tem, nhãn, hạn sử dụng và mã truy xuất nguồn gốc; khi phát hiện hàng giả, hàng kém chất lượng có thể phản ánh qua Tổng đài tư vấn, hỗ trợ người tiêu dùng quốc gia 1800.6838.`,
          );
          tags = ['Người tiêu dùng', 'Hàng giả'];
          break;
        }
        default: {
          title = `Tập huấn kỹ năng bán hàng trực tuyến cho hợp tác xã ${info.label}`;
          summary = `Các hợp tác xã, hộ kinh doanh được hướng dẫn quảng bá sản phẩm OCOP trên sàn thương mại điện tử.`;
          body.push(
            `Sở Công Thương ${info.label} phối hợp với Liên minh Hợp tác xã tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho ${rng.int(40, 150)} học viên là cán bộ hợp tác xã, chủ hộ kinh doanh.`,
            `Học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả, livestream bán hàng và đưa sản phẩm OCOP lên các sàn thương mại điện tử.`,
          );
          tags = ['Tập huấn', 'OCOP'];
        }
      }
    }
    usedTitles.add(title);
    if (rng.chance(0.5)) {
      body.push(
        `Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” được triển khai từ năm 2009. Các cấp, các ngành tiếp tục tuyên truyền để người dân hiểu, tin dùng hàng Việt và doanh nghiệp nâng cao chất lượng sản phẩm.`,
      );
    }
    const cover = covers[i % covers.length]!;
    const id = ids.make(title, 70);
    const updated = rng.chance(0.1) ? randomDate(rng, date, minDate(addDays(date, 20), today)) : undefined;
    docs.push({
      id,
      frontmatter: {
        title,
        date,
        updated: updated && updated !== date ? updated : undefined,
        summary,
        cover: { src: `./images/${cover.file}`, alt: cover.alt },
        author: rng.chance(0.8) ? rng.pick(authors) : undefined,
        tags,
        sample: true,
      },
      body: body.slice(0, 4),
    });
  }
  return { docs, coverJobs };
}
