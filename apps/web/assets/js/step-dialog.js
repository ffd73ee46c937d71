import { newIdempotencyKey, post } from './api.js';
import { openDialog } from './dialog.js';
import { h } from './dom.js';
import { createForm } from './forms.js';
import { toast } from './layout.js';
import { reload } from './router.js';

/**
 * A step of a document or a dossier in a dialog: the step's form (`spec`: `fields`, `toBody`,
 * `validate`, `intro`), one Idempotency-Key for the opened form, POST to `path`, then a toast
 * (`done(result)` says what happened) and `then(result)`: by default the page is re-rendered.
 * `explain(error)` may reword a refusal before the form shows it; `prepare(form)` may add to the form.
 * `submit(body, idempotencyKey)` replaces the POST for a form that only asks (e.g. a proposal read with GET).
 */
export function openStepDialog({
  action, title, spec, path, done = () => `Đã thực hiện: ${title}`, then = () => reload(), explain = (error) => error, prepare = () => undefined,
  submit = (body, idempotencyKey) => post(path, body, { idempotencyKey }),
}) {
  const idempotencyKey = newIdempotencyKey();
  let dialog;
  const form = createForm({
    testId: `form-${action}`,
    fields: spec.fields,
    toBody: spec.toBody,
    validate: spec.validate,
    submitLabel: spec.submitLabel ?? title,
    actions: [h('button', { type: 'button', class: 'button button-quiet', onclick: () => dialog.close() }, 'Hủy')],
    async onSubmit(body) {
      let result;
      try {
        result = await submit(body, idempotencyKey);
      } catch (error) {
        throw explain(error);
      }
      dialog.close();
      toast(done(result));
      await then(result);
    },
  });
  prepare(form);
  dialog = openDialog(title, [spec.intro ? h('p', { class: 'dialog-intro' }, spec.intro) : null, form], { testId: `dialog-${action}` });
  form.querySelector('input, select, textarea, button[type="submit"]')?.focus();
}
