/** Valid records the schema tests start from, changing one field at a time. */

/** A complete, valid sales point. */
export const point = {
  name: 'Điểm bán hàng Việt chợ Bến Thành',
  kind: 'tu-hao-hang-viet',
  operator: 'Ban quản lý chợ Bến Thành',
  address: { street: 'Lê Lợi', commune: '26743', province: '79' },
  geo: { lat: 10.7725, lng: 106.698 },
  lastVerified: '2026-10-01',
};
