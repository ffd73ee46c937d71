import { decideQualityObjectives } from '../quality-objectives.decide';
import { qualityObjectivesStreamName, type QualityObjective, type QualityObjectivesEvent } from '../quality-objectives.events';
import { evolveQualityObjectives, initialQualityObjectivesState } from '../quality-objectives.state';
import { CHIEF, NOW } from './quality-fixtures';
import type { QualityHistoryEvent } from './quality-histories';

/** The 2026 objectives of the spring (quality-histories): one per indicator family, targets the office can miss. */
export const OBJECTIVES_2026: QualityObjective[] = [
  { code: 'MT-01', text: 'Giải quyết đúng hạn ít nhất 98 % hồ sơ thủ tục hành chính', indicator: 'dossiers_on_time', target: 98 },
  { code: 'MT-02', text: 'Thẩm định, trình đúng hạn ít nhất 90 % văn bản đến', indicator: 'document_submit_on_time', target: 90 },
  { code: 'MT-03', text: 'Khắc phục và đóng đúng hạn mọi điểm không phù hợp', indicator: 'nonconformities_closed_on_time', target: 100 },
  { code: 'MT-04', text: 'Điểm hài lòng trung bình từ 4 trở lên', indicator: 'satisfaction_score', target: 4 },
  { code: 'MT-05', text: 'Cập nhật mọi văn bản pháp luật mới trong 3 tháng', indicator: 'legal_changes_on_time', target: 100 },
];

export const POLICY_2026 = 'Phục vụ người dân và doanh nghiệp đúng hạn, công khai, minh bạch; không ngừng cải tiến.';

/** The chief's setting of the 2026 objectives, decided by the real rules. */
export function qualityObjectivesHistory(): QualityHistoryEvent[] {
  const events = decideQualityObjectives({ type: 'set', year: 2026, policy: POLICY_2026, objectives: OBJECTIVES_2026, actor: CHIEF, now: NOW }, initialQualityObjectivesState);
  return events.map((event) => ({
    stream: qualityObjectivesStreamName(2026),
    type: event.type,
    data: event.data,
    fold: (data: object) => evolveQualityObjectives(initialQualityObjectivesState, { ...event, data } as QualityObjectivesEvent),
  }));
}
