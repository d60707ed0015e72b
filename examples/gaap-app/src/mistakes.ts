// ============================================================================================================
// DELIBERATE MISTAKES. `npm run example` lints this file to show the rules at work. Do not fix them.
// ============================================================================================================

/** What to tell the user about a failed GAAP call. */
export function adviceFor(err: { code?: string }): string {
  // no-unknown-error-code: the API spells this code "FailedOperation.ProxyStatusNotInRuning".
  if (err.code === 'FailedOperation.ProxyStatusNotInRunning') {
    return 'start the connection first';
  }
  return 'try again later';
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
    // exhaustive-error-handling, in the strict preset's action scope: DescribeProxies can return two AuthFailure
    // codes by name, and this switch handles one (the product has ten, which the action scope does not ask for).
    switch ((err as { code?: string }).code) {
      case 'AuthFailure.UnauthorizedOperation':
        return 'check the API credentials';
      case 'FailedOperation.UserNotConfirmProtocol':
        return 'accept the GAAP service agreement first';
      default:
        throw err;
    }
  }
}
