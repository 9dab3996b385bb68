/** The HTTP statuses a later repeat can fix: 408, 429 and every 5xx. Retries and errors' `retryable` both use it. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
