// Compile-time checks of the wrappers' public types; `types.test.ts` runs tsc on this file.
// Nothing here runs: the functions are never called.
import { createAltcraftClient } from '@specsmith/altcraft';
import { createJourneyappsClient } from '@specsmith/journeyapps';
import { createXtremepushClient } from '@specsmith/xtremepush';
import type { ErrorCode as XurrentCode } from '@specsmith/xurrent';
import { createXurrentClient, isApiError } from '@specsmith/xurrent';

const xurrent = createXurrentClient({ account: 'widget', token: 't' });
const throwing = createXurrentClient({ account: 'widget', token: 't', throwOnError: true });

export async function resultMode() {
  const result = await xurrent.requests.get({ params: { path: { id: 1 } } });
  if (result.error) {
    const error = xurrent.errorOf(result);
    error?.code satisfies XurrentCode | undefined;
    return;
  }
  result.data.id satisfies number;
}

export async function throwMode() {
  const { data } = await throwing.requests.get({ params: { path: { id: 1 } } });
  data.id satisfies number;
  data.subject satisfies string | undefined;
  try {
    await throwing.me.get();
  } catch (error) {
    if (isApiError<XurrentCode>(error)) error.fieldErrors satisfies readonly { field: string; message: string }[];
  }
}

export async function createBodies() {
  // A create body is its update schema plus `required:` (an allOf part with `type: object` and no properties).
  const { data } = await throwing.requests.create({ body: { subject: 'VPN is down', category: 'incident', impact: 'high' } });
  data.id satisfies number;
  await throwing.teams.create({ body: { name: 'Network' } });
  // @ts-expect-error subject is required to create a request
  await throwing.requests.create({ body: { category: 'incident' } });
  // @ts-expect-error the required fields keep the update schema's types
  await throwing.teams.create({ body: { name: 42 } });
}

export async function pagination() {
  for await (const request of xurrent.paginate('listRequests')) {
    request.id satisfies number;
    // @ts-expect-error items are typed
    request.notAField;
  }
  // @ts-expect-error only operations with x-pagination
  xurrent.paginate('getRequest');
  // @ts-expect-error path parameters stay required
  xurrent.paginate('listRequestNotes');
  xurrent.paginate('listRequestNotes', { params: { path: { id: 1 } } });

  const journeyapps = createJourneyappsClient({ baseUrl: 'https://x.backend.us.journeyapps.com/api/v4/abc', password: 'p' });
  // @ts-expect-error the model is a required path parameter
  journeyapps.paginate('listObjects');
  for await (const page of journeyapps.paginate('listObjects', { params: { path: { model: 'task' } } }).pages()) {
    page.items[0]?.id satisfies string | undefined;
  }

  // Paging parameters in the body are filled in by paginate, so they are optional here.
  const altcraft = createAltcraftClient({ token: 't' });
  altcraft.paginate('listCampaigns', { body: {} });
  const xtremepush = createXtremepushClient({ appToken: 't' });
  xtremepush.paginate('listCampaigns');
}

export function bodyTokens() {
  // The body token is never required from the caller.
  const xtremepush = createXtremepushClient({ appToken: 't' });
  void xtremepush.campaigns.send({ body: { id: 1 } });
}
