/** Every plan's reporting deadlines and dated assignments, as a calendar a phone can subscribe to. */
import type { APIRoute } from 'astro';
import { single } from '../../data/routes.ts';
import { icsResponse } from '../../data/views/calendar.ts';
import { tasksCalendar } from '../../data/views/tasks.ts';

export const GET: APIRoute = async () => icsResponse(await single(tasksCalendar));
