/** The honours lookup's data file (see src/lib/honor-lookup.ts); small, so rendered at every build. */
import { single } from '../../data/routes.ts';
import { honorLookupFile } from '../../data/views/honors.ts';

export const GET = async () => Response.json(await single(honorLookupFile));
