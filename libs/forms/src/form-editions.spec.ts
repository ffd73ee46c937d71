import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { DOSSIER_FORM_KINDS, formEdition, formMark } from './form-editions';

describe('form numbers and titles per rule set (TT 01/2018: six forms, TT 03/2025: seven)', () => {
  it('numbers the forms of each circular', () => {
    const numbers = (ruleSet: 'nd61-2018' | 'nd118-2025') => DOSSIER_FORM_KINDS.map((kind) => formEdition(kind, ruleSet).number);
    expect(numbers('nd61-2018')).toEqual(['01', '02', '03', '04', null, '05']);
    expect(numbers('nd118-2025')).toEqual(['01', '02', '03', '04', '05', '06']);
  });

  it('titles Mẫu 04 as an apology with a new date (2018) or with a request to extend (2025)', () => {
    expect(formEdition('apology', 'nd61-2018').title).toBe('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
    expect(formEdition('apology', 'nd118-2025').title).toBe('Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết');
  });

  it('marks a numbered form with its circular, and an unnumbered one not at all', () => {
    expect(formMark(formEdition('control-sheet', 'nd61-2018'))).toBe('Mẫu số 05 (kèm theo Thông tư số 01/2018/TT-VPCP)');
    expect(formMark(formEdition('control-sheet', 'nd118-2025'))).toBe('Mẫu số 06 (kèm theo Thông tư số 03/2025/TT-VPCP)');
    expect(formMark(formEdition('stop-notice', 'nd61-2018'))).toBeNull();
  });
});
