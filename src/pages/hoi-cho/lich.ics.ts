/** Every fair as one calendar a phone can subscribe to. */
import type { APIRoute } from 'astro';
import { single } from '../../data/routes.ts';
import { icsResponse } from '../../data/views/calendar.ts';
import { fairsCalendar } from '../../data/views/fair-calendars.ts';

export const GET: APIRoute = async () => icsResponse(await single(fairsCalendar));
