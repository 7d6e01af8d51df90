/**
 * Stands in for Starlight's SidebarPersistState script (see astro.config.ts): it saves the
 * sidebar's scroll and open groups for Starlight's sidebar, which our lean Sidebar replaces. Kept
 * as it was, it would load on every page and do nothing.
 */
export {};
