/**
 * The migrations, in order. One list for every dialect: each migration receives the dialect for the
 * few column types that differ. Never edit a released migration; add the next one.
 */
import type { Kysely, Migration } from 'kysely';
import type { SqlDialect } from '../config.ts';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-regions.ts';
import * as m0003 from './0003-entitlement-components.ts';
import * as m0004 from './0004-budget-units-banks.ts';
import * as m0005 from './0005-tenders.ts';
import * as m0006 from './0006-lending.ts';
import * as m0007 from './0007-set-aside-reports.ts';
import * as m0008 from './0008-append-only-hardening.ts';
import * as m0009 from './0009-frozen-projects.ts';
import * as m0010 from './0010-running-imports.ts';
import * as m0011 from './0011-case-insensitive-keys.ts';
import * as m0012 from './0012-fractional-employees.ts';
import * as m0013 from './0013-enterprise-accounts.ts';
import * as m0014 from './0014-scenarios.ts';
import * as m0015 from './0015-department-role.ts';
import * as m0016 from './0016-job-queue.ts';
import * as m0017 from './0017-notifications.ts';
import * as m0018 from './0018-feeds.ts';
import * as m0019 from './0019-offers.ts';
import * as m0020 from './0020-applications.ts';
import * as m0021 from './0021-bulletins.ts';
import * as m0022 from './0022-notification-preferences.ts';

type Up = (db: Kysely<unknown>, dialect: SqlDialect) => Promise<void>;

const MIGRATIONS: readonly (readonly [string, Up])[] = [
  ['0001-initial', m0001.up],
  ['0002-regions', m0002.up],
  ['0003-entitlement-components', m0003.up],
  ['0004-budget-units-banks', m0004.up],
  ['0005-tenders', m0005.up],
  ['0006-lending', m0006.up],
  ['0007-set-aside-reports', m0007.up],
  ['0008-append-only-hardening', m0008.up],
  ['0009-frozen-projects', m0009.up],
  ['0010-running-imports', m0010.up],
  ['0011-case-insensitive-keys', m0011.up],
  ['0012-fractional-employees', m0012.up],
  ['0013-enterprise-accounts', m0013.up],
  ['0014-scenarios', m0014.up],
  ['0015-department-role', m0015.up],
  ['0016-job-queue', m0016.up],
  ['0017-notifications', m0017.up],
  ['0018-feeds', m0018.up],
  ['0019-offers', m0019.up],
  ['0020-applications', m0020.up],
  ['0021-bulletins', m0021.up],
  ['0022-notification-preferences', m0022.up],
];

/** The names of the migrations, in the order they run. */
export const MIGRATION_NAMES: readonly string[] = MIGRATIONS.map(([name]) => name);

/** The migrations for Kysely's `Migrator`, bound to `dialect`. */
export function migrationsFor(dialect: SqlDialect): Record<string, Migration> {
  return Object.fromEntries(MIGRATIONS.map(([name, up]) => [name, { up: (db: Kysely<unknown>) => up(db, dialect) }]));
}
