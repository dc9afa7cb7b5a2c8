import { jsonRecords, type RecordSet } from '@xiaowei/app';
import { AppError } from '../errors/app-error.ts';

/** The records of a request body: one record, or a batch under the entity plural. */
export interface RecordsBody {
  /** The records, their source the batch key ('' for one record: problems are then placed in the body itself). */
  readonly records: RecordSet;
  /** The batch key (`enterprises`), or undefined for one record. */
  readonly batchKey: string | undefined;
}

const BATCH_ONLY = {
  'zh-CN': '批量请求只能包含“{key}”，其他字段应放在每条记录中',
  ko: '일괄 요청에는 “{key}”만 있어야 합니다. 다른 필드는 각 레코드에 넣으십시오',
  en: 'a batch holds only "{key}"; other fields go inside each record',
} as const;

/**
 * Reads a body that is one record of the entity (fields at the top level) or a batch
 * `{ "<plural>": [records] }` (e.g. `{ "enterprises": [ … ] }`).
 */
export function recordsOf(body: unknown, plural: string): RecordsBody {
  const obj = body as Record<string, unknown>;
  if (obj !== null && typeof obj === 'object' && !Array.isArray(obj) && Object.hasOwn(obj, plural) && Array.isArray(obj[plural])) {
    const others = Object.keys(obj).filter((k) => k !== plural);
    if (others.length > 0) {
      throw AppError.validation(
        others.map((field) => ({
          path: `/${field}`,
          field,
          message: {
            'zh-CN': BATCH_ONLY['zh-CN'].replace('{key}', plural),
            ko: BATCH_ONLY.ko.replace('{key}', plural),
            en: BATCH_ONLY.en.replace('{key}', plural),
          },
        })),
      );
    }
    return { records: jsonRecords(plural, obj[plural] as unknown[]), batchKey: plural };
  }
  return { records: jsonRecords('', [body]), batchKey: undefined };
}
