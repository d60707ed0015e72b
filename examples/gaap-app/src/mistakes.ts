// ============================================================================================================
// DELIBERATE MISTAKES. `npm run example` lints this file to show the rules at work. Do not fix them.
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

/** Opens a connection, and says why when it cannot. */
export async function openLink(client: { CreateProxy(request: object): Promise<unknown> }): Promise<string> {
  try {
    await client.CreateProxy({ ProjectId: 0 });
    return 'opened';
  } catch (err) {
    // no-impossible-error-code: a GAAP code, but not one CreateProxy can return.
    if ((err as { code?: string }).code === 'FailedOperation.CertificateIsUsing') return 'free the certificate';
    throw err;
  }
}

/** Lists the connections, and says why when it cannot. */
export async function listLinks(client: { DescribeProxies(request: object): Promise<unknown> }): Promise<string> {
  try {
    await client.DescribeProxies({});
    return 'listed';
  } catch (err) {
    // exhaustive-error-handling, in the strict preset's action scope: DescribeProxies can return two FailedOperation
    // codes, and this switch handles one (the product has 47, which the action scope does not ask for).
    switch ((err as { code?: string }).code) {
      case 'FailedOperation.UserNotConfirmProtocol':
        return 'accept the GAAP service agreement first';
      default:
        throw err;
    }
  }
}
