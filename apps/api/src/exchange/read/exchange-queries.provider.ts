import { ExchangeQueries } from '@office/read-models';
import { DataSource } from 'typeorm';

/** Nest's token of the exchange's read model queries (a plain class of @office/read-models). */
export const EXCHANGE_QUERIES = Symbol('EXCHANGE_QUERIES');

export const exchangeQueriesProvider = { provide: EXCHANGE_QUERIES, inject: [DataSource], useFactory: (dataSource: DataSource) => new ExchangeQueries(dataSource) };
