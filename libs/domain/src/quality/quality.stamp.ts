/** Who wrote a quality event and when: `by` is a user id, `at` the command's `now`. */
export type Stamp = { by: string; at: string };
