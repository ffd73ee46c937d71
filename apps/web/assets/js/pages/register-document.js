import { newIdempotencyKey, post } from '../api.js';
import { uploadZone } from '../attachments.js';
import { h, mount, pageTitle } from '../dom.js';
import { createForm } from '../forms.js';
import { CHANNEL_LABELS, CONFIDENTIALITY_LABELS, URGENCY_LABELS } from '../labels.js';
import { toast } from '../layout.js';
import { org, ref } from '../reference.js';
import { navigate } from '../router.js';

const options = (values, labels) => values.map((value) => ({ value, label: labels[value] ?? value }));

/** Tiếp nhận, đăng ký văn bản đến (clerk): POST /api/documents with the fields of ReceiveRequest. */
export async function render(page) {
  const { fields, users } = org();
  const reference = ref();
  const idempotencyKey = newIdempotencyKey();
  // The scan of the paper received goes with the registration: uploaded first, attached in the same write.
  const scans = uploadZone({ label: 'Kéo thả bản quét văn bản đến (PDF hoặc ảnh) vào đây, hoặc chọn tệp' });
  const form = createForm({
    testId: 'register-form',
    submitLabel: 'Đăng ký văn bản đến',
    fields: [
      {
        legend: 'Nơi gửi',
        fields: [
          { name: 'source.agency', label: 'Nơi gửi (cơ quan ban hành)', required: true, max: 300, wide: true },
          { name: 'source.symbol', label: 'Số, ký hiệu', required: true, max: 100, hint: 'Ví dụ 125/SKHĐT-KH' },
          { name: 'source.issuedDate', label: 'Ngày văn bản', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
          { name: 'source.signer', label: 'Người ký', max: 200 },
        ],
      },
      {
        legend: 'Nội dung',
        fields: [
          { name: 'excerpt', label: 'Trích yếu nội dung', kind: 'textarea', required: true, max: 2000, wide: true },
          { name: 'documentType', label: 'Loại văn bản', kind: 'select', required: true, value: 'official_letter', options: reference.documentTypes.map((t) => ({ value: t.code, label: t.name })) },
          { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', required: true, options: fields.map((f) => ({ value: f.code, label: f.name })) },
          { name: 'pages', label: 'Số trang', kind: 'int', min: 1, max: 10000 },
        ],
      },
      {
        legend: 'Độ khẩn, độ mật, hình thức',
        fields: [
          { name: 'urgency', label: 'Độ khẩn', kind: 'select', required: true, placeholder: false, value: 'normal', options: options(reference.urgencies, URGENCY_LABELS) },
          { name: 'confidentiality', label: 'Độ mật', kind: 'select', required: true, placeholder: false, value: 'normal', options: options(reference.confidentialities, CONFIDENTIALITY_LABELS) },
          { name: 'channel', label: 'Hình thức nhận', kind: 'select', required: true, placeholder: false, value: 'electronic', options: options(reference.channels, CHANNEL_LABELS) },
          { name: 'receivedAt', label: 'Thời điểm đến', kind: 'datetime', hint: 'Không bắt buộc (mặc định: lúc đăng ký); dạng dd/mm/yyyy HH:mm' },
          {
            name: 'sealedForUserId', label: 'Gửi đích danh (phong bì dán kín)', kind: 'select', placeholder: '— Không —',
            options: users.filter((u) => !u.roles.includes('admin')).map((u) => ({ value: u.id, label: u.fullName })),
          },
        ],
      },
    ],
    async onSubmit(body) {
      const attachments = scans.files().map(({ sha256, name }) => ({ sha256, name }));
      const result = await post('/api/documents', attachments.length ? { ...body, attachments } : body, { idempotencyKey });
      toast(`Đã đăng ký văn bản đến số ${result.incomingNumber}`);
      await navigate(`/van-ban/${result.id}?moi=1`);
    },
  });
  mount(
    page,
    pageTitle('Đăng ký văn bản đến', 'Mọi văn bản đến đều được văn thư tiếp nhận, đăng ký và cấp số đến (Quy chế làm việc, Điều 10).'),
    h('section', { class: 'card', 'aria-labelledby': 'scan-heading', 'data-testid': 'scan-card' }, h('h2', { id: 'scan-heading' }, 'Bản quét văn bản đến'), scans.element),
    h('section', { class: 'card' }, form),
  );
}
