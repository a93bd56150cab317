/**
 * The point finder's place files: for each province with a finder, its current communes and the
 * former ones now in them; for the whole country, the same split by the start of the name (a
 * query downloads one small file). Each current commune carries its centre inferred from the
 * site's own points and fair venues (lib/commune-centroid.ts), the point distances are measured from;
 * a commune with neither gets its former district's, said as such (unit-history.ts formerDistrictCentres).
 */
import { communeCentroids } from '../../lib/commune-centroid.ts';
import type { LatLng } from '../../lib/geo.ts';
import type { PlaceFile } from '../../lib/place-names.ts';
import { formerDistrictCentres, nationalPlaceFiles, placeCentre, placeFile, type AreaCentre } from '../../lib/unit-history.ts';
import { PLACE_DATA, placeBucketUrl, provincePlacesUrl } from '../../lib/urls.ts';
import type { SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { memoOnData } from '../reads.ts';
import { provincePoints } from './points.ts';

/**
 * The inferred centre of every commune with a point or a fair venue, and for the others, where
 * the communes of their former district have centres, that area's (worked out once per build).
 */
const centres = memoOnData((data: SiteData): ReadonlyMap<string, LatLng | AreaCentre> => {
  const own = communeCentroids([
    ...data.points.map((p) => ({ commune: p.data.address.commune, geo: p.data.geo })),
    ...data.fairs.map((f) => ({ commune: f.data.venue.address.commune, geo: f.data.venue.geo })),
  ]);
  return new Map<string, LatLng | AreaCentre>([...own, ...formerDistrictCentres(own)]);
});

/** A place file with the inferred centres of its communes filled in. */
const withCentres = (file: PlaceFile, at: ReadonlyMap<string, LatLng | AreaCentre>): PlaceFile => ({
  ...file,
  communes: Object.fromEntries(
    Object.entries(file.communes).map(([code, { area: _, ...c }]) => [code, { ...c, ...placeCentre(at.get(code)) }]),
  ),
});

/** The route parameter of a place file (its path under the folder, without `.json`). */
const param = (url: string) => url.slice(PLACE_DATA.length, -'.json'.length);

/** Every place file: one per province with a points list, one per bucket of the country's names. */
export function placeFiles(data: SiteData): PageOf<PlaceFile>[] {
  const at = centres(data);
  return [
    ...provincePoints(data).map(({ province }) => ({
      params: { file: param(provincePlacesUrl(province.slug)) },
      view: placeFile({ province: province.code, centres: at }),
    })),
    ...[...nationalPlaceFiles()].map(([bucket, file]) => ({
      params: { file: param(placeBucketUrl(bucket)) },
      view: withCentres(file, at),
    })),
  ];
}
