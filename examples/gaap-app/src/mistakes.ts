// ============================================================================================================
// DELIBERATE MISTAKES. `npm run example` lints this file to show both rules at work. Do not fix them.
// ============================================================================================================

/** What to tell the user about a failed GAAP call. */
export function adviceFor(err: { code?: string }): string {
  // no-unknown-error-code: the API spells this code "FailedOperation.ProxyStatusNotInRuning".
  if (err.code === 'FailedOperation.ProxyStatusNotInRunning') {
    return 'start the connection first';
  }
  // exhaustive-error-handling: this switch handles the AuthFailure family but misses 4 of its codes (MFAFailure, …).
  switch (err.code) {
    case 'AuthFailure.InvalidSecretId':
    case 'AuthFailure.SecretIdNotFound':
    case 'AuthFailure.SignatureExpire':
    case 'AuthFailure.SignatureFailure':
    case 'AuthFailure.TokenFailure':
    case 'AuthFailure.UnauthorizedOperation':
      return 'check the API credentials';
    default:
      return 'try again later';
  }
}
