import { ruleViolation } from '../shared';

/** The shortest password accepted: ten characters, so that a guess costs years at scrypt's cost. */
export const MIN_PASSWORD_LENGTH = 10;

/** Passwords tried first by anyone guessing (the top of public leaked-password lists, and this office's own words). */
const COMMON_PASSWORDS = new Set([
  '1234567890', '12345678910', '0123456789', '1111111111', '0000000000', '1234512345', '123456789a', 'a123456789',
  'password123', 'password1234', 'qwertyuiop', '1q2w3e4r5t', 'qwerty1234', 'abc1234567', 'iloveyou123', 'matkhau123',
  'matkhau1234', 'admin12345', 'administrator', 'demodemodemo', 'vanphong123', 'ubndtinh123', 'changeme123',
]);

/**
 * Mật khẩu đủ mạnh: at least ten characters, not the username (in any case, with or without the
 * rest), not one of the commonly guessed ones. PASSWORD_TOO_WEAK on `password` otherwise.
 */
export function requireStrongPassword(password: unknown, username: string, field = 'password'): string {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw ruleViolation('PASSWORD_TOO_WEAK', `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`, field);
  }
  const lower = password.toLowerCase();
  if (lower.includes(username.toLowerCase())) throw ruleViolation('PASSWORD_TOO_WEAK', 'Mật khẩu không được chứa tên đăng nhập', field);
  if (COMMON_PASSWORDS.has(lower)) throw ruleViolation('PASSWORD_TOO_WEAK', 'Mật khẩu này quá phổ biến, dễ bị đoán', field);
  return password;
}
