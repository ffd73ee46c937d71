import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded PostgreSQL on port 3000 with ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.eventStoreConnectionString).toBeUndefined();
    expect(config.seedDemoOrganisation).toBe(true);
  });

  it('reports every problem at once, naming the variable and the rule, without leaking passwords', () => {
    const attempt = () => loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://u:secret@h/db', EVENTSTORE_CONNECTION_STRING: 'http://x', JWT_SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems[0]).toContain('PORT must be an integer from 1 to 65535 (got "70000")');
      expect(problems[1]).toContain('DATABASE_URL must start with postgres://');
      expect(problems[1]).not.toContain('secret');
      expect(problems[2]).toContain('EVENTSTORE_CONNECTION_STRING');
      expect(problems[3]).toContain('JWT_SECRET must be at least 32 characters');
    }
  });

  it('requires a shared JWT secret with an external database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@h/db' })).toThrow(/JWT_SECRET is required/);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h/db', JWT_SECRET: 'x'.repeat(32) }).databaseUrl).toBe('postgres://u:p@h/db');
  });

  it('seeds the demo organisation (password "demo") only on the embedded default unless asked for', () => {
    const external = { DATABASE_URL: 'postgres://u:p@h/db', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(external).seedDemoOrganisation).toBe(false);
    expect(loadConfig({ ...external, SEED_DEMO_ORGANISATION: 'true' }).seedDemoOrganisation).toBe(true);
  });

  it('hashes passwords with scrypt N=2^17 unless PASSWORD_HASH_COST says otherwise (from 10 to 20)', () => {
    expect(loadConfig({}).passwordCost).toBe(17);
    expect(loadConfig({ PASSWORD_HASH_COST: '10' }).passwordCost).toBe(10);
    expect(() => loadConfig({ PASSWORD_HASH_COST: '4' })).toThrow(/PASSWORD_HASH_COST must be an integer from 10 to 20/);
  });

  it('reads the reverse proxies to trust for the client address', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' }).trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'true' })).toThrow(/TRUSTED_PROXIES must list IP addresses/);
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://motcua.anthanh.gov.vn/' }).publicBaseUrl).toBe('https://motcua.anthanh.gov.vn');
    expect(loadConfig({}).publicBaseUrl).toBeUndefined();
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'motcua.anthanh.gov.vn' })).toThrow(/PUBLIC_BASE_URL must be an http\(s\) address/);
  });
});
