import { compilePath } from '../serialize/index.js';
import type { OperationInfo } from '../types.js';
import type { ClientContext } from './client-context.js';

/** What a client knows about an operation, worked out on its first call. */
export interface OperationPlan {
  readonly operation: OperationInfo;
  /** `Vendor operationId`, for messages. */
  readonly label: string;
  readonly bodyTokenField: string | null;
  readonly contentType: string | undefined;
  /** Fills the path template by the spec's styles, checked so no parameter changes the path's shape. */
  readonly fillPath: (values: Readonly<Record<string, unknown>>) => string;
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
        fillPath: compilePath(label, operation.path, operation.parameterStyles),
      });
      plans.set(operation, plan);
    }
    return plan;
  };
}
