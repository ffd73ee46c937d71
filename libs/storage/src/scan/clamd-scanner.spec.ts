import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { chunks } from '../testing/blob-store.conformance';
import { CLAMD_BINARY, eicarTestString, startTestClamd, TEST_SIGNATURE, type TestClamd } from '../testing/clamd';
import { parseClamdAddress } from './clamd-address';
import { ClamdScanner, parseScanReply, ScanFailed, ScannerUnavailable } from './clamd-scanner';
import { clamdScannerFromEnv, scannerStatus } from './scanner-status';

describe('CLAMD_ADDRESS', () => {
  it('reads host:port and Unix socket paths, and refuses the rest', () => {
    expect(parseClamdAddress('127.0.0.1:3310')).toEqual({ host: '127.0.0.1', port: 3310 });
    expect(parseClamdAddress('clamav.noi-bo:3310')).toEqual({ host: 'clamav.noi-bo', port: 3310 });
    expect(parseClamdAddress('[::1]:3310')).toEqual({ host: '::1', port: 3310 });
    expect(parseClamdAddress('/run/clamav/clamd.ctl')).toEqual({ path: '/run/clamav/clamd.ctl' });
    expect(parseClamdAddress('unix:/run/clamav/clamd.ctl')).toEqual({ path: '/run/clamav/clamd.ctl' });
    for (const bad of ['clamd', 'host:0', 'host:70000', 'run/clamd.ctl', 'http://h:1/x']) expect(() => parseClamdAddress(bad)).toThrow('CLAMD_ADDRESS');
  });

  it('configures no scanner when unset, which /health reports', async () => {
    expect(clamdScannerFromEnv({})).toBeNull();
    expect(clamdScannerFromEnv({ CLAMD_ADDRESS: ' ' })).toBeNull();
    expect(clamdScannerFromEnv({ CLAMD_ADDRESS: '10.0.0.5:3310' })?.describe()).toBe('10.0.0.5:3310');
    expect(await scannerStatus(null)).toEqual({ status: 'not configured' });
  });

  it('reads the replies of INSTREAM', () => {
    expect(parseScanReply('stream: OK')).toEqual({ clean: true });
    expect(parseScanReply('stream: Win.Test.EICAR_HDB-1 FOUND')).toEqual({ clean: false, signature: 'Win.Test.EICAR_HDB-1' });
    expect(() => parseScanReply('INSTREAM size limit exceeded. ERROR')).toThrow(ScanFailed);
  });
});

describe('ClamdScanner when clamd is not there', () => {
  it('says the scanner is unavailable, on a closed port and on a missing socket', async () => {
    await expect(new ClamdScanner({ host: '127.0.0.1', port: 1 }).ping()).rejects.toBeInstanceOf(ScannerUnavailable);
    await expect(new ClamdScanner({ path: '/nonexistent/clamd.sock' }).scan(Readable.from([Buffer.from('x')]))).rejects.toThrow(/cannot be reached: ENOENT/);
    expect(await scannerStatus(new ClamdScanner({ host: '127.0.0.1', port: 1 }))).toMatchObject({ status: 'down', address: '127.0.0.1:1', error: expect.stringContaining('ECONNREFUSED') });
  });
});

const installed = existsSync(CLAMD_BINARY);
if (!installed) console.warn(`clamd tests skipped: ${CLAMD_BINARY} is not installed (apt-get install clamav-daemon)`);

(installed ? describe : describe.skip)('ClamdScanner against a real clamd', () => {
  let clamd: TestClamd;
  const eicar = () => Buffer.from(eicarTestString());

  beforeAll(async () => {
    clamd = (await startTestClamd({ streamMaxLength: '8M' })) as TestClamd;
  });
  afterAll(() => clamd?.stop());

  it('answers PING and tells its version, over the Unix socket and TCP', async () => {
    await expect(clamd.socketScanner.ping()).resolves.toBeUndefined();
    expect(await clamd.tcpScanner.version()).toMatch(/^ClamAV \d+\.\d+/);
    expect(await scannerStatus(clamdScannerFromEnv({ CLAMD_ADDRESS: clamd.socketPath }))).toMatchObject({ status: 'up', version: expect.stringMatching(/^ClamAV/) });
  });

  it('finds a clean file clean and names the signature the EICAR string matches', async () => {
    for (const scanner of [clamd.socketScanner, clamd.tcpScanner]) {
      expect(await scanner.scan(Readable.from([Buffer.from('Công văn số 12/UBND-VP: không có gì đáng ngại.')]))).toEqual({ clean: true });
      expect(await scanner.scan(Readable.from([eicar()]))).toEqual({ clean: false, signature: `${TEST_SIGNATURE}.UNOFFICIAL` });
    }
  });

  it('finds EICAR cut into small chunks, and scans 6 MB streamed in 64 KB chunks', async () => {
    expect(await clamd.tcpScanner.scan(Readable.from(chunks(eicar(), 7)))).toMatchObject({ clean: false });
    const started = performance.now();
    expect(await clamd.socketScanner.scan(Readable.from(chunks(randomBytes(6 * 1024 * 1024), 64 * 1024)))).toEqual({ clean: true });
    console.info(`clamd scanned 6 MB in ${Math.round(performance.now() - started)} ms`);
  });

  it('reports a stream past StreamMaxLength as a failed scan, not as clean', async () => {
    await expect(clamd.socketScanner.scan(Readable.from(chunks(randomBytes(12 * 1024 * 1024), 64 * 1024)))).rejects.toThrow(ScanFailed);
    await expect(clamd.socketScanner.ping()).resolves.toBeUndefined();
  });

  it('passes on the error of a failing upload stream', async () => {
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from('first part');
        throw new Error('the client went away');
      })(),
    );
    await expect(clamd.tcpScanner.scan(failing)).rejects.toThrow('the client went away');
  });

  it('says the scanner is unavailable once clamd has stopped', async () => {
    const scanner = clamd.socketScanner;
    await clamd.stop();
    await expect(scanner.scan(Readable.from([eicar()]))).rejects.toBeInstanceOf(ScannerUnavailable);
    await expect(clamd.tcpScanner.ping()).rejects.toBeInstanceOf(ScannerUnavailable);
  });
});
