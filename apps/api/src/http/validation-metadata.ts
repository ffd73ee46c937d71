import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type ValidationMetadata = ReturnType<Lookup>[number];

const INSTALLED = Symbol('validation metadata cached per class');

/**
 * class-validator looks up a class's rules on every validation by walking the metadata of every
 * decorated class of the process (`instanceof` against each, for inherited rules): O(number of DTO
 * classes) per request and per nested object, ~5 % of the API's CPU under load with the product's
 * several hundred DTOs (profile in README, "Benchmarks"). The answer depends only on the class and
 * the options, and changes only when rules are added (decorators run when a class is defined), so
 * it is kept per class and options until the next rule is added, when every entry is dropped.
 * The lists are returned as computed and class-validator only reads them (it filters into new
 * arrays); `groupByPropertyName` of a cached list is kept beside it for the same reason.
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  const patched = storage as Storage & { [INSTALLED]?: true };
  if (patched[INSTALLED]) return;
  patched[INSTALLED] = true;
  let lists = new Map<unknown, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let ofTarget = lists.get(target);
    if (!ofTarget) lists.set(target, (ofTarget = new Map()));
    let list = ofTarget.get(key);
    if (!list) ofTarget.set(key, (list = lookup(target, schema, always, strictGroups, groups)));
    return list;
  };
  storage.groupByPropertyName = (metadata) => {
    let byProperty = grouped.get(metadata);
    if (!byProperty) grouped.set(metadata, (byProperty = group(metadata)));
    return byProperty;
  };
  // Schemas go through addValidationMetadata too: this one hook sees every new rule.
  storage.addValidationMetadata = (metadata) => {
    lists = new Map();
    grouped = new WeakMap();
    add(metadata);
  };
}
