// redisFleet({ client }) with a node-redis client the application made: calls share the budget
// through it, and closing the fleet leaves the client open (it is the application's).
import { createClient } from '@redis/client';
import { redisFleet } from '@specsmith/core/fleet';
import { createXurrentClient } from '@specsmith/xurrent';
import { expect, it } from 'vitest';
import { CANARY } from '../support/canary.js';
import { describeWithRedis } from '../support/redis-server.js';
import { dumpRedis } from './redis-dump.js';
import { startVendorStub } from './vendor-stub.js';

describeWithRedis('redisFleet with a client of your own', (redis) => {
  it('shares the budget through it and never closes it', async () => {
    const stub = await startVendorStub({ limit: 50 });
    const client = createClient({ url: redis().url, disableOfflineQueue: true });
    try {
      const fleet = redisFleet({ client });
      const xurrent = createXurrentClient({ account: 'widget', token: CANARY, baseUrl: stub.url, pacing: { burst: null }, fleet });
      for (let n = 0; n < 3; n++) expect((await xurrent.requests.get({ params: { path: { id: 70453 } } })).response.status).toBe(200);
      const [budget] = await dumpRedis(redis());
      expect(budget?.key).toBe('specsmith:xurrent:297236cfbad14bf0:budget');
      // Three taken, the reports saying 49 then 48 left: 47 after the third take.
      expect(budget?.value).toMatch(/(^| )level 47( |$)/);
      await fleet.close();
      expect(client.isOpen).toBe(true);
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.destroy();
      await stub.close();
    }
  });
});
