/** The browser tests build the web app the same way `npm start` does. */
export { DIST_DIR, distIsStale, ensureBuilt, WEB_DIR } from '../../../scripts/web-build.ts';
