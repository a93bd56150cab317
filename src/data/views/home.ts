/** The home page. */
import { comingFairs } from '../../lib/fair-lists.ts';
import { HOME } from '../../lib/urls.ts';
import type { SiteData } from '../site-data.ts';
import { fairCard, newsCard, type FairCardView, type NewsCardView } from './cards.ts';
import { layout, type LayoutView } from './layout.ts';

/** Fairs and posts the home page shows. */
const HOME_ITEMS = 3;

export interface HomeView {
  layout: LayoutView;
  committee: string;
  area: string;
  /** Fairs on now or coming (badges refresh in the browser). */
  fairs: FairCardView[];
  news: NewsCardView[];
  activePoints: number;
  products: number;
}

export function homeView(data: SiteData): HomeView {
  const { site, fairs, news, points, products, now } = data;
  return {
    layout: layout(data, {
      path: HOME,
      title: 'Trang chủ',
      description: `Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” – ${site.area}: kế hoạch, điểm bán, hội chợ, sản phẩm OCOP và tin tức.`,
    }),
    committee: site.committee,
    area: site.area,
    fairs: comingFairs(fairs, now).slice(0, HOME_ITEMS).map((f) => fairCard(f, now)),
    news: news.slice(0, HOME_ITEMS).map((n) => newsCard(n, data)),
    activePoints: points.filter((p) => p.data.status === 'active').length,
    products: products.length,
  };
}
