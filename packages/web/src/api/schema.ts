/**
 * Names for the generated API types (`generated/openapi.ts`, from the service's OpenAPI document): a shared
 * schema by its name, the query a route takes, and the JSON a route answers with. The web's own view-models stay hand-written beside them.
 */
import type { components, paths } from './generated/openapi.ts';

/** A shared schema of the service (`components.schemas`), e.g. `Schema<'RegistryEnterprise'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Responses<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? R : never;

/** The JSON body of a route's success answer (200, else 201), e.g. `Answer<'/api/v1/statistics/summary', 'get'>`. */
export type Answer<P extends keyof paths, M extends keyof paths[P]> =
  Responses<P, M> extends {
    200: { content: { 'application/json': infer T } };
  }
    ? T
    : Responses<P, M> extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never;

/** The query parameters a route takes (all optional where the route's are), e.g. `Query<'/api/v1/measures', 'get'>`. */
export type Query<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;
