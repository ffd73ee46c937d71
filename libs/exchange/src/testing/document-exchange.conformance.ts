import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { UnknownAgencyError, type DocumentExchange } from '../document-exchange.port';

/** What an adapter's spec hands to the suite: two agencies on one exchange. */
export interface DocumentExchangeSubject {
  sender: DocumentExchange;
  receiver: DocumentExchange;
  teardown(): Promise<void>;
}

const message = (text: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">${text}</edXML:edXML>`;

/** The semantics of the `DocumentExchange` port every adapter must have (document-exchange.port.ts). */
export function describeDocumentExchangeConformance(name: string, factory: () => Promise<DocumentExchangeSubject>): void {
  describe(`document exchange conformance: ${name}`, () => {
    let subject: DocumentExchangeSubject;
    beforeAll(async () => {
      subject = await factory();
    });
    afterAll(() => subject?.teardown());

    it('knows both agencies', async () => {
      const codes = (await subject.sender.agencies()).map((a) => a.organId);
      expect(codes).toEqual(expect.arrayContaining([subject.sender.self.organId, subject.receiver.self.organId]));
    });

    it('delivers a package to its receiver only, byte for byte (UTF-8), until it is settled', async () => {
      const id = randomUUID();
      const xml = message(`Quyết định về việc phê duyệt – ${id}`);
      await subject.sender.sendPackage(subject.receiver.self.organId, id, xml);
      expect((await subject.receiver.receivePackages()).find((m) => m.id === id)).toEqual({ id, xml });
      expect((await subject.sender.receivePackages()).some((m) => m.id === id)).toBe(false);
      expect((await subject.receiver.receiveStatuses()).some((m) => m.id === id)).toBe(false);
      await subject.receiver.settle('package', id, 'processed');
      expect((await subject.receiver.receivePackages()).some((m) => m.id === id)).toBe(false);
      await subject.receiver.settle('package', id, 'processed'); // settling twice (two processes) is harmless
    });

    it('keeps one message when the same id is sent twice (a retry after a crash)', async () => {
      const id = randomUUID();
      await subject.sender.sendPackage(subject.receiver.self.organId, id, message('lần 1'));
      await subject.sender.sendPackage(subject.receiver.self.organId, id, message('lần 1'));
      expect((await subject.receiver.receivePackages()).filter((m) => m.id === id)).toHaveLength(1);
      await subject.receiver.settle('package', id, 'rejected');
    });

    it('carries statuses back apart from packages, oldest first', async () => {
      const [first, second] = [`${randomUUID()}.01`, `${randomUUID()}.03`];
      await subject.receiver.sendStatus(subject.sender.self.organId, first, message('Đã đến'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await subject.receiver.sendStatus(subject.sender.self.organId, second, message('Đã tiếp nhận'));
      const ids = (await subject.sender.receiveStatuses()).map((m) => m.id);
      expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
      expect((await subject.sender.receivePackages()).some((m) => m.id === first)).toBe(false);
      for (const id of [first, second]) await subject.sender.settle('status', id, 'processed');
    });

    it('refuses to send to an agency not on the exchange, writing nothing', async () => {
      await expect(subject.sender.sendPackage('000.00.99.Z99', randomUUID(), message('?'))).rejects.toBeInstanceOf(UnknownAgencyError);
    });
  });
}
