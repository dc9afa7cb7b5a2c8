/** The API's answers the offers pages read (generated from the service's OpenAPI document). */
import type { Answer } from '../../../api/schema.ts';

export type Offer = Answer<'/api/v1/offers/{id}', 'get'>;
export type ProgrammeList = Answer<'/api/v1/programmes', 'get'>;
export type Programme = ProgrammeList['items'][number];
export type Objection = Answer<'/api/v1/objections', 'get'>['items'][number];
export type Batch = Answer<'/api/v1/payment-batches/{id}', 'get'>;
export type TakeUp = Answer<'/api/v1/take-up', 'get'>;
export type Publicity = Answer<'/api/v1/publicity/{id}', 'get'>;
