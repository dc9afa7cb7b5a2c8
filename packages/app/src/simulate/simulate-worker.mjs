// Worker entry: registers tsx itself (workers start with execArgv: []), then imports the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./simulate-worker-main.ts');
