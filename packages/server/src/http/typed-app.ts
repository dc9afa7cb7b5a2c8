import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, FastifyTypeProvider, RawServerDefault } from 'fastify';
import type { Static, TSchema } from 'typebox';

/**
 * The TypeBox type provider for what a route receives: `request.query`, `request.params` and `request.body`
 * have the static type of their schemas. Replies are not typed from the response schemas: handlers return
 * amounts as `Yuan` (http/json.ts), which the serializer writes as the numbers the schemas declare.
 * (@fastify/type-provider-typebox types replies too; it is this provider with `serializer` typed.)
 */
export interface RequestTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
  serializer: unknown;
}

/** The Fastify instance a route plugin receives: its routes' requests are typed from their schemas, so no route casts them. */
export type TypedApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, RequestTypeProvider>;
