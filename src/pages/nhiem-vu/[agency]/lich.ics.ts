/** One agency's dated tasks as a calendar. */
import type { APIRoute } from 'astro';
import { routes } from '../../../data/routes.ts';
import { icsResponse, type CalendarView } from '../../../data/views/calendar.ts';
import { agencyCalendars } from '../../../data/views/tasks.ts';

export const getStaticPaths = () => routes(agencyCalendars);

export const GET: APIRoute<{ view: CalendarView }> = ({ props }) => icsResponse(props.view);
