import { h } from './dom.js';

let dialogCounter = 0;

/**
 * A modal dialog (native <dialog>: focus stays inside, Esc closes it) holding one form. Focus
 * returns to the button that opened it.
 */
export function openDialog(title, content, { testId } = {}) {
  const opener = document.activeElement;
  const titleId = `dialog-title-${++dialogCounter}`;
  const close = h('button', { type: 'button', class: 'button button-quiet dialog-close' }, 'Đóng');
  const dialog = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': titleId, 'data-testid': testId },
    h('div', { class: 'dialog-header' }, h('h2', { id: titleId }, title), close),
    content,
  );
  const closeDialog = () => dialog.open && dialog.close();
  close.addEventListener('click', closeDialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, close: closeDialog };
}
