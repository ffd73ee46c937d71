import { IsInt, IsString, MaxLength, validate, getMetadataStorage } from 'class-validator';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { cacheValidationMetadata } from './validation-metadata';

class Base {
  @IsString() name!: string;
}

class Derived extends Base {
  @IsInt() pages!: number;
}

/** The problems of one object, as constraint names per property (order-free). */
async function problems(object: object): Promise<Record<string, string[]>> {
  const errors = await validate(object, { whitelist: true, forbidNonWhitelisted: true });
  return Object.fromEntries(errors.map((e) => [e.property, Object.keys(e.constraints ?? {}).sort()]));
}

describe('validation rules kept per class (cacheValidationMetadata)', () => {
  it('answers what class-validator answers, inherited rules included, and the same list on the next call', async () => {
    const storage = getMetadataStorage();
    const uncached = storage.getTargetValidationMetadatas(Derived, '', false, false);
    cacheValidationMetadata();
    const first = storage.getTargetValidationMetadatas(Derived, '', false, false);
    expect(first.map((m) => `${m.propertyName}:${m.name ?? m.type}`).sort()).toEqual(uncached.map((m) => `${m.propertyName}:${m.name ?? m.type}`).sort());
    expect(storage.getTargetValidationMetadatas(Derived, '', false, false)).toBe(first);
    expect(await problems(Object.assign(new Derived(), { name: 1, pages: 'x', extra: true }))).toEqual({ name: ['isString'], pages: ['isInt'], extra: ['whitelistValidation'] });
    expect(await problems(Object.assign(new Base(), { name: 'ok' }))).toEqual({});
  });

  it('sees a rule added after a class was first validated: every kept list is dropped then', async () => {
    cacheValidationMetadata();
    class Late {
      @IsString() title!: string;
    }
    expect(await problems(Object.assign(new Late(), { title: 'x'.repeat(20) }))).toEqual({});
    MaxLength(10)(Late.prototype, 'title');
    expect(await problems(Object.assign(new Late(), { title: 'x'.repeat(20) }))).toEqual({ title: ['maxLength'] });
    // A class defined later still gets its own rules, and an earlier class keeps its own.
    class Later extends Late {
      @IsInt() count!: number;
    }
    expect(await problems(Object.assign(new Later(), { title: 'short', count: 'many' }))).toEqual({ count: ['isInt'] });
    expect(await problems(Object.assign(new Derived(), { name: 'ok', pages: 3 }))).toEqual({});
  });

  it('is installed once however many applications are built in the process', () => {
    const storage = getMetadataStorage();
    cacheValidationMetadata();
    const lookup = storage.getTargetValidationMetadatas;
    cacheValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(lookup);
  });
});
