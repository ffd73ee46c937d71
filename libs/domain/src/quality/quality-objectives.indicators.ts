/*
 * The measurable indicators a yearly quality objective may name (mục tiêu chất lượng, TCVN ISO
 * 9001:2015 §6.2 [UNV: from memory]): one table that the decider validates against and the read
 * side measures from the log (libs/read-models quality/objectives). Every objective reads
 * "measured value ≥ target": each indicator is phrased so that more is better.
 */

/** `percent`: 0–100 (a share of the period's cases); `score`: the 766 satisfaction scale 1–5. */
export type IndicatorUnit = 'percent' | 'score';

export interface QualityIndicatorDefinition {
  /** Vietnamese name, as the objectives table shows it. */
  name: string;
  unit: IndicatorUnit;
  /** What the figure counts, in one line (shown beside the measured value). */
  basis: string;
}

export const QUALITY_INDICATORS = {
  dossiers_on_time: {
    name: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước hạn, đúng hạn',
    unit: 'percent',
    basis: 'Hồ sơ có kết quả tại bộ phận một cửa trong kỳ (trước hạn + đúng hạn) / đã giải quyết',
  },
  document_submit_on_time: {
    name: 'Tỷ lệ văn bản đến được thẩm định, trình đúng hạn',
    unit: 'percent',
    basis: 'Bước "trình" (5 ngày làm việc từ khi hồ sơ hợp lệ) hoàn thành trong kỳ: đúng hạn / tổng',
  },
  nonconformities_closed_on_time: {
    name: 'Tỷ lệ điểm không phù hợp được khắc phục và đóng trong hạn',
    unit: 'percent',
    basis: 'Điểm không phù hợp có hành động khắc phục đến hạn trong kỳ: đã đóng không muộn hơn hạn / tổng',
  },
  satisfaction_share: {
    name: 'Tỷ lệ hồ sơ được đánh giá hài lòng (4–5 điểm)',
    unit: 'percent',
    basis: 'Chỉ số 766 satisfaction.satisfied_share, cộng dồn các tháng của kỳ',
  },
  satisfaction_score: {
    name: 'Điểm hài lòng trung bình (thang 1–5)',
    unit: 'score',
    basis: 'Chỉ số 766 satisfaction.mean_score, cộng dồn các tháng của kỳ',
  },
  legal_changes_on_time: {
    name: 'Tỷ lệ văn bản pháp luật mới được cập nhật vào hệ thống trong 3 tháng',
    unit: 'percent',
    basis: 'Thay đổi pháp lý đến hạn 3 tháng trong kỳ (hoặc đã xong): hoàn thành đúng hạn / tổng (QĐ 19/2014 Điều 4.4.a)',
  },
} as const satisfies Record<string, QualityIndicatorDefinition>;

export type QualityIndicator = keyof typeof QUALITY_INDICATORS;
export const QUALITY_INDICATOR_KEYS = Object.keys(QUALITY_INDICATORS) as QualityIndicator[];

/** The range a target of each unit may take. */
export const INDICATOR_TARGET_RANGE: Record<IndicatorUnit, { min: number; max: number }> = {
  percent: { min: 0, max: 100 },
  score: { min: 1, max: 5 },
};

export function isQualityIndicator(value: unknown): value is QualityIndicator {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(QUALITY_INDICATORS, value);
}
