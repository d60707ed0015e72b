import tencentcloud from 'tencentcloud-sdk-nodejs-common';

/** A GAAP client on the real Tencent Cloud Node SDK, pointed at `endpoint` (host:port) over plain HTTP. */
export function createGaapClient(endpoint: string): InstanceType<typeof tencentcloud.CommonClient> {
  return new tencentcloud.CommonClient('gaap.tencentcloudapi.com', '2018-05-29', {
    credential: { secretId: 'AKIDEXAMPLE', secretKey: 'example-secret-key' },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint, protocol: 'http://', reqTimeout: 10 } },
  });
}
