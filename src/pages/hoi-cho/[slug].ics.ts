/** One fair as a calendar file. */
import type { APIRoute } from 'astro';
import { routes } from '../../data/routes.ts';
import { icsResponse, type CalendarView } from '../../data/views/calendar.ts';
import { fairCalendars } from '../../data/views/fair-calendars.ts';

export const getStaticPaths = () => routes(fairCalendars);

export const GET: APIRoute<{ view: CalendarView }> = ({ props }) => icsResponse(props.view);
