// Worker entry: registers tsx itself (the pool starts workers with execArgv: []), then imports the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
