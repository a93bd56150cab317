/**
 * What a marker shows, without the DOM or Leaflet: the letter inside each kind's pin. Kept apart
 * from model.ts so a map that draws pins needs none of the points-and-fairs rules.
 */

/**
 * The letter inside each kind's marker (and its legend swatch), so kinds differ by more than
 * colour. `fair` is a fair's marker, whatever the fair's own kind.
 */
export const MARKER_GLYPHS: Record<string, string> = {
  'tu-hao-hang-viet': 'T',
  'cua-hang-ocop': 'O',
  'clb-ban-hang-viet': 'C',
  fair: 'H',
};
