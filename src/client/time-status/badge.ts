/**
 * Shared by the status refresh scripts in this folder. Each recomputes one kind of
 * time-dependent status in the browser with the same rule the build used, so a static page never
 * shows an expired certificate as valid or a past fair as upcoming. Each component loads only its
 * own script, so a page ships only the rules it shows.
 */

/** Give a badge the class and the words of a new status. */
export function setBadge(badge: Element, kind: string, label: string): void {
  badge.className = badge.className.replace(/app-badge--[a-z]+/, `app-badge--${kind}`);
  badge.textContent = label;
}
