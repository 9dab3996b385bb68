// Plays a scenario: binds each rule to the spec's path templates (a path the spec lacks is an
// error naming the line), then hands out each operation's next step as requests arrive.
import { MockError } from './errors.js';
import type { FaultStep } from './fault-step.js';
import { createRouteTable, templateKey } from './route-table.js';
import type { ScenarioRule } from './scenario.js';

/** The step an arrival gets from the scenario, and which rule and position it came from. */
interface ScriptedStep {
  readonly step: FaultStep;
  readonly rule: ScenarioRule;
  /** 1-based position in the rule's steps. */
  readonly position: number;
}

export interface ScenarioPlayer {
  /** The operation (`GET /requests/{id}`) a request belongs to, when its path is known. */
  operationOf(method: string, path: string): string | undefined;
  /** The next step for this request, or undefined when no rule has one left. */
  next(method: string, path: string): ScriptedStep | undefined;
}

export interface PlayerOptions {
  readonly rules: readonly ScenarioRule[];
  /** The spec's path templates; empty: the rules' own templates are the only ones known. */
  readonly specTemplates: readonly string[];
  /** The spec, as named in messages. */
  readonly specName?: string;
}

function checkRules({ rules, specTemplates, specName = 'the spec' }: PlayerOptions): void {
  const spec = createRouteTable(specTemplates);
  const seen = new Map<string, ScenarioRule>();
  for (const rule of rules) {
    if (specTemplates.length > 0 && !spec.has(rule.template)) {
      const near = specTemplates.filter((template) => template.split('/')[1] === rule.template.split('/')[1]).slice(0, 8);
      const hint = near.length > 0 ? `; it has ${near.join(', ')}` : '';
      throw new MockError(`${rule.source}: ${specName} has no path ${rule.template}${hint}`);
    }
    const key = `${rule.method} ${templateKey(rule.template)}`;
    const earlier = seen.get(key);
    if (earlier) throw new MockError(`${rule.source}: ${rule.method} ${rule.template} already has steps at ${earlier.source}; list them all on one line`);
    seen.set(key, rule);
  }
}

export function createScenarioPlayer(options: PlayerOptions): ScenarioPlayer {
  checkRules(options);
  const routes = createRouteTable([...options.specTemplates, ...options.rules.map((rule) => rule.template)]);
  const played = new Map<ScenarioRule, number>();
  const ruleFor = (method: string, template: string) => {
    const key = templateKey(template);
    const candidates = options.rules.filter((rule) => templateKey(rule.template) === key);
    // A rule for this method wins over a `*` rule for the same path.
    return candidates.find((rule) => rule.method === method) ?? candidates.find((rule) => rule.method === '*');
  };
  const templateOf = (path: string) => routes.templateOf(path.split('?')[0] ?? '');
  return {
    operationOf(method, path) {
      const template = templateOf(path);
      return template === undefined ? undefined : `${method} ${template}`;
    },
    next(method, path) {
      const template = templateOf(path);
      const rule = template === undefined ? undefined : ruleFor(method, template);
      if (!rule) return undefined;
      const index = played.get(rule) ?? 0;
      const step = rule.steps[index];
      if (!step) return undefined;
      played.set(rule, index + 1);
      return { step, rule, position: index + 1 };
    },
  };
}
