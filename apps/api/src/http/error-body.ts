/** The error body of API.md: `{statusCode, code, message, details?}`. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

export interface FieldProblem {
  field: string;
  message: string;
}
