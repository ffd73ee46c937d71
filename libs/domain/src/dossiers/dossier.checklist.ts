import type { ItemForm, RequiredItem } from '../procedures';
import type { MissingItem, ReceivedItem } from './dossier.types';

/** An original serves where a certified copy or a copy is asked, a certified copy where a copy is. */
const FORM_RANK: Readonly<Record<ItemForm, number>> = { copy: 0, certified_copy: 1, original: 2 };
const FORM_LABELS: Readonly<Record<ItemForm, string>> = { copy: 'bản sao', certified_copy: 'bản sao chứng thực', original: 'bản chính' };

/** Names are matched as the officer reads them: case, spacing and Unicode composition aside. */
export function sameName(a: string, b: string): boolean {
  const normal = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return normal(a) === normal(b);
}

/** Why a mandatory item is not satisfied by what was handed in, or null when it is. */
function shortfall(required: RequiredItem, items: ReceivedItem[]): string | null {
  const named = items.filter((item) => sameName(item.name, required.name));
  if (named.length === 0) return 'Chưa nộp';
  const valid = named.filter((item) => FORM_RANK[item.form] >= FORM_RANK[required.form]);
  if (valid.length === 0) return `Cần ${FORM_LABELS[required.form]}`;
  const quantity = valid.reduce((sum, item) => sum + item.quantity, 0);
  return quantity < required.quantity ? `Cần ${required.quantity} bản ${FORM_LABELS[required.form]}, mới nộp ${quantity}` : null;
}

/**
 * The mandatory items of the version's checklist that the items handed in do not satisfy (by
 * name, form and quantity), each with its reason: the content of a Mẫu 02 (CHECKLIST_INCOMPLETE).
 */
export function missingFromChecklist(checklist: readonly RequiredItem[], items: ReceivedItem[]): MissingItem[] {
  return checklist.flatMap((required) => {
    if (!required.mandatory) return [];
    const reason = shortfall(required, items);
    return reason === null ? [] : [{ item: required.name, reason }];
  });
}
