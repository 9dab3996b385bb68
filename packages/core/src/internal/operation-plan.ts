import type { PathSerializer } from 'openapi-fetch';
import { compiledPathSerializer } from '../path-safety.js';
import type { OperationInfo } from '../types.js';
import type { ClientContext } from './client-context.js';

/** What a client knows about an operation, worked out on its first call. */
export interface OperationPlan {
  readonly operation: OperationInfo;
  /** `Vendor operationId`, for messages. */
  readonly label: string;
  readonly bodyTokenField: string | null;
  readonly contentType: string | undefined;
  /** Fills the path template, checked so no parameter changes the path's shape. */
  readonly pathSerializer: PathSerializer;
}

/** The client's plan for each operation, made once and kept as long as the operation row lives. */
export function operationPlans(client: ClientContext): (operation: OperationInfo) => OperationPlan {
  const plans = new WeakMap<OperationInfo, OperationPlan>();
  return (operation) => {
    let plan = plans.get(operation);
    if (!plan) {
      const label = `${client.vendor} ${operation.operationId}`;
      plan = Object.freeze({
        operation,
        label,
        bodyTokenField: client.auth.bodyToken !== undefined ? operation.bodyToken : null,
        contentType: client.requestContentType?.(operation),
        pathSerializer: compiledPathSerializer(label, operation.path),
      });
      plans.set(operation, plan);
    }
    return plan;
  };
}
