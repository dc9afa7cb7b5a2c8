/**
 * Writes N lines through the service's stdout log (http/log-destination.ts) and exits: the request-log
 * test reads them back. Lines hold multi-byte text, so a byte count kept as a character count would show.
 */
import { serviceLog } from '../src/http/log-destination.ts';

const n = Number(process.argv[2] ?? 1000);
const { logger } = serviceLog('info');
for (let i = 0; i < n; i++) {
  logger.info({ i, name: '青岛小微企业（测试）유한회사' }, 'line');
  // Let the asynchronous writes run now and then, as requests do.
  if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
}
