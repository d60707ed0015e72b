import type { createGaapClient } from './gaap-client.js';
import { handleCreateProxyError, isCreateProxyError } from './create-proxy-errors.generated.js';

/** What became of one CreateProxy call. */
export interface Outcome {
  readonly status: 'created' | 'handled' | 'rethrown';
  readonly detail: string;
  /** The error the call threw, when it threw one. */
  readonly error?: unknown;
}

/**
 * Creates a GAAP connection. An error with a code CreateProxy documents, or a common code, goes to the generated
 * per-action handler (gen-handlers --action CreateProxy), whose hand-written cases return advice; every other case
 * of the skeleton rethrows the error unchanged, and a common code CreateProxy does not list goes on to the shared
 * handleGaapCommonError, which rethrows it too until a body is written there.
 */
export async function createProxy(client: ReturnType<typeof createGaapClient>, name: string): Promise<string> {
  try {
    const response = await client.request('CreateProxy', {
      ProjectId: 0,
      ProxyName: name,
      AccessRegion: 'Guangzhou',
      RealServerRegion: 'NorthAmerica',
      Bandwidth: 10,
      Concurrent: 2,
    });
    return `created ${String((response as { InstanceId?: unknown }).InstanceId)}`;
  } catch (err) {
    if (isCreateProxyError(err)) return handleCreateProxyError(err);
    throw err;
  }
}

/** Runs createProxy and records the outcome, keeping the thrown error for inspection. */
export async function tryCreateProxy(client: ReturnType<typeof createGaapClient>, name: string): Promise<Outcome> {
  try {
    const detail = await createProxy(client, name);
    return { status: detail.startsWith('created ') ? 'created' : 'handled', detail };
  } catch (error) {
    return { status: 'rethrown', detail: error instanceof Error ? error.message : String(error), error };
  }
}
